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

extension StructuredDocument {
    /// The `schema` value of the JSON form: lets consumers check what they read.
    public static let schemaName = "alinea.segment"

    private enum CodingKeys: String, CodingKey {
        case schema, version, language, originalLanguage, symbol, blocks
    }

    /// Reads the JSON form (docs/segment-schema.md); rejects a newer schema version.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let version = try container.decodeIfPresent(Int.self, forKey: .version), version > Self.schemaVersion {
            throw DecodingError.dataCorruptedError(forKey: .version, in: container,
                debugDescription: "segment schema version \(version) is newer than this Alinea reads (\(Self.schemaVersion)); upgrade Alinea")
        }
        self.init(language: try container.decode(String.self, forKey: .language),
                  originalLanguage: try container.decodeIfPresent(String.self, forKey: .originalLanguage),
                  symbol: try container.decodeIfPresent(String.self, forKey: .symbol),
                  blocks: try container.decode([Block].self, forKey: .blocks))
    }

    /// Writes the JSON form, schema name and version first, absent values as `null`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaName, forKey: .schema)
        try container.encode(Self.schemaVersion, forKey: .version)
        try container.encode(language, forKey: .language)
        try container.encode(originalLanguage, forKey: .originalLanguage)
        try container.encode(symbol, forKey: .symbol)
        try container.encode(blocks, forKey: .blocks)
    }
}
