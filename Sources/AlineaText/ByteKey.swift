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

    /// The hash the standard dictionaries and sets use, from the bytes by a
    /// few multiplications instead of `Hasher`'s SipHash: the cleaner's memo
    /// tables hash every word and candidate they are asked about, and SipHash
    /// cost about four times the lookup it served. Mixed with the table's
    /// per-instance `seed`, as `Hasher` would be; `hash(into:)` still serves
    /// keys nested in other hashable values. Equal keys have equal bytes, so
    /// equal hashes.
    @inlinable
    public func _rawHashValue(seed: Int) -> Int {
        if let hash = string.utf8.withContiguousStorageIfAvailable({ Self.mix($0, seed: seed) }) { return hash }
        var hasher = Hasher()
        hasher.combine(seed)
        hash(into: &hasher)
        return hasher.finalize()
    }

    /// A multiply–xorshift hash of `bytes` with `seed`, finished by
    /// MurmurHash3's 64-bit mix so that the low bits (the dictionary's
    /// bucket) depend on every byte. Public for tables probed with bytes
    /// that were never made a `String` (`DocumentVocabulary.Fingerprints`).
    @inlinable
    public static func mix(_ bytes: UnsafeBufferPointer<UInt8>, seed: Int) -> Int {
        var hash = UInt64(truncatingIfNeeded: seed) ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
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
