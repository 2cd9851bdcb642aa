/// A sentence of a block, with optional finer sub-clauses (a long clause cut
/// at `;` list boundaries and lettered enumerations `a) … ; et b) …`).
public struct Sentence: Codable, Sendable, Equatable {
    /// The sentence text (line breaks folded to spaces, list markers kept out).
    public var text: String
    /// Offsets of the sentence in the input, in Unicode scalars (Python string indices).
    public var start: Int
    public var end: Int
    /// Sub-clauses of the sentence, when the segmenter was asked for them.
    public var subclauses: [Sentence]?

    public init(text: String, start: Int, end: Int, subclauses: [Sentence]? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.subclauses = subclauses
    }
}
