import CICU

/// The characters NFC leaves as they are and that nothing before them
/// combines with (ICU: `NFC_Quick_Check=Yes`, combining class 0): a text made
/// only of them is in NFC, so checking it needs no normaliser. Every text the
/// tool reads is checked once (`DocumentNormalizer`), and most are Latin with
/// typographic quotes and dashes, which ICU could only check on a UTF-16 copy
/// of the whole text.
///
/// Asked of ICU once for the scalars below U+3000 (Latin, Greek, Cyrillic,
/// punctuation, symbols), held as one bit each; any other scalar answers
/// "not known stable", and the caller asks ICU about the whole text.
public enum NFCStableStarters {
    /// The scalars below this are in the table.
    static let limit = 0x3000

    /// One bit per scalar below `limit`, from ICU.
    static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: limit / 64)
        for value in 0..<limit where alinea_nfc_stable_starter(Int32(value)) == 1 {
            bits[value >> 6] |= 1 << UInt64(value & 63)
        }
        return bits
    }()

    /// Whether `scalar` is known to be an NFC stable starter.
    @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        return value < limit && bits[value >> 6] >> UInt64(value & 63) & 1 != 0
    }

    /// Whether every scalar of `text` is known to be one: read from its UTF-8
    /// bytes, ASCII (all stable starters) skipped a byte at a time, so that a
    /// whole document costs a few instructions per byte.
    public static func containsEveryScalar(of text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bits.withUnsafeBufferPointer { bits in
                var index = 0
                while index < bytes.count {
                    if bytes[index] < 0x80 {
                        index += 1
                        continue
                    }
                    // Swift keeps a string's UTF-8 valid: the decoder cannot fail here.
                    guard let (value, length) = UTF8Scalar.decode(bytes, at: index), value < limit,
                          bits[Int(value) >> 6] >> UInt64(value & 63) & 1 != 0 else { return false }
                    index += length
                }
                return true
            }
        }
    }
}
