/// One change the cleaner made (or suggests): replace `before` at `offset`
/// with `after`. Offsets count Unicode scalars (Python string indices) in the
/// text the edit's stage started from, so a JSON consumer can check and
/// undo it without Swift.
public struct Edit: Codable, Sendable, Equatable {
    /// Start of `before` in the stage's input, in Unicode scalars.
    public var offset: Int
    /// The text that was there.
    public var before: String
    /// The text put in its place.
    public var after: String
    /// The rule that proposed the change (`elision-l`, `grave-a`, `accent`, `join-lines`…).
    public var rule: String
    /// How sure the cleaner is, in [0, 1].
    public var confidence: Double

    public init(offset: Int, before: String, after: String, rule: String, confidence: Double) {
        self.offset = offset
        self.before = before
        self.after = after
        self.rule = rule
        self.confidence = confidence
    }
}
