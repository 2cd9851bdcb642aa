/// Hunspell's affix analysis (`AffixMgr::affix_check` of libhunspell 1.7)
/// without the checks that can only refuse a reading, over the roots of a
/// `.dic` file: the engine of `HunspellPrefilter`.
///
/// A word is admitted when it is a root that stands alone, or when undoing
/// one prefix and up to two suffixes (adding back what each rule stripped)
/// leaves a root carrying the flags Hunspell requires: the prefix's or
/// suffix's class, or a class the other affix enables through its
/// continuation flags; prefix and suffix together only when both classes
/// cross. Rule conditions, `NEEDAFFIX` on affixes, `CIRCUMFIX`,
/// `FORBIDDENWORD`, `KEEPCASE`, `ONLYUPCASE` and length limits are not
/// checked, so every string Hunspell accepts is admitted.
///
/// A class, not a struct: the walks below run in closures, and a struct
/// with a dozen arrays was copied (and retained field by field) into each.
final class AffixAnalysis: Sendable {
    let roots: RootTable
    /// Prefix rules that add and strip something (`kilo`, `d'`…).
    private let prefixes: AffixTrie
    private let suffixes: AffixTrie
    /// Prefix rules that add and strip nothing (`PFX Um 0 0/S. .`): they fit
    /// every word and leave it whole, so the word's own suffix walk serves
    /// them too instead of one more walk each.
    private let identityPrefixes: [AffixRule]
    /// The readings a suffix walk over the whole word checks: no prefix, or
    /// an identity prefix that combines with suffixes.
    private let wordContexts: [AffixRule?]
    /// Suffix classes named in some suffix rule's continuation: the only
    /// classes that can be the outer suffix of a twofold suffix.
    private let outerSuffixFlags: Set<UInt16>

    /// `roots`, when given, are the `.dic`'s as a form table kept them (the
    /// caller vouches they were read from this pair); else the file is parsed.
    init(affixes: AffixFile, dictionaryPath: String, roots: RootTable? = nil) throws(HunspellPrefilterError) {
        if let roots {
            self.roots = roots
        } else {
            self.roots = try RootTable(path: dictionaryPath, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix)
        }
        let isIdentity = { (rule: AffixRule) in rule.affix.isEmpty && rule.strip.isEmpty }
        prefixes = AffixTrie(rules: affixes.prefixes.filter { !isIdentity($0) }, fromEnd: false)
        identityPrefixes = affixes.prefixes.filter(isIdentity)
        wordContexts = [nil] + identityPrefixes.filter(\.crossProduct)
        suffixes = AffixTrie(rules: affixes.suffixes, fromEnd: true)
        let suffixFlags = Set(affixes.suffixes.map(\.flag))
        outerSuffixFlags = Set(affixes.suffixes.flatMap(\.continuation)).intersection(suffixFlags)
    }

    /// Whether some reading of `word` as root + affixes exists (the relaxed
    /// `affix_check`, plus the plain root lookup of `checkword`).
    func admits(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let whole = withRunningHashes(of: word) { states in
            if let root = roots.find(head: word, headCount: word.count, headState: states[word.count], tail: []) {
                if roots.isStandalone(root) || identityPrefixes.contains(where: { roots.has(root, $0.flag) }) { return true }
            }
            return suffixed(word, states, contexts: wordContexts, continuation: nil)
                || twofold(word, states, contexts: wordContexts)
        }
        return whole || prefixed(word)
    }

    /// `prefix_check` and `prefix_check_twosfx`: a prefix rule fits the
    /// start of `word`, and what remains (with its strip) is a root carrying
    /// the prefix's flag, or, for a cross-product prefix, takes a suffix or a
    /// twofold suffix.
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
                            guard rule.crossProduct else { continue }
                            let context = CollectionOfOne(Optional(rule))
                            if suffixed(stem, states, contexts: context, continuation: nil) || twofold(stem, states, contexts: context) {
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
    /// with the rule's strip, is a root that carries the rule's flag (or
    /// whose prefix allows the suffix), in one of the `contexts`: no prefix,
    /// or a prefix read before (the suffix must then cross with it, and the
    /// root carry the prefix's flag unless the suffix continues with it).
    /// With a `continuation` (inner suffix of a twofold suffix), the rule must
    /// continue with that class.
    private func suffixed(_ word: UnsafeBufferPointer<UInt8>, _ states: UnsafeBufferPointer<UInt32>,
                          contexts: some Collection<AffixRule?>, continuation: UInt16?) -> Bool {
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
                    let rootHasFlag = roots.has(root, rule.flag)
                    for context in contexts {
                        guard let prefix = context else {
                            if rootHasFlag { return true }
                            continue
                        }
                        guard rule.crossProduct, rootHasFlag || prefix.continues(with: rule.flag) else { continue }
                        if roots.has(root, prefix.flag) || rule.continues(with: prefix.flag) { return true }
                    }
                }
            }
            return false
        }
    }

    /// `suffix_check_twosfx`: an outer suffix fits the end of `word`, and the
    /// rest (with its strip) takes an inner suffix that continues with the
    /// outer suffix's class.
    private func twofold(_ word: UnsafeBufferPointer<UInt8>, _ states: UnsafeBufferPointer<UInt32>,
                         contexts: some Collection<AffixRule?>) -> Bool {
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
                        return withRunningHashes(of: stem) { stemStates in
                            contexts.contains { context in
                                guard let prefix = context else {
                                    return suffixed(stem, stemStates, contexts: CollectionOfOne(context), continuation: outer.flag)
                                }
                                guard outer.crossProduct else { return false }
                                // A prefix the outer suffix continues with is not required of the inner reading (as Hunspell).
                                let inner: AffixRule? = outer.continues(with: prefix.flag) ? nil : prefix
                                return suffixed(stem, stemStates, contexts: CollectionOfOne(inner), continuation: outer.flag)
                            }
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

}
