#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AlineaText

/// A compiled table of a Hunspell dictionary's forms: for each stored form
/// (its exact UTF-8 bytes), libhunspell's verdict and analyses.
///
/// Why: the cleaner asks the French dictionary about every distinct word of a
/// text and about many candidate repairs; libhunspell spends about 0.14 M
/// instructions per analysis and 0.06 M per accepted word, and 0.26 G to load
/// `fr.aff`/`fr.dic` at all. The table answers the dictionary's own forms by
/// a hash probe in a memory-mapped file, and a text whose words are all in it
/// never loads libhunspell.
///
/// Why it is exact: nothing in it is computed by Alinea. Every value is what
/// libhunspell returned, through the same calls the dictionary makes, for
/// exactly the stored bytes (`FormTableBuilder`), and a lookup matches bytes,
/// not letters. A string that is not stored misses, and the dictionary asks
/// the prefilter and libhunspell as before. The header's identity ties the
/// table to one `.aff`/`.dic` pair (`FormTableIdentity`); opening refuses a
/// table whose files changed, whose format is another, or whose bytes do not
/// match their digests.
///
/// A class, immutable: the dictionary asks it about every guess, and as a
/// struct (a mapped file, paths, a dozen ranges) it was copied, each field
/// retained and released, at every question — 2 % of the instructions.
public final class FormTable: Sendable {
    private let file: MappedFile
    /// Where the table was read from.
    public let path: String
    /// The dictionary files the table was built from.
    public let identity: FormTableIdentity
    /// Number of forms stored.
    public let formCount: Int
    /// Number of distinct analysis strings stored.
    public let analysisCount: Int
    /// Number of distinct analysis lists stored.
    public let analysisListCount: Int
    private let slots: Range<Int>, entries: Range<Int>, keys: Range<Int>
    private let setOffsets: Range<Int>, setMembers: Range<Int>
    private let analysisOffsets: Range<Int>, analysisBytes: Range<Int>, trigrams: Range<Int>
    private let quadgrams: Range<Int>, roots: Range<Int>, skeletons: Range<Int>
    /// What the table promises about the words it lacks (`FormTableProperties`).
    public let properties: FormTableProperties
    /// Whether the table holds every word of letters (small, or small after
    /// one capital; digits after the first letter and hyphens between
    /// letters too) that libhunspell accepts or analyses: a miss for such a
    /// word is then libhunspell's "no" — or, for `spell` and a hyphenated
    /// word, its `BREAK` rule's answer (`FormTableLayout`, `RelaxedExpansion`).
    public var isCompleteForLetters: Bool { properties.contains(.completeForLetters) }
    /// Whether the dictionary's `BREAK` table splits a word of letters,
    /// digits and hyphens at hyphens only (`AffixFile.breaksAtHyphensOnly`),
    /// which `HunspellDictionary` replays for such a word a complete table lacks.
    public var breaksAtHyphensOnly: Bool { properties.contains(.breaksAtHyphensOnly) }
    /// Whether the table also holds every word in capitals libhunspell
    /// accepts or analyses (`HunspellDictionary.isCapitalsWord`: `DÉCISION`),
    /// so that a miss for one is libhunspell's "no" too.
    public var isCompleteForCapitals: Bool { properties.contains(.completeForCapitals) }
    /// Whether, the dictionary not compounding, a complete table also holds
    /// every accepted or analysed word of letters that opens with digits
    /// (`04`, `45ème`): no compound can be one.
    public var isCompleteForDigits: Bool { properties.contains(.completeForDigits) }
    /// Whether the table also holds every accepted or analysed word in
    /// capitals with hyphens (`PEUT-ÊTRE`): a miss for one (`FSC-PC`) then
    /// means no reading, and `spell` is answered by the `BREAK` rule.
    public var isCompleteForHyphenatedCapitals: Bool { properties.contains(.completeForHyphenatedCapitals) }
    /// Whether a capitalised word of letters the table lacks has no analysis
    /// either: the readings asked include the hidden capitalised homonyms (`Otan`).
    public var isCompleteForCapitalisedAnalyses: Bool { properties.contains(.completeForCapitalisedAnalyses) }
    private let slotMask: Int
    /// The skeleton slots' count less one (-1 for a table without the index).
    private let skeletonMask: Int

