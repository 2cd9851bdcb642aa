/// The characters a word Hunspell accepts can contain: those of the
/// dictionary's roots (with the capitalised forms Hunspell adds), of the
/// affixes, of the `BREAK` patterns that split words, the digits and
/// separators of Hunspell's number rule, and the abbreviation dot; and
/// those that Hunspell removes on some path: the `ICONV` patterns (a part
/// split off a converted word is converted again) and its XML query marker.
///
/// Why: a word with any other character (`€lâirs`, `t&chc`, `gr¢ce`) cannot
/// be accepted by any path of `Hunspell::spell`, nor analysed, unless a case
/// form of that character can; the prefilter rejects it at the first such
/// character without trying its case variants and splits.
struct Alphabet: Sendable {
    /// How a character of a word bears on the verdict.
    enum Class: UInt8, Sendable {
        /// It, or a case form Hunspell may give it, can occur in an accepted word.
        case possible
        /// Neither it nor its case forms can occur in any accepted word.
        case impossible
        /// Its case forms in Hunspell's table are not known for sure.
        case unknownCase
    }

    /// One bit per character of the Basic Multilingual Plane.
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Classes of the characters `CaseMapping` tabulates, computed once.
    private var classes: [Class] = []
    private static let tabulated: UInt32 = 0x460

    /// The alphabet of `texts` (UTF-8), plus the digits and separators Hunspell
    /// accepts as numbers.
    init(_ texts: [[UInt8]]) {
        for text in texts { text.withUnsafeBufferPointer { insert(utf8: $0) } }
        Array("0123456789,.-".utf8).withUnsafeBufferPointer { insert(utf8: $0) }
        classes = (0..<Self.tabulated).map(computedClass)
    }

    /// Adds the characters of `bytes` (UTF-8; characters beyond the BMP,
    /// which Hunspell cannot lower- or upper-case, are left out).
    mutating func insert(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var ascii: UInt64 = 0, asciiHigh: UInt64 = 0   // ASCII, gathered apart: most of the bytes
        var value: UInt32 = 0, pending = 0
        for byte in bytes {
            if byte < 0x40 {
                ascii |= 1 << UInt64(byte)
                continue
            } else if byte < 0x80 {
                asciiHigh |= 1 << UInt64(byte & 63)
                continue
            }
            if byte >= 0xC0 {
                pending = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                value = UInt32(byte) & (0x3F >> UInt32(pending))
                continue
            } else {
                guard pending > 0 else { continue }
                value = value << 6 | UInt32(byte & 0x3F)
                pending -= 1
                if pending > 0 { continue }
            }
            if value <= 0xFFFF { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
        }
        bits[0] |= ascii
        bits[1] |= asciiHigh
    }

    private func contains(_ scalar: UInt32) -> Bool {
        scalar <= 0xFFFF && bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }

    /// The class of `scalar` in a word.
    @inline(__always)
    func classify(_ scalar: UInt32) -> Class {
        scalar < Self.tabulated ? classes[Int(scalar)] : computedClass(scalar)
    }

    /// Hunspell lower-cases a word and capitalises its first letter, in turns
    /// (a part split off a capitalised word is lower-cased again): the
    /// character is possible if any form reached that way is.
    private func computedClass(_ scalar: UInt32) -> Class {
        var forms: [UInt32] = [scalar]
        var index = 0
        while index < forms.count {
            guard forms.count < 8, let pair = CaseMapping.pair(of: forms[index]),
                  let lowerPair = CaseMapping.pair(of: pair.lower) else { return .unknownCase }
            for form in [pair.lower, lowerPair.upper] where !forms.contains(form) { forms.append(form) }
            index += 1
        }
        return forms.contains(where: contains) ? .possible : .impossible
    }
}
