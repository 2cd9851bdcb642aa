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

extension Block {
    private enum CodingKeys: String, CodingKey {
        case type, number, field, text, start, end, sentences
    }

    /// Reads a block of the JSON form.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(type: try container.decode(BlockType.self, forKey: .type),
                  number: try container.decodeIfPresent(String.self, forKey: .number),
                  field: try container.decodeIfPresent(String.self, forKey: .field),
                  text: try container.decode(String.self, forKey: .text),
                  start: try container.decode(Int.self, forKey: .start),
                  end: try container.decode(Int.self, forKey: .end),
                  sentences: try container.decodeIfPresent([Sentence].self, forKey: .sentences) ?? [])
    }

    /// Writes every key, `number` and `field` as `null` when absent, so consumers see a fixed shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(number, forKey: .number)
        try container.encode(field, forKey: .field)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(sentences, forKey: .sentences)
    }
}
