/// The result of aligning two documents: both unit sequences and the beads
/// that link them, in order, covering every unit exactly once.
public struct Alignment: Codable, Sendable, Equatable {
    /// Granularity of the units.
    public var level: AlignmentLevel
    /// French units, in document order.
    public var french: [AlignmentUnit]
    /// English units, in document order.
    public var english: [AlignmentUnit]
    /// The beads, in order; indices refer to `french` / `english`.
    public var beads: [Bead]
    /// Original language of the pair when a header declares it (`en`, `fr`), for TMX `srclang`.
    public var originalLanguage: String?
    /// Document symbol when known (`PC.DEC/991`), for TMX props.
    public var symbol: String?

    public init(level: AlignmentLevel, french: [AlignmentUnit], english: [AlignmentUnit], beads: [Bead], originalLanguage: String? = nil, symbol: String? = nil) {
        self.level = level
        self.french = french
        self.english = english
        self.beads = beads
        self.originalLanguage = originalLanguage
        self.symbol = symbol
    }
}
