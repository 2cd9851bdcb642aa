/// Everything the aligner's inner loop needs about one side's units,
/// precomputed once in O(total text) and stored as flat integer arrays (no
/// Strings in the hot loop): per unit its length, its distinct evidence
/// tokens (weight + the match keys each can satisfy) and the set of keys it
/// offers the other side, plus structural codes for typed blocks.
struct UnitFeatures {
    /// Non-space characters per unit (Gale–Church lengths).
    var lengths: [Int32] = []
    /// Token range of unit u: tokenStart[u] ..< tokenStart[u + 1].
    var tokenStart: [Int32] = [0]
    /// Evidence weight (idf of the token's own key on its side) per token.
    var tokenWeight: [Float] = []
    /// Key list of each token (an id in `lists`): the keys the token is
    /// satisfied by (its own key first, then its translations' keys), which
    /// are also the keys it offers the other side. Shared per word type, so
    /// memory stays proportional to tokens, not tokens × translations.
    var tokenList: [Int32] = []
    /// The key lists, shared by both sides of a run.
    var lists: KeyLists = KeyLists()
    /// Total evidence weight per unit.
    var totalWeight: [Float] = []
    /// Block type code (-1: none), number id (-1: none), header field id (-1: none).
    var typeCode: [Int16] = []
    var numberId: [Int32] = []
    var fieldId: [Int32] = []
    /// Own key of the section number or document symbol that opens the unit
    /// (`6.6.2.5. Do not use…`), or -1: a heading's number must find itself
    /// on the other side of any bead the heading is part of.
    var headingAnchor: [Int32] = []

    /// Whether each unit is nothing but its opening section number (`7.5.1.`):
    /// a heading cut from its title, never a unit of its own.
    var bareAnchor: [Bool] = []

    /// How many units of `units` open with an anchor that `other` has (`present`
    /// true) or lacks (`present` false) among the units of `otherRange`.
    func anchoredUnits(_ units: Range<Int>, foundIn other: UnitFeatures, _ otherRange: Range<Int>, present: Bool) -> Int {
        var n = 0
        for u in units where headingAnchor[u] >= 0 && other.contains(ownKey: headingAnchor[u], in: otherRange) == present { n += 1 }
        return n
    }

    /// Whether one of the units in `range` has a token whose own key is `key`.
    func contains(ownKey key: Int32, in range: Range<Int>) -> Bool {
        for u in range {
            for t in Int(tokenStart[u])..<Int(tokenStart[u + 1]) where lists.own(tokenList[t]) == key { return true }
        }
        return false
    }

    var count: Int { lengths.count }
}
