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