    /// Opens the table at `path` and checks it is whole and was built from
    /// the dictionary `expected` (the `.aff`/`.dic` on disk now). Throws
    /// `FormTableError` for a missing, foreign, truncated, damaged or stale
    /// file; a table that opens answers only from bytes that passed the checks.
    public convenience init(path: String, expected: FormTableIdentity) throws(FormTableError) {
        try self.init(path: path)
        if let difference = identity.difference(from: expected) {
            throw .stale(path: path, detail: difference)
        }
    }

    /// Opens the table at `path` for the `.aff`/`.dic` pair at `affixPath` and
    /// `dictionaryPath`: opens the table first (a missing table costs no
    /// digest of the dictionary), then compares its identity with the files.
    public convenience init(path: String, affixPath: String, dictionaryPath: String) throws(FormTableError) {
        try self.init(path: path)
        let current = try FormTableIdentity(affixPath: affixPath, dictionaryPath: dictionaryPath)
        if let difference = identity.difference(from: current) {
            throw .stale(path: path, detail: difference)
        }
    }

    /// Opens the table at `path` without comparing it with dictionary files
    /// (for diagnostics and tests).
    ///
    /// Checked here: the magic, the format version, the file length against
    /// the header's (truncation), the header's digest, and that every section
    /// lies inside the file with the length its counts imply. Not checked: the
    /// body's digest, which would read the whole 77 MB file at every start-up
    /// (0.12 G instructions, more than half of a short run); `verify()` does,
    /// and lookups bound-check every offset they read, so a damaged body can
    /// at worst miss, never read outside the file.
    public init(path: String) throws(FormTableError) {
        guard access(path, F_OK) == 0 else { throw .missing(path: path) }
        let file = try MappedFile(path: path)
        let bytes = file.bytes
        let count = bytes.count
        func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }

