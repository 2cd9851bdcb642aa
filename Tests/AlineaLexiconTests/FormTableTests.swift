@testable import AlineaLexicon
import AlineaTestSupport
import Foundation
import Testing

/// The form table's contract: every answer it gives is libhunspell's answer
/// for the same bytes; a dictionary using it answers exactly as one without
/// it and loads libhunspell only for what the table and the prefilter cannot
/// settle; a table that does not match its dictionary files, or whose bytes
/// do not check out, is refused with a typed error, never used.
///
/// The tables here are built from a few hundred forms in a temporary folder,
/// so the suite needs no table built beforehand and runs in seconds.
@Suite("Form table")
struct FormTableTests {
    static let affix = HunspellPrefilterTests.affix, dictionary = HunspellPrefilterTests.dictionary

    /// Stored forms: the prefilter tests' accepted forms, the headwords of
    /// closed classes and their capitalised and upper-case forms, a few
    /// rejected strings; hyphenated joins and typographic apostrophes are
    /// left out so they stay misses.
    static let forms: [String] = {
        guard let french = HunspellPrefilterTests.french else { return [] }
        var forms = Set(HunspellPrefilterTests.accepted.filter { !$0.contains("-") && !$0.contains("'") })
        for word in french.headwords(taggedWithAny: ["prep", "det", "detdem", "cjco", "prodem"]) where !word.contains("'") {
            forms.formUnion([word, FormExpansion.capitalise(word), word.uppercased()])
        }
        forms.formUnion(["maison", "Maison", "décision", "Décision", "organiser", "rnaison", "publiqucs", "Edf", "EDF"])
        return forms.sorted()
    }()

    /// Strings never stored: they must miss.
    static let misses = ["cou-leur", "l’homme", "maisonn", "MAISONS", "décisions ", "", "porte-parole", "organisées"]

    /// A table of `forms` built into a fresh temporary folder (a few kilobytes,
    /// shared by the suite's tests, removed when the run exits), and its path.
    static let built: (table: FormTable, path: String)? = {
        guard let folder = try? temporaryFolder() else { return nil }
        let path = folder + "/hunspell-fr.forms"
        guard let table = try? FormTableBuilder(affixPath: affix, dictionaryPath: dictionary).build(forms: forms, to: path) else {
            return nil
        }
        return (table, path)
    }()

    /// A fresh folder, removed at the latest when the test process exits.
    static func temporaryFolder() throws -> String { try ScratchFolder.make("alinea-form-table") }

