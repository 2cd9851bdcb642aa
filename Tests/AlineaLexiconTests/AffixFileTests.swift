@testable import AlineaLexicon
import Foundation
import Testing

/// Reading compounding: the flags are kept, and a form table may call itself
/// complete for words of letters only when no compound can be one
/// (`AffixFile.compoundsBeginWithDigits(roots:)`) — English's ordinals, not a
/// language that glues words together.
@Suite("Affix file: compounding")
struct AffixFileTests {
    /// Ordinals as American English builds them (`11th`, `21st`): every part holds a digit.
    static let ordinalAffix = """
        SET UTF-8
        COMPOUNDMIN 1
        ONLYINCOMPOUND c
        COMPOUNDRULE 2
        COMPOUNDRULE n*1t
        COMPOUNDRULE n*mp

        SFX S Y 1
        SFX S 0 s .

        """
    static let ordinalDictionary = """
        12
        1/n1
        2/nm
        1th/tc
        1st/p
        table/S
        chair/S
        outil
        plum-pudding
        FontConfig/S
        MS-DOS
        OTAN/S
        łódź-table

        """
    /// Words glued together by a compound flag (`football`).
    static let gluingAffix = """
        SET UTF-8
        COMPOUNDFLAG X

        SFX S Y 1
        SFX S 0 s .

        """
    static let gluingDictionary = """
        3
        foot/X
        ball/XS
        table/S

        """

    /// `affix` and `dictionary` written to a fresh folder.
    static func written(_ affix: String, _ dictionary: String) throws -> (affix: String, dictionary: String) {
        let folder = try FormTableTests.temporaryFolder()
        let affixPath = folder + "/test.aff", dictionaryPath = folder + "/test.dic"
        try affix.write(toFile: affixPath, atomically: true, encoding: .utf8)
        try dictionary.write(toFile: dictionaryPath, atomically: true, encoding: .utf8)
        return (affixPath, dictionaryPath)
    }

    /// The parsed affix file and roots of a written pair.
    static func read(_ affix: String, _ dictionary: String) throws -> (AffixFile, RootTable) {
        let (affixPath, dictionaryPath) = try written(affix, dictionary)
        let affixes = try AffixFile(path: affixPath)
        return (affixes, try RootTable(path: dictionaryPath, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix))
    }

    /// The flags of `letters`, one byte each.
    static func flags(_ letters: String) -> Set<UInt16> { Set(letters.utf8.map(UInt16.init)) }

    @Test("compound rules are read for their flags; compounds of digit roots leave words of letters alone")
    func ordinals() throws {
        let (affixes, roots) = try Self.read(Self.ordinalAffix, Self.ordinalDictionary)
        #expect(affixes.compoundFlags == Self.flags("n1tmp"))
        #expect(affixes.compoundingDirective == "COMPOUNDMIN")
        #expect(affixes.compoundsBeginWithDigits(roots: roots))
        #expect(affixes.suffixes.count == 1)
    }

    @Test("compounds that may be words of letters are noticed")
    func wordsOfLetters() throws {
        let (gluing, gluingRoots) = try Self.read(Self.gluingAffix, Self.gluingDictionary)
        #expect(gluing.compoundFlags == Self.flags("X"))
        #expect(!gluing.compoundsBeginWithDigits(roots: gluingRoots), "foot + ball")
        // A digit root that also takes a suffix: the suffix could follow it inside a compound.
        let (suffixed, suffixedRoots) = try Self.read(Self.ordinalAffix, Self.ordinalDictionary.replacingOccurrences(of: "2/nm", with: "2/nmS"))
        #expect(!suffixed.compoundsBeginWithDigits(roots: suffixedRoots))
        // An affix that lends a compound flag to the forms it makes.
        let lending = Self.ordinalAffix.replacingOccurrences(of: "SFX S 0 s .", with: "SFX S 0 s/n .")
        let (lent, lentRoots) = try Self.read(lending, Self.ordinalDictionary)
        #expect(!lent.compoundsBeginWithDigits(roots: lentRoots))
        // A pattern that rewrites the joint between two parts.
        let rewriting = Self.ordinalAffix + "CHECKCOMPOUNDPATTERN 1\nCHECKCOMPOUNDPATTERN 1 1th 11\n"
        let (rewritten, rewrittenRoots) = try Self.read(rewriting, Self.ordinalDictionary)
        #expect(!rewritten.compoundsBeginWithDigits(roots: rewrittenRoots))
        // Without compounding there is nothing to hold.
        let (plain, plainRoots) = try Self.read("SET UTF-8\n", "1\ntable\n")
        #expect(plain.compoundFlags.isEmpty && plain.compoundingDirective == nil && plain.compoundsBeginWithDigits(roots: plainRoots))
    }

