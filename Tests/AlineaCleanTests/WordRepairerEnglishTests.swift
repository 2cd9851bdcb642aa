import Testing
import AlineaClean
import AlineaLexicon

/// The US English lexicon, opened once; nil when hunspell-en-us is not installed.
let englishLexicon: HunspellDictionary? = try? HunspellDictionary(language: "en_US")

@Suite("WordRepairer (English)", .enabled(if: englishLexicon != nil, "hunspell-en-us is not installed"))
struct WordRepairerEnglishTests {
    let repairer = WordRepairer(language: .english, lexicon: englishLexicon!)

    func repaired(_ input: String) -> String { repairer.repair(input).stage.apply(to: input) }

    @Test("a capital I read for l and an invented accent are repaired; French words and Latin stay")
    func english() {
        #expect(repaired("The Council heIps the States to rëinforce security.") == "The Council helps the States to reinforce security.")
        let kept = "The Council, inter alia, recalls the rôle of the OSCE and its decision MC.DEC/2/09 of 2 June 2010; inter alia it a"
        #expect(repaired(kept) == kept)
    }

    @Test("French-only repairs (elisions, a/à) do not run on English text")
    func noFrenchRules() {
        let text = "I’m sure I’ll go to a meeting & a dinner."
        #expect(repairer.repair(text).stage.edits.isEmpty)
    }

    @Test("a combining form the lexicon lacks but opens several headwords with stays (`cyber attacks`), a misread word does not")
    func combiningFormStays() {
        let text = "The participating States discussed cyber attacks on critical infrastructure."
        #expect(repaired(text) == text)
        #expect(englishLexicon!.headwordsExtending("cyber") >= 3)
        #expect(englishLexicon!.headwordsExtending("cyberspace") == 0)
        #expect(repaired("The Council heIps the States.") == "The Council helps the States.")
    }
}