        let magic = FormTableLayout.magic
        guard count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { throw .notATable(path: path) }
        guard count >= FormTableLayout.identityOffset else {
            throw .truncated(path: path, expected: UInt64(FormTableLayout.identityOffset), actual: UInt64(count))
        }
        let version = u32(FormTableLayout.versionOffset)
        guard version == FormTableLayout.version else {
            throw .unsupportedVersion(path: path, found: version, expected: FormTableLayout.version)
        }
        let fileLength = u64(FormTableLayout.fileLengthOffset)
        guard UInt64(count) >= fileLength else { throw .truncated(path: path, expected: fileLength, actual: UInt64(count)) }
        guard UInt64(count) == fileLength else { throw .corrupt(path: path, detail: "\(UInt64(count) - fileLength) bytes after the table's end") }
        let headerLength = Int(u32(FormTableLayout.headerLengthOffset))
        guard headerLength >= FormTableLayout.identityOffset + 8, headerLength <= count, headerLength % 8 == 0 else {
            throw .corrupt(path: path, detail: "header length \(headerLength)")
        }
        guard ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[0..<(headerLength - 8)])) == u64(headerLength - 8) else {
            throw .corrupt(path: path, detail: "header digest mismatch")
        }

        // Identity: two files, each fixed fields then the path.
        var cursor = FormTableLayout.identityOffset
        var files: [DictionaryFileIdentity] = []
        for _ in 0..<2 {
            guard cursor + FormTableLayout.fileIdentityFixedLength <= headerLength - 8 else {
                throw .corrupt(path: path, detail: "identity overruns the header")
            }
            let size = u64(cursor), time = Int64(bitPattern: u64(cursor + 8)), digest = u64(cursor + 16)
            let pathLength = Int(u32(cursor + 24))
            cursor += FormTableLayout.fileIdentityFixedLength
            guard cursor + pathLength <= headerLength - 8 else { throw .corrupt(path: path, detail: "identity path overruns the header") }
            let recordedPath = String(decoding: bytes[cursor..<(cursor + pathLength)], as: UTF8.self)
            cursor += pathLength
            files.append(DictionaryFileIdentity(path: recordedPath, size: size, modificationNanoseconds: time, contentHash: digest))
        }

        // Sections: inside the body, aligned, and as long as the counts say.
        var ranges: [Range<Int>] = []
        for index in 0..<FormTableLayout.sectionCount {
            let offset = u64(FormTableLayout.sectionsOffset + index * 16), length = u64(FormTableLayout.sectionsOffset + index * 16 + 8)
            guard offset >= UInt64(headerLength), offset % 8 == 0, length <= fileLength, offset <= fileLength - length else {
                throw .corrupt(path: path, detail: "section \(index) out of bounds")
            }
            ranges.append(Int(offset)..<Int(offset + length))
        }
        let formCount = Int(u32(FormTableLayout.formCountOffset)), slotCount = Int(u32(FormTableLayout.slotCountOffset))
        let analysisCount = Int(u32(FormTableLayout.analysisCountOffset)), setCount = Int(u32(FormTableLayout.setCountOffset))
        typealias S = FormTableLayout.Section
        guard slotCount > formCount, slotCount & (slotCount - 1) == 0,
              ranges[S.slots.rawValue].count == slotCount * FormTableLayout.slotSize,
              ranges[S.entries.rawValue].count == formCount * FormTableLayout.entrySize,
              ranges[S.setOffsets.rawValue].count == (setCount + 1) * 4,
              ranges[S.setMembers.rawValue].count % 4 == 0,
              ranges[S.analysisOffsets.rawValue].count == (analysisCount + 1) * 4,
              ranges[S.trigrams.rawValue].count == FormTableLayout.trigramBytes,
              ranges[S.quadgrams.rawValue].count == FormTableLayout.quadgramBytes,
              ranges[S.properties.rawValue].count == 4,
              Self.isSlotSection(ranges[S.skeletons.rawValue].count) else {
            throw .corrupt(path: path, detail: "section lengths disagree with the counts")
        }

        self.file = file
        self.path = path
        self.identity = FormTableIdentity(affix: files[0], dictionary: files[1])
        self.formCount = formCount
        self.analysisCount = analysisCount
        self.analysisListCount = setCount
        self.slots = ranges[S.slots.rawValue]
        self.entries = ranges[S.entries.rawValue]
        self.keys = ranges[S.keys.rawValue]
        self.setOffsets = ranges[S.setOffsets.rawValue]
        self.setMembers = ranges[S.setMembers.rawValue]
        self.analysisOffsets = ranges[S.analysisOffsets.rawValue]
        self.analysisBytes = ranges[S.analysisBytes.rawValue]
        self.trigrams = ranges[S.trigrams.rawValue]
        self.quadgrams = ranges[S.quadgrams.rawValue]
        self.roots = ranges[S.roots.rawValue]
        self.skeletons = ranges[S.skeletons.rawValue]
        self.skeletonMask = ranges[S.skeletons.rawValue].count / FormTableLayout.slotSize - 1
        self.properties = FormTableProperties(
            rawValue: file.bytes.loadUnaligned(fromByteOffset: ranges[S.properties.rawValue].lowerBound, as: UInt32.self).littleEndian)
        self.slotMask = slotCount - 1
    }

    /// Reads the whole body and compares it with the digest written when the
    /// table was built (`alinea lexicon status` and the builder call this).
    public func verify() throws(FormTableError) {
        let bytes = file.bytes
        let headerLength = Int(u32(FormTableLayout.headerLengthOffset))
        guard ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[headerLength..<bytes.count])) == u64(FormTableLayout.bodyHashOffset) else {
            throw .corrupt(path: path, detail: "body digest mismatch")
        }
    }

    /// libhunspell's verdict on exactly `word`, or nil when the table does not hold it.
    public func verdict(of word: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let entry = entry(of: word) else { return nil }
        return u16(entry + 10) & FormTableLayout.acceptedFlag != 0
    }

    /// libhunspell's analyses of exactly `word`, or nil when the table does not hold it.
    public func analyses(of word: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard let entry = entry(of: word) else { return nil }
        return analyses(inList: Int(u32(entry + 4)))
    }

    /// libhunspell's whole answer for `word`, or nil when the table does not hold it.
    public func answer(for word: String) -> FormAnswer? {
        var word = word
        return word.withUTF8 { bytes in
            guard let entry = entry(of: bytes) else { return nil }
            return FormAnswer(accepted: u16(entry + 10) & FormTableLayout.acceptedFlag != 0,
                              analyses: analyses(inList: Int(u32(entry + 4))))
        }
    }

    /// Whether every byte trigram of `word`, framed at both ends, occurs in
    /// some form the table stores as accepted (`FormTableLayout`).
    ///
    /// What it is for: a cheap screen for guesses. A string with a trigram
    /// no accepted form has (`matjère`, `fnêtre`) is no form the table holds;
    /// whether libhunspell would accept it still depends on forms the table
    /// lacks, so the screen is the caller's choice, never part of `verdict(of:)`.
    public func holdsTrigrams(of word: UnsafeBufferPointer<UInt8>) -> Bool {
        FormTableLayout.forEachTrigramBit(of: word) { isSet(bit: $0, of: trigrams) }
    }

    /// Whether every 4-gram of `word`, framed at both ends, may occur in some
    /// form the table stores as accepted: the trigram screen's finer sibling
    /// (`coardonhees` has only trigrams of French words, but no word has
    /// `donh`), with the same caveat. A hashed bitmap: a few 4-grams no form has
    /// pass, none that one has fails.
    public func holdsQuadgrams(of word: UnsafeBufferPointer<UInt8>) -> Bool {
        FormTableLayout.forEachQuadgramBit(of: word) { isSet(bit: $0, of: quadgrams) }
    }

    /// Whether both screens hold every window of `word` (framed) that
    /// starts at framed byte `framedStart` or later: `holdsTrigrams(of:)` and
    /// `holdsQuadgrams(of:)` over the part of a word that a change of its
    /// first letter leaves as it is (`états`, `États`), stopping at the first
    /// window refused.
    public func holdsWindows(of word: UnsafeBufferPointer<UInt8>, from framedStart: Int) -> Bool {
        FormTableLayout.forEachTrigramBit(of: word) { bit, start in start < framedStart || isSet(bit: bit, of: trigrams) }
            && FormTableLayout.forEachQuadgramBit(of: word) { bit, start in start < framedStart || isSet(bit: bit, of: quadgrams) }
    }

    /// Which of `word`'s framed windows the two screens refuse (trigrams
    /// not held, 4-grams whose bit is clear), as the bytes an edit must reach
    /// into to change them all; nil when none is refused.
    public func screenRefusal(of word: UnsafeBufferPointer<UInt8>) -> ScreenRefusal? {
        var refusal = ScreenRefusal()
        _ = FormTableLayout.forEachTrigramBit(of: word) { bit, start in
            if !isSet(bit: bit, of: trigrams) { refusal.add(framedStart: start, width: 3) }
            return true
        }
        _ = FormTableLayout.forEachQuadgramBit(of: word) { bit, start in
            if !isSet(bit: bit, of: quadgrams) { refusal.add(framedStart: start, width: 4) }
            return true
        }
        return refusal.isEmpty ? nil : refusal
    }

    /// Every accepted form written in lower case whose `AccentSkeleton` is
    /// exactly `skeleton` (`preferable` → `préférable`; `probleme` →
    /// `problème`), in table order; none for a table built without the index.
    ///
    /// What it is for: a scanned word often lost its accents *and* a letter
    /// (`préfevable`, `resullat`). A search one letter away in accent-free
    /// spelling asks here for the words each string spells with its accents
    /// back — one hash probe per string instead of a search over accents.
    public func acceptedForms(withSkeleton skeleton: UnsafeBufferPointer<UInt8>) -> [String] {
        guard skeletonMask >= 0, !skeleton.isEmpty else { return [] }
        let hash = FormTableLayout.hash(UnsafeRawBufferPointer(skeleton))
        let fragment = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & skeletonMask
        var found: [String] = []
        for _ in 0...skeletonMask {
            let value = u64(skeletons.lowerBound + slot * FormTableLayout.slotSize)
            if value == 0 { break }
            if value >> 32 == fragment {
                let index = Int(value & 0xFFFF_FFFF) - 1
                if index < formCount, let key = key(ofEntry: entries.lowerBound + index * FormTableLayout.entrySize),
                   key.count >= skeleton.count {
                    // A form is at least as long as its skeleton (a mark adds bytes); compare the letters.
                    let form = String(decoding: file.bytes[key], as: UTF8.self)
                    var folded = AccentSkeleton.of(form)
                    if folded.withUTF8({ $0.elementsEqual(skeleton) }) { found.append(form) }
                }
            }
            slot = (slot + 1) & skeletonMask
        }
        return found
    }

    /// Whether a section of `length` bytes is a slot table: empty, or a power of two of slots.
    private static func isSlotSection(_ length: Int) -> Bool {
        let count = length / FormTableLayout.slotSize
        return length % FormTableLayout.slotSize == 0 && count & (count - 1) == 0
    }

    /// The prefilter's roots of the dictionary, as the builder stored them
    /// (copied out of the mapping); nil when the table has none or they do
    /// not read back (the prefilter then parses the `.dic` itself).
    func rootTable() -> RootTable? {
        guard !roots.isEmpty else { return nil }
        return RootTable(encoded: UnsafeRawBufferPointer(rebasing: file.bytes[roots]))
    }

    /// Whether bit `bit` of the bitmap `section` is set (bit `i % 8` of byte `i / 8`);
    /// `init` checked that the section is as long as every bit needs.
    @inline(__always)
    private func isSet(bit: Int, of section: Range<Int>) -> Bool {
        file.bytes.load(fromByteOffset: section.lowerBound + (bit >> 3), as: UInt8.self) & (1 << UInt8(bit & 7)) != 0
    }

    /// Every stored form with its answer, in table order (for the exactness check).
    public func forEachForm(_ body: (String, FormAnswer) -> Void) {
        for index in 0..<formCount {
            let entry = entries.lowerBound + index * FormTableLayout.entrySize
            guard let key = key(ofEntry: entry) else { continue }
            body(String(decoding: file.bytes[key], as: UTF8.self),
                 FormAnswer(accepted: u16(entry + 10) & FormTableLayout.acceptedFlag != 0, analyses: analyses(inList: Int(u32(entry + 4)))))
        }
    }

    /// The byte offset of `word`'s entry, probing the slots from its hash.
    private func entry(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = FormTableLayout.hash(UnsafeRawBufferPointer(word))
        let fragment = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        for _ in 0...slotMask {
            let value = u64(slots.lowerBound + slot * FormTableLayout.slotSize)
            if value == 0 { return nil }
            if value >> 32 == fragment {
                let index = Int(value & 0xFFFF_FFFF) - 1
                if index < formCount {
                    let entry = entries.lowerBound + index * FormTableLayout.entrySize
                    if let key = key(ofEntry: entry), key.count == word.count,
                       memcmp(file.bytes.baseAddress! + key.lowerBound, word.baseAddress!, word.count) == 0 {
                        return entry
                    }
                }
            }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    /// The byte range of an entry's key, nil when it lies outside the keys section.
    private func key(ofEntry entry: Int) -> Range<Int>? {
        let start = keys.lowerBound + Int(u32(entry)), length = Int(u16(entry + 8))
        guard start + length <= keys.upperBound else { return nil }
        return start..<(start + length)
    }

    /// The analyses of list `list`; out-of-range indices (a damaged table that
    /// passed its digests) give no analyses rather than a crash.
    private func analyses(inList list: Int) -> [String] {
        guard list < analysisListCount else { return [] }
        let first = Int(u32(setOffsets.lowerBound + list * 4)), end = Int(u32(setOffsets.lowerBound + list * 4 + 4))
        guard first <= end, setMembers.lowerBound + end * 4 <= setMembers.upperBound else { return [] }
        var result: [String] = []
        result.reserveCapacity(end - first)
        for member in first..<end {
            let analysis = Int(u32(setMembers.lowerBound + member * 4))
            guard analysis < analysisCount else { return [] }
            let start = Int(u32(analysisOffsets.lowerBound + analysis * 4)), stop = Int(u32(analysisOffsets.lowerBound + analysis * 4 + 4))
            guard start <= stop, analysisBytes.lowerBound + stop <= analysisBytes.upperBound else { return [] }
            result.append(String(decoding: file.bytes[(analysisBytes.lowerBound + start)..<(analysisBytes.lowerBound + stop)], as: UTF8.self))
        }
        return result
    }

    @inline(__always) private func u16(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: file.bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    @inline(__always) private func u32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: file.bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always) private func u64(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: file.bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