    @Test("two-byte flags in a compound rule are read in parentheses; unknown compounding is refused")
    func ruleSyntaxAndRefusal() throws {
        let long = "SET UTF-8\nFLAG long\nCOMPOUNDRULE 1\nCOMPOUNDRULE (Aa)*(Bb)?(Cc)\n"
        let (affixes, _) = try Self.read(long, "1\ntable\n")
        #expect(affixes.compoundFlags == [0x4161, 0x4262, 0x4363])
        let (written, _) = try Self.written("SET UTF-8\nCOMPOUNDSYLLABLE 7 aeiou\n", "1\ntable\n")
        #expect(throws: HunspellPrefilterError.unsupported(directive: "COMPOUNDSYLLABLE")) { try AffixFile(path: written) }
    }

    @Test("a BREAK table splits words of letters at hyphens only when its other patterns need other characters")
    func breakTables() throws {
        func breaks(_ patterns: [String]) throws -> Bool {
            let header = patterns.isEmpty ? "" : "BREAK \(patterns.count)\n" + patterns.map { "BREAK \($0)\n" }.joined()
            let (affix, _) = try Self.written("SET UTF-8\n" + header, "1\ntable\n")
            return try AffixFile(path: affix).breaksAtHyphensOnly
        }
        #expect(try breaks([]), "Hunspell's default: -, ^-, -$")
        #expect(try breaks(["-", ".", "·", "^‘", "^'", "'$", "’$"]), "French's")
        #expect(try !breaks(["-", "ab"]), "a pattern of letters splits words of letters elsewhere")
        #expect(try !breaks(["^re", "-"]), "an anchored one too")
        #expect(try !breaks([".", "'$"]), "no hyphen: a hyphenated word is never split")
        if let french = try? HunspellDictionary.files(of: "fr") {
            #expect(try AffixFile(path: french.affix).breaksAtHyphensOnly)
        }
    }

