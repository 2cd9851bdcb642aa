/// Key lists shared by the French and English features of one run: list l
/// holds keys[start[l] ..< start[l + 1]], its first key being the token's own.
final class KeyLists {
    var start: [Int32] = [0]
    var keys: [Int32] = []

    /// One more than the largest key id.
    private(set) var keyCount = 0
    /// Scratch marks of the pair computation, reused across the many small
    /// alignments of one run (sentence level) instead of reallocated.
    var frenchStamp: [Int32] = []
    var englishStamp: [Int32] = []
    private var nextMark: Int32 = 0

    /// Stamp arrays covering every key, and a fresh mark.
    func prepareStamps() {
        if frenchStamp.count < keyCount {
            frenchStamp += [Int32](repeating: -1, count: keyCount - frenchStamp.count)
            englishStamp += [Int32](repeating: -1, count: keyCount - englishStamp.count)
        }
    }

    /// A mark never used before (stamps are cleared on the rare wrap-around).
    func freshMark() -> Int32 { freshMarks(1) }

    /// `count` marks never used before, `first ..< first + count`: a block
    /// instead of an array of marks, so that the pair computation needs no
    /// table of one mark per candidate pair.
    func freshMarks(_ count: Int) -> Int32 {
        precondition(count >= 0 && count < Int(Int32.max) / 2)
        if Int(nextMark) + count >= Int(Int32.max) {
            nextMark = 0
            for i in frenchStamp.indices { frenchStamp[i] = -1; englishStamp[i] = -1 }
        }
        let first = nextMark + 1
        nextMark += Int32(count)
        return first
    }

    func append(_ list: [Int32]) -> Int32 {
        keys.append(contentsOf: list)
        for k in list where Int(k) >= keyCount { keyCount = Int(k) + 1 }
        start.append(Int32(keys.count))
        return Int32(start.count - 2)
    }

    @inline(__always) func own(_ list: Int32) -> Int32 { keys[Int(start[Int(list)])] }
}
