/// The anatomy of an official decision. The raw values are the `type`
/// strings of the segment JSON schema and of the TMX `x-block-type` prop.
public enum BlockType: String, Codable, Sendable, CaseIterable {
    /// Document metadata: symbol, date, distribution/language lines, journal and agenda references.
    case header
    /// `DÉCISION No 991` / `DECISION No. 991`.
    case heading
    /// The decision's title after the heading.
    case title
    /// The enacting body: `Le Conseil permanent,` / `The Permanent Council,`.
    case enacting
    /// Preamble clauses: `Rappelant…`, `Recalling…`, `Considérant que…`, `Whereas…`.
    case preamble
    /// Operative clauses: `Charge…`, `Décide :`, `1. D’organiser…`.
    case operative
    /// Annex title, place/date line and paragraphs.
    case annex
    /// Dash, bullet, numbered or lettered list items.
    case listItem = "list-item"
    /// Footnote bodies.
    case footnote
    /// `Article premier` / `Article 1` headings and article bodies.
    case article
    /// Anything else.
    case paragraph
}
