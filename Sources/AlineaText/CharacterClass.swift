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
    /// answered without a property lookup: the cleaner asks this for every
    /// character of the text, and the lookup is a binary search.
    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// Whether the scalar is lower case (Unicode `Lowercase`), ASCII without a lookup.
    @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Whether the scalar is upper case (Unicode `Uppercase`), ASCII without a lookup.
    @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }
}
