import AlineaStructure

/// A unit the aligner matches: a block or a sentence, with enough context
/// for exports (block type, clause number) and for mapping back to the input.
public struct AlignmentUnit: Codable, Sendable, Equatable {
    /// The unit's text.
    public var text: String
    /// The type of the block the unit belongs to (nil for `--units lines`).
    public var blockType: BlockType?
    /// The clause/item number of its block, if any.
    public var number: String?
    /// Index of its block in the document (nil for `--units lines`).
    public var blockIndex: Int?
    /// Offsets in the input, in Unicode scalars.
    public var start: Int
    public var end: Int

    public init(text: String, blockType: BlockType? = nil, number: String? = nil, blockIndex: Int? = nil, start: Int, end: Int) {
        self.text = text
        self.blockType = blockType
        self.number = number
        self.blockIndex = blockIndex
        self.start = start
        self.end = end
    }
}
