/// Hunspell's input conversion (`ICONV` table of the affix file): strings it
/// rewrites in a word before anything else (`’` → `'`, `ﬁ` → `fi`, a letter
/// and a combining accent → the precomposed letter).
///
/// Why: `Hunspell::spell` and `analyze` judge the converted word, and so
/// must the prefilter; `l’hommc` is rejected exactly when `l'hommc` is.
///
/// libhunspell's `RepList::conv` walks the word once, replacing at each
/// position the pattern its binary search finds. That search finds the
/// matching pattern whenever no pattern is the beginning of another, so
/// such tables, without the `_` that anchors a pattern or stands for a
/// space, are the ones modelled; building refuses others.
struct InputConversion: Sendable {
    /// Patterns with their replacements, grouped by the pattern's first byte.
    private let entries: [[UInt8]: [UInt8]]
    private let patternsByFirstByte: [[[UInt8]]]
    /// Bytes of which every pattern contains at least one: a word without
    /// any of them is left as it is, at the cost of one pass.
    private let keyBytes: [Bool]

    init(_ table: [(pattern: String, replacement: String)]) throws(HunspellPrefilterError) {
        var entries: [[UInt8]: [UInt8]] = [:]
        for (pattern, replacement) in table {
            // As libhunspell: a later entry for the same pattern replaces the earlier one.
            guard !pattern.isEmpty, !replacement.isEmpty, !pattern.contains("_"), !replacement.contains("_") else {
                throw .unsupported(directive: "ICONV \(pattern) \(replacement)")
            }
            entries[Array(pattern.utf8)] = Array(replacement.utf8)
        }
        for pattern in entries.keys {
            for other in entries.keys where other != pattern && other.starts(with: pattern) {
                throw .unsupported(directive: "ICONV \(String(decoding: pattern, as: UTF8.self)) (prefix of another pattern)")
            }
        }
        var byFirst = [[[UInt8]]](repeating: [], count: 256)
        var keys = [Bool](repeating: false, count: 256)
        for pattern in entries.keys {
            byFirst[Int(pattern[0])].append(pattern)
            // A non-ASCII lead byte if there is one: letters alone would make every word a candidate.
            let key = pattern.first(where: { $0 >= 0xC0 }) ?? pattern[0]
            keys[Int(key)] = true
        }
        self.entries = entries
        patternsByFirstByte = byFirst
        keyBytes = keys
    }

    /// Calls `body` with `word` after conversion (`word` itself when nothing
    /// in it is converted).
    @inline(__always)
    func withConverted<Result>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard word.contains(where: { keyBytes[Int($0)] }) else { return body(word) }
        var converted: [UInt8] = []
        converted.reserveCapacity(word.count + 8)
        var index = 0
        var changed = false
        while index < word.count {
            let rest = UnsafeBufferPointer(rebasing: word[index...])
            if let pattern = patternsByFirstByte[Int(word[index])].first(where: { rest.starts(with: $0) }),
               let replacement = entries[pattern] {
                converted += replacement
                index += pattern.count
                changed = true
            } else {
                converted.append(word[index])
                index += 1
            }
        }
        guard changed else { return body(word) }
        return converted.withUnsafeBufferPointer(body)
    }
}
