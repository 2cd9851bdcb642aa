import CICU

/// Unicode character properties from ICU, so that letter/punctuation tests
/// agree with the rest of the ICU-based pipeline.
public enum CharacterClass {
    /// Whether ICU considers the scalar alphabetic (letters of any script).
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        alinea_char_is_alphabetic(Int32(scalar.value)) == 1
    }

    /// ICU's general category code (`UCharCategory`) for the scalar.
    public static func category(_ scalar: Unicode.Scalar) -> Int32 {
        alinea_char_category(Int32(scalar.value))
    }

    /// Whether the scalar is a letter (Unicode `Alphabetic`). ASCII is
    /// answered without a property lookup and the rest of the Latin scripts
    /// from `latinFlags`: the cleaner asks this for every character of the
    /// text, and the lookup is a binary search (300 instructions).
    @inlinable @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        if scalar.value < latinEnd { return latinFlags[Int(scalar.value)] & alphabeticFlag != 0 }
        return scalar.properties.isAlphabetic
    }

    /// Where the run of letters that ends at `end` starts, not before `floor`: the start of
    /// the word a position closes (`end` itself when no letter precedes it). One walk for
    /// every pass that reads the word before a mark, a cut or a dash.
    @inlinable
    public static func letterRunStart(_ scalars: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> Int {
        var start = end
        while start > floor, isLetter(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// Whether the scalar is an ASCII digit (`0`–`9`): the digits of numbers, symbols and
    /// ordinals as a scan reads them (other scripts' digits do not occur in these texts).
    @inlinable @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Where the run of letters that starts at `start` ends, not after `limit` (the end of
    /// `scalars` when nil): the end of the word a position opens.
    @inlinable
    public static func letterRunEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int? = nil) -> Int {
        let limit = limit ?? scalars.count
        var end = start
        while end < limit, isLetter(scalars[end]) { end += 1 }
        return end
    }

    /// Whether the scalar is lower case (Unicode `Lowercase`), Latin scripts without a lookup.
    @inlinable @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        if scalar.value < latinEnd { return latinFlags[Int(scalar.value)] & lowercaseFlag != 0 }
        return scalar.properties.isLowercase
    }

    /// Whether the scalar is upper case (Unicode `Uppercase`), Latin scripts without a lookup.
    @inlinable @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        if scalar.value < latinEnd { return latinFlags[Int(scalar.value)] & uppercaseFlag != 0 }
        return scalar.properties.isUppercase
    }

    /// Whether the scalar is white space (Unicode `White_Space`: tab to
    /// carriage return, space, no-break spaces, line separators…), Latin
    /// scripts without a lookup.
    @inlinable @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 0x20 || scalar.value >= 0x09 && scalar.value <= 0x0D }
        if scalar.value < latinEnd { return latinFlags[Int(scalar.value)] & whitespaceFlag != 0 }
        return scalar.properties.isWhitespace
    }

    /// The end of the range `latinFlags` covers: Latin-1 and Latin Extended-A and -B.
    @usableFromInline static let latinEnd: UInt32 = 0x250
    @usableFromInline static let alphabeticFlag: UInt8 = 1, lowercaseFlag: UInt8 = 2, uppercaseFlag: UInt8 = 4, whitespaceFlag: UInt8 = 8

    /// The four properties of every scalar below `latinEnd`, read once from
    /// the Unicode data itself (`Unicode.Scalar.Properties`), not written out.
    @usableFromInline static let latinFlags: [UInt8] = (0..<latinEnd).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        return (properties.isAlphabetic ? alphabeticFlag : 0) | (properties.isLowercase ? lowercaseFlag : 0)
            | (properties.isUppercase ? uppercaseFlag : 0) | (properties.isWhitespace ? whitespaceFlag : 0)
    }
}
