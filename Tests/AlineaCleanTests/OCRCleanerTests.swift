import AlineaClean
import AlineaText
import Foundation
import Testing

@Suite("OCRCleaner: the whole pipeline", .enabled(if: LayoutFixtures.french != nil))
struct OCRCleanerTests {
    static let cleaner = try? OCRCleaner(options: CleanOptions(language: .french))

    @Test("the scanned decision: paragraphs re-joined, footnote moved, and revert gives the input back exactly")
    func scannedSeed() throws {
        let input = try #require(LayoutFixtures.corpus("Corpora/osce/pc-dec-991.fr.ocr.txt"))
        let cleaner = try #require(Self.cleaner)
        let result = try cleaner.clean(input)
        #expect(result.log.revert(result.text) == input)
        #expect(try result.log.checkedRevert(result.text) == input)
        #expect(result.log.apply(to: input) == result.text)
        let paragraphs = result.text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains { $0.hasPrefix("Rappelant les discussions") && $0.hasSuffix("Processus de Corfou,") })
        #expect(paragraphs.contains { $0.hasPrefix("Rappelant la Décision No 2/09") })
        #expect(paragraphs.last?.hasPrefix("¹ Rapport du Groupe") == true)
        #expect(result.text.contains("Nations Unies¹."))
        #expect(result.text.contains("l’OSCE"))
        #expect(!result.text.contains("\n\n\n"))
        #expect(result.text.hasSuffix(".\n"))
        // Stage names in order.
        #expect(result.log.stages.map(\.name) == ["page-furniture", "footnotes", "reading-order", "layout", "inline", "glyphs", "words", "inline-after-words", "arrows", "spacing"])
    }

    @Test("a stop before `ils` whose capital the scan read small ends the sentence, unless a conjunction's clause has no verb yet; no stop parts a verb and adverbs from its object")
    func stopsAroundSmallPronounsAndObjects() throws {
        let cleaner = try #require(Self.cleaner)
        #expect(try cleaner.clean("La taille des godets est faible. ils sont donc nombreux.\n").text
                == "La taille des godets est faible. Ils sont donc nombreux.\n")
        #expect(try cleaner.clean("Les bits servent aux fichiers normaux tandis que pour les fichiers spéciaux. ils définissent l’accès.\n").text
                == "Les bits servent aux fichiers normaux tandis que pour les fichiers spéciaux ils définissent l’accès.\n")
        // A verb that takes an object, one or two adverbs, then a capitalised determiner: the object, not a sentence.
        let kept = "Il n’est pas nécessaire d’ajuster rigoureusement La sélection, le filtre le fera.\n"
        #expect(try cleaner.clean(kept).text == kept)
        // Its object pronoun before it, the verb has its object: the capital opens the next sentence.
        #expect(try cleaner.clean("Il vaut mieux le recommander plus largement Ce manuel est écrit pour tous.\n").text
                == "Il vaut mieux le recommander plus largement. Ce manuel est écrit pour tous.\n")
    }

    @Test("an elided l restored inside a title in capitals is a capital; after an acronym or in running text it is not")
    func elisionInCapitals() throws {
        let cleaner = try #require(Self.cleaner)
        #expect(try cleaner.clean("LA CONFÉRENCE DE I'OSCE SUR LA PROTECTION\n").text == "LA CONFÉRENCE DE L'OSCE SUR LA PROTECTION\n")
        #expect(try cleaner.clean("LA CONFÉRENCE DE LOSCE SUR LA PROTECTION, L'OSCE et l'OSCE\n").text.hasPrefix("LA CONFÉRENCE DE L'OSCE SUR"))
        #expect(try cleaner.clean("Le rapport de I'OSCE et du CP I'OSCE.\n").text == "Le rapport de l'OSCE et du CP l'OSCE.\n")
    }

    @Test("a speck next to a word the word pass repaired is judged after it, and still reverts exactly")
    func specksAfterWordRepair() throws {
        let input = "Dans ce-chapltre, nous verrons les notes.\n"
        let result = try #require(Self.cleaner).clean(input)
        #expect(result.text == "Dans ce chapitre, nous verrons les notes.\n")
        #expect(result.log.stages.first { $0.name == "inline-after-words" }?.edits.map(\.rule) == ["speck-hyphen"])
        #expect(result.log.revert(result.text) == input)
        // An apostrophe after a damaged word that elides nothing: both words repaired, then the speck goes.
        let glued = "Elles ont la meme'signification, aujourd'hui comme quelqu'un.\n"
        let repaired = try #require(Self.cleaner).clean(glued)
        #expect(repaired.text == "Elles ont la même signification, aujourd'hui comme quelqu'un.\n")
        #expect(repaired.log.revert(repaired.text) == glued)
    }

    @Test("clean text comes out identical: the FSC decision")
    func cleanDecisionUnchanged() throws {
        let input = try #require(LayoutFixtures.corpus("Corpora/osce/fsc-dec-10-08.fr.txt"))
        let result = try #require(Self.cleaner).clean(input)
        #expect(result.text == input)
    }

    @Test("clean text comes out identical: the UDHR", .enabled(if: LayoutFixtures.udhr != nil))
    func udhrUnchanged() throws {
        let input = try #require(LayoutFixtures.udhr)
        let result = try #require(Self.cleaner).clean(input)
        let changed = result.log.appliedEdits.prefix(5).map { "\($0.rule): \($0.before) → \($0.after) at \($0.offset)" }
        #expect(result.log.appliedEdits.isEmpty, "changed: \(changed)")
        #expect(result.text.count == input.count)
    }

    @Test("apostrophe style is its own reversible stage, and changes nothing else on clean text")
    func apostrophes() throws {
        let input = try #require(LayoutFixtures.corpus("Corpora/osce/fsc-dec-10-08.fr.txt"))
        let cleaner = try OCRCleaner(options: CleanOptions(language: .french, apostrophes: .typographic))
        let result = try cleaner.clean(input)
        #expect(result.text == ApostropheStyle.typographic.apply(to: input))
        #expect(result.log.stages.last?.name == "apostrophes")
        #expect(result.log.revert(result.text) == input)
    }

    @Test("a generated scan: revert is exact and the paragraphs come back")
    func generatedScan() throws {
        let paragraphs = LayoutFixtures.paragraphs
        let scan = LayoutFixtures.scanned(paragraphs)
        let result = try #require(Self.cleaner).clean(scan)
        #expect(result.log.revert(result.text) == scan)
        #expect(result.text.components(separatedBy: "\n\n").count == paragraphs.count)
    }

    @Test("the language is guessed when not given; empty text is an error")
    func languageAndErrors() throws {
        let cleaner = try OCRCleaner()
        let english = try cleaner.clean("The Permanent Council, recalling the decision of the Ministerial Council on the use of the Internet,\n")
        #expect(english.language == .english)
        #expect(throws: CleanError.emptyText) { try cleaner.clean(" \n\n") }
    }

    @Test("a language the text plainly contradicts is refused; a short or mixed text is cleaned as told")
    func languageMismatch() throws {
        let french = try #require(LayoutFixtures.corpus("Corpora/osce/pc-dec-991.fr.ocr.txt"))
        let asEnglish = try OCRCleaner(options: CleanOptions(language: .english))
        #expect {
            try asEnglish.clean(french)
        } throws: { error in
            guard case .languageMismatch(given: .english, found: .french, _, let found)? = error as? CleanError else { return false }
            return found >= 8 && "\(error)".contains("--lang fr")
        }
        let asFrench = try OCRCleaner(options: CleanOptions(language: .french))
        // Too few function words to contradict the choice: cleaned as French.
        #expect(try asFrench.clean("The Permanent Council decides.\n").language == .french)
        // A French sentence quoting an English title stays French and is accepted.
        let quoting = "Le Conseil rappelle le rapport « The role of the OSCE in the field of security » et décide de le publier dans les deux langues.\n"
        #expect(try asFrench.clean(quoting).language == .french)
    }

    @Test("a change log that does not fit the text is a typed error, not a crash")
    func mismatchedLog() throws {
        let input = try #require(LayoutFixtures.corpus("Corpora/osce/pc-dec-991.fr.ocr.txt"))
        let result = try #require(Self.cleaner).clean(input)
        #expect(throws: CleanupLogMismatch.self) { try result.log.checkedRevert("something else entirely\n") }
    }
}
