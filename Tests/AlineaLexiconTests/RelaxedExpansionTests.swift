@testable import AlineaLexicon
import Foundation
import Testing

/// The relaxed expansion's contract: every word libhunspell accepts or
/// analyses is among its forms — including those `unmunch` misses (a rule
/// whose condition has an accented letter, a suffix a prefix's continuation
/// enables) — so a table built `completing` answers every word of letters
/// without libhunspell, and exactly as it would.
///
/// A small dictionary written for the test shows each case; the French
/// dictionary's own counts are measured by `alinea lexicon build`.
@Suite("Relaxed expansion")
struct RelaxedExpansionTests {
    static let affix = """
        SET UTF-8
        FLAG long
        NEEDAFFIX ()
        FORBIDDENWORD {}

        PFX Um Y 3
        PFX Um 0 0/S. .
        PFX Um 0 milli/S.() .
        PFX Um 0 l' [aeiouè]

        PFX Re Y 1
        PFX Re 0 re .

        SFX S. Y 2
        SFX S. 0 0 [^sxz]
        SFX S. 0 s [^sxz]

        SFX Vr Y 4
        SFX Vr oudre olu oudre
        SFX Vr oudre olue oudre
        SFX Vr er é [^é]er
        SFX Vr er ée [^é]er

        """
    static let dictionary = """
        5
        mètre/Um()
        résoudre/Vr
        chanter/VrRe
        table/S.
        outil

        """

    /// The pair written to a fresh folder.
    static func written() throws -> (affix: String, dictionary: String) {
        let folder = try FormTableTests.temporaryFolder()
        let affix = folder + "/test.aff", dictionary = folder + "/test.dic"
        try Self.affix.write(toFile: affix, atomically: true, encoding: .utf8)
        try Self.dictionary.write(toFile: dictionary, atomically: true, encoding: .utf8)
        return (affix, dictionary)
    }

    /// Strings to ask about: the expansion's and near misses of them.
    static let probes = ["mètre", "mètres", "millimètre", "millimètres", "millimetres", "résoudre", "résolu", "résolue",
                         "résolus", "chanter", "chanté", "chantée", "rechanter", "rechanté", "rechantée", "rechantés",
                         "table", "tables", "retable", "outil", "outils", "reoutil", "milli", "re", "l'mètre", "l'outil",
                         "04", "3tables", "t4ble"]

    @Test("holds every probe libhunspell accepts or analyses, those unmunch misses included")
    func coversLibhunspell() throws {
        let (affix, dictionary) = try Self.written()
        let affixes = try AffixFile(path: affix)
        let roots = try RootTable(path: dictionary, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix)
        let forms = try #require(RelaxedExpansion.forms(affixes: affixes, roots: roots)).map { String(decoding: $0, as: UTF8.self) }
        let hunspell = try HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: "test")
        var accepted = 0
        // Numbers are accepted by libhunspell's number rule, not as readings.
        for probe in Self.probes where !probe.contains("'") && !probe.allSatisfy(\.isNumber) {
            let known = hunspell.hunspellVerdict(probe) || !hunspell.hunspellAnalyses(probe).isEmpty
            if known { accepted += 1 }
            #expect(!known || forms.contains(probe), "\(probe) is a word the expansion lacks")
        }
        // The cases `unmunch` misses, and a root that needs an affix, which is no word alone.
        #expect(accepted >= 12)
        for word in ["millimètres", "résolu", "rechantée"] { #expect(hunspell.hunspellVerdict(word) && forms.contains(word), "\(word)") }
        #expect(!hunspell.hunspellVerdict("mètre") || forms.contains("mètre"))
        #expect(!forms.contains { $0.contains("'") }, "elisions are left out")
    }

    @Test("a table built completing answers every word of letters as libhunspell, without it")
    func completeTable() throws {
        let (affix, dictionary) = try Self.written()
        let path = (affix as NSString).deletingLastPathComponent + "/test.forms"
        // Only two forms given: the expansion supplies the rest.
        let table = try FormTableBuilder(affixPath: affix, dictionaryPath: dictionary)
            .build(forms: ["table", "Table"], to: path, completing: true, workers: 1)
        #expect(table.isCompleteForLetters && table.isCompleteForCapitals)
        #expect(table.isCompleteForDigits, "no compounding: a word may open with digits")
        let partial = try FormTableBuilder(affixPath: affix, dictionaryPath: dictionary)
            .build(forms: ["table", "Table"], to: path + ".partial", workers: 1)
        #expect(!partial.isCompleteForLetters)
        let exact = try HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: "test")
        let fast = try HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: "test", formTable: table)
        let words = Self.probes.filter { !$0.contains("'") } + Self.probes.filter { !$0.contains("'") }.map(FormExpansion.capitalise)
        for word in words {
            #expect(fast.spell(word) == exact.spell(word), "spell(\(word))")
        }
        for word in Self.probes where !word.contains("'") {
            #expect(fast.analyze(word) == exact.analyze(word), "analyze(\(word))")
        }
        #expect(!fast.hasLoadedHunspell, "words of letters never reach libhunspell")
    }
}
