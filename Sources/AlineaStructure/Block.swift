/// One structural unit of a decision (a clause, heading, list item…): the
/// unit the aligner matches first, before its sentences.
public struct Block: Codable, Sendable, Equatable {
    /// What the block is.
    public var type: BlockType
    /// The clause/item/footnote number as written without punctuation
    /// (`1`, `a`, `premier`→`1` for articles; the decision number for headings), if any.
    public var number: String?
    /// For header blocks, which field the line holds (`symbol`, `date`,
    /// `distribution`, `original-language`, `meeting`, `journal`, `organization`).
    public var field: String?
    /// The block text: lines joined with single spaces, Markdown emphasis and
    /// the list/number/footnote marker removed.
    public var text: String
    /// Offsets of the block in the input, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// The block's sentences, in order.
    public var sentences: [Sentence]

    public init(type: BlockType, number: String? = nil, field: String? = nil, text: String, start: Int, end: Int, sentences: [Sentence]) {
        self.type = type
        self.number = number
        self.field = field
        self.text = text
        self.start = start
        self.end = end
        self.sentences = sentences
    }
}
