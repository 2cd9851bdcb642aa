import AlineaAlign
import AlineaStructure

/// A bead with its units looked up: what every writer shows (texts, block
/// types, clause numbers, doubt). Indices outside the unit arrays are
/// ignored rather than trapping, so a hand-edited alignment cannot crash an export.
struct ResolvedBead {
    let index: Int
    let bead: Bead
    let french: [AlignmentUnit]
    let english: [AlignmentUnit]
    let isLowConfidence: Bool

    init(index: Int, bead: Bead, in alignment: Alignment, lowConfidence: Double) {
        self.index = index
        self.bead = bead
        french = bead.french.compactMap { alignment.french.indices.contains($0) ? alignment.french[$0] : nil }
        english = bead.english.compactMap { alignment.english.indices.contains($0) ? alignment.english[$0] : nil }
        isLowConfidence = bead.confidence < lowConfidence
    }

    /// All beads of `alignment`, resolved.
    static func all(_ alignment: Alignment, lowConfidence: Double) -> [ResolvedBead] {
        alignment.beads.enumerated().map { ResolvedBead(index: $0.offset, bead: $0.element, in: alignment, lowConfidence: lowConfidence) }
    }

    /// The French side as one segment (units joined with a space).
    var frenchText: String { french.map(\.text).joined(separator: " ") }
    /// The English side as one segment.
    var englishText: String { english.map(\.text).joined(separator: " ") }

    /// Both sides carry text: a translation unit, not an omission.
    var isPair: Bool {
        !frenchText.allSatisfy(\.isWhitespace) && !englishText.allSatisfy(\.isWhitespace)
    }

    /// Distinct block types of the bead (French side first), in order.
    var blockTypes: [BlockType] { distinct((french + english).compactMap(\.blockType)) }
    /// Distinct clause numbers of the bead, French side first (sides normally agree).
    var numbers: [String] { distinct((french.isEmpty ? english : french).compactMap(\.number)) }

    /// `1-1`, `2-1`, `0-1`…
    var shape: String { "\(bead.french.count)-\(bead.english.count)" }

    private func distinct<T: Hashable>(_ xs: [T]) -> [T] {
        var seen = Set<T>()
        return xs.filter { seen.insert($0).inserted }
    }
}
