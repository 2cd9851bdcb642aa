import AlineaText
import CHunspell
import Foundation

/// Why a dictionary could not be loaded.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Hunspell `.aff`/`.dic` pair for a language is not installed.
    case dictionaryMissing(language: String, searched: [String], package: String)

    public var description: String {
        switch self {
        case .dictionaryMissing(let language, let searched, let package):
            return "no Hunspell dictionary for '\(language)' (looked in \(searched.joined(separator: ", "))); install it with: apt-get install \(package)"
        }
    }
}

/// A Hunspell dictionary with its morphology, through libhunspell.
///
/// French (`hunspell-fr`, Dicollecte) tags every form with its part of
/// speech (`po:nom`, `po:v1`, `po:ppas`, `po:ppre`…), which the cleaner uses
/// to decide `a` vs `à` and the segmenter to find present participles.
/// libhunspell is not thread-safe, so calls on one instance are serialised
/// with a lock; results are cached because documents repeat their words.
///
/// Answers come, in this order, from a `FormTable` (libhunspell's own answers
/// for the dictionary's forms, compiled once by `alinea lexicon build`), the
/// `HunspellPrefilter` (rejections), then libhunspell. A table built by
/// `alinea lexicon build` holds every word of letters libhunspell accepts or
/// analyses (`FormTable.isCompleteForLetters`), so such a word it lacks is
/// refused outright, with no prefilter; a hyphenated one is judged by
/// libhunspell's `BREAK` rule, replayed, in any casing (`casedVerdict`). The
/// libhunspell handle is created on the first question the others cannot
/// settle (mostly elided words, and words with other characters than letters,
/// digits and hyphens): loading French costs 0.23 G instructions.
public final class HunspellDictionary: @unchecked Sendable {
    /// The language code the dictionary was opened for (`fr`, `en_US`…).
    public let language: String
    /// The `.dic` file the dictionary was opened from.
    public let dictionaryPath: String
    private let affixPath: String
    private let filtersRejections: Bool
    private let screensByTrigrams: Bool
    /// libhunspell's handle once created (see `handle`); only touched under `lock`.
    private var createdHandle: UnsafeMutableRawPointer?
    /// The compiled answers for the dictionary's forms, when a valid table was found.
    public let formTable: FormTable?
    /// Why no form table is used, when one was looked for and refused or not
    /// found (for diagnostics: the dictionary works the same without one).
    public var formTableProblem: FormTableError? { formTableProblemStorage }
    private let lock = NSLock()
    private var spellCache: [ByteKey: Bool] = [:]
    private var analysisCache: [ByteKey: [String]] = [:]
    private var tagCache: [ByteKey: PartsOfSpeech] = [:]

