import AlineaText
import CZlib

/// French↔English word translations the aligner uses as lexical evidence:
/// a French word "meets" an English word when one is listed as a
/// translation of the other. Built from Debian's FreeDict dictionaries
/// (`dict-freedict-fra-eng`, `dict-freedict-eng-fra`) and/or a user glossary;
/// every key is case- and accent-folded (`État` → `etat`) so that lookups
/// survive capitalisation and OCR-dropped accents. Multi-word translations
/// are reduced to their longest word (`give up` → `give`), which is what a
/// bag-of-words matcher can use. Immutable once built, so shareable.
public final class BilingualDictionary: Sendable {
    /// Folded French word → folded English words.
    let frenchToEnglish: [String: [String]]
    /// Folded English word → folded French words.
    let englishToFrench: [String: [String]]

    /// Number of French headwords plus English headwords.
    public var count: Int { frenchToEnglish.count + englishToFrench.count }

    init(frenchToEnglish: [String: [String]], englishToFrench: [String: [String]]) {
        self.frenchToEnglish = frenchToEnglish
        self.englishToFrench = englishToFrench
    }

    /// A dictionary from explicit word or term pairs (glossary-style).
    public convenience init(pairs: [(french: String, english: String)]) {
        let folder = MatchKeyFolder()
        var fe: [String: [String]] = [:], ef: [String: [String]] = [:]
        for (french, english) in pairs {
            Self.add(french: french, english: english, folder: folder, fe: &fe, ef: &ef)
        }
        self.init(frenchToEnglish: fe, englishToFrench: ef)
    }

    /// Loads FreeDict's French→English and English→French dictionaries from
    /// `directory` (Debian installs them in `/usr/share/dictd`). Throws
    /// `missingFreeDict` naming the package when a file is absent.
    public static func freeDict(directory: String = "/usr/share/dictd") throws -> BilingualDictionary {
        let folder = MatchKeyFolder()
        var fe: [String: [String]] = [:], ef: [String: [String]] = [:]
        try loadDictd(path: directory + "/freedict-fra-eng.dict.dz", package: "dict-freedict-fra-eng", folder: folder, into: &fe)
        try loadDictd(path: directory + "/freedict-eng-fra.dict.dz", package: "dict-freedict-eng-fra", folder: folder, into: &ef)
        // Each direction also informs the other: `peace → paix` says `paix → peace`.
        // In sorted order: only the first translations of a word are used, so their
        // order must not depend on hashing (the same input gives the same TMX).
        for en in ef.keys.sorted() { for fr in ef[en]! { appendUnique(&fe[fr, default: []], en) } }
        for fr in fe.keys.sorted() { for en in fe[fr]! { appendUnique(&ef[en, default: []], fr) } }
        return BilingualDictionary(frenchToEnglish: fe, englishToFrench: ef)
    }

