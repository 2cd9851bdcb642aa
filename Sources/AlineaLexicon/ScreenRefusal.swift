/// Where the lexicon's n-gram screen refuses a word of small letters: the
/// byte windows that no accepted form has, reduced to the bytes an edit of
/// the word must reach into to change every one of them.
///
/// Why: a search that edits a damaged word one place at a time (one letter
/// added, dropped or misread) builds hundreds of strings, nearly all of which
/// the screen refuses for the damage the edit left alone. A string that keeps
/// a refused window whole is refused too, so the search skips it without
/// building it — exactly the answer `HunspellDictionary.spell(utf8:)` would give.
public struct ScreenRefusal: Sendable, Equatable {
    /// An edit must start before this byte: a string keeping the word's first
    /// `startBelow` bytes keeps a refused window whole.
    public private(set) var startBelow = Int.max
    /// An edit must end after this byte: a string keeping the word's bytes
    /// from `endAbove` on keeps a refused window whole.
    public private(set) var endAbove = Int.min

    init() {}

    /// Whether no window was refused.
    var isEmpty: Bool { startBelow == .max }

    /// Notes a refused window of `width` bytes starting at `framedStart` in
    /// the framed word (its byte `i` is framed byte `i + 1`): it lies within
    /// the kept first `a` bytes when `framedStart + width - 1 <= a`, within the
    /// kept bytes from `b` on when `framedStart >= b + 1`.
    mutating func add(framedStart: Int, width: Int) {
        startBelow = min(startBelow, framedStart + width - 1)
        endAbove = max(endAbove, framedStart - 1)
    }

    /// Whether the string that keeps the word's first `keptPrefix` bytes and
    /// its bytes from `suffixFrom` on, with `inserted` (a scalar not taken
    /// from the word, or nil) between them, may pass the screen. False only
    /// when the string keeps a refused window whole and is still made of
    /// small letters, so that the screen applies to it.
    public func mayPass(keptPrefix: Int, suffixFrom: Int, inserted: Unicode.Scalar?) -> Bool {
        if keptPrefix < startBelow && suffixFrom > endAbove { return true }
        guard let inserted else { return false }
        // The scalar's bytes on the stack: asked for each guess the span turns away.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            var count = 0
            UTF8.encode(inserted) { byte in
                buffer[count] = byte
                count += 1
            }
            return !HunspellDictionary.isPlainWord(UnsafeBufferPointer(rebasing: buffer[..<count]), capitalFirst: false)
        }
    }
}
