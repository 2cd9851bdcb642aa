import AlineaText
/// The replay of `Hunspell::spell` and `analyze` that `HunspellPrefilter`
/// runs (see its comment): the input conversion, the alphabet, the case
/// variants and `BREAK` splits around the relaxed affix analysis.
///
/// A class, so that copies of the filter share it without retaining each table.
final class PrefilterReplay: Sendable {
    /// The relaxed affix analysis.
    let analysis: AffixAnalysis
    private let conversion: InputConversion
    private let alphabet: Alphabet
    /// The `BREAK` patterns, as UTF-8, in the affix file's order.
    private let breakPatterns: [[UInt8]]
    /// First bytes of the patterns (after a `^` anchor): a word without any
    /// of them has no break point.
    private let breakStarts: [Bool]

    init(affixPath: String, dictionaryPath: String, roots: RootTable? = nil) throws(HunspellPrefilterError) {
        let affixes = try AffixFile(path: affixPath)
        // Compounds are not replayed: the filter would reject them.
        if let compounding = affixes.compoundingDirective { throw .unsupported(directive: compounding) }
        conversion = try InputConversion(affixes.inputConversions)
        analysis = try AffixAnalysis(affixes: affixes, dictionaryPath: dictionaryPath, roots: roots)
        breakPatterns = affixes.breakPatterns.map { Array($0.utf8) }
        var starts = [Bool](repeating: false, count: 256)
        for pattern in breakPatterns {
            if let first = pattern.first(where: { $0 != 0x5E }) ?? pattern.first { starts[Int(first)] = true }
        }
        breakStarts = starts
        alphabet = Alphabet([analysis.roots.keyBytes] + affixes.prefixes.map(\.affix) + affixes.suffixes.map(\.affix)
                            + breakPatterns + [Array(".".utf8), Self.xmlQuery]
                            // A part split off a word is converted again, and can lose a pattern's characters then.
                            + affixes.inputConversions.map { Array($0.pattern.utf8) })
    }

    /// What a word comes to before lookup (`cleanword2`): nil when Hunspell
    /// accepts it outright or the filter does not judge it, else the word
    /// without its trailing dots and whether there were any.
    private static func core(of word: UnsafeBufferPointer<UInt8>) -> (core: UnsafeBufferPointer<UInt8>, abbreviated: Bool)? {
        var end = word.count
        while end > 0, word[end - 1] == 0x2E { end -= 1 }
        // Nothing left: Hunspell accepts (and analyses the dots); a leading space it would skip.
        guard end > 0, word[0] != 0x20 else { return nil }
        return (UnsafeBufferPointer(rebasing: word[..<end]), end < word.count)
    }

    /// What libhunspell takes for its XML interface: `spell` accepts this very
    /// string (also as a part split off a word), `analyze` parses any word
    /// starting with its first five bytes as a query.
    private static let xmlQuery = Array("<?xml?>".utf8)

    /// `Hunspell::spell`, relaxed (see `HunspellPrefilter`).
    func spellMayAccept(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.elementsEqual(Self.xmlQuery) { return true }
        return conversion.withConverted(word) { converted in
            guard let (core, abbreviated) = Self.core(of: converted), !Self.isNumber(core) else { return true }
            return withForms(of: core, abbreviated: abbreviated, splitting: true)
        }
    }

    /// `Hunspell::analyze` finding something, relaxed.
    func analysisMayExist(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.starts(with: Self.xmlQuery.prefix(5)) { return true }
        return conversion.withConverted(word) { converted in
            guard let (core, abbreviated) = Self.core(of: converted) else { return true }
            return withForms(of: core, abbreviated: abbreviated, splitting: false)
        }
    }

