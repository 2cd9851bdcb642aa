/// One link of an alignment: consecutive French units matched with
/// consecutive English units (1-1, 1-2, 2-1, 2-2, 1-0, 0-1, 1-3, 3-1), with
/// the aligner's confidence that the link is right.
public struct Bead: Codable, Sendable, Equatable {
    /// 0-based indices of the French units (empty for a 0-1 bead).
    public var french: [Int]
    /// 0-based indices of the English units (empty for a 1-0 bead).
    public var english: [Int]
    /// Confidence in [0, 1].
    public var confidence: Double

    public init(french: [Int], english: [Int], confidence: Double) {
        self.french = french
        self.english = english
        self.confidence = confidence
    }
}