    /// Where Debian installs Hunspell dictionaries.
    public static let searchPaths = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]

    /// Opens `language` (e.g. `fr`, `en_US`) from the standard locations, with
    /// its form table from `tables` when one was built for these files.
    /// `filtersRejections`, `screensByTrigrams`: see
    /// `init(affixPath:dictionaryPath:language:filtersRejections:screensByTrigrams:formTable:)`.
    public convenience init(language: String, filtersRejections: Bool = false, screensByTrigrams: Bool = false,
                            tables: FormTableLocation = .standard()) throws {
        let (aff, dic) = try Self.files(of: language)
        let table: FormTable?, problem: FormTableError?
        do {
            table = try FormTable(path: tables.path(language: language), affixPath: aff, dictionaryPath: dic)
            problem = nil
        } catch {
            table = nil
            problem = error
        }
        try self.init(affixPath: aff, dictionaryPath: dic, language: language, filtersRejections: filtersRejections,
                      screensByTrigrams: screensByTrigrams, formTable: table)
        self.formTableProblemStorage = problem
    }

    /// The `.aff`/`.dic` pair of `language` in the standard locations.
    public static func files(of language: String) throws -> (affix: String, dictionary: String) {
        for dir in Self.searchPaths {
            let aff = "\(dir)/\(language).aff", dic = "\(dir)/\(language).dic"
            if FileManager.default.fileExists(atPath: aff), FileManager.default.fileExists(atPath: dic) {
                return (aff, dic)
            }
        }
        let package = language.hasPrefix("fr") ? "hunspell-fr" : "hunspell-\(language.lowercased().replacingOccurrences(of: "_", with: "-"))"
        throw LexiconError.dictionaryMissing(language: language, searched: Self.searchPaths, package: package)
    }

    /// Opens an explicit `.aff`/`.dic` pair.
    ///
    /// With `filtersRejections`, most words Hunspell would reject (and their
    /// empty analyses) are answered without libhunspell by a
    /// `HunspellPrefilter`, built on first use when the affix file allows it.
    /// Building costs about as much as 1,500 Hunspell rejections (0.2 G
    /// instructions for French): worth it for a dictionary that checks many
    /// guesses, as the cleaner's does, not for one consulted for a few words.
    ///
    /// `formTable` answers the forms it holds (the caller vouches that it was
    /// built from these files: `FormTable(path:affixPath:dictionaryPath:)` checks).
    /// The files must be readable now; libhunspell loads them on first need.
    ///
    /// With `screensByTrigrams` and a table, a word made only of letters (in
    /// small letters, or with one capital first; no hyphen, apostrophe, dot
    /// or digit, so nothing libhunspell would convert, split or read as a
    /// number) with a byte trigram or 4-gram that no accepted form in the table
    /// has is refused without asking further (`FormTable.holdsTrigrams(of:)`,
    /// `holdsQuadgrams(of:)`). With a table complete for words of letters
    /// this is exact (every accepted word is stored, so its n-grams are set),
    /// and only spares the probe of the table's slots. With another table it
    /// is the one answer that is not libhunspell's: a form the table lacks
    /// with a trigram or 4-gram no other form has would be refused. Measured,
    /// with the tables `unmunch` alone filled, over the OCR of
    /// every evaluation set (2.9 MB, over 0.9 M strings screened by trigrams,
    /// nearly all of them the cleaner's guesses), libhunspell accepted none of
    /// them; nor any of the 143 520 strings that only the 4-grams refused
    /// (1.7 MB of the sets' OCR, 2026-12-04). The same screen answers
    /// `analyze` and `tags(of:)` for a word of small letters and inner
    /// hyphens (`screenRefusesAnalysis(of:)`): over the 511 set inputs it
    /// refused 95 000 strings, mostly accent variants of hyphenated words,
    /// of which libhunspell analysed none (2026-12-04). The cleaner, which checks
    /// hundreds of guesses per damaged word, asks for it; the default keeps
    /// every answer exact.
    public init(affixPath: String, dictionaryPath: String, language: String, filtersRejections: Bool = false,
                screensByTrigrams: Bool = false, formTable: FormTable? = nil) throws {
        guard FileManager.default.isReadableFile(atPath: affixPath), FileManager.default.isReadableFile(atPath: dictionaryPath) else {
            throw LexiconError.dictionaryMissing(language: language, searched: [affixPath, dictionaryPath], package: "hunspell-\(language)")
        }
        self.language = language
        self.dictionaryPath = dictionaryPath
        self.affixPath = affixPath
        self.filtersRejections = filtersRejections
        self.screensByTrigrams = screensByTrigrams
        self.formTable = formTable
    }

    /// Set once by the language initialiser; read through `formTableProblem`.
    private var formTableProblemStorage: FormTableError?

    /// libhunspell's handle, created on first use (under `lock`). The files
    /// were readable when the dictionary was opened; if they have gone since,
    /// libhunspell would silently load an empty dictionary and every answer
    /// would be wrong, so that stops the program with the reason.
    private var handle: UnsafeMutableRawPointer {
        if let createdHandle { return createdHandle }
        guard let opened = alinea_hunspell_open(affixPath, dictionaryPath) else {
            fatalError("\(affixPath) or \(dictionaryPath) cannot be read any more (they were when the dictionary was opened); reinstall the dictionary package")
        }
        createdHandle = opened
        return opened
    }

    /// Whether libhunspell has been loaded (for the tests of lazy creation).
    var hasLoadedHunspell: Bool {
        lock.lock(); defer { lock.unlock() }
        return createdHandle != nil
    }

    /// Answers most of the rejections and empty analyses without libhunspell
    /// (see `HunspellPrefilter`); built on first use, nil when not asked for
    /// or when the affix file uses features it does not model (every word
    /// then goes to Hunspell). Only read under `lock`.
    private lazy var prefilter: HunspellPrefilter? = filtersRejections
        ? try? HunspellPrefilter(affixPath: affixPath, dictionaryPath: dictionaryPath, roots: formTable?.rootTable())
        : nil

    /// The lower-case letters of the affix file's `TRY` line, in its order
    /// (the dictionary author's letter frequencies): the letters worth trying
    /// where a word lost, gained or changed one. Empty when the file has none.
    public var tryLetters: [Unicode.Scalar] {
        lock.lock(); defer { lock.unlock() }
        return tryLettersStorage
    }

    /// Read on first use of `tryLetters`; only touched under `lock`.
    private lazy var tryLettersStorage: [Unicode.Scalar] = Self.tryLetters(affixPath: affixPath)

    /// The lower-case letters of the `TRY` directive of the affix file at `path`, each once.
    static func tryLetters(affixPath path: String) -> [Unicode.Scalar] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let bytes = [UInt8](data)
        // The directive is near the top; read line by line up to it, not the whole file.
        let directive = Array("TRY".utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if line.starts(with: directive), line.count > 4, line[lineStart + 3] == 0x20 || line[lineStart + 3] == 0x09 {
                let value = String(decoding: line.dropFirst(4), as: UTF8.self).split(whereSeparator: \.isWhitespace).first ?? ""
                var seen = Set<Unicode.Scalar>()
                return value.unicodeScalars.filter { $0.properties.isLowercase && $0.properties.isAlphabetic && seen.insert($0).inserted }
            }
            lineStart = lineEnd + 1
        }
        return []
    }

    /// The headwords of the `.dic` file tagged with any of `partsOfSpeech`
    /// (`po:` values). Closed classes such as prepositions and determiners are
    /// listed as headwords, so this enumerates them without expanding affixes;
    /// the cleaner uses it to look grammatical words up by their letters.
    public func headwords(taggedWithAny partsOfSpeech: Set<String>) -> Set<String> {
        // A handful of tags, compared in place (a set of byte arrays cost an array per field).
        let wanted = partsOfSpeech.map { Array($0.utf8) }
        var found: Set<String> = []
        forEachHeadword { bytes, line, wordEnd in
            let lineStart = line.lowerBound, lineEnd = line.upperBound
            // Each `po:` field up to the next space or tab.
            var i = wordEnd
            var tagged = false
            while i + 3 < lineEnd && !tagged {
                if bytes[i] == 0x70, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x3A, i > lineStart, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 {
                    var j = i + 3
                    while j < lineEnd, bytes[j] != 0x20, bytes[j] != 0x09 { j += 1 }
                    let value = bytes[(i + 3)..<j]
                    if wanted.contains(where: { $0.count == value.count && $0.elementsEqual(value) }) { tagged = true }
                    i = j
                } else {
                    i += 1
                }
            }
            if tagged { found.insert(String(decoding: bytes[lineStart..<wordEnd], as: UTF8.self)) }
        }
        return found
    }

    /// Calls `body` with the bytes of the `.dic` file, each entry's line and where its
    /// headword ends (at the first `/`, space or tab); the first line, the entry count, is skipped.
    private func forEachHeadword(_ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Int) -> Void) {
        guard let data = FileManager.default.contents(atPath: dictionaryPath) else { return }
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = LineRanges(bytes)
            _ = lines.next()   // the entry count
            while let line = lines.next() {
                var wordEnd = line.lowerBound
                while wordEnd < line.upperBound, bytes[wordEnd] != 0x2F, bytes[wordEnd] != 0x20, bytes[wordEnd] != 0x09 { wordEnd += 1 }
                body(bytes, line, wordEnd)
            }
        }
    }

    /// The `.dic` headwords in lower case, as UTF-8, sorted: read on the first
    /// `headwordsExtending(_:)` question. Only touched under `lock`.
    private var sortedHeadwords: [[UInt8]]?

    /// How many headwords of the `.dic` file open with `prefix` (compared in lower
    /// case) and go on after it, counting up to `limit`. A lower-case word the lexicon
    /// rejects that opens several of its headwords is a combining form or a word's
    /// head (`cyber` of `cybercrime`, `cyberspace`), not another word misread — the
    /// cleaner leaves it alone. Hunspell offers no prefix search, so the headwords
    /// are read once and sorted by their bytes (strings with a common prefix then
    /// stand together, and a binary search finds the first).
    public func headwordsExtending(_ prefix: String, limit: Int = .max) -> Int {
        let key = Array(prefix.lowercased().utf8)
        guard !key.isEmpty else { return 0 }
        lock.lock(); defer { lock.unlock() }
        if sortedHeadwords == nil { sortedHeadwords = readSortedHeadwords() }
        let words = sortedHeadwords ?? []
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        var count = 0, index = low
        while index < words.count, count < limit, words[index].starts(with: key) {
            if words[index].count > key.count, index == low || words[index] != words[index - 1] { count += 1 }
            index += 1
        }
        return count
    }

    /// The headwords of the `.dic` file (each line up to its first `/`, space or tab),
    /// lower-cased, as sorted UTF-8 byte arrays.
    private func readSortedHeadwords() -> [[UInt8]] {
        var words: [[UInt8]] = []
        forEachHeadword { bytes, line, wordEnd in
            guard wordEnd > line.lowerBound else { return }
            words.append(Array(String(decoding: bytes[line.lowerBound..<wordEnd], as: UTF8.self).lowercased().utf8))
        }
        words.sort { $0.lexicographicallyPrecedes($1) }
        return words
    }

    deinit {
        if let createdHandle { alinea_hunspell_close(createdHandle) }
        buffer.deallocate()
    }

    /// Whether the dictionary accepts `word` (Hunspell also accepts
    /// capitalised and all-caps forms of lower-case entries).
    public func spell(_ word: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        var copy = word
        return copy.withUTF8 { verdict(utf8: $0, memoisingRejections: true) }
    }

    /// `spell(_:)` for a word given as UTF-8 bytes, for callers that try
    /// many strings, most of them no words (every letter one edit from a
    /// damaged word): nothing is cached but libhunspell's own verdicts, and
    /// only a string neither the table nor the prefilter settles becomes a
    /// `String`. The verdict is the same.
    public func spell(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return verdict(utf8: word, memoisingRejections: false)
    }

    /// The accepted lower-case words spelled `skeleton` accents aside
    /// (`FormTable.acceptedForms(withSkeleton:)`); none without a form table
    /// (or with one built before the index), where a search that needs them
    /// simply finds less. Reads only what never changes, so it takes no lock.
    public func acceptedForms(withSkeleton skeleton: UnsafeBufferPointer<UInt8>) -> [String] {
        formTable?.acceptedForms(withSkeleton: skeleton) ?? []
    }

    /// The screen's answer (trigrams, then 4-grams), else the table's, else
    /// the prefilter's rejection, else libhunspell's. Only called under `lock`.
    ///
    /// The screen comes before the table: most strings asked about are
    /// candidates no word spells, and a probe of the two 2 MB bitmaps costs
    /// less than one of the table's slots; every accepted form the table
    /// stores passes the screen (the bitmaps are made of their n-grams), so the
    /// order changes no answer. The two are exact and cheap, so only what lies
    /// beyond them is memoised: libhunspell's verdicts always (the dear
    /// ones), the prefilter's rejections when `memoisingRejections` (a word
    /// asked about again and again, not a one-off edit of one).
    private func verdict(utf8 word: UnsafeBufferPointer<UInt8>, memoisingRejections: Bool) -> Bool {
        // libhunspell accepts the empty string and numbers (`1,5`, `2-3`) before any lookup.
        if word.isEmpty || word.count < 100 && PrefilterReplay.isNumber(word) { return true }
        if let formTable {
            if screensByTrigrams, Self.isPlainWord(word),
               !formTable.holdsWindows(of: word, from: 0) { return false }
            if let stored = formTable.verdict(of: word) { return stored }
            // A complete table's miss for a word of letters is libhunspell's "no"…
            if Self.holdsEveryReading(of: word, in: formTable, capitalFirst: true, innerHyphens: false) { return false }
            // …and for a hyphenated one in small letters, the answer of its `BREAK` rule.
            if formTable.isCompleteForLetters, formTable.breaksAtHyphensOnly,
               Self.isPlainWord(word, capitalFirst: false, innerHyphens: true, innerDigits: true) {
                return hyphenatedVerdict(word, memoisingRejections: memoisingRejections)
            }
            // …and for one in another casing (`FontConfig`, `Reportez-vous`, `FSC-PC`), from the readings libhunspell looks up.
            if let answer = casedVerdict(word, in: formTable, memoisingRejections: memoisingRejections) { return answer }
        }
        // The prefilter only answers "certainly not"; Hunspell has the last word.
        // A one-off string is screened before it becomes a `String` for the memo.
        if !memoisingRejections, prefilter?.rejects(utf8: word) == true { return false }
        let key = ByteKey(String(decoding: word, as: UTF8.self))
        if let cached = spellCache[key] { return cached }
        if memoisingRejections, prefilter?.rejects(utf8: word) == true {
            spellCache[key] = false
            return false
        }
        let ok = alinea_hunspell_spell(handle, key.string) == 1
        spellCache[key] = ok
        return ok
    }

    /// Whether `table` holds every reading libhunspell could find for `word`,
    /// so that a miss is its answer: the table is complete and the word is of
    /// letters (small, or with one capital first when `capitalFirst`; digits
    /// after the first letter, or anywhere when the dictionary does not
    /// compound; hyphens between letters when `innerHyphens`) or
    /// in capitals, when the table holds those. `spell` asks it without
    /// hyphens (a hyphenated word it lacks may still pass libhunspell's `BREAK`
    /// rule) and with a capital; `analyze` with hyphens (libhunspell analyses no
    /// `BREAK` parts) and without (a capitalised word may be read as the hidden
    /// homonym of an entry in capitals: `Otan`).
    private static func holdsEveryReading(of word: UnsafeBufferPointer<UInt8>, in table: FormTable, capitalFirst: Bool,
                                          innerHyphens: Bool) -> Bool {
        table.isCompleteForLetters
            && (isPlainWord(word, capitalFirst: capitalFirst, innerHyphens: innerHyphens, innerDigits: true,
                            leadingDigits: table.isCompleteForDigits)
                || table.isCompleteForCapitals
                    && isCapitalsWord(word, innerHyphens: innerHyphens && table.isCompleteForHyphenatedCapitals))
    }

    /// libhunspell 1.7.1's `BREAK` rule, for a word of small letters (digits
    /// after the first letter allowed) with hyphens between them that a
    /// complete table lacks — so that no reading of the whole word exists,
    /// and libhunspell's answer is the rule's — in a dictionary whose `BREAK`
    /// table splits such words at hyphens only (`FormTable.breaksAtHyphensOnly`):
    /// refused at ten hyphens or more; else accepted when, split at the second
    /// hyphen if there is one (at the first otherwise), or then at the first,
    /// the part after the split and the part before it are (each judged as a
    /// word of its own: `osselets-post-prandiale` fails at the second hyphen,
    /// `prandiale` being no word, and passes at the first).
    private func hyphenatedVerdict(_ word: UnsafeBufferPointer<UInt8>, memoisingRejections: Bool) -> Bool {
        let hyphen = UInt8(ascii: "-")
        guard word.lazy.filter({ $0 == hyphen }).count < 10, let first = word.firstIndex(of: hyphen) else { return false }
        func accepted(splitAt split: Int) -> Bool {
            verdict(utf8: UnsafeBufferPointer(rebasing: word[(split + 1)...]), memoisingRejections: memoisingRejections)
                && verdict(utf8: UnsafeBufferPointer(rebasing: word[..<split]), memoisingRejections: memoisingRejections)
        }
        if let second = word[(first + 1)...].firstIndex(of: hyphen), second < word.count - 1, accepted(splitAt: second) { return true }
        return accepted(splitAt: first)
    }

    /// libhunspell 1.7.1's verdict on a word of letters (digits after the
    /// first, hyphens between characters) that a complete table lacks, in a
    /// casing `holdsEveryReading` and the small-letter `BREAK` replay leave
    /// out; nil when it cannot be settled without libhunspell. libhunspell
    /// looks a word up as written, lower-cased or capitalised according to its
    /// capitalisation (`Capitalisation`, `CasedWord`), then splits it at its
    /// hyphens (`hyphenatedVerdict`):
    /// - several capitals, not all (`FontConfig`, `Maj-Alt`): as written only —
    ///   a reading as written the table holds — so the miss is its "no", or
    ///   its `BREAK` rule's answer when hyphenated;
    /// - one capital, first, and hyphens (`Reportez-vous`): as written and in
    ///   small letters, both of which the table lacks; then the rule, on the
    ///   word as written;
    /// - capitals and hyphens (`FSC-PC`), with a table that holds every
    ///   hyphenated reading in capitals (those `isCapitalsWord` takes): no
    ///   reading; libhunspell has rewritten the word capitalised when it
    ///   applies the rule (`Fsc`, `pc`).
    ///
    /// Only where the dictionary's `BREAK` table splits such words at hyphens
    /// alone (`FormTable.breaksAtHyphensOnly`), and only for letters that no
    /// input conversion touches and whose case forms are Hunspell's for sure
    /// (ASCII, Latin-1 but `×`, `÷`, Latin Extended-A but `ſ`; `CaseMapping`).
    private func casedVerdict(_ word: UnsafeBufferPointer<UInt8>, in table: FormTable, memoisingRejections: Bool) -> Bool? {
        guard table.isCompleteForLetters, table.breaksAtHyphensOnly, Self.isCasedWord(word) else { return nil }
        let hyphenated = word.contains(UInt8(ascii: "-"))
        return CasedWord.withDecoded(word) { cased -> Bool? in
            guard let cased else { return nil }
            switch cased.capitalisation {
            case .mixed, .mixedInitial:
                return hyphenated && hyphenatedVerdict(word, memoisingRejections: memoisingRejections)
            case .initial where hyphenated:
                guard cased.withForm(.lowered, { table.verdict(of: $0) == nil }) else { return nil }
                return hyphenatedVerdict(word, memoisingRejections: memoisingRejections)
            // Only capitals the builder asks in (`isCapitalsWord`): `ŁÓDŹ-TABLE` may be a reading's.
            case .all where hyphenated && table.isCompleteForCapitals && table.isCompleteForHyphenatedCapitals
                && Self.isCapitalsWord(word, innerHyphens: true):
                return cased.withForm(.capitalised) { hyphenatedVerdict($0, memoisingRejections: memoisingRejections) }
            default:
                return nil
            }
        }
    }

    /// Whether `word` is what `casedVerdict` judges: letters in any case (ASCII,
    /// Latin-1 but `×` and `÷`, Latin Extended-A but `ſ`), ASCII digits after the
    /// first byte, and hyphens between characters.
    static func isCasedWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        var index = 0
        while index < word.count {
            let byte = word[index]
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || index > 0 && ((0x30...0x39).contains(byte) || byte == 0x2D && index < word.count - 1) {
                index += 1
                continue
            }
            guard index + 1 < word.count else { return false }
            let next = word[index + 1]
            switch byte {
            case 0xC3 where (0x80...0xBF).contains(next) && next != 0x97 && next != 0xB7: break
            case 0xC4 where (0x80...0xBF).contains(next): break
            case 0xC5 where (0x80...0xBE).contains(next): break
            default: return false
            }
            index += 2
        }
        return true
    }

    /// Where the n-gram screen refuses `word`, a word of small letters, for a
    /// search that edits it (`ScreenRefusal`); nil when the screen does not
    /// refuse it or does not apply (no table, no screening, other characters).
    /// Reads only what never changes, so it takes no lock.
    public func screenRefusal(utf8 word: UnsafeBufferPointer<UInt8>) -> ScreenRefusal? {
        guard screensByTrigrams, let formTable, Self.isPlainWord(word, capitalFirst: false) else { return nil }
        return formTable.screenRefusal(of: word)
    }

    /// Whether `spell(_:)` refuses `word`, a word of small letters, by the
    /// n-gram screen alone — and, with `capitalised`, refuses its capitalised
    /// form too (`états`, `États`): then a refused window lies after the
    /// first letter, which both forms share, and the capital is one the
    /// screen reads (ASCII, Latin-1, `Œ`). For a search that tries thousands
    /// of guesses in a word's casing and can turn most of them away from
    /// their bytes, before building a string or taking the lock; false
    /// whenever the screen would not settle it (then ask `spell(_:)`).
    public func screenRefuses(utf8 word: UnsafeBufferPointer<UInt8>, capitalised: Bool) -> Bool {
        guard screensByTrigrams, let formTable, Self.isPlainWord(word, capitalFirst: false) else { return false }
        // The framed windows both forms share start after the boundary and the first letter.
        var shared = 0
        if capitalised {
            switch word[0] {
            case 0x61...0x7A: shared = 2
            // à–þ but ÷ (capitals C3 80–9E); not ß or ÿ, whose capitals the screen does not read.
            case 0xC3 where (0xA0...0xBE).contains(word[1]) && word[1] != 0xB7: shared = 3
            case 0xC5 where word[1] == 0x93: shared = 3
            default: return false
            }
        }
        return !formTable.holdsWindows(of: word, from: shared)
    }

    /// Whether the n-gram screen settles that `word` has no analysis, so
    /// that neither the memo nor the prefilter is asked: most words analysed
    /// are the cleaner's one-off guesses (accent variants of a hyphenated
    /// word, one for each letter that could bear an accent). Only for a word
    /// of small letters and inner hyphens: libhunspell analyses such a word
    /// as written and nothing else (no conversion, splitting, number rule or
    /// other case), so an analysis is a reading of a form whose n-grams the
    /// table's accepted forms hold — with the caveat of `screensByTrigrams`.
    /// A capital is left out: a capitalised word is also read as the hidden
    /// homonym of an all-caps entry (`Otan`), which is no accepted form.
    /// Only called under `lock`.
    private func screenRefusesAnalysis(of word: String) -> Bool {
        withBytes(of: word) { screenRefusesAnalysis(utf8: $0) }
    }

    /// `analyze(_:)` and `tags(of:)` answer none for `word` by the n-gram
    /// screen alone (`screenRefusesAnalysis(of:)`), asked of bytes: for a
    /// search that can turn most guesses away before building them.
    /// Reads only what never changes, so it takes no lock.
    public func screenRefusesAnalysis(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard screensByTrigrams, let formTable else { return false }
        return Self.isPlainWord(word, capitalFirst: false, innerHyphens: true) && !formTable.holdsWindows(of: word, from: 0)
    }

    /// U+0100–U+017F, one bit each (U+0100 + 64 × half + bit): whether it is
    /// a small letter with a capital of one character, so that libhunspell
    /// reads a word of them as small letters. Not `ſ` (French's `ICONV` turns
    /// it into `s`), `ĸ` or `ŉ` (no such capital). Two integers, not an
    /// array: the test runs on every guess, and an array was retained each time.
    static let smallLatinExtendedA: (UInt64, UInt64) = {
        var halves: [UInt64] = [0, 0]
        for value in 0x100...0x17F {
            guard let scalar = Unicode.Scalar(value), scalar != "ſ", scalar.properties.isLowercase else { continue }
            let upper = scalar.properties.uppercaseMapping.unicodeScalars
            if upper.count == 1, upper.first != scalar { halves[(value - 0x100) >> 6] |= 1 << UInt64(value & 0x3F) }
        }
        return (halves[0], halves[1])
    }()

    /// Whether the two bytes `lead` (C4 or C5) and `next` spell a small letter of Latin Extended-A (`smallLatinExtendedA`).
    @inline(__always)
    static func isSmallLatinExtendedA(_ lead: UInt8, _ next: UInt8) -> Bool {
        let half = lead == 0xC4 ? smallLatinExtendedA.0 : smallLatinExtendedA.1
        return half >> UInt64(next & 0x3F) & 1 != 0
    }

    /// Whether `word` is letters only, each in small letters but the first:
    /// ASCII letters, Latin-1 letters and `œ` (the French alphabet). For such
    /// a word libhunspell looks up the word itself and, if capitalised, its
    /// small-letter form — both spelled with the trigrams of the table's
    /// forms, which hold every form capitalised too — and nothing else: no
    /// input conversion, `BREAK` split, abbreviation dot or number rule.
    /// Small letters of Latin Extended-A count too: the one-letter search
    /// tries the dictionary's `TRY` letters, `ś` and `ń` among them.
    /// With `capitalFirst: false` no capital at all; with `innerHyphens`,
    /// hyphens between letters too (what the analysis screen takes); with
    /// `innerDigits`, ASCII digits after the first byte (`r6le`: a reading of
    /// root + affixes or nothing, since no compound opens with a letter —
    /// `AffixFile.compoundsBeginWithDigits(roots:)` — what a complete table answers);
    /// with `leadingDigits` too, digits anywhere (`04`, `45ème`: for a
    /// dictionary that does not compound, `FormTable.isCompleteForDigits`).
    static func isPlainWord(_ word: UnsafeBufferPointer<UInt8>, capitalFirst: Bool = true, innerHyphens: Bool = false,
                            innerDigits: Bool = false, leadingDigits: Bool = false) -> Bool {
        guard !word.isEmpty else { return false }
        // Where a capital may stand: first, or nowhere.
        let capitalEnd = capitalFirst ? 1 : 0
        var index = 0
        while index < word.count {
            let byte = word[index]
            if (0x61...0x7A).contains(byte) || index < capitalEnd && (0x41...0x5A).contains(byte)
                || innerHyphens && byte == 0x2D && index > 0 && index < word.count - 1
                || innerDigits && (0x30...0x39).contains(byte) && (index > 0 || leadingDigits) {
                index += 1
                continue
            }
            guard index + 1 < word.count else { return false }
            let next = word[index + 1]
            switch byte {
            // Latin-1 letters: capitals (and ×) C3 80–9E first only; small letters C3 9F–BF.
            case 0xC3 where (0x9F...0xBF).contains(next) || index < capitalEnd && (0x80...0x9E).contains(next): break
            // Œ (C5 92) first only; œ and the other small letters of Latin Extended-A (`ś`, `ń`, `ł`).
            case 0xC5 where index < capitalEnd && next == 0x92: break
            case 0xC4...0xC5 where Self.isSmallLatinExtendedA(byte, next): break
            default: return false
            }
            index += 2
        }
        return true
    }

    /// Whether `word` is written in capitals, two at least, with digits after
    /// the first letter allowed (`DÉCISION`, `R6LE`): libhunspell reads it
    /// (`ALLCAP`) as itself, in small letters and capitalised, nothing else —
    /// no conversion, split, dot or number rule — so that a table holding every
    /// reading in capitals (`FormTable.isCompleteForCapitals`) answers it.
    /// Capitals are ASCII, Latin-1 (not `×`), `Œ` and `Ÿ`: those whose small
    /// letter `isPlainWord` takes and whose capital is that letter's again.
    /// With `innerHyphens`, hyphens between characters too (`PEUT-ÊTRE`,
    /// `FSC-PC`): what a table answers when it holds every hyphenated reading
    /// in capitals (`FormTable.isCompleteForHyphenatedCapitals`).
    static func isCapitalsWord(_ word: UnsafeBufferPointer<UInt8>, innerHyphens: Bool = false) -> Bool {
        var index = 0, capitals = 0
        while index < word.count {
            let byte = word[index]
            if (0x41...0x5A).contains(byte) {
                capitals += 1
                index += 1
                continue
            }
            if index > 0, (0x30...0x39).contains(byte) || innerHyphens && byte == 0x2D && index < word.count - 1 {
                index += 1
                continue
            }
            guard index + 1 < word.count else { return false }
            switch (byte, word[index + 1]) {
            case (0xC3, 0x80...0x9E) where word[index + 1] != 0x97, (0xC5, 0x92), (0xC5, 0xB8): break
            default: return false
            }
            capitals += 1
            index += 2
        }
        return capitals >= 2
    }

    /// libhunspell's own verdict on `word`, without cache or prefilter: what
    /// the tests hold the prefilter to.
    func hunspellVerdict(_ word: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return alinea_hunspell_spell(handle, word) == 1
    }

    /// libhunspell's own analyses of `word`, without cache or prefilter (for the tests).
    func hunspellAnalyses(_ word: String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return list { alinea_hunspell_analyze(handle, word, $0, $1) }
    }

    /// Hunspell's morphological analyses of `word`, e.g. `["po:nom is:mas"]`.
    public func analyze(_ word: String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return analyses(of: word, key: ByteKey(word), screened: false)
    }

    /// `analyze(_:)`'s answer, for a caller holding `lock`; `screened` when
    /// the caller has asked the analysis screen already (`tags(of:)`).
    private func analyses(of word: String, key: ByteKey, screened: Bool) -> [String] {
        if let cached = analysisCache[key] { return cached }
        if !screened, screenRefusesAnalysis(of: word) { return [] }
        let result: [String]
        if let stored = lookUp(word, { $0.analyses(of: $1) }) {
            result = stored
        } else if word.isEmpty || formTable.map({ table in
            withBytes(of: word) {
                Self.holdsEveryReading(of: $0, in: table, capitalFirst: table.isCompleteForCapitalisedAnalyses, innerHyphens: true)
            }
        }) == true {
            // A complete table's miss for a word of small letters has no analysis (nor, when the table
            // holds the hidden homonyms of all-caps entries, `Otan`, a capitalised one); nor has a
            // hyphenated one (libhunspell analyses no `BREAK` parts), one in capitals when the table
            // holds those, or the empty string.
            result = []
        } else {
            // Most words analysed while cleaning are the cleaner's rejected guesses: the
            // prefilter knows they have no analysis without asking Hunspell.
            result = prefilter?.hasNoAnalysis(word) == true ? [] : list { alinea_hunspell_analyze(handle, word, $0, $1) }
        }
        analysisCache[key] = result
        return result
    }

    /// What the form table holds for exactly `word`'s bytes, if there is a table.
    private func lookUp<T>(_ word: String, _ read: (FormTable, UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        guard let formTable else { return nil }
        return withBytes(of: word) { read(formTable, $0) }
    }

    /// Calls `body` with `word`'s UTF-8 bytes, in place when the string keeps them contiguous.
    private func withBytes<T>(of word: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let done = word.utf8.withContiguousStorageIfAvailable(body) { return done }
        var copy = word
        return copy.withUTF8(body)
    }

    /// Hunspell's suggestions for a word it rejects (slow: use sparingly).
    public func suggest(_ word: String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return list { alinea_hunspell_suggest(handle, word, $0, $1) }
    }

    /// The stems (lemmas) of `word`: libhunspell's `stem`, which reads them off
    /// the word's analyses, read here off the same analyses (`StemReading`) — the
    /// table's when it holds them, so a common word costs no libhunspell. Asked of
    /// libhunspell itself when an analysis has a derivational suffix, or when the
    /// analyses come near the output buffer's 8 KB (a list cut short there would
    /// not be libhunspell's whole reading).
    public func stems(_ word: String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        let analyses = analyses(of: word, key: ByteKey(word), screened: false)
        if analyses.reduce(0, { $0 + $1.utf8.count + 1 }) <= 4096, let read = StemReading.stems(readingAnalyses: analyses) {
            return read
        }
        return list { alinea_hunspell_stem(handle, word, $0, $1) }
    }

    /// libhunspell's own stems of `word`, without table or cache (for the tests).
    func hunspellStems(_ word: String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return list { alinea_hunspell_stem(handle, word, $0, $1) }
    }

    /// Whether the lexicon knows `word` only as a unit symbol under a measurement
    /// prefix (`zcal` is `z` + `cal`, `dal` is `da` + `l`): the French dictionary's
    /// prefix classes build such a form from any symbol, so accepting it says
    /// nothing about its being a word a text writes (`zcat` is no misread `zcal`).
    /// Its analyses name the prefix as a bare morpheme before the stem
    /// (`z st:cal po:nom`); a form with any other analysis (`dam`, a noun) is a word.
    public func isOnlyPrefixedSymbol(_ word: String) -> Bool {
        let analyses = analyze(word)
        return !analyses.isEmpty && analyses.allSatisfy { analysis in
            guard let stem = analysis.range(utf8: "st:") else { return false }
            let morphemes = analysis[..<stem.lowerBound].split(separator: " ")
            return morphemes.count == 1 && !morphemes[0].utf8.contains(UInt8(ascii: ":"))
        }
    }

    /// The part-of-speech tags (`po:` values) over all analyses of `word`.
    public func partsOfSpeech(_ word: String) -> Set<String> {
        var tags = Set<String>()
        forEachPartOfSpeech(of: word) { tags.insert(String($0)) }
        return tags
    }

    /// Calls `body` with each `po:` value of each analysis of `word`.
    private func forEachPartOfSpeech(of word: String, _ body: (Substring) -> Void) {
        for analysis in analyze(word) {
            for field in analysis.split(separator: " ") where field.hasPrefix("po:") { body(field.dropFirst(3)) }
        }
    }

    /// The part-of-speech tags over all analyses of `word`, as a bit set
    /// (what grammar rules ask of every word; memoised).
    public func tags(of word: String) -> PartsOfSpeech {
        lock.lock(); defer { lock.unlock() }
        let key = ByteKey(word)
        if let cached = tagCache[key] { return cached }
        // A screened guess is answered without either memo.
        if screenRefusesAnalysis(of: word) { return [] }
        var found: PartsOfSpeech = []
        for analysis in analyses(of: word, key: key, screened: true) { found.formUnion(PartsOfSpeech(analysis: analysis)) }
        tagCache[key] = found
        return found
    }

    /// One output buffer for the C calls, reused under the lock (a fresh 8 KB
    /// buffer per analysis cost more than many analyses themselves).
    private let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 8192)

    /// The lines a C call writes into `buffer` (NUL-terminated, one item per line).
    private func list(_ call: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> [String] {
        buffer[0] = 0
        let count = call(buffer, 8192)
        if count <= 0 { return [] }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: strlen(buffer))
        return bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }
}
