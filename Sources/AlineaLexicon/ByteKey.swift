import Foundation
/// A string compared and hashed by its UTF-8 bytes, for memo tables.
///
/// Swift's `String` hashes and compares by canonical equivalence, which
/// for any non-ASCII word (most French words) means normalising on every
/// lookup. Hunspell itself reads bytes, so a memo of its answers is exact
/// when keyed by bytes — and several times cheaper to consult.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.string = copy
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (left: ByteKey, right: ByteKey) -> Bool {
        var a = left.string, b = right.string
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }
}
