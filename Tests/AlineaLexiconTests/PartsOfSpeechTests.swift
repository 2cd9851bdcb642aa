import AlineaLexicon
import Testing

@Suite("Parts of speech as a bit set")
struct PartsOfSpeechTests {
    @Test("named tags map to their own bit; verb classes, locutions and unknown tags fold into one bit each")
    func folding() {
        #expect(PartsOfSpeech(tag: "nom") == .nom)
        #expect(PartsOfSpeech(tag: "3sg") == .thirdSingular)
        #expect(PartsOfSpeech(tag: "v1__t___zz") == .verbClass)
        #expect(PartsOfSpeech(tag: "v3_itnq__a") == .verbClass)
        #expect(PartsOfSpeech(tag: "loc.adv") == .locution)
        #expect(PartsOfSpeech(tag: "patr") == .other)
        // Negative determiners (aucun, nul) fill the indefinite determiner's slot.
        #expect(PartsOfSpeech(tag: "detneg") == .detind)
        #expect(PartsOfSpeech(tags: ["nom", "adj", "patr"]) == [.nom, .adj, .other])
        #expect(PartsOfSpeech(tags: []).isEmpty)
    }

    @Test("the dictionary's tag sets agree with its analyses: 'de' a preposition, 'organiser' an infinitive, 'été' a participle")
    func fromDictionary() throws {
        let fr = try #require(HunspellDictionaryTests.french)
        #expect(fr.tags(of: "de").contains(.prep))
        #expect(fr.tags(of: "organiser").contains(.infi))
        #expect(fr.tags(of: "été").contains(.ppas))
        #expect(fr.tags(of: "maison").contains(.nom) && !fr.tags(of: "maison").contains(.prep))
        #expect(fr.tags(of: "xqzw").isEmpty)
        #expect(fr.tags(of: "aucun").contains(.detind))
        // The same answer as the string tags, word for word.
        for word in ["de", "été", "la", "sont", "est", "rapidement"] {
            #expect(fr.tags(of: word) == PartsOfSpeech(tags: fr.partsOfSpeech(word)))
        }
    }
}
