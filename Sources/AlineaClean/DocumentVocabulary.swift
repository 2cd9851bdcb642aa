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

    /// The recorded forms that open with `prefix` (lower case): a walk over
    /// the whole vocabulary, for the rare question asked of one word's family.
    public func forms(openingWith prefix: String) -> [String] {
        counts.keys.lazy.map(\.string).filter { $0.hasPrefix(prefix) }
    }
}
