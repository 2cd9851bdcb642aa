/// A cheap test that answers "Hunspell certainly rejects this word" without
/// asking Hunspell, built from the same `.aff`/`.dic` pair.
///
/// Why: the OCR cleaner asks Hunspell about up to 60 candidate spellings per
/// damaged word, nearly all wrong, and libhunspell spends tens of
/// microseconds rejecting each (it tries every prefix and suffix rule that
/// fits, with their conditions). On new text those rejections were over half
/// of the cleaning time. This filter rejects most of them in a few hash
/// probes; what it lets through still goes to Hunspell, which gives the
/// verdict, so the filter can make checks faster but never changes an answer.
///
/// How: it replays Hunspell's affix analysis (`AffixMgr::affix_check` of
/// libhunspell 1.7) — the word is a root of the `.dic`, or undoing one prefix
/// and up to two suffixes (adding back what each rule stripped) leaves a root
/// carrying the flags Hunspell requires of it — but leaves out every check
/// that can only refuse a reading: rule conditions, `NEEDAFFIX` on affixes,
/// `CIRCUMFIX`, `FORBIDDENWORD`, `KEEPCASE`, `ONLYUPCASE` and length limits.
/// It therefore admits a superset of what Hunspell accepts.
///
/// It is applied only where that replay is all of Hunspell's work: words of
/// lower-case letters (`a`–`z`, Latin-1 letters, `œ`), optionally with a
/// capital first letter (Hunspell then also tries the lower-case form).
/// Anything else (hyphens, apostrophes, digits, dots, other capitals or
/// scripts) is never rejected by the filter: Hunspell breaks, converts or
/// recases such words first. Building fails with
/// `HunspellPrefilterError.unsupported` for affix files with compounding or
/// input rewriting the replay does not cover (English's `COMPOUNDRULE`, for
/// one), and the dictionary then does without a filter.
public struct HunspellPrefilter: Sendable {
    private let roots: RootTable
    private let prefixes: AffixTrie
    private let suffixes: AffixTrie
    /// Suffix classes named in some suffix rule's continuation: the only
    /// classes that can be the outer suffix of a twofold suffix.
    private let outerSuffixFlags: Set<UInt16>

    /// Builds the filter for the dictionary at `affixPath`/`dictionaryPath`.
    public init(affixPath: String, dictionaryPath: String) throws(HunspellPrefilterError) {
        let affixes = try AffixFile(path: affixPath)
        // Hunspell rewrites (ICONV) or splits (BREAK) words before lookup; the
        // filter only sees letters of its alphabet, so every such pattern must
        // need a character outside that alphabet.
        for pattern in affixes.inputConversions where !Self.needsForeignCharacter(pattern.filter { $0 != "_" }) {
            throw .unsupported(directive: "ICONV \(pattern)")
        }
        for pattern in affixes.breakPatterns {
            var core = Substring(pattern)
            if core.hasPrefix("^") { core = core.dropFirst() }
            if core.hasSuffix("$") { core = core.dropLast() }
            if !Self.needsForeignCharacter(String(core)) { throw .unsupported(directive: "BREAK \(pattern)") }
        }
        // The roots reached from a lower-case word are lower-case (so Hunspell's
        // hidden capitalised homonyms need not be indexed) only if no rule strips a capital.
        let strips = Set(affixes.prefixes.map(\.strip) + affixes.suffixes.map(\.strip))
        for strip in strips where String(decoding: strip, as: UTF8.self).unicodeScalars.contains(where: \.properties.changesWhenLowercased) {
            throw .unsupported(directive: "an affix rule stripping \(String(decoding: strip, as: UTF8.self))")
        }
        roots = try RootTable(path: dictionaryPath, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix)
        prefixes = AffixTrie(rules: affixes.prefixes, fromEnd: false)
        suffixes = AffixTrie(rules: affixes.suffixes, fromEnd: true)
        let suffixFlags = Set(affixes.suffixes.map(\.flag))
        outerSuffixFlags = Set(affixes.suffixes.flatMap(\.continuation)).intersection(suffixFlags)
    }

