@testable import AlineaLexicon
import Foundation
import Testing

/// Stems read off analyses as libhunspell reads them: written cases for each
/// rule of the reading, then libhunspell's own `stem` as the judge, on French
/// words and on a small compounding dictionary written for the test.
@Suite("Stem reading")
struct StemReadingTests {
    @Test("the stem field of each analysis, repeats once, compound parts joined, a derivation left to libhunspell")
    func reading() {
        #expect(StemReading.stems(readingAnalyses: []) == [])
        #expect(StemReading.stems(readingAnalyses: [" st:chanter po:v1 is:ipsi", " st:chanter po:v1 is:ppre"]) == ["chanter"])
        #expect(StemReading.stems(readingAnalyses: [" st:été po:nom", " st:être po:v0 is:ppas"]) == ["été", "être"])
        // No stem field: nothing (libhunspell drops the empty result).
        #expect(StemReading.stems(readingAnalyses: [" po:adv"]) == [])
        // Alternatives after ` | `, a surface prefix before the stem.
        #expect(StemReading.stems(readingAnalyses: ["st:a po:x | st:b po:y"]) == ["a", "b"])
        #expect(StemReading.stems(readingAnalyses: ["sp:re st:faire"]) == ["refaire"])
        // Every compound part but the last gives its `pa:` field; the last its stem.
        #expect(StemReading.stems(readingAnalyses: ["pa:foot st:foot pa:ball st:ball"]) == ["football"])
        #expect(StemReading.stems(readingAnalyses: ["st:aller po:impe ds:+y"]) == nil)
    }

    @Test("agrees with libhunspell's stem on French words, elisions and hyphenated imperatives",
          .enabled(if: HunspellPrefilterTests.french != nil))
    func french() throws {
        let french = try #require(HunspellPrefilterTests.french)
        let words = ["et", "nécessaire", "amorcer", "appartiennent", "connectée", "quant", "quel", "participants", "été",
                     "Étés", "ÉTATS", "l'homme", "qu'il", "porte-parole", "allez-vous-en", "vas-y", "xyzzy", "cl6ture", ""]
        var read = 0
        for word in words {
            let analyses = french.hunspellAnalyses(word)
            let expected = french.hunspellStems(word)
            #expect(french.stems(word) == expected, "\(word)")
            if let stems = StemReading.stems(readingAnalyses: analyses) {
                read += 1
                #expect(stems == expected, "\(word): \(analyses)")
            }
        }
        #expect(read >= words.count - 2, "only the imperatives with pronouns are left to libhunspell")
    }

    @Test("agrees with libhunspell's stem on compounds of a dictionary with morphology")
    func compounds() throws {
        let affix = "SET UTF-8\nCOMPOUNDFLAG X\n\nSFX S Y 1\nSFX S 0 s . is:plural\n\n"
        let dictionary = "3\nfoot/X po:noun\nball/XS po:noun\nnet/X st:network po:noun\n"
        let (affixPath, dictionaryPath) = try AffixFileTests.written(affix, dictionary)
        let lexicon = try HunspellDictionary(affixPath: affixPath, dictionaryPath: dictionaryPath, language: "test")
        var compounds = 0
        for word in ["football", "footballs", "ballfoot", "netball", "footnet", "foot", "balls", "footfootball", "feet"] {
            let analyses = lexicon.hunspellAnalyses(word)
            if analyses.contains(where: { $0.contains("pa:") }) { compounds += 1 }
            #expect(StemReading.stems(readingAnalyses: analyses) == lexicon.hunspellStems(word), "\(word): \(analyses)")
            #expect(lexicon.stems(word) == lexicon.hunspellStems(word), "\(word)")
        }
        #expect(compounds >= 3, "libhunspell analyses the compounds part by part")
    }
}
