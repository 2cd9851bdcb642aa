/// Decoding one Unicode scalar from UTF-8 bytes in place.
///
/// Why: the hot loops of the toolkit (a document's scalar array, the
/// prefilter's case variants, the aligner's per-unit features) read UTF-8
/// bytes directly instead of going through `String`'s views, and each used to
/// carry its own decoder. One checked decoder serves them all.
public enum UTF8Scalar {
    /// The scalar whose encoding starts at `index` and its length in bytes,
    /// or nil when the bytes there are not a complete UTF-8 sequence.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
