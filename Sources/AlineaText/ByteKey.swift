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

    @inlinable
    public func hash(into hasher: inout Hasher) {
        if let done: Void = string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        hasher.combine(string.utf8.count)
        for byte in string.utf8 { hasher.combine(byte) }
    }

    @inlinable
    public static func == (left: ByteKey, right: ByteKey) -> Bool {
        let same = left.string.utf8.withContiguousStorageIfAvailable { x in
            right.string.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        if let same, let same { return same }
        return left.string.utf8.elementsEqual(right.string.utf8)
    }
}
