import AlineaAlign
import AlineaFormats
import AlineaStructure
import Foundation

/// Small alignments that exercise every export path: a 1-1 pair, a 2-1
/// merge, a French-only and an English-only unit, a low-confidence pair,
/// text needing XML escaping and an illegal control character.
enum FormatFixtures {
    static let fixedDate = Date(timeIntervalSince1970: 1_700_000_000) // 2023-11-14T22:13:20Z

    static func alignment(originalLanguage: String? = nil, level: AlignmentLevel = .paragraph) -> Alignment {
        let french = [
            AlignmentUnit(text: "DÉCISION No 991", blockType: .heading, number: "991", blockIndex: 0, start: 0, end: 15),
            AlignmentUnit(text: "Le Conseil permanent,", blockType: .enacting, blockIndex: 1, start: 17, end: 38),
            AlignmentUnit(text: "Rappelant les « règles » <A&B> de l'OSCE\u{0007},", blockType: .preamble, blockIndex: 2, start: 40, end: 80),
            AlignmentUnit(text: "Décide :", blockType: .operative, blockIndex: 3, start: 82, end: 90),
            AlignmentUnit(text: "d’organiser la conférence.", blockType: .operative, number: "1", blockIndex: 4, start: 92, end: 118),
            AlignmentUnit(text: "Note de bas de page propre au français.", blockType: .footnote, number: "1", blockIndex: 5, start: 120, end: 160),
        ]
        let english = [
            AlignmentUnit(text: "DECISION No. 991", blockType: .heading, number: "991", blockIndex: 0, start: 0, end: 16),
            AlignmentUnit(text: "The Permanent Council,", blockType: .enacting, blockIndex: 1, start: 18, end: 40),
            AlignmentUnit(text: "Recalling the \"rules\" <A&B> of the OSCE,", blockType: .preamble, blockIndex: 2, start: 42, end: 82),
            AlignmentUnit(text: "Decides to organize the conference.", blockType: .operative, number: "1", blockIndex: 3, start: 84, end: 119),
            AlignmentUnit(text: "Annex", blockType: .annex, blockIndex: 4, start: 121, end: 126),
        ]
        let beads = [
            Bead(french: [0], english: [0], confidence: 0.99),
            Bead(french: [1], english: [1], confidence: 0.93),
            Bead(french: [2], english: [2], confidence: 0.31),
            Bead(french: [3, 4], english: [3], confidence: 0.8),
            Bead(french: [5], english: [], confidence: 0.7),
            Bead(french: [], english: [4], confidence: 0.2),
        ]
        return Alignment(level: level, french: french, english: english, beads: beads,
                         originalLanguage: originalLanguage, symbol: "PC.DEC/991")
    }

    static let settings = ExportSettings(creationDate: fixedDate, toolVersion: "9.9")
}
