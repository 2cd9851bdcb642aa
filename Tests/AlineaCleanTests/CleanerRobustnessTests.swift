import AlineaClean
import AlineaTestSupport
import Foundation
import Testing

/// Short, hostile inputs built at random (seeded, so a failure reproduces)
/// from the pieces the rules look at: trigger words that ask about their
/// neighbours, OCR artefacts, lone marks, brackets, quotes and layout
/// characters. A document may open or end on any of them, so every rule
/// that reads the unit before or after must hold at both edges — a crash
/// there (`avoir` opening a page) once reached users as an illegal
/// instruction. Each output must also revert exactly to its input.
@Suite("OCRCleaner: hostile short inputs", .enabled(if: LayoutFixtures.french != nil))
struct CleanerRobustnessTests {
    /// Pieces the word pass, the speck rules and the layout stage react to.
    static let pieces = [
        "a", "à", "&", "4", "ace", "ala", "avoir", "aune", "ou", "où", "I’", "l’", "1’", "|’", "L’", "d’", "n’", "qu’",
        "Il", "IL", "11", "il", "est", "été", "a été", "revise", "les", "des", "de", "dans", "pendant", "que", "si",
        "nest", "pas", "Etats", "r6le", "cceur", "matiere", "premiére", "ét", "üne", "Vous", "vous", "OSCE", "GIMP",
        "PC.DEC/991", "MC.DEC/2/09", "https://www.osce.org", "a@b.org", "1.", "2)", "a)", "-", "—", "–", "peut-",
        "être", "ci-dessous", "[", "]", "[Il", "[image", "(", ")", "‘", "’", "'", "\"", "«", "»", "“", "”", ",", ".",
        ":", ";", "!", "?", "…", ",.", ".:", "™", "¹", "*", "/", "\n", "\n\n", " ", "\u{0C}", "Rappelant", "Décide",
        "Recalling", "the", "and", "of", "image", "option", "fichier", "Unies™", "- 2 -", "e", "x", "É", "À", "œ",
    ]

    /// `count` inputs of one to twelve pieces, joined by a space or by nothing.
    static func inputs(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...12, using: &generator)
            return (0..<length).map { _ in
                pieces.randomElement(using: &generator)! + (Bool.random(using: &generator) ? " " : "")
            }.joined()
        }
    }

    @Test("French: every input is cleaned or refused with a typed error, and the log reverts it exactly",
          arguments: [1, 2, 3, 4] as [UInt64])
    func french(seed: UInt64) throws {
        let cleaner = try OCRCleaner(options: CleanOptions(language: .french))
        for input in Self.inputs(count: 400, seed: seed) {
            guard let result = try? cleaner.clean(input) else { continue }
            #expect(result.log.revert(result.text) == input, "\(input.debugDescription)")
        }
    }

    @Test("English: every input is cleaned or refused with a typed error, and the log reverts it exactly")
    func english() throws {
        let cleaner = try OCRCleaner(options: CleanOptions(language: .english))
        for input in Self.inputs(count: 400, seed: 5) {
            guard let result = try? cleaner.clean(input) else { continue }
            #expect(result.log.revert(result.text) == input, "\(input.debugDescription)")
        }
    }

    @Test("the generator is hostile enough: most inputs are cleaned, and some are changed")
    func inputsReachTheRules() throws {
        let cleaner = try OCRCleaner(options: CleanOptions(language: .french))
        let results = Self.inputs(count: 200, seed: 6).compactMap { try? cleaner.clean($0) }
        #expect(results.count > 150)
        #expect(results.filter { !$0.log.appliedEdits.isEmpty }.count > 50)
    }
}