    /// Whether Hunspell certainly rejects `word`. False means "ask Hunspell":
    /// the word may or may not be accepted, or is of a kind the filter does
    /// not judge.
    public func rejects(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            switch Self.shape(of: bytes) {
            case .other:
                return false
            case .lowercase:
                return !admits(bytes)
            case .capitalised:
                // Hunspell accepts a capitalised word if the word or its lower-case form passes.
                if admits(bytes) { return false }
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
                    _ = lower.initialize(from: bytes)
                    if lower[0] < 0x80 {
                        lower[0] += 0x20
                    } else {
                        lower[1] += lower[0] == 0xC3 ? 0x20 : 1   // À…Þ → à…þ, Œ → œ
                    }
                    return !admits(UnsafeBufferPointer(lower))
                }
            }
        }
    }

    /// How a word is written, for what the filter can judge.
    private enum Shape { case lowercase, capitalised, other }

    /// `lowercase` for letters of the alphabet only, `capitalised` when the
    /// first is a capital, `other` for anything else (or the empty string).
    private static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        guard !bytes.isEmpty else { return .other }
        var capitalised = false
        var index = 0
        while index < bytes.count {
            let start = index
            let byte = bytes[index]
            var upper = false
            switch byte {
            case 0x61...0x7A:
                index += 1
            case 0x41...0x5A:
                upper = true
                index += 1
            case 0xC3, 0xC5:
                guard index + 1 < bytes.count else { return .other }
                let next = bytes[index + 1]
                if byte == 0xC3 {
                    if next == 0x97 || next == 0xB7 || next < 0x80 || next > 0xBF { return .other }   // × ÷
                    upper = next < 0x9F
                } else {
                    guard next == 0x92 || next == 0x93 else { return .other }   // Œ œ
                    upper = next == 0x92
                }
                index += 2
            default:
                return .other
            }
            if upper {
                guard start == 0 else { return .other }
                capitalised = true
            }
        }
        return capitalised ? .capitalised : .lowercase
    }

    /// Whether `text` contains a character outside the filter's alphabet.
    private static func needsForeignCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x152, 0x153: return false
            case 0xC0...0xFF: return scalar.value == 0xD7 || scalar.value == 0xF7
            default: return true
            }
        } || text.isEmpty
    }

    /// Whether some reading of `word` as root + affixes exists (the relaxed
    /// `affix_check`, plus the plain root lookup of `checkword`).
    func admits(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let direct = withRunningHashes(of: word) { states in
            if let root = roots.find(head: word, headCount: word.count, headState: states[word.count], tail: []),
               roots.isStandalone(root) {
                return true
            }
            return suffixed(word, states, prefix: nil, continuation: nil) || twofold(word, states, prefix: nil)
        }
        return direct || prefixed(word)
    }

    /// `prefix_check` and `prefix_check_twosfx`: a prefix rule fits the
    /// start of `word`, and what remains (with its strip) is a root carrying
    /// the prefix's flag, or takes a suffix or twofold suffix.
    private func prefixed(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        prefixes.anyMatch(in: word) { affixLength, groupRange in
            for group in groupRange {
                let rules = prefixes.groups[group]
                let strip = prefixes.rules[rules.lowerBound].strip
                let count = strip.count + word.count - affixLength
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { buffer in
                    var index = buffer.initialize(from: strip).1
                    for byte in word[affixLength...] { buffer[index] = byte; index += 1 }
                    let stem = UnsafeBufferPointer(rebasing: buffer[0..<count])
                    return withRunningHashes(of: stem) { states in
                        let root = roots.find(head: stem, headCount: count, headState: states[count], tail: [])
                        for index in rules {
                            let rule = prefixes.rules[index]
                            if let root, roots.has(root, rule.flag) { return true }
                            if suffixed(stem, states, prefix: rule, continuation: nil) || twofold(stem, states, prefix: rule) {
                                return true
                            }
                        }
                        return false
                    }
                }
                if found { return true }
            }
            return false
        }
    }

    /// `suffix_check`: a suffix rule fits the end of `word` and the rest,
    /// with the rule's strip, is a root that carries the rule's flag (or whose
    /// prefix allows the suffix). With a `prefix`, the root must also carry
    /// the prefix's flag unless the suffix continues with it; with a
    /// `continuation` (inner suffix of a twofold suffix), the rule must
    /// continue with that class.
    private func suffixed(_ word: UnsafeBufferPointer<UInt8>, _ states: UnsafeBufferPointer<UInt32>,
                          prefix: AffixRule?, continuation: UInt16?) -> Bool {
        suffixes.anyMatch(in: word) { affixLength, groupRange in
            let headCount = word.count - affixLength
            for group in groupRange {
                let rules = suffixes.groups[group]
                let strip = suffixes.rules[rules.lowerBound].strip
                guard let root = roots.find(head: word, headCount: headCount, headState: states[headCount], tail: strip[...])
                else { continue }
                for index in rules {
                    let rule = suffixes.rules[index]
                    if let continuation, !rule.continues(with: continuation) { continue }
                    guard roots.has(root, rule.flag) || (prefix?.continues(with: rule.flag) ?? false) else { continue }
                    if let prefix, !roots.has(root, prefix.flag), !rule.continues(with: prefix.flag) { continue }
                    return true
                }
            }
            return false
        }
    }

    /// `suffix_check_twosfx`: an outer suffix fits the end of `word`, and the
    /// rest (with its strip) takes an inner suffix that continues with the
    /// outer suffix's class.
    private func twofold(_ word: UnsafeBufferPointer<UInt8>, _ states: UnsafeBufferPointer<UInt32>, prefix: AffixRule?) -> Bool {
        guard !outerSuffixFlags.isEmpty else { return false }
        return suffixes.anyMatch(in: word) { affixLength, groupRange in
            let headCount = word.count - affixLength
            for group in groupRange {
                let rules = suffixes.groups[group]
                let strip = suffixes.rules[rules.lowerBound].strip
                for index in rules where outerSuffixFlags.contains(suffixes.rules[index].flag) {
                    let outer = suffixes.rules[index]
                    let count = headCount + strip.count
                    let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { buffer in
                        var position = buffer.initialize(from: word[0..<headCount]).1
                        for byte in strip { buffer[position] = byte; position += 1 }
                        let stem = UnsafeBufferPointer(rebasing: buffer[0..<count])
                        // A prefix the outer suffix continues with is checked without the prefix (as Hunspell).
                        let innerPrefix = prefix.flatMap { outer.continues(with: $0.flag) ? nil : $0 }
                        return withRunningHashes(of: stem) { stemStates in
                            suffixed(stem, stemStates, prefix: innerPrefix, continuation: outer.flag)
                        }
                    }
                    if found { return true }
                }
            }
            return false
        }
    }

    /// Calls `body` with the FNV states after each prefix of `bytes`
    /// (`states[i]` covers `bytes[0..<i]`).
    @inline(__always)
    private func withRunningHashes<Result>(of bytes: UnsafeBufferPointer<UInt8>,
                                           _ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: bytes.count + 1) { states in
            var state = RootTable.seed
            states[0] = state
            for index in 0..<bytes.count {
                state = RootTable.step(state, bytes[index])
                states[index + 1] = state
            }
            return body(UnsafeBufferPointer(states))
        }
    }

    /// Number of distinct roots indexed (for diagnostics).
    public var rootCount: Int { roots.count }
}
