import AlineaAlign

/// The file formats `alinea align` can write. Each serves a different
/// reader: translation tools (TMX), spreadsheets and LF Aligner users (TSV),
/// evaluation scripts (beads), a reviewer (HTML) and other programs (JSON).
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    /// TMX 1.4b translation memory (OmegaT, Trados, memoQ).
    case tmx
    /// `fr<TAB>en<TAB>confidence`, one bead per line (LF Aligner style).
    case tsv
    /// `fr_indices<TAB>en_indices<TAB>confidence`: the gold format of the evaluation sets.
    case beads
    /// Self-contained side-by-side review page.
    case html
    /// The full alignment, units and beads (docs/align-schema.md).
    case json

    /// The format a file name asks for by its extension, so `-o pair.tmx`
    /// needs no `--format`; nil when the extension names no format.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "tmx": self = .tmx
        case "tsv", "tab": self = .tsv
        case "beads": self = .beads
        case "html", "htm": self = .html
        case "json": self = .json
        default: return nil
        }
    }

    /// The writer of this format.
    public var renderer: any AlignmentRenderer.Type {
        switch self {
        case .tmx: TMXWriter.self
        case .tsv: TSVWriter.self
        case .beads: BeadsWriter.self
        case .html: HTMLReviewWriter.self
        case .json: AlignmentJSON.self
        }
    }

    /// Renders `alignment` in this format.
    public func render(_ alignment: Alignment, settings: ExportSettings = ExportSettings()) throws -> String {
        try renderer.init(settings: settings).render(alignment)
    }
}
