import AlineaText

/// The document as evidence about itself: how often each (lower-cased) word
/// form occurs. A form the scan got right elsewhere in the same text is the
/// strongest hint for repairing a damaged occurrence (`cybersecurité` next
/// to ten intact `cybersécurité`).
public struct DocumentVocabulary: Sendable {
    /// Per form: how often it occurs, and how often outside all-caps words.
    /// One table, so that recording a word hashes it once.
    private var counts: [ByteKey: (all: Int, running: Int)] = [:]

    public init() {}

    /// Builds the vocabulary from lower-cased word forms.
    public init<S: Sequence>(forms: S) where S.Element == String {
        for form in forms { add(form) }
    }

    /// Records `occurrences` occurrences (one by default); `inRunningText` is
    /// false for all-caps headings, whose spelling says less about the
    /// document's usage.
    public mutating func add(_ form: String, inRunningText: Bool = true, occurrences: Int = 1) {
        let running = inRunningText ? occurrences : 0
        func record(_ entry: inout (all: Int, running: Int)) {
            entry.all += occurrences
            entry.running += running
        }
        record(&counts[ByteKey(form), default: (0, 0)])
    }

    /// How many times `form` occurs outside all-caps words.
    public func runningCount(_ form: String) -> Int { counts[ByteKey(form)]?.running ?? 0 }

    /// How many times the lower-cased `form` occurs.
    public func count(_ form: String) -> Int { counts[ByteKey(form)]?.all ?? 0 }

    /// The recorded forms in the order of their UTF-8 bytes, where the forms
    /// that open with a prefix are one run: taken once the vocabulary is
    /// complete, for the question asked of many words' families (`forms(openingWith:)`).
    public var prefixIndex: PrefixIndex { PrefixIndex(counts.keys.map(\.string)) }

    /// The forms that occur at least `minimumCount` times, as a bitmap of
    /// their hashes: taken once the vocabulary is complete, for a search
    /// that asks of thousands of guesses, before making them strings,
    /// whether the document could write them.
    public func fingerprints(minimumCount: Int) -> Fingerprints {
        Fingerprints(counts.lazy.filter { $0.value.all >= minimumCount }.map(\.key.string))
    }

    /// A set of forms that answers "certainly not" or "maybe" from bytes
    /// alone (`fingerprints(minimumCount:)`): one bit per hash, at least
    /// 32 bits per form, so that about one string in thirty the set lacks
    /// still reads "maybe" and a caller that needs the exact answer asks the
    /// vocabulary itself.
    public struct Fingerprints: Sendable {
        private let bits: [UInt64]
        private let mask: Int

        init<S: Sequence>(_ forms: S) where S.Element == String {
            let forms = Array(forms)
            var size = 64
            while size < 32 * forms.count { size *= 2 }
            var bits = [UInt64](repeating: 0, count: size / 64)
            let mask = size - 1
            for var form in forms {
                let bit = form.withUTF8 { ByteKey.mix($0, seed: 0) } & mask
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            self.bits = bits
            self.mask = mask
        }

        /// False only when no form of the set is spelled by `bytes`.
        public func mayHold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let bit = ByteKey.mix(bytes, seed: 0) & mask
            return bits[bit >> 6] >> UInt64(bit & 63) & 1 != 0
        }
    }

    /// The forms of a vocabulary sorted by their bytes (`prefixIndex`).
    public struct PrefixIndex: Sendable {
        private let forms: [String]

        init(_ forms: [String]) {
            self.forms = forms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }

        /// The forms that open with `prefix` (lower case): a binary search for
        /// the run of forms whose bytes open with the prefix's, instead of a
        /// walk over the whole vocabulary.
        public func forms(openingWith prefix: String) -> [String] {
            var low = 0, high = forms.count
            while low < high {
                let middle = (low + high) / 2
                if forms[middle].utf8.lexicographicallyPrecedes(prefix.utf8) { low = middle + 1 } else { high = middle }
            }
            var found: [String] = []
            while low < forms.count, forms[low].utf8.starts(with: prefix.utf8) {
                // The bytes find the run; `hasPrefix` keeps its reading by characters.
                if forms[low].hasPrefix(prefix) { found.append(forms[low]) }
                low += 1
            }
            return found
        }
    }
}
