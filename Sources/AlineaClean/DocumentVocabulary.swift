import AlineaText

/// The document as evidence about itself: how often each (lower-cased) word
/// form occurs. A form the scan got right elsewhere in the same text is the
/// strongest hint for repairing a damaged occurrence (`cybersecurité` next
/// to ten intact `cybersécurité`).
public struct DocumentVocabulary: Sendable {
    private var counts: [ByteKey: Int] = [:]
    private var runningCounts: [ByteKey: Int] = [:]

    public init() {}

    /// Builds the vocabulary from lower-cased word forms.
    public init<S: Sequence>(forms: S) where S.Element == String {
        for form in forms { counts[ByteKey(form), default: 0] += 1 }
    }

    /// Records `occurrences` occurrences (one by default); `inRunningText` is
    /// false for all-caps headings, whose spelling says less about the
    /// document's usage.
    public mutating func add(_ form: String, inRunningText: Bool = true, occurrences: Int = 1) {
        let key = ByteKey(form)
        counts[key, default: 0] += occurrences
        if inRunningText { runningCounts[key, default: 0] += occurrences }
    }

    /// How many times `form` occurs outside all-caps words.
    public func runningCount(_ form: String) -> Int { runningCounts[ByteKey(form)] ?? 0 }

    /// How many times the lower-cased `form` occurs.
    public func count(_ form: String) -> Int { counts[ByteKey(form)] ?? 0 }

    /// The recorded forms that open with `prefix` (lower case): a walk over
    /// the whole vocabulary, for the rare question asked of one word's family.
    public func forms(openingWith prefix: String) -> [String] {
        counts.keys.lazy.map(\.string).filter { $0.hasPrefix(prefix) }
    }
}
