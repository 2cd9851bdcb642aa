import AlineaAlign
import Foundation

/// What exports need to know beyond the alignment itself. Kept in one value
/// so that every format labels languages, doubt and provenance the same way.
public struct ExportSettings: Sendable, Equatable {
    /// Locale code written for French segments (TMX `xml:lang`, HTML `lang`).
    public var frenchLocale: String
    /// Locale code written for English segments.
    public var englishLocale: String
    /// Source language of the memory (`fr`, `en`, or a locale code); nil takes
    /// the original language the documents declare, else `defaultSourceLanguage`.
    public var sourceLanguage: String?
    /// Source language when neither the user nor the documents say: OSCE and
    /// UN decisions are mostly drafted in English and translated into French.
    public var defaultSourceLanguage: String
    /// Beads below this confidence are flagged for review.
    public var lowConfidence: Double
    /// Name of the document pair (TMX `x-document`, HTML title); the
    /// alignment's symbol is preferred when it has one.
    public var documentName: String?
    /// Creation time stamped into TMX headers (injectable for reproducible output).
    public var creationDate: Date
    /// Version of the tool, for TMX `creationtoolversion`.
    public var toolVersion: String
    /// TSV: add the confidence as a third column.
    public var tsvConfidence: Bool

    public init(frenchLocale: String = "fr-FR", englishLocale: String = "en-GB", sourceLanguage: String? = nil,
                defaultSourceLanguage: String = "en", lowConfidence: Double = 0.5, documentName: String? = nil,
                creationDate: Date = Date(), toolVersion: String = "0.1.0", tsvConfidence: Bool = true) {
        self.frenchLocale = frenchLocale
        self.englishLocale = englishLocale
        self.sourceLanguage = sourceLanguage
        self.defaultSourceLanguage = defaultSourceLanguage
        self.lowConfidence = lowConfidence
        self.documentName = documentName
        self.creationDate = creationDate
        self.toolVersion = toolVersion
        self.tsvConfidence = tsvConfidence
    }

    /// Whether the source side of the memory is English for `alignment`:
    /// the user's choice, else the declared original, else the default.
    public func sourceIsEnglish(for alignment: Alignment) -> Bool {
        let chosen = sourceLanguage ?? alignment.originalLanguage ?? defaultSourceLanguage
        let lower = chosen.lowercased()
        if lower == englishLocale.lowercased() { return true }
        if lower == frenchLocale.lowercased() { return false }
        return lower.hasPrefix("en")
    }

    /// The document label: the symbol the header gives, else the configured name.
    public func documentLabel(for alignment: Alignment) -> String? {
        alignment.symbol ?? documentName
    }
}