    @Test("American English's affix file: ordinals only, so its table can be complete")
    func americanEnglish() throws {
        let affix = "/usr/share/hunspell/en_US.aff", dictionary = "/usr/share/hunspell/en_US.dic"
        guard FileManager.default.fileExists(atPath: affix) else { return }
        let affixes = try AffixFile(path: affix)
        let roots = try RootTable(path: dictionary, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix)
        #expect(affixes.compoundFlags == Self.flags("n1tmp"))
        #expect(affixes.compoundsBeginWithDigits(roots: roots))
        // The prefilter, which does not replay compounds, still refuses the file.
        #expect(throws: HunspellPrefilterError.unsupported(directive: "COMPOUNDMIN")) {
            try HunspellPrefilter(affixPath: affix, dictionaryPath: dictionary)
        }
    }

    @Test("a table of a compounding dictionary is complete for words of letters only when compounds hold digits")
    func completeness() throws {
        let (ordinalAffix, ordinalDictionary) = try Self.written(Self.ordinalAffix, Self.ordinalDictionary)
        let exact = try HunspellDictionary(affixPath: ordinalAffix, dictionaryPath: ordinalDictionary, language: "test")
        #expect(exact.hunspellVerdict("11th") && exact.hunspellVerdict("21st"), "compounding is live")
        let table = try FormTableBuilder(affixPath: ordinalAffix, dictionaryPath: ordinalDictionary)
            .build(forms: ["table"], to: ordinalAffix + ".forms", completing: true, workers: 1)
        #expect(table.isCompleteForLetters)
        let fast = try HunspellDictionary(affixPath: ordinalAffix, dictionaryPath: ordinalDictionary, language: "test",
                                          screensByTrigrams: true, formTable: table)
        #expect(table.breaksAtHyphensOnly, "no BREAK table: Hunspell's default")
        #expect(!table.isCompleteForDigits, "compounds open with digits")
        // Words of letters, with digits after the first letter, hyphenated (judged by `BREAK` on their
        // parts: split at the second hyphen, `tables-outil` then `chair`), numbers, the empty string.
        let letters = ["table", "tables", "Tables", "chairs", "outil", "outils", "tablet", "foot", "th", "st", "t6ble", "table1",
                       "table-chair", "table-chaise", "chaise-table", "tables-outil-chair", "table-outil-chaise", "table-12",
                       "table-1st", "chair-12-outil", "table-plum-pudding", "plum-pudding-table", "12", "1,5", "2-3", ""]
        for word in letters {
            #expect(fast.spell(word) == exact.spell(word), "spell(\(word))")
            // A capitalised word may be an all-caps entry's hidden homonym; numbers are no word of letters.
            if word == word.lowercased(), word.first?.isLetter != false {
                #expect(fast.analyze(word) == exact.analyze(word), "analyze(\(word))")
            }
        }
        #expect(!fast.hasLoadedHunspell, "words of letters never reach libhunspell")
        // In other casings: looked up as written (several capitals: `FontConfig`, `Maj-Alt`), also in
        // small letters (one capital first: `Table-chair`), also capitalised (capitals: `TABLE-CHAIR`,
        // split as `Table`, `chair`). `OTAN/S` and `FontConfig/S` hide the homonyms `Otan` and `Fontconfig`,
        // which libhunspell accepts only for a word in capitals; `MS-DOS`, in capitals without flags, hides none.
        let cased = ["Table-chair", "Table-Chair", "TABLE-CHAIR", "TABLE-CHAIRS-OUTIL", "Chaise-table", "FontConfig",
                     "FontConfigs", "fontConfig", "Fontconfig", "tAble", "MS-DOS", "Ms-dos", "MS-Table", "Table-MS-DOS",
                     "OTAN-table", "Otan-table", "OTAN", "Otan", "PLUM-PUDDING", "Plum-Pudding-Table", "TABLE-12", "T4BLE-CHAIR"]
        for word in cased {
            #expect(fast.spell(word) == exact.spell(word), "spell(\(word))")
        }
        // Analyses too, capitalised words included: `Otan` is analysed as `OTAN`'s hidden homonym, which the
        // builder's readings hold (`RootTable`).
        for word in ["TABLE-CHAIR", "MS-DOS", "PLUM-PUDDING", "OTAN-TABLE", "Otan", "Otans", "Ms-dos", "Table-chair",
                     "Tables", "Fontconfig", "Plum-pudding", "Chaise"] {
            #expect(fast.analyze(word) == exact.analyze(word), "analyze(\(word))")
        }
        #expect(!exact.analyze("Otan").isEmpty && !exact.analyze("Fontconfig").isEmpty, "hidden homonyms are analysed")
        #expect(!fast.hasLoadedHunspell, "nor in other casings")
        #expect(exact.spell("TABLE-CHAIR") && exact.spell("Table-Chair") && exact.spell("MS-DOS") && exact.spell("FontConfigs"))
        #expect(!exact.spell("Ms-dos") && !exact.spell("fontConfig") && !exact.spell("Chaise-table"))
        #expect(exact.spell("table-chair") && !exact.spell("chaise-table") && exact.spell("chair-12-outil"))
        // Refused at the second hyphen (`pudding` is no word), accepted at the first: both are tried.
        #expect(exact.spell("table-plum-pudding") && !exact.spell("pudding") && exact.spell("plum-pudding-table"))
        // A compound, a hyphen at an end, doubled, or a capital: libhunspell's to judge.
        // In capitals the builder does not ask (`Ł`), `ŁÓDŹ-TABLE` is a reading in small letters, not two words.
        #expect(exact.spell("ŁÓDŹ-TABLE") && !exact.spell("Łódź"))
        for word in ["11th", "21st", "12th", "1st", "1th", "table-", "-table", "table--chair", "Table-", "table-21st",
                     "ŁÓDŹ-TABLE", "Łódź-table", "ŁÓDŹ-CHAIR"] {
            #expect(fast.spell(word) == exact.spell(word), "spell(\(word))")
        }

        let (gluingAffix, gluingDictionary) = try Self.written(Self.gluingAffix, Self.gluingDictionary)
        let glued = try FormTableBuilder(affixPath: gluingAffix, dictionaryPath: gluingDictionary)
            .build(forms: ["table"], to: gluingAffix + ".forms", completing: true, workers: 1)
        #expect(!glued.isCompleteForLetters)
        let gluingFast = try HunspellDictionary(affixPath: gluingAffix, dictionaryPath: gluingDictionary, language: "test",
                                                formTable: glued)
        #expect(gluingFast.spell("football"), "a compound the table lacks is still libhunspell's to accept")
    }
}
