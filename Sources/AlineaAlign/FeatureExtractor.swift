import AlineaText
import Foundation
/// Builds `UnitFeatures` for the French and English units of one alignment
/// run: tokenises, folds (one shared `MatchKeyFolder`), maps every evidence
/// token to small integer keys in one vocabulary shared by both sides, and
/// weights tokens by their rarity in the document (idf), so that frequent
/// words and a lone common number carry little evidence.
///
/// Evidence tokens and their keys:
/// - words: key `w` + the first 5 letters of the folded word (a cheap
///   cognate test: `organisation`/`organization`, `sécurité`/`security`,
///   `cybersécurité`/`cyber security` share it), plus the same key of each
///   dictionary translation (FreeDict / glossary);
/// - numbers: key `n` + the digits without leading zeros (`1 000`, `1,000`
///   and `1.000` all give `1`, `000`);
/// - months (`mai`/`May`) and full dates (`9 et 10 mai 2011` ↔ `9 and 10 May 2011`);
/// - acronyms, keyed by their sorted letters (`FCS` ↔ `FSC`);
/// - document symbols (`MC.DEC/2/09`, `A/65/201`) and dotted section numbers
///   (`6.6.2.5`), keyed by their folded spelling.
final class FeatureExtractor {
    private let folder = MatchKeyFolder()
    private let dictionary: BilingualDictionary?
    private var vocabulary: [String: Int32] = [:]
    private var numberIds: [String: Int32] = [:]
    private var frenchWordKeys: [String: [Int32]] = [:]
    private var englishWordKeys: [String: [Int32]] = [:]
    /// Key lists of this run (shared by both sides' features).
    let lists = KeyLists()
    private var singleLists: [Int32: Int32] = [:]

    private func singleList(_ key: Int32) -> Int32 {
        if let id = singleLists[key] { return id }
        let id = lists.append([key])
        singleLists[key] = id
        return id
    }
    /// At most this many translations count per word (FreeDict lists up to ~30 for polysemous verbs).
    private let maxTranslations = 8

    init(dictionary: BilingualDictionary?) {
        self.dictionary = dictionary
    }

    /// A unit to featurise: its text and optional structure.
    struct Input {
        var text: String
        var typeCode: Int16 = -1
        var number: String? = nil
        var field: String? = nil
    }

    func features(of inputs: [Input], french: Bool) -> UnitFeatures {
        var f = UnitFeatures()
        f.lengths.reserveCapacity(inputs.count)
        f.lists = lists
        var scratch: [Int32] = []
        var seen = Set<Int32>()
        for input in inputs {
            scratch.removeAll(keepingCapacity: true)
            seen.removeAll(keepingCapacity: true)
            let length = tokenize(input.text, french: french) { own, list in
                if seen.insert(own).inserted { scratch.append(list) }
            }
            f.lengths.append(Int32(length))
            f.tokenList.append(contentsOf: scratch)
            f.tokenStart.append(Int32(f.tokenList.count))
            f.typeCode.append(input.typeCode)
            f.numberId.append(input.number.map { numberId(folder.fold($0)) } ?? -1)
            f.fieldId.append(input.field.map { numberId("field:" + $0) } ?? -1)
            f.headingAnchor.append(leadingAnchor)
            f.bareAnchor.append(anchorAlone)
        }
        // idf of each token's own key among this side's units.
        var df = [Int32: Int32]()
        for l in f.tokenList { df[lists.own(l), default: 0] += 1 }
        let n = Double(inputs.count)
        f.tokenWeight = f.tokenList.map { l in
            Float(max(0, log((n + 1) / (Double(df[lists.own(l)] ?? 1) + 0.5))))
        }
        f.totalWeight = (0..<inputs.count).map { u in
            var s: Float = 0
            for t in Int(f.tokenStart[u])..<Int(f.tokenStart[u + 1]) { s += f.tokenWeight[t] }
            return s
        }
        return f
    }

    private func key(_ s: String) -> Int32 {
        if let id = vocabulary[s] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[s] = id
        return id
    }

    private func numberId(_ s: String) -> Int32 {
        if let id = numberIds[s] { return id }
        let id = Int32(numberIds.count)
        numberIds[s] = id
        return id
    }

    static func cognateStem(_ folded: String) -> Substring { folded.prefix(5) }

