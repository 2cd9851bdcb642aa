import Foundation

/// The roots of a Hunspell `.dic` file with their flags, in an open-addressing
/// hash table over UTF-8 bytes.
///
/// A prefilter probe asks "is `head + tail` a root?" where `head` is a piece of
/// the word being checked and `tail` the characters an affix rule stripped; the
/// table answers without building the string, from the running hash of `head`.
/// Homonyms (`été/…` noun and participle) are merged: their flags are united,
/// and the root stands alone as a word when any homonym lacks `NEEDAFFIX`.
/// The capitalised homonyms libhunspell hides in its table for entries with
/// several capitals (`Otan` for `OTAN`, with the entry's flags) are roots
/// too: Hunspell reaches them from all-caps words (`OTAN`), mixed-case words
/// (`l'Otan`) and in analyses, and refuses them only for some capitalisations,
/// which the prefilter does not model.
struct RootTable: Sendable, Equatable {
    private(set) var keys: [UInt8] = []
    /// Entry `i`'s key is `keys[keyStarts[i]..<keyStarts[i + 1]]`.
    private(set) var keyStarts: [Int32] = [0]
    private(set) var hashes: [UInt32] = []
    /// Entry `i`'s sorted flags are `flags[flagStarts[i]..<flagStarts[i] + flagCounts[i]]`.
    private(set) var flagStarts: [Int32] = []
    private(set) var flagCounts: [Int32] = []
    private(set) var flags: [UInt16] = []
    private(set) var standalone: [Bool] = []
    /// Entry index + 1 per slot, 0 for an empty slot.
    private(set) var slots: [Int32]
    private(set) var mask: Int

    /// A table from its arrays, as `init?(encoded:)` reads them back.
    init(keys: [UInt8], keyStarts: [Int32], hashes: [UInt32], flagStarts: [Int32], flagCounts: [Int32],
         flags: [UInt16], standalone: [Bool], slots: [Int32], mask: Int) {
        self.keys = keys
        self.keyStarts = keyStarts
        self.hashes = hashes
        self.flagStarts = flagStarts
        self.flagCounts = flagCounts
        self.flags = flags
        self.standalone = standalone
        self.slots = slots
        self.mask = mask
    }

    /// FNV-1a: the hash is carried byte by byte so a probe can continue it
    /// from a prefix of the word.
    static let seed: UInt32 = 2_166_136_261
    @inline(__always) static func step(_ state: UInt32, _ byte: UInt8) -> UInt32 {
        (state ^ UInt32(byte)) &* 16_777_619
    }

