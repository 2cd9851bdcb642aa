import AlineaLexicon
import Foundation
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

    @Test("a unit symbol under a measurement prefix is known as that only; words sharing its letters are words")
    func prefixedSymbols() throws {
        let fr = try #require(Self.french)
        // The affix file builds z+cal, da+l, k+m from any symbol.
        #expect(fr.spell("zcal") && fr.isOnlyPrefixedSymbol("zcal"))
        #expect(fr.isOnlyPrefixedSymbol("dal"))
        #expect(fr.isOnlyPrefixedSymbol("km"))
        // `dam` is also a noun, `kilomètre` a word built by a prefix class of its own, `chat` a word.
        #expect(!fr.isOnlyPrefixedSymbol("dam"))
        #expect(!fr.isOnlyPrefixedSymbol("kilomètre"))
        #expect(!fr.isOnlyPrefixedSymbol("chat"))
        #expect(!fr.isOnlyPrefixedSymbol("zcat"))
    }

    @Test("the TRY letters are the affix file's lower-case letters, in its order, each once")
    func tryLetters() throws {
        let fr = try #require(Self.french)
        let letters = fr.tryLetters
        #expect(letters.first == "e")
        #expect(letters.contains("é") && letters.contains("œ") && letters.contains("ç"))
        #expect(!letters.contains("M") && !letters.contains("-") && !letters.contains("'"))
        #expect(Set(letters).count == letters.count)
    }

    @Test("an affix file without a TRY line has no letters to try")
    func noTryLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alinea-try-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let aff = folder.appendingPathComponent("xx.aff").path, dic = folder.appendingPathComponent("xx.dic").path
        try "SET UTF-8\nTRYX abc\n".write(toFile: aff, atomically: true, encoding: .utf8)
        try "1\nmot\n".write(toFile: dic, atomically: true, encoding: .utf8)
        #expect(try HunspellDictionary(affixPath: aff, dictionaryPath: dic, language: "xx").tryLetters.isEmpty)
        try "SET UTF-8\nTRY\tzyZ-x\n".write(toFile: aff, atomically: true, encoding: .utf8)
        #expect(try HunspellDictionary(affixPath: aff, dictionaryPath: dic, language: "xx").tryLetters == ["z", "y", "x"])
    }

    @Test("a missing dictionary is a typed error naming the package to install")
    func missing() {
        #expect(throws: LexiconError.self) { try HunspellDictionary(language: "xx_NOPE") }
    }
}