    private func wordKeys(_ folded: String, french: Bool) -> [Int32] {
        if let hit = french ? frenchWordKeys[folded] : englishWordKeys[folded] { return hit }
        var keys = [key("w" + Self.cognateStem(folded))]
        if let dictionary {
            let translations = french ? dictionary.englishTranslations(ofFolded: folded) : dictionary.frenchTranslations(ofFolded: folded)
            for t in translations.prefix(maxTranslations) {
                let k = key("w" + Self.cognateStem(t))
                if !keys.contains(k) { keys.append(k) }
            }
        }
        if french { frenchWordKeys[folded] = keys } else { englishWordKeys[folded] = keys }
        return keys
    }

    /// A word run's evidence, cached per spelling so that each distinct
    /// word is folded and looked up once per run.
    private struct WordEntry {
        var folded: String
        var keys: [Int32]
        var month: Int?
        /// List ids: the month anchor's (if any) and the word's (if any).
        var monthList: Int32 = -1
        var wordList: Int32 = -1
    }
    private var frenchRuns: [String: WordEntry] = [:]
    private var englishRuns: [String: WordEntry] = [:]
    private var numberKeys: [String: Int32] = [:]

    private func wordEntry(_ raw: String, french: Bool) -> WordEntry {
        if let hit = french ? frenchRuns[raw] : englishRuns[raw] { return hit }
        let folded = folder.fold(raw)
        let month = french ? CalendarAnchors.frenchMonths[folded] : CalendarAnchors.englishMonths[raw]
        var keys: [Int32] = []
        if let month { keys.append(key("m" + String(month))) }
        if folded.count >= 2 { keys += wordKeys(folded, french: french) }
        var entry = WordEntry(folded: folded, keys: keys, month: month)
        if month != nil { entry.monthList = singleList(keys[0]) }
        let wordKeys = month != nil ? Array(keys.dropFirst()) : keys
        if !wordKeys.isEmpty { entry.wordList = lists.append(wordKeys) }
        if french { frenchRuns[raw] = entry } else { englishRuns[raw] = entry }
        return entry
    }

    /// The own key of the section number or symbol that opened the text
    /// `tokenize` last scanned (`6.6.2.5.`, `MC.DEC/2/09`), or -1.
    private(set) var leadingAnchor: Int32 = -1
    /// Whether that text was nothing but its opening section number (`7.5.1.`).
    private(set) var anchorAlone = false

