import AlineaAlign

/// Writes `fr<TAB>en[<TAB>confidence]`, one bead per line, as LF Aligner
/// does, for spreadsheets and tools that import tab-separated pairs. A bead
/// without counterpart keeps its row with an empty cell, so nothing is lost;
/// tabs and line breaks inside text become spaces so a row stays a row.
public struct TSVWriter: AlignmentRenderer {
    public let settings: ExportSettings

    public init(settings: ExportSettings = ExportSettings()) {
        self.settings = settings
    }

    public func render(_ alignment: Alignment) -> String {
        var out = ""
        for bead in ResolvedBead.all(alignment, lowConfidence: settings.lowConfidence) {
            out += Self.cell(bead.frenchText) + "\t" + Self.cell(bead.englishText)
            if settings.tsvConfidence { out += "\t" + String(format: "%.2f", bead.bead.confidence) }
            out += "\n"
        }
        return out
    }

    /// A text made safe for one TSV cell.
    static func cell(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c {
            case "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": view.append(" ")
            default: view.append(c)
            }
        }
        return String(view)
    }
}