    /// Whether some case variant of `core` that Hunspell looks up (for
    /// `spell` if `splitting`, else for `analyze`), with an abbreviation dot
    /// if `abbreviated`, has a reading as root + affixes; and for `spell`,
    /// whether the word splits at a `BREAK` pattern into parts that may be
    /// accepted.
    private func withForms(of core: UnsafeBufferPointer<UInt8>, abbreviated: Bool, splitting: Bool) -> Bool {
        // Hunspell's limits on word length are not modelled.
        guard core.count < CasedWord.maximumBytes else { return true }
        // One pass over the characters: any that no accepted word can hold
        // rejects; note capitals and characters of unknown case.
        var index = 0
        var capitals = false, unknownCase = false
        while index < core.count {
            let byte = core[index]
            let scalar: UInt32
            if byte < 0x80 {
                scalar = UInt32(byte)
                index += 1
            } else {
                guard let (decoded, length) = UTF8Scalar.decode(core, at: index) else { return true }
                scalar = decoded
                index += length
            }
            switch alphabet.classify(scalar) {
            case .impossible: return false
            case .unknownCase: unknownCase = true
            case .possible: if let pair = CaseMapping.pair(of: scalar), pair.lower != scalar { capitals = true }
            }
        }
        if unknownCase { return true }
        if !capitals {
            // The common case, no capital: the word is its only variant.
            if admits(core, abbreviated: abbreviated) { return true }
            return splitting && splitsIntoAcceptedParts(core)
        }
        return CasedWord.withDecoded(core) { cased in
            guard let cased else { return true }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: cased.formCapacity) { buffer in
                if admits(core, abbreviated: abbreviated) { return true }
                let capitalisation = cased.capitalisation
                guard capitalisation == .initial || capitalisation == .all else {
                    return splitting && splitsIntoAcceptedParts(core)
                }
                if splitting, capitalisation == .all, let apostrophe = cased.scalars.firstIndex(of: 0x27),
                   apostrophe < cased.scalars.count - 1 {
                    for initial in [false, true] {
                        let length = cased.write(.capitalisedAfter(apostrophe: apostrophe, initial: initial), into: buffer)
                        if analysis.admits(UnsafeBufferPointer(rebasing: buffer[..<length])) { return true }
                    }
                }
                var length = cased.write(.lowered, into: buffer)
                if admits(UnsafeBufferPointer(rebasing: buffer[..<length]), abbreviated: abbreviated) { return true }
                length = cased.write(.capitalised, into: buffer)
                let capitalised = UnsafeBufferPointer(rebasing: buffer[..<length])
                if admits(capitalised, abbreviated: abbreviated) { return true }
                // Hunspell splits the word as it last wrote it: capitalised.
                return splitting && splitsIntoAcceptedParts(capitalised)
            }
        }
    }

    /// Whether `form`, or (for an abbreviation) `form` with a dot, has a
    /// reading as root + affixes.
    private func admits(_ form: UnsafeBufferPointer<UInt8>, abbreviated: Bool) -> Bool {
        if analysis.admits(form) { return true }
        guard abbreviated else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: form.count + 1) { buffer in
            _ = buffer.initialize(from: form)
            buffer[form.count] = 0x2E
            return analysis.admits(UnsafeBufferPointer(buffer))
        }
    }

    /// Hunspell's `BREAK` rule: a pattern anchored at the start (`^'`) or end
    /// (`'$`) is cut off and the rest must be accepted; an inner pattern at
    /// its first or second occurrence splits the word into two parts that
    /// must both be accepted. (libhunspell 1.7.1 splits at the second
    /// occurrence when there is one, later versions at both: the filter
    /// tries both.) Beyond ten break points Hunspell refuses; the filter
    /// leaves such words to it.
    private func splitsIntoAcceptedParts(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.contains(where: { breakStarts[Int($0)] }) else { return false }
        let length = word.count
        var breakPoints = 0
        for pattern in breakPatterns {
            var from = 0
            while let found = Self.find(pattern, in: word, from: from) {
                breakPoints += 1
                from = found + pattern.count
            }
        }
        if breakPoints >= 10 { return true }
        for pattern in breakPatterns where pattern.count > 1 && pattern.count <= length {
            let inner = pattern.count - 1
            if pattern[0] == 0x5E, Self.find(pattern[1...], in: word, from: 0) == 0,
               spellMayAccept(UnsafeBufferPointer(rebasing: word[inner...])) {
                return true
            }
            if pattern[inner] == 0x24, word[(length - inner)...].elementsEqual(pattern[..<inner]),
               spellMayAccept(UnsafeBufferPointer(rebasing: word[..<(length - inner)])) {
                return true
            }
        }
        for pattern in breakPatterns {
            guard let first = Self.find(pattern[...], in: word, from: 0), first > 0, first < length - pattern.count else { continue }
            var splits = [first]
            if let second = Self.find(pattern[...], in: word, from: first + 1), second < length - pattern.count { splits.append(second) }
            for split in splits
            where spellMayAccept(UnsafeBufferPointer(rebasing: word[(split + pattern.count)...]))
                && spellMayAccept(UnsafeBufferPointer(rebasing: word[..<split])) {
                return true
            }
        }
        return false
    }

    /// The first position at or after `from` where `pattern` occurs in `word`.
    private static func find(_ pattern: some Collection<UInt8>, in word: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= word.count else { return nil }
        var index = from
        while index + pattern.count <= word.count {
            if word[index] == first, word[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// Hunspell's number rule: digits with single `.`, `,` or `-` between
    /// them (not first, not doubled), ending with a digit, are accepted.
    static func isNumber(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterDigit = false
        for (index, byte) in word.enumerated() {
            if (0x30...0x39).contains(byte) {
                afterDigit = true
            } else if byte == 0x2C || byte == 0x2E || byte == 0x2D {
                guard afterDigit, index > 0 else { return false }
                afterDigit = false
            } else {
                return false
            }
        }
        return afterDigit
    }

}
