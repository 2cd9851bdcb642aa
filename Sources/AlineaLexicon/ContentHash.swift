/// A 64-bit digest of a byte sequence, to notice that a file changed.
///
/// Why not a cryptographic hash: the digest guards against stale or damaged
/// caches, not against an adversary, and it is computed on every start-up
/// over the dictionary files (2.9 MB for French) and the table itself, so it
/// must cost about one instruction per byte. It reads eight bytes per step
/// and mixes them with multiply–rotate rounds; the length is mixed in, so a
/// truncation changes it.
public enum ContentHash {
    /// The digest of `bytes`.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            state = round(state, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
            offset += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        state = round(state, tail)
        // Final avalanche (splitmix64's finaliser).
        state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
        return state ^ (state >> 31)
    }

    /// The digest of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    private static func round(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (state ^ (word &* 0x87C3_7B91_1142_53D5))
        return ((mixed << 31) | (mixed >> 33)) &* 0x4CF5_AD43_2745_937F &+ 0x52DC_E729
    }
}
