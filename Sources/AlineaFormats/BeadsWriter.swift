import AlineaAlign

/// Writes beads as `fr_indices<TAB>en_indices<TAB>confidence`: the gold
/// format of the evaluation sets (0-based unit indices, comma-separated, an
/// empty side for 1-0 / 0-1) plus the confidence, so `score.py` reads our
/// output directly (it takes the first two columns and skips `#` lines).
public struct BeadsWriter: AlignmentRenderer {
    public let settings: ExportSettings

    public init(settings: ExportSettings = ExportSettings()) {
        self.settings = settings
    }

    public func render(_ alignment: Alignment) -> String {
        var out = "# fr_indices\ten_indices\tconfidence (0-based \(alignment.level.rawValue) units; "
            + "\(alignment.french.count) fr, \(alignment.english.count) en)\n"
        for bead in alignment.beads {
            out += bead.french.map(String.init).joined(separator: ",") + "\t"
                + bead.english.map(String.init).joined(separator: ",") + "\t"
                + String(format: "%.4f", bead.confidence) + "\n"
        }
        return out
    }
}
