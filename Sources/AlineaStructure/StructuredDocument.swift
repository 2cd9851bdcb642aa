/// A decision cut into typed blocks: what `alinea segment` prints and what
/// the aligner consumes.
public struct StructuredDocument: Codable, Sendable, Equatable {
    /// Version of the JSON schema (bump on incompatible change).
    public static let schemaVersion = 1

    /// Language of the text (`fr`, `en`).
    public var language: String
    /// The original language the header declares (`Original : ANGLAIS` → `en`), if it says.
    public var originalLanguage: String?
    /// The document symbol (`PC.DEC/991`), if the header gives one.
    public var symbol: String?
    /// The blocks in reading order.
    public var blocks: [Block]

    public init(language: String, originalLanguage: String? = nil, symbol: String? = nil, blocks: [Block]) {
        self.language = language
        self.originalLanguage = originalLanguage
        self.symbol = symbol
        self.blocks = blocks
    }
}
