import AlineaLexicon
import Testing

@Suite("Hunspell dictionary")
struct HunspellDictionaryTests {
    static let french = try? HunspellDictionary(language: "fr")

    @Test("accepts French words with accents and rejects OCR damage")
    func spelling() throws {
        let fr = try #require(Self.french)
        #expect(fr.spell("rôle"))
        #expect(fr.spell("États"))
        #expect(!fr.spell("r6le"))
        #expect(!fr.spell("matiere"))
    }

    @Test("lists the headwords of closed classes from the .dic file, and only those")
    func headwords() throws {
        let fr = try #require(Self.french)
        let prepositions = fr.headwords(taggedWithAny: ["prep"])
        #expect(prepositions.isSuperset(of: ["de", "dès", "après", "à"]))
        #expect(!prepositions.contains("maison") && !prepositions.contains("organiser"))
        #expect(fr.headwords(taggedWithAny: ["no-such-tag"]).isEmpty)
    }

    @Test("exposes morphology: 'été' can be a past participle, 'organiser' an infinitive")
    func morphology() throws {
        let fr = try #require(Self.french)
        #expect(fr.partsOfSpeech("été").contains { $0.hasPrefix("v") || $0 == "ppas" } || !fr.analyze("été").isEmpty)
        #expect(!fr.analyze("organiser").isEmpty)
    }

    @Test("a missing dictionary is a typed error naming the package to install")
    func missing() {
        #expect(throws: LexiconError.self) { try HunspellDictionary(language: "xx_NOPE") }
    }
}
