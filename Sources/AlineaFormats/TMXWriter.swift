import AlineaAlign
import Foundation

/// Writes an alignment as a TMX 1.4b translation memory that OmegaT,
/// Trados, memoQ and translate-toolkit load: UTF-8 without BOM, no DOCTYPE
/// (readers do not need the DTD and some try to fetch it), every header
/// attribute the DTD requires, one `<tu>` per bead whose two sides both
/// carry text. Omissions (1-0 / 0-1 beads) never become TUs — an empty
/// segment would poison fuzzy matching — but are counted in header props.
///
/// Each TU carries `x-` props (user-defined per the TMX spec): the document,
/// block type, clause number, confidence and a `x-low-confidence` flag, so a
/// reviewer can filter doubtful pairs in the translation tool.
public struct TMXWriter: AlignmentRenderer {
    public let settings: ExportSettings

    public init(settings: ExportSettings = ExportSettings()) {
        self.settings = settings
    }

    /// The TMX document.
    public func render(_ alignment: Alignment) -> String {
        let sourceEnglish = settings.sourceIsEnglish(for: alignment)
        let srclang = sourceEnglish ? settings.englishLocale : settings.frenchLocale
        let beads = ResolvedBead.all(alignment, lowConfidence: settings.lowConfidence)
        let pairs = beads.filter(\.isPair)
        let omitted = beads.filter { !$0.isPair }
        let frenchOmitted = omitted.reduce(0) { $0 + $1.french.count }
        let englishOmitted = omitted.reduce(0) { $0 + $1.english.count }
        let document = settings.documentLabel(for: alignment)
        let a = MarkupEscaping.attribute, t = MarkupEscaping.text

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Alinea\" creationtoolversion=\"\(a(settings.toolVersion))\""
        out += " datatype=\"plaintext\" segtype=\"\(alignment.level == .sentence ? "sentence" : "paragraph")\""
        out += " adminlang=\"en\" srclang=\"\(a(srclang))\" o-tmf=\"Alinea\""
        out += " creationdate=\"\(Self.timestamp(settings.creationDate))\">\n"
        if let document { out += "    <prop type=\"x-document\">\(t(document))</prop>\n" }
        out += "    <prop type=\"x-translation-units\">\(pairs.count)</prop>\n"
        out += "    <prop type=\"x-unaligned-\(a(settings.frenchLocale))\">\(frenchOmitted)</prop>\n"
        out += "    <prop type=\"x-unaligned-\(a(settings.englishLocale))\">\(englishOmitted)</prop>\n"
        out += "    <prop type=\"x-low-confidence-units\">\(pairs.filter(\.isLowConfidence).count)</prop>\n"
        if !omitted.isEmpty {
            out += "    <note>\(omitted.count) bead\(omitted.count == 1 ? "" : "s") without a counterpart "
                + "(\(frenchOmitted) French, \(englishOmitted) English unit\(frenchOmitted + englishOmitted == 1 ? "" : "s")) "
                + "not exported as translation units.</note>\n"
        }
        out += "  </header>\n  <body>\n"
        for bead in pairs {
            out += "    <tu tuid=\"\(bead.index + 1)\">\n"
            if let document { out += "      <prop type=\"x-document\">\(t(document))</prop>\n" }
            if !bead.blockTypes.isEmpty {
                out += "      <prop type=\"x-block-type\">\(t(bead.blockTypes.map(\.rawValue).joined(separator: " ")))</prop>\n"
            }
            if !bead.numbers.isEmpty {
                out += "      <prop type=\"x-clause-number\">\(t(bead.numbers.joined(separator: " ")))</prop>\n"
            }
            out += "      <prop type=\"x-confidence\">\(String(format: "%.2f", bead.bead.confidence))</prop>\n"
            if bead.isLowConfidence { out += "      <prop type=\"x-low-confidence\">yes</prop>\n" }
            let french = tuv(settings.frenchLocale, bead.frenchText)
            let english = tuv(settings.englishLocale, bead.englishText)
            out += sourceEnglish ? english + french : french + english
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }

    private func tuv(_ locale: String, _ text: String) -> String {
        "      <tuv xml:lang=\"\(MarkupEscaping.attribute(locale))\"><seg>\(MarkupEscaping.text(text))</seg></tuv>\n"
    }

    /// TMX dates: `YYYYMMDDThhmmssZ`, UTC.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
