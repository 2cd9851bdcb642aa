import AlineaText
import Testing

@Suite("LanguageGuesser")
struct LanguageGuesserTests {
    @Test("French and English prose are told apart from function words")
    func guesses() throws {
        let french = try #require(LanguageGuesser().guess("Rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre l’utilisation d’Internet à des fins terroristes,"))
        #expect(french.language == .french)
        #expect(french.confidence > 0.8)
        let english = try #require(LanguageGuesser().guess("Recalling Ministerial Council Decision No. 3/04 on combating the use of the Internet for terrorist purposes,"))
        #expect(english.language == .english)
    }

    @Test("no function word, no guess")
    func undecided() {
        #expect(LanguageGuesser().guess("FSC.DEC/10/08 2008 — 12345") == nil)
    }
}