    @Test("every stored answer is libhunspell's answer for the same string; other strings miss")
    func storedAnswers() throws {
        let (table, _) = try #require(Self.built)
        let hunspell = try #require(HunspellPrefilterTests.french)
        #expect(Self.forms.count > 300)
        #expect(table.formCount == Self.forms.count)
        var accepted = 0, analysed = 0
        for form in Self.forms {
            let answer = try #require(table.answer(for: form), "\(form) should be stored")
            #expect(answer == FormAnswer(accepted: hunspell.hunspellVerdict(form), analyses: hunspell.hunspellAnalyses(form)), "\(form)")
            if answer.accepted { accepted += 1 }
            if !answer.analyses.isEmpty { analysed += 1 }
        }
        // The sample holds both kinds of answer, and analyses with several readings.
        #expect(accepted > 300 && accepted < Self.forms.count && analysed > 300)
        #expect(table.answer(for: "Edf") == FormAnswer(accepted: false, analyses: hunspell.hunspellAnalyses("Edf")))
        #expect(Self.forms.contains { (table.answer(for: $0)?.analyses.count ?? 0) > 1 })
        for word in Self.misses { #expect(table.answer(for: word) == nil, "\(word) should miss") }
    }

    @Test("a dictionary with the table answers spell, analyze and tags as libhunspell, and loads it only on a miss")
    func dictionaryWithTable() throws {
        let (_, path) = try #require(Self.built)
        let plain = try HunspellDictionary(affixPath: Self.affix, dictionaryPath: Self.dictionary, language: "fr", filtersRejections: true)
        let table = try FormTable(path: path, affixPath: Self.affix, dictionaryPath: Self.dictionary)
        let fast = try HunspellDictionary(affixPath: Self.affix, dictionaryPath: Self.dictionary, language: "fr",
                                          filtersRejections: true, formTable: table)
        for form in Self.forms {
            #expect(fast.spell(form) == plain.spell(form), "spell(\(form))")
            #expect(fast.analyze(form) == plain.analyze(form), "analyze(\(form))")
            #expect(fast.tags(of: form) == plain.tags(of: form), "tags(of: \(form))")
        }
        #expect(!fast.hasLoadedHunspell, "every stored form was answered without libhunspell")
        // A rejection the prefilter settles does not load libhunspell either.
        #expect(!fast.spell("rnaisonn") && fast.analyze("rnaisonn").isEmpty)
        #expect(!fast.hasLoadedHunspell)
        // A word only libhunspell can judge (accepted through its split at the hyphen) loads it.
        #expect(fast.spell("cou-leur") == plain.spell("cou-leur"))
        #expect(fast.hasLoadedHunspell)
        for word in Self.misses { #expect(fast.analyze(word) == plain.analyze(word), "analyze(\(word))") }
    }

    /// The small table, and two dictionaries on it: one exact, one screening by n-grams.
    static func exactAndScreened() throws -> (table: FormTable, exact: HunspellDictionary, screened: HunspellDictionary) {
        let (_, path) = try #require(Self.built)
        let table = try FormTable(path: path, affixPath: Self.affix, dictionaryPath: Self.dictionary)
        let exact = try HunspellDictionary(affixPath: Self.affix, dictionaryPath: Self.dictionary, language: "fr",
                                           filtersRejections: true, formTable: table)
        let screened = try HunspellDictionary(affixPath: Self.affix, dictionaryPath: Self.dictionary, language: "fr",
                                              filtersRejections: true, screensByTrigrams: true, formTable: table)
        return (table, exact, screened)
    }

    @Test("a dictionary that screens by trigrams refuses a plain word whose trigrams or 4-grams no accepted form has, and nothing else")
    func trigramScreen() throws {
        let (table, exact, screened) = try Self.exactAndScreened()
        // Stored forms keep their stored answer; words libhunspell would convert, split or
        // case-fold are never screened.
        for word in Self.forms + ["cou-leur", "l’homme", "MAISONS", "décisions ", "", "porte-parole", "ÉTATS-UNIS", "L’HOMME",
                                  "1,5", "etc.", "MAISON"] {
            #expect(screened.spell(word) == exact.spell(word), "\(word)")
        }
        // The one departure from libhunspell, by design: `kiwi` is French, but no form of this
        // small table starts with `ki`. A table of every form (`alinea lexicon build`) has them.
        #expect(exact.spell("kiwi") && !screened.spell("kiwi"))
        var kiwi = "kiwi"
        #expect(!kiwi.withUTF8 { table.holdsTrigrams(of: $0) })
    }

    @Test("the screens asked of bytes refuse only what spell and analyze refuse, in the casing asked, and answer as before")
    func byteScreens() throws {
        let (_, exact, screened) = try Self.exactAndScreened()
        let words = Self.forms.filter { $0 == $0.lowercased() } + ["maisonnxq", "xmaison", "kiwi", "rnaisonn", "publiqucs", "matjère",
                    "fnêtre", "ßtrasse", "ÿeux", "œuvre", "œuvrxq", "àlaxq", "÷maison", "pôrte-parôle", "porte-pàrole", "MAISON", "l’homme", ""]
        var refusedBoth = 0
        for word in words {
            var bytes = word
            let alone = bytes.withUTF8 { screened.screenRefuses(utf8: $0, capitalised: false) }
            let both = bytes.withUTF8 { screened.screenRefuses(utf8: $0, capitalised: true) }
            let analysis = bytes.withUTF8 { screened.screenRefusesAnalysis(utf8: $0) }
            if alone { #expect(!screened.spell(word), "\(word)") }
            if both {
                refusedBoth += 1
                #expect(alone && !screened.spell(word) && !screened.spell(FormExpansion.capitalise(word)), "\(word)")
            }
            if analysis { #expect(screened.analyze(word).isEmpty && screened.tags(of: word).isEmpty, "\(word)") }
            // The dictionary that does not screen refuses nothing by its screen.
            #expect(!bytes.withUTF8 { exact.screenRefuses(utf8: $0, capitalised: false) || exact.screenRefusesAnalysis(utf8: $0) })
        }
        #expect(refusedBoth >= 2)
        // A window the capital changes is not the capitalised form's: `xmaison` is refused, `Xmaison` is not by this test.
        var xmaison = "xmaison", maisonnxq = "maisonnxq"
        #expect(xmaison.withUTF8 { screened.screenRefuses(utf8: $0, capitalised: false) && !screened.screenRefuses(utf8: $0, capitalised: true) })
        #expect(maisonnxq.withUTF8 { screened.screenRefuses(utf8: $0, capitalised: true) })
        // Stored forms pass every screen.
        for word in Self.forms where word == word.lowercased() && screened.spell(word) {
            var bytes = word
            #expect(!bytes.withUTF8 { screened.screenRefuses(utf8: $0, capitalised: false) }, "\(word)")
        }
    }

    @Test("the table keeps the prefilter's roots of the dictionary: read back equal to a parse of the .dic, and a damaged copy reads as none")
    func keptRoots() throws {
        let (table, _) = try #require(Self.built)
        let affixes = try AffixFile(path: Self.affix)
        let parsed = try RootTable(path: Self.dictionary, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix)
        let kept = try #require(table.rootTable())
        #expect(kept == parsed)
        // The filter built on the kept roots rejects exactly what one parsing the .dic rejects.
        let parsing = try HunspellPrefilter(affixPath: Self.affix, dictionaryPath: Self.dictionary)
        let reading = try HunspellPrefilter(affixPath: Self.affix, dictionaryPath: Self.dictionary, roots: kept)
        for word in Self.forms + Self.misses + ["rnaisonn", "publiqucs", "OTAN", "l’Otan", "Edf", "porte-parôle"] {
            #expect(reading.rejects(word) == parsing.rejects(word), "\(word)")
            #expect(reading.hasNoAnalysis(word) == parsing.hasNoAnalysis(word), "\(word)")
        }
        // Cut short, or with a key start out of order: no table, so no lookup can trap.
        var bytes = parsed.encoded()
        for length in [0, 8, 64, bytes.count / 2, bytes.count - 1] {
            bytes.withUnsafeBytes { #expect(RootTable(encoded: UnsafeRawBufferPointer(rebasing: $0[..<length])) == nil, "\(length) bytes") }
        }
        let secondKeyStart = 64 + parsed.keys.count + 4
        bytes[secondKeyStart + 3] = 0x7F
        bytes.withUnsafeBytes { #expect(RootTable(encoded: $0) == nil) }
    }

    @Test("the screen settles analyses too: small letters and inner hyphens only, with libhunspell's answer elsewhere")
    func analysisScreen() throws {
        let (_, exact, screened) = try Self.exactAndScreened()
        // Stored forms and accent variants of a compound: the same analyses and tags as
        // without the screen, and the guesses never reach libhunspell.
        let guesses = ["pôrte-parôle", "porte-pàrole", "sous-jacént", "rnaisonnéés"]
        for word in Self.forms + guesses {
            #expect(screened.analyze(word) == exact.analyze(word), "analyze(\(word))")
            #expect(screened.tags(of: word) == exact.tags(of: word), "tags(of: \(word))")
        }
        #expect(!screened.hasLoadedHunspell, "screened guesses never reach libhunspell")
        // Words a capital, an apostrophe or a dot keeps from the screen go the exact way.
        for word in ["Otan", "l’homme", "MAISON", "etc.", "-maison"] {
            #expect(screened.analyze(word) == exact.analyze(word), "analyze(\(word))")
        }
        // The same by-design departure as for spelling: `kiwi` has readings the small table's n-grams miss.
        #expect(!exact.analyze("kiwi").isEmpty && screened.analyze("kiwi").isEmpty && screened.tags(of: "kiwi").isEmpty)
    }

    @Test("plain words: letters only, small but for the first, nothing libhunspell converts or splits")
    func plainWords() {
        func plain(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { HunspellDictionary.isPlainWord($0) }
        }
        for word in ["maison", "Maison", "État", "cœur", "Œuvre", "ßa", "déjà", "gdańsk", "łódź"] { #expect(plain(word), "\(word)") }
        for word in ["", "MAISON", "mAison", "ÉTAT", "étÉ", "porte-parole", "l’homme", "l'homme", "etc.", "1er", "a b", "naïve\u{301}",
                     "ſoit", "Łódź", "gdaŃsk", "kĸ"] {
            #expect(!plain(word), "\(word)")
        }
        // What the analysis screen takes: small letters only, and hyphens between letters.
        func small(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { HunspellDictionary.isPlainWord($0, capitalFirst: false, innerHyphens: true) }
        }
        for word in ["maison", "porte-parole", "c-à-d", "œil"] { #expect(small(word), "\(word)") }
        for word in ["Maison", "État", "Œuvre", "-maison", "maison-", "porte--", "l’homme", ""] { #expect(!small(word), "\(word)") }
    }

    @Test("a dictionary opened by language finds its table in the chosen folder, and works without one")
    func discovery() throws {
        let (_, path) = try #require(Self.built)
        let folder = (path as NSString).deletingLastPathComponent
        let withTable = try HunspellDictionary(language: "fr", tables: FormTableLocation(directory: folder))
        #expect(withTable.formTable?.formCount == Self.forms.count && withTable.formTableProblem == nil)
        let empty = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let without = try HunspellDictionary(language: "fr", tables: FormTableLocation(directory: empty))
        #expect(without.formTable == nil)
        guard case .missing? = without.formTableProblem else {
            Issue.record("a missing table should be reported as missing, got \(String(describing: without.formTableProblem))")
            return
        }
        #expect(without.spell("maison") && !without.spell("rnaison"))
    }

    @Test("a table built from other dictionary files, or files changed since, is refused as stale")
    func staleness() throws {
        let (table, path) = try #require(Self.built)
        // Other contents with the same path, size and time: only the digest tells.
        let recorded = table.identity.dictionary
        let rewritten = DictionaryFileIdentity(path: recorded.path, size: recorded.size,
                                               modificationNanoseconds: recorded.modificationNanoseconds, contentHash: recorded.contentHash ^ 1)
        #expect(throws: FormTableError.self) {
            try FormTable(path: path, expected: FormTableIdentity(affix: table.identity.affix, dictionary: rewritten))
        }
        // A copy of the dictionary elsewhere, then that copy grown by one entry.
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let affix = folder + "/fr.aff", dictionary = folder + "/fr.dic"
        try FileManager.default.copyItem(atPath: Self.affix, toPath: affix)
        try FileManager.default.copyItem(atPath: Self.dictionary, toPath: dictionary)
        do {
            _ = try FormTable(path: path, affixPath: affix, dictionaryPath: dictionary)
            Issue.record("a table for /usr/share/hunspell was accepted for a copy elsewhere")
        } catch {
            guard case .stale = error else { Issue.record("expected stale, got \(error)"); return }
        }
        let copyTable = folder + "/hunspell-fr.forms"
        try FormTableBuilder(affixPath: affix, dictionaryPath: dictionary).build(forms: ["maison", "Maison"], to: copyTable)
        #expect((try? FormTable(path: copyTable, affixPath: affix, dictionaryPath: dictionary)) != nil)
        let handle = try #require(FileHandle(forWritingAtPath: dictionary))
        handle.seekToEndOfFile()
        handle.write(Data("zzzmot\n".utf8))
        handle.closeFile()
        do {
            _ = try FormTable(path: copyTable, affixPath: affix, dictionaryPath: dictionary)
            Issue.record("a table was accepted after its .dic changed")
        } catch {
            guard case .stale = error else { Issue.record("expected stale, got \(error)"); return }
            #expect(error.description.contains("alinea lexicon build"))
        }
    }

    @Test("truncated, foreign, damaged or other-version files are refused with a typed error, never read past")
    func damagedFiles() throws {
        let (_, path) = try #require(Self.built)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func opening(_ bytes: Data) -> FormTableError? {
            let damaged = folder + "/damaged.forms"
            _ = FileManager.default.createFile(atPath: damaged, contents: bytes)
            do { _ = try FormTable(path: damaged); return nil } catch { return error }
        }
        func changed(_ offset: Int, to value: UInt8) -> Data {
            var bytes = original
            bytes[offset] = value
            return bytes
        }
        guard case .truncated? = opening(original.prefix(original.count - 100)) else { Issue.record("truncated body"); return }
        guard case .truncated? = opening(original.prefix(40)) else { Issue.record("truncated header"); return }
        guard case .notATable? = opening(Data()) else { Issue.record("empty file"); return }
        guard case .notATable? = opening(Data("hello, world: not a table at all".utf8)) else { Issue.record("text file"); return }
        guard case .unsupportedVersion? = opening(changed(FormTableLayout.versionOffset, to: 99)) else { Issue.record("version"); return }
        guard case .corrupt? = opening(changed(FormTableLayout.formCountOffset, to: original[FormTableLayout.formCountOffset] ^ 4)) else {
            Issue.record("a changed count passed the header digest"); return
        }
        guard case .corrupt? = opening(original + Data([0, 0, 0, 0, 0, 0, 0, 0])) else { Issue.record("trailing bytes"); return }
        do {
            _ = try FormTable(path: folder + "/absent.forms")
            Issue.record("an absent table opened")
        } catch {
            guard case .missing = error else { Issue.record("absent file: \(error)"); return }
            #expect(error.description.contains("alinea lexicon build"))
        }

        // Damage in the body passes the quick checks at opening; `verify` finds it, and lookups
        // over nonsense offsets miss instead of reading outside the file.
        var body = original
        for offset in stride(from: original.count / 2, to: original.count, by: 7) { body[offset] = 0xFF }
        let damaged = folder + "/body.forms"
        _ = FileManager.default.createFile(atPath: damaged, contents: body)
        let table = try FormTable(path: damaged)
        #expect(throws: FormTableError.self) { try table.verify() }
        for form in Self.forms + Self.misses { _ = table.answer(for: form) }
        var entries = original
        let entriesStart = Int(original.withUnsafeBytes {
            $0.loadUnaligned(fromByteOffset: FormTableLayout.sectionsOffset + 16, as: UInt64.self).littleEndian
        })
        for offset in entriesStart..<(entriesStart + Self.forms.count * FormTableLayout.entrySize) { entries[offset] = 0xFF }
        _ = FileManager.default.createFile(atPath: damaged, contents: entries)
        let scrambled = try FormTable(path: damaged)
        for form in Self.forms { #expect(scrambled.answer(for: form) == nil, "\(form) read through a damaged entry") }
        #expect(throws: FormTableError.self) { try scrambled.verify() }
    }

    @Test("equal answers give equal bytes; an empty table opens and misses everything")
    func layout() throws {
        let identity = try FormTableIdentity(affixPath: Self.affix, dictionaryPath: Self.dictionary)
        let answers = ["été": FormAnswer(accepted: true, analyses: ["po:ppas is:mas is:sg", "po:nom is:mas is:sg"]),
                       "Été": FormAnswer(accepted: true, analyses: ["po:ppas is:mas is:sg", "po:nom is:mas is:sg"]),
                       "ete": FormAnswer(accepted: false, analyses: [])]
        let bytes = FormTableEncoder.encode(answers, identity: identity)
        #expect(bytes == FormTableEncoder.encode(answers, identity: identity))
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/small.forms", contents: Data(bytes))
        let small = try FormTable(path: folder + "/small.forms", expected: identity)
        try small.verify()
        #expect(small.formCount == 3 && small.analysisCount == 2 && small.analysisListCount == 2)
        for (form, answer) in answers { #expect(small.answer(for: form) == answer) }
        #expect(small.answer(for: "ete ") == nil && small.answer(for: "e\u{301}te\u{301}") == nil)
        var seen: [String: FormAnswer] = [:]
        small.forEachForm { seen[$0] = $1 }
        #expect(seen == answers)
        // The trigram bitmap holds the accepted forms' trigrams, framed at both ends; a rejected
        // form's letters prove nothing.
        func holds(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { small.holdsTrigrams(of: $0) }
        }
        #expect(holds("été") && holds("Été"))
        #expect(!holds("ete") && !holds("étéé") && !holds("t") && !holds("étét"))

        // The 4-gram screen is finer: `abcd` has only trigrams of `abc` and `bcd`, but neither has `abcd`.
        let pieces = ["abc": FormAnswer(accepted: true, analyses: []), "bcd": FormAnswer(accepted: true, analyses: [])]
        _ = FileManager.default.createFile(atPath: folder + "/pieces.forms", contents: Data(FormTableEncoder.encode(pieces, identity: identity)))
        let piecesTable = try FormTable(path: folder + "/pieces.forms", expected: identity)
        func holdsAll(_ word: String) -> (trigrams: Bool, quadgrams: Bool) {
            var word = word
            return word.withUTF8 { (piecesTable.holdsTrigrams(of: $0), piecesTable.holdsQuadgrams(of: $0)) }
        }
        #expect(holdsAll("abc") == (true, true) && holdsAll("bcd") == (true, true))
        #expect(holdsAll("abcd") == (true, false))
        #expect(holdsAll("a").quadgrams, "a form of one byte has no framed 4-gram to miss")

        _ = FileManager.default.createFile(atPath: folder + "/empty.forms", contents: Data(FormTableEncoder.encode([:], identity: identity)))
        let empty = try FormTable(path: folder + "/empty.forms", expected: identity)
        #expect(empty.formCount == 0 && empty.answer(for: "maison") == nil)
    }

    @Test("the accent-free index gives every accepted lower-case form spelled so accents aside, and nothing else")
    func skeletonIndex() throws {
        let identity = try FormTableIdentity(affixPath: Self.affix, dictionaryPath: Self.dictionary)
        let word = { (accepted: Bool) in FormAnswer(accepted: accepted, analyses: []) }
        let answers = ["relève": word(true), "relevé": word(true), "relève-toi": word(true), "Relève": word(true),
                       "releve": word(false), "préférable": word(true), "problème": word(true), "maison": word(true)]
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/t.forms", contents: Data(FormTableEncoder.encode(answers, identity: identity)))
        let table = try FormTable(path: folder + "/t.forms", expected: identity)
        func forms(_ skeleton: String) -> [String] {
            var skeleton = skeleton
            return skeleton.withUTF8 { table.acceptedForms(withSkeleton: $0) }.sorted()
        }
        // Capitalised forms and rejected strings are not indexed; an ASCII form is its own skeleton.
        #expect(forms("releve") == ["relevé", "relève"])
        #expect(forms("preferable") == ["préférable"] && forms("maison") == ["maison"])
        // The skeleton must match whole, in lower case.
        #expect(forms("relev").isEmpty && forms("Releve").isEmpty && forms("relève").isEmpty && forms("").isEmpty)
        // A table without the index (an empty section) opens and finds nothing.
        let dictionary = try #require(HunspellPrefilterTests.french)
        var plain = "probleme"
        #expect(plain.withUTF8 { dictionary.acceptedForms(withSkeleton: $0) }.isEmpty, "no table, no index")
    }

    @Test("reads unmunch output: the form before flags or fields, no elisions, capitalised forms on request")
    func expansionParsing() {
        let output = Array("- po:ponc po:sign\n1er/n'q'd'l'm't's'|\nétat/S.\nl'état\ncœur\tpo:nom\n\nétat\n".utf8)
        #expect(FormExpansion.parse(output, capitalised: false) == ["-", "1er", "cœur", "état"])
        #expect(FormExpansion.parse(output, capitalised: true) == ["-", "1er", "Cœur", "cœur", "État", "état"])
        #expect(FormExpansion.capitalise("œuvre") == "Œuvre" && FormExpansion.capitalise("") == "")
    }

    @Test("tables live in ALINEA_CACHE_DIR, else XDG_CACHE_HOME/alinea, else ~/.cache/alinea")
    func location() {
        #expect(FormTableLocation.standard(environment: ["ALINEA_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"]).directory == "/c")
        #expect(FormTableLocation.standard(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]).directory == "/x/alinea")
        #expect(FormTableLocation.standard(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]).directory == "/h/.cache/alinea")
        #expect(FormTableLocation(directory: "/c").path(language: "fr") == "/c/hunspell-fr.forms")
    }
}