    /// Scans `text` once (as UTF-8), calling `emit(ownKey, keys)` per
    /// evidence token; returns the number of non-space characters.
    @discardableResult
    func tokenize(_ text: String, french: Bool, emit: (Int32, Int32) -> Void) -> Int {
        leadingAnchor = -1
        var firstChunk = true
        var chunks = 0
        var labelled = false
        defer { anchorAlone = leadingAnchor >= 0 && chunks == 1 }
        var bytes = Array(text.utf8)
        bytes.append(0)
        let count = bytes.count - 1
        // Decode once: scalar value and byte offset of each scalar.
        var u: [Unicode.Scalar] = []
        var offsets: [Int] = []
        u.reserveCapacity(count)
        offsets.reserveCapacity(count + 1)
        bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[0..<count])
            var p = 0
            while p < count {
                let (v, len) = UTF8Scalar.decode(text, at: p) ?? (0x20, 1)
                u.append(Unicode.Scalar(v) ?? " ")
                offsets.append(p)
                p += len
            }
        }
        offsets.append(count)
        func string(_ a: Int, _ b: Int) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offsets[a]..<offsets[b]]), as: UTF8.self) }
        }
        var length = 0, upper = 0, letters = 0
        for c in u where !Self.isSpace(c) {
            length += 1
            if Self.isLetter(c) { letters += 1; if Self.isUpper(c) { upper += 1 } }
        }
        // A heading in capitals is not a row of acronyms.
        let shouting = letters > 8 && upper * 10 > letters * 6
        var pieces: [CalendarAnchors.Piece] = []
        var i = 0
        while i < u.count {
            while i < u.count && Self.isSpace(u[i]) { i += 1 }
            var end = i
            while end < u.count && !Self.isSpace(u[end]) { end += 1 }
            let chunkStart = i, chunkEnd = end
            // Trim punctuation around the chunk.
            var a = i, b = end
            while a < b && !Self.isAlphanumeric(u[a]) { a += 1 }
            while b > a && !Self.isAlphanumeric(u[b - 1]) { b -= 1 }
            i = chunkEnd
            if a == b { continue }
            chunks += 1
            // `Chapter 9.`, `Annexe A.`: a capitalised label, then a number or a capital
            // letter closed by a full stop, opens a heading; the number is its anchor.
            if chunks == 1 {
                labelled = a == chunkStart && Self.isUpper(u[a]) && u[a..<b].allSatisfy(Self.isLetter) && b == chunkEnd
            } else if chunks == 2, labelled, leadingAnchor < 0, chunkEnd - chunkStart >= 2, u[chunkEnd - 1] == ".", b == chunkEnd - 1, a == chunkStart,
                      u[a..<b].allSatisfy(CharacterClass.isDigit) || (b - a == 1 && Self.isUpper(u[a])) {
                leadingAnchor = key("h" + string(a, b).lowercased())
                emit(leadingAnchor, singleList(leadingAnchor))
            }
            if Self.isSymbol(u[a..<b]) || Self.isDottedNumber(u[a..<b]) {
                let own = key("s" + string(a, b).lowercased())
                emit(own, singleList(own))
                if firstChunk { leadingAnchor = own }
            }
            defer { firstChunk = false }
            var r = a
            while r < b {
                let c = u[r]
                let digit = CharacterClass.isDigit(c)
                if !digit && !Self.isLetter(c) { r += 1; continue }
                var e = r + 1
                while e < b && (digit ? CharacterClass.isDigit(u[e]) : (Self.isLetter(u[e]) && !CharacterClass.isDigit(u[e]))) { e += 1 }
                let runStart = r
                r = e
                if digit {
                    var z = runStart
                    while z < e - 1 && u[z] == "0" { z += 1 }
                    let digits = string(z, e)
                    let own: Int32
                    if let hit = numberKeys[digits] { own = hit } else { own = key("n" + digits); numberKeys[digits] = own }
                    emit(own, singleList(own))
                    // A note mark opening the unit (`[41] This target…`) anchors it like a section number.
                    if firstChunk, runStart == a, e == b, a > chunkStart, u[a - 1] == "[", b < chunkEnd, u[b] == "]" { leadingAnchor = own }
                    pieces.append(.number(e - z > 9 ? 0 : Int(digits) ?? 0))
                    continue
                }
                if !shouting, e - runStart >= 2, e - runStart <= 6, u[runStart..<e].allSatisfy(Self.isUpper) {
                    let own = key(AcronymKeys.key(string(runStart, e), french: french))
                    emit(own, singleList(own))
                    pieces.append(.word(""))
                    continue
                }
                let entry = wordEntry(string(runStart, e), french: french)
                if let month = entry.month {
                    pieces.append(.month(month))
                    emit(entry.keys[0], entry.monthList)
                } else {
                    pieces.append(.word(entry.folded))
                }
                if entry.wordList >= 0 { emit(lists.own(entry.wordList), entry.wordList) }
            }
            let last = u[chunkEnd - 1]
            if last == "," || last == ";" { pieces.append(.word(",")) }
        }
        for iso in CalendarAnchors.isoDates(in: pieces) {
            let own = key("d" + iso)
            emit(own, singleList(own))
        }
        return length
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isWhitespace(c)
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool { CharacterClass.isLetter(c) }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool { CharacterClass.isUppercase(c) }
    @inline(__always) static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (isLetter(c) || CharacterClass.isDigit(c)) : (c.properties.isAlphabetic || c.properties.numericType != nil)
    }

    /// ISO dates in a text (exposed for tests and exports).
    func dates(in text: String, french: Bool) -> [String] {
        var owns: [Int32] = []
        tokenize(text, french: french) { own, _ in owns.append(own) }
        let names = Dictionary(uniqueKeysWithValues: vocabulary.map { ($0.value, $0.key) })
        return owns.compactMap { names[$0] }.filter { $0.hasPrefix("d") }.map { String($0.dropFirst()) }
    }


    /// Section and version numbers (`6.6.2.5`, `1.0`): one rare anchor,
    /// where their parts alone are common numbers.
    static func isDottedNumber(_ s: Substring) -> Bool { isDottedNumber(ArraySlice(s.unicodeScalars)) }
    static func isDottedNumber(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var dots = 0
        for c in s {
            if c == "." { dots += 1 } else if !(c.value >= 0x30 && c.value <= 0x39) { return false }
        }
        return dots >= 1 && s.count <= 20
    }

    /// `MC.DEC/2/09`, `A/65/201`, `PC.JOUR/991`: letters, digits and a `/`.
    static func isSymbol(_ s: Substring) -> Bool { isSymbol(ArraySlice(s.unicodeScalars)) }
    static func isSymbol(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        if s.count > 40 { return false }
        var slash = false, digit = false, letter = false
        for c in s {
            if c == "/" { slash = true } else if CharacterClass.isDigit(c) { digit = true } else if isLetter(c) { letter = true }
        }
        return slash && digit && letter && s.count <= 40
    }
}