    /// Reads a user glossary: one `french<TAB>english` pair per line, blank
    /// lines and `#` comments ignored. Throws on unreadable files and on
    /// lines without exactly one tab-separated pair.
    public static func glossary(tsvPath: String) throws -> BilingualDictionary {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(tsvPath) } catch {
            throw BilingualDictionaryError.unreadableGlossary(path: tsvPath, reason: "\(error)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var pairs: [(french: String, english: String)] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw BilingualDictionaryError.badGlossaryLine(path: tsvPath, line: lineNumber, content: String(line))
            }
            let french = fields[0].trimmingSpaces, english = fields[1].trimmingSpaces
            guard !french.isEmpty, !english.isEmpty else {
                throw BilingualDictionaryError.badGlossaryLine(path: tsvPath, line: lineNumber, content: String(line))
            }
            pairs.append((String(french), String(english)))
        }
        if pairs.isEmpty { throw BilingualDictionaryError.emptyGlossary(path: tsvPath) }
        return BilingualDictionary(pairs: pairs)
    }

    /// A dictionary holding the entries of both (a glossary merged into FreeDict).
    public func merging(_ other: BilingualDictionary) -> BilingualDictionary {
        var fe = frenchToEnglish, ef = englishToFrench
        for (k, v) in other.frenchToEnglish { for t in v { Self.appendUnique(&fe[k, default: []], t) } }
        for (k, v) in other.englishToFrench { for t in v { Self.appendUnique(&ef[k, default: []], t) } }
        return BilingualDictionary(frenchToEnglish: fe, englishToFrench: ef)
    }

    /// Folded English translations of a French word (any case or accents),
    /// trying its dictionary form when the inflected form is not a headword
    /// (`décidé`, `décide`, `décident` → `décider`; `États` → `état`).
    public func englishTranslations(ofFrench word: String) -> [String] {
        translations(of: MatchKeyFolder().fold(word), in: frenchToEnglish, variants: Self.frenchLemmaCandidates)
    }

    /// Folded French translations of an English word (`decisions` → `decision`'s).
    public func frenchTranslations(ofEnglish word: String) -> [String] {
        translations(of: MatchKeyFolder().fold(word), in: englishToFrench, variants: Self.englishLemmaCandidates)
    }

    /// Lookup on an already folded key (the aligner's hot path).
    func englishTranslations(ofFolded key: String) -> [String] {
        translations(of: key, in: frenchToEnglish, variants: Self.frenchLemmaCandidates)
    }

    func frenchTranslations(ofFolded key: String) -> [String] {
        translations(of: key, in: englishToFrench, variants: Self.englishLemmaCandidates)
    }

    private func translations(of key: String, in table: [String: [String]], variants: (String) -> [String]) -> [String] {
        if let hit = table[key] { return hit }
        for candidate in variants(key) { if let hit = table[candidate] { return hit } }
        return []
    }

    /// Dictionary forms a folded French word may come from: plural and
    /// feminine endings, and the usual verb endings mapped to the infinitive.
    static func frenchLemmaCandidates(_ w: String) -> [String] {
        guard w.count > 3 else { return [] }
        var out: [String] = []
        func strip(_ suffix: String, _ replacement: String) {
            if w.hasSuffix(suffix), w.count > suffix.count + 2 { out.append(String(w.dropLast(suffix.count)) + replacement) }
        }
        strip("s", ""); strip("x", ""); strip("e", ""); strip("es", "")
        strip("aux", "al")
        strip("ee", "er"); strip("ees", "er"); strip("es", "er"); strip("e", "er")
        strip("ent", "er"); strip("ons", "er"); strip("ez", "er"); strip("ait", "er"); strip("aient", "er")
        strip("ant", "er"); strip("era", "er"); strip("eront", "er"); strip("ions", "er")
        strip("it", "ir"); strip("issent", "ir"); strip("is", "ir"); strip("ie", "ir")
        strip("ue", "re"); strip("u", "re"); strip("ent", "re")
        return out
    }

    /// Dictionary forms of a folded English word (plurals, -ed, -ing).
    static func englishLemmaCandidates(_ w: String) -> [String] {
        guard w.count > 3 else { return [] }
        var out: [String] = []
        func strip(_ suffix: String, _ replacement: String) {
            if w.hasSuffix(suffix), w.count > suffix.count + 2 { out.append(String(w.dropLast(suffix.count)) + replacement) }
        }
        strip("s", ""); strip("es", ""); strip("ies", "y")
        strip("ed", ""); strip("ed", "e"); strip("ied", "y")
        strip("ing", ""); strip("ing", "e")
        return out
    }

    // MARK: - Loading

    private static func loadDictd(path: String, package: String, folder: MatchKeyFolder, into table: inout [String: [String]]) throws {
        let compressed: [UInt8]
        do { compressed = try FileAccess.read(path) } catch FileAccessError.notFound {
            throw BilingualDictionaryError.missingFreeDict(path: path, package: package)
        } catch {
            throw BilingualDictionaryError.corruptFreeDict(path: path, reason: "\(error)")
        }
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let rc = compressed.withUnsafeBufferPointer { alinea_gunzip($0.baseAddress, $0.count, &out, &length) }
        guard rc == 0, let out else {
            throw BilingualDictionaryError.corruptFreeDict(path: path, reason: "zlib error \(rc)")
        }
        defer { alinea_zlib_free(out) }
        parseDictd(UnsafeBufferPointer(start: out, count: length), folder: folder, into: &table)
        if table.isEmpty {
            throw BilingualDictionaryError.corruptFreeDict(path: path, reason: "no entry found")
        }
    }

    /// Parses dictd text converted from FreeDict TEI: an entry is a headword
    /// line `mot /IPA/ <pos>` followed by sense lines (`1. a, b`, or `a, b`).
    /// The `00-database-*` preamble entries have no IPA and are skipped.
    /// Works on UTF-8 bytes: the file has ~20,000 lines and loading must stay fast.
    static func parseDictd(_ bytes: UnsafeBufferPointer<UInt8>, folder: MatchKeyFolder, into table: inout [String: [String]]) {
        var headword: String? = nil
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            if end == start { continue }
            // Headword line: not indented, ` /` then a closing `/` (the IPA).
            if bytes[start] != 0x20 {
                var slash = -1
                var k = start
                while k + 1 < end { if bytes[k] == 0x20 && bytes[k + 1] == 0x2F { slash = k; break }; k += 1 }
                if slash >= 0, bytes[(slash + 2)..<end].contains(0x2F) {
                    let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<slash]), as: UTF8.self)
                    // Multi-word headwords cannot meet single tokens; skip them.
                    headword = head.utf8.contains(0x20) ? nil : folder.fold(head)
                    if headword?.isEmpty == true { headword = nil }
                    continue
                }
            }
            guard let key = headword else { continue }
            var a = start
            while a < end && bytes[a] == 0x20 { a += 1 }
            // Sense numbering `12. `.
            var d = a
            while d < end && bytes[d] >= 0x30 && bytes[d] <= 0x39 { d += 1 }
            if d > a, d < end, bytes[d] == 0x2E { a = d + 1 }
            var pieceStart = a
            var p = a
            while p <= end {
                if p == end || bytes[p] == 0x2C {
                    if p > pieceStart {
                        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<p]), as: UTF8.self)
                        if let word = contentWord(of: piece[...], folder: folder) {
                            appendUnique(&table[key, default: []], word)
                        }
                    }
                    pieceStart = p + 1
                }
                p += 1
            }
        }
    }

    /// The longest word of a translation phrase, without domain tags
    /// (`[cul]`), elided articles (`s'accroître`) or parenthesised notes.
    static func contentWord(of phrase: Substring, folder: MatchKeyFolder) -> String? {
        // Scalars, not Characters: every delimiter is one scalar, and grapheme
        // breaking over the whole dictionary is a tenth of a dictionary load.
        var best = ""
        var depth = 0
        var current = String.UnicodeScalarView()
        func flush() {
            if let apostrophe = current.lastIndex(where: { $0 == "'" || $0 == "’" }) {
                current = String.UnicodeScalarView(current[current.index(after: apostrophe)...])
            }
            if !current.isEmpty {
                let key = folder.fold(String(current))
                if key.utf8.count > best.utf8.count { best = key }
            }
            current = String.UnicodeScalarView()
        }
        for scalar in phrase.unicodeScalars {
            if scalar == "[" || scalar == "(" { depth += 1; flush(); continue }
            if scalar == "]" || scalar == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if scalar == " " || scalar == "\u{2010}" || scalar == "-" || scalar == "/" { flush() } else { current.append(scalar) }
        }
        flush()
        return best.utf8.count >= 2 ? best : nil
    }

    private static func add(french: String, english: String, folder: MatchKeyFolder, fe: inout [String: [String]], ef: inout [String: [String]]) {
        let frWords = french.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "’" || $0 == "'" }).map { folder.fold($0) }.filter { $0.count >= 2 }
        let enWords = english.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "’" || $0 == "'" }).map { folder.fold($0) }.filter { $0.count >= 2 }
        if frWords.count == 1, enWords.count == 1 {
            appendUnique(&fe[frWords[0], default: []], enWords[0])
            appendUnique(&ef[enWords[0], default: []], frWords[0])
            return
        }
        // Terms: pair their content words (4+ letters) with each other, and
        // the term's initials (acronym) are left to the acronym anchors.
        let frContent = frWords.filter { $0.count >= 4 }, enContent = enWords.filter { $0.count >= 4 }
        for f in frContent { for e in enContent {
            appendUnique(&fe[f, default: []], e)
            appendUnique(&ef[e, default: []], f)
        } }
    }

    static func appendUnique(_ list: inout [String], _ item: String) {
        if !list.contains(item) { list.append(item) }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
