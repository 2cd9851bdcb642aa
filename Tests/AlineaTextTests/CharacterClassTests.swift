@testable import AlineaText
import Testing

@Suite("CharacterClass: Unicode properties, Latin scripts from a table read once")
struct CharacterClassTests {
    @Test("every scalar up to U+0300 and a sample beyond answers as its Unicode properties")
    func agreesWithProperties() {
        let sample = Array(0..<0x300) + [0x0391, 0x03B1, 0x0410, 0x0430, 0x1E9E, 0x2000, 0x2028, 0x202F, 0x3000, 0xFB01, 0x1D49C]
        for value in sample {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let properties = scalar.properties
            #expect(CharacterClass.isLowercase(scalar) == properties.isLowercase, "lower U+\(String(value, radix: 16))")
            #expect(CharacterClass.isUppercase(scalar) == properties.isUppercase, "upper U+\(String(value, radix: 16))")
            #expect(CharacterClass.isWhitespace(scalar) == properties.isWhitespace, "space U+\(String(value, radix: 16))")
            // ASCII letters are the 52; `isLetter` beyond ASCII is `Alphabetic`.
            let letter = scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : properties.isAlphabetic
            #expect(CharacterClass.isLetter(scalar) == letter, "letter U+\(String(value, radix: 16))")
        }
        // The French letters a scan reads, in both cases; the signs beside them.
        for letter in "éÉèàâçôœŒÿŸß".unicodeScalars { #expect(CharacterClass.isLetter(letter)) }
        for sign in "×÷«»’\u{A0}".unicodeScalars { #expect(!CharacterClass.isLetter(sign)) }
        #expect(CharacterClass.isWhitespace("\u{A0}") && CharacterClass.isWhitespace("\u{0C}") && !CharacterClass.isWhitespace("\u{200B}"))
    }
}
