import AlineaAlign
import Foundation

/// The JSON form of an alignment (docs/align-schema.md): schema name and
/// version first so consumers can check what they read, every unit with its
/// offsets in the input (to map beads back to files), every bead with its
/// confidence and low-confidence flag. Keys sorted for stable diffs.
public struct AlignmentJSON: AlignmentRenderer {
    /// The `schema` value.
    public static let schemaName = "alinea.align"
    /// Bumped on incompatible change.
    public static let schemaVersion = 1

    public let settings: ExportSettings

    public init(settings: ExportSettings = ExportSettings()) {
        self.settings = settings
    }

    /// The serialised document.
    struct Document: Codable {
        struct JSONBead: Codable {
            var french: [Int]
            var english: [Int]
            var confidence: Double
            var lowConfidence: Bool
        }
        var schema: String
        var version: Int
        var level: AlignmentLevel
        var originalLanguage: String?
        var symbol: String?
        var frenchLocale: String
        var englishLocale: String
        var lowConfidenceThreshold: Double
        var french: [AlignmentUnit]
        var english: [AlignmentUnit]
        var beads: [JSONBead]
    }

    public func render(_ alignment: Alignment) throws -> String {
        let document = Document(
            schema: Self.schemaName, version: Self.schemaVersion, level: alignment.level,
            originalLanguage: alignment.originalLanguage, symbol: alignment.symbol,
            frenchLocale: settings.frenchLocale, englishLocale: settings.englishLocale,
            lowConfidenceThreshold: settings.lowConfidence,
            french: alignment.french, english: alignment.english,
            beads: alignment.beads.map { .init(french: $0.french, english: $0.english, confidence: $0.confidence, lowConfidence: $0.confidence < settings.lowConfidence) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// Reads the JSON form back (for tools and tests); rejects other schemas
    /// and newer versions with a message saying so.
    public static func decode(_ data: Data) throws -> Alignment {
        let document = try JSONDecoder().decode(Document.self, from: data)
        guard document.schema == schemaName else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "schema '\(document.schema)' is not \(schemaName)"))
        }
        guard document.version <= schemaVersion else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "align schema version \(document.version) is newer than this Alinea reads (\(schemaVersion))"))
        }
        return Alignment(level: document.level, french: document.french, english: document.english,
                         beads: document.beads.map { Bead(french: $0.french, english: $0.english, confidence: $0.confidence) },
                         originalLanguage: document.originalLanguage, symbol: document.symbol)
    }
}
