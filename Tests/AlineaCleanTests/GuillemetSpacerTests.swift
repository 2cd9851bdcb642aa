@testable import AlineaClean
import Testing

@Suite("GuillemetSpacer: French spacing inside guillemets a scan glued")
struct GuillemetSpacerTests {
    @Test("in a document that spaces a guillemet, the glued ones of each pair get their space, and revert exactly")
    func spacesGluedPairs() {
        let text = "Cliquez sur « Valider ». Le filtre «Turbulence» et l’option «Aucun» suivent.\n"
        let stage = GuillemetSpacer().space(text)
        #expect(stage.apply(to: text) == "Cliquez sur « Valider ». Le filtre « Turbulence » et l’option « Aucun » suivent.\n")
        #expect(stage.edits.allSatisfy { $0.rule == "french-spacing" && $0.before.isEmpty && $0.after == " " })
        #expect(stage.revert(stage.apply(to: text)) == text)
    }

    @Test("a quotation that opens with a number, an option or a quoted mark gets its space too; a speck before the words does not")
    func spacesQuotationsOpeningWithMarks() {
        let text = "Indiquez « 1 » ou «0 », l’option «-i » et le séparateur «: ». Lisez le chapitre «. Security Considerations ».\n"
        #expect(GuillemetSpacer().space(text).apply(to: text)
                == "Indiquez « 1 » ou « 0 », l’option « -i » et le séparateur « : ». Lisez le chapitre «. Security Considerations ».\n")
    }

    @Test("a document that never spaces a guillemet keeps its style; a lone guillemet is a speck, not a quotation")
    func keepsUnspacedStyleAndLoneMarks() {
        #expect(GuillemetSpacer().space("Le filtre «Turbulence» et l’option «Aucun».\n").edits.isEmpty)
        let lone = "Cliquez sur « Valider ». Dans» la plupart des cas, les «informations suivent.\n\nUne autre» ligne.\n"
        #expect(GuillemetSpacer().space(lone).edits.isEmpty)
    }

    @Test("the cleaner runs it on French text, after the word repairs",
          .enabled(if: frenchLexicon != nil, "hunspell-fr is not installed"))
    func inThePipeline() throws {
        let french = "Le filtre «Turbulence» et « Valider » sont des boutons de la fenêtre.\n"
        let result = try OCRCleaner(options: CleanOptions(language: .french)).clean(french)
        #expect(result.text.contains("« Turbulence »"))
        #expect(result.log.stages.map(\.name).contains("spacing"))
    }
}
