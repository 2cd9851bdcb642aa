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
}