    /// Reads the `.dic` file at `path` as libhunspell 1.7 does (first line the
    /// count; a word ends at its first unescaped `/`, or where the morphology
    /// starts). It parses in place: without a form table, which keeps the
    /// parsed roots (`RootTable+Encoding`), the French dictionary is read on
    /// every run that needs the prefilter.
    ///
    /// Hunspell adds a hidden capitalised homonym (`HashMgr::add_hidden_capitalized_word`)
    /// for entries with several capitals, and for all-caps entries with flags
    /// (and not forbidden); this table adds one for every entry with several
    /// capitals, a superset. Building fails with `.unsupported` when an entry
    /// that may get one has a character whose case forms are not known for
    /// sure (`CaseMapping`): the hidden form could not be written as Hunspell writes it.
    init(path: String, flagEncoding: FlagEncoding, needAffix: UInt16?) throws(HunspellPrefilterError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(data.count, 1))
        defer { buffer.deallocate() }
        _ = data.copyBytes(to: buffer)
        let bytes = UnsafeBufferPointer(rebasing: buffer[0..<data.count])
        // The first line gives the entry count; the table grows if it is short.
        var lines = LineRanges(bytes)
        let stated = lines.next().flatMap { Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) } ?? 0
        var capacity = 1024
        while capacity < stated * 3 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        keys.reserveCapacity(bytes.count / 2)
        hashes.reserveCapacity(stated)
        flags.reserveCapacity(bytes.count / 4)

        var wordFlags: [UInt16] = []
        var unescaped: [UInt8] = []
        while let line = lines.next() {
            let (wordRange, flagRange) = Self.entry(of: UnsafeBufferPointer(rebasing: bytes[line]), unescaped: &unescaped)
            let word = unescaped.isEmpty
                ? UnsafeBufferPointer(rebasing: bytes[(line.lowerBound + wordRange.lowerBound)..<(line.lowerBound + wordRange.upperBound)])
                : nil
            if unescaped.isEmpty {
                flagEncoding.decode(bytes[(line.lowerBound + flagRange.lowerBound)..<(line.lowerBound + flagRange.upperBound)], into: &wordFlags)
            } else {
                flagEncoding.decode(unescaped[flagRange], into: &wordFlags)
            }
            let alone = needAffix.map { !wordFlags.contains($0) } ?? true
            if let word {
                try addWithHiddenHomonym(word, flags: wordFlags, standalone: alone)
            } else {
                let text = Array(unescaped[wordRange])
                try text.withUnsafeBufferPointer { (text) throws(HunspellPrefilterError) in
                    try addWithHiddenHomonym(text, flags: wordFlags, standalone: alone)
                }
            }
        }
    }

    /// Adds `word`, and its capitalised form when Hunspell may hide one for it.
    private mutating func addWithHiddenHomonym(_ word: UnsafeBufferPointer<UInt8>, flags wordFlags: [UInt16],
                                               standalone alone: Bool) throws(HunspellPrefilterError) {
        add(word, flags: wordFlags, standalone: alone)
        // Hunspell hides a form only for words with a capital after the first
        // character: an ASCII capital, or a non-ASCII character other than a
        // Latin-1 lower-case letter (`é` is 0xC3 0xA9).
        var index = 1
        var capitalInside = false
        while index < word.count, !capitalInside {
            let byte = word[index]
            capitalInside = (0x41...0x5A).contains(byte)
                || (byte >= 0xC0 && !(byte == 0xC3 && index + 1 < word.count && word[index + 1] >= 0x9F))
            index += 1
        }
        guard capitalInside else { return }
        let outcome = CasedWord.withDecoded(word) { cased -> Result<[UInt8]?, HunspellPrefilterError> in
            guard let cased else {
                // Unknown case forms: harmless only for a single character (never several capitals).
                guard String(decoding: word, as: UTF8.self).unicodeScalars.count == 1 else {
                    return .failure(.unsupported(directive: "a dictionary entry with characters of unknown case (\(String(decoding: word, as: UTF8.self)))"))
                }
                return .success(nil)
            }
            guard [.all, .mixed, .mixedInitial].contains(cased.capitalisation) else { return .success(nil) }
            return .success([UInt8](unsafeUninitializedCapacity: cased.formCapacity) { buffer, count in
                count = cased.write(.capitalised, into: buffer)
            })
        }
        let hidden = try outcome.get()
        if let hidden, !hidden.elementsEqual(word) {
            hidden.withUnsafeBufferPointer { add($0, flags: wordFlags, standalone: alone) }
        }
    }

    /// The word and flag ranges of a `.dic` line, split as `HashMgr::load_tables`
    /// of libhunspell 1.7 splits it. The ranges are in `line`, or, when the word
    /// has an escaped slash (`\/`), in `unescaped` (left empty otherwise).
    static func entry(of line: UnsafeBufferPointer<UInt8>, unescaped: inout [UInt8]) -> (word: Range<Int>, flags: Range<Int>) {
        unescaped.removeAll(keepingCapacity: true)
        // One pass: the morphology starts at the whitespace before the first
        // `xx:` field, or at a tab; note the first slash and any backslash on the way.
        var end = line.count
        var firstSlash = -1, firstTab = -1
        var escaped = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == 0x2F {
                if firstSlash < 0 { firstSlash = index }
            } else if byte == 0x5C {
                escaped = true
            } else if byte == 0x09 {
                if firstTab < 0 { firstTab = index }
            } else if byte == 0x3A, index > 3, line[index - 3] == 0x20 || line[index - 3] == 0x09 {
                var start = index - 3
                while start > 0, line[start - 1] == 0x20 || line[start - 1] == 0x09 { start -= 1 }
                if start > 0 { end = start }
                break
            }
            index += 1
        }
        if firstTab >= 0, firstTab < end { end = firstTab }
        let head = UnsafeBufferPointer(rebasing: line[0..<end])
        guard escaped, head.contains(0x5C) else {
            // No `\/` to unescape: split in place. A `/` opening the line belongs to the word.
            let slash = head.first == 0x2F ? 1 : (firstSlash >= 0 && firstSlash < end ? firstSlash : end)
            return (0..<slash, min(slash + 1, end)..<end)
        }
        unescaped = Array(head)
        var slash = unescaped.firstIndex(of: 0x2F)
        while let position = slash {
            if position == 0 { slash = 1; break }
            if unescaped[position - 1] != 0x5C { break }
            unescaped.remove(at: position - 1)
            slash = unescaped[position...].firstIndex(of: 0x2F)
        }
        let wordEnd = min(slash ?? unescaped.count, unescaped.count)
        return (0..<wordEnd, min(wordEnd + 1, unescaped.count)..<unescaped.count)
    }

    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, flags wordFlags: [UInt16], standalone alone: Bool) {
        var state = Self.seed
        for byte in word { state = Self.step(state, byte) }
        let hash = Self.finish(state)
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, keys[Int(keyStarts[entry])..<Int(keyStarts[entry + 1])].elementsEqual(word) {
                // A homonym: the flags of both, appended anew (homonyms are few).
                let start = Int(flagStarts[entry])
                let merged = Set(flags[start..<start + Int(flagCounts[entry])]).union(wordFlags).sorted()
                flagStarts[entry] = Int32(flags.count)
                flagCounts[entry] = Int32(merged.count)
                flags += merged
                standalone[entry] = standalone[entry] || alone
                return
            }
            slot = (slot + 1) & mask
        }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        keys += word
        keyStarts.append(Int32(keys.count))
        hashes.append(hash)
        flagStarts.append(Int32(flags.count))
        flagCounts.append(Int32(wordFlags.count))
        flags += wordFlags
        standalone.append(alone)
        slots[findEmptySlot(for: hash)] = Int32(hashes.count)
    }

    private func findEmptySlot(for hash: UInt32) -> Int {
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slot table (the `.dic` header understated its entries).
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for entry in hashes.indices { slots[findEmptySlot(for: hashes[entry])] = Int32(entry + 1) }
    }

    @inline(__always) private static func finish(_ state: UInt32) -> UInt32 {
        var h = state
        h ^= h >> 15
        h &*= 0x2C1B_3C6D
        h ^= h >> 12
        return h
    }

    /// The entry whose key is `head[0..<headCount]` followed by `tail`, where
    /// `headState` is the running hash after `headCount` bytes of `head`.
    @inline(__always)
    func find(head: UnsafeBufferPointer<UInt8>, headCount: Int, headState: UInt32, tail: ArraySlice<UInt8>) -> Int? {
        var state = headState
        for byte in tail { state = Self.step(state, byte) }
        let hash = Self.finish(state)
        let length = headCount + tail.count
        var slot = Int(hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            let entry = stored - 1
            if hashes[entry] == hash {
                let start = Int(keyStarts[entry])
                if Int(keyStarts[entry + 1]) - start == length, matches(start, head, headCount, tail) { return entry }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ start: Int, _ head: UnsafeBufferPointer<UInt8>, _ headCount: Int, _ tail: ArraySlice<UInt8>) -> Bool {
        for offset in 0..<headCount where keys[start + offset] != head[offset] { return false }
        var position = start + headCount
        for byte in tail {
            if keys[position] != byte { return false }
            position += 1
        }
        return true
    }

    /// Whether the root `entry` carries `flag`.
    @inline(__always)
    func has(_ entry: Int, _ flag: UInt16) -> Bool {
        var low = Int(flagStarts[entry]), high = low + Int(flagCounts[entry])
        while low < high {
            let middle = (low + high) >> 1
            let value = flags[middle]
            if value == flag { return true }
            if value < flag { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// Whether the root `entry` is a word by itself (some homonym lacks `NEEDAFFIX`).
    func isStandalone(_ entry: Int) -> Bool { standalone[entry] }

    /// A root's flags, as `RootTable.forEachRoot` hands them over.
    struct RootFlags {
        /// The flags, sorted.
        let flags: ArraySlice<UInt16>
        /// Whether the root carries `flag`.
        func callAsFunction(_ flag: UInt16) -> Bool { flags.contains(flag) }
    }

    /// Calls `body` with every root's bytes, its flags and whether it is a word by itself.
    func forEachRoot(_ body: ([UInt8], RootFlags, Bool) -> Void) {
        for entry in hashes.indices {
            let key = Array(keys[Int(keyStarts[entry])..<Int(keyStarts[entry + 1])])
            let start = Int(flagStarts[entry])
            body(key, RootFlags(flags: flags[start..<(start + Int(flagCounts[entry]))]), standalone[entry])
        }
    }

    /// The bytes of every root, one after another (for the alphabet of roots).
    var keyBytes: [UInt8] { keys }

    /// Number of distinct roots.
    var count: Int { hashes.count }
}
