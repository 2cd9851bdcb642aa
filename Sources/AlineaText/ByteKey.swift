import Foundation
/// A string compared and hashed by its UTF-8 bytes, for memo tables of
/// text that is already normalised (the normaliser makes every input NFC).
///
/// Swift's `String` hashes and compares by canonical equivalence, which
/// for any non-ASCII word (most French words) means normalising on every
/// lookup. Hunspell itself reads bytes, so a memo of its answers is exact
/// when keyed by bytes; and the cleaner's own tables hold NFC forms only.
public struct ByteKey: Hashable, Sendable {
    public let string: String

    public init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.string = copy
    }

    public func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (left: ByteKey, right: ByteKey) -> Bool {
        var a = left.string, b = right.string
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }
}
