import AlineaText
import Testing

@Suite("String ↔ scalar arrays: the cleaner's cuts of a document")
struct StringFromScalarsTests {
    @Test("scalarArray and String(scalars:) agree with the scalar view at every length and alignment")
    func roundTrips() {
        // ASCII runs longer and shorter than eight bytes, broken by two-, three- and four-byte
        // scalars at every offset, a combining accent and a CRLF.
        let pieces = ["a", "Le Conseil permanent", "é", "’", "𝒜", "e\u{301}", "\r\n", "0123456789abcdef", " "]
        var texts: [String] = [""]
        for first in pieces {
            for second in pieces {
                for prefix in 0..<9 { texts.append(String(repeating: "x", count: prefix) + first + second + first) }
            }
        }
        for text in texts {
            let expected = Array(text.unicodeScalars)
            #expect(text.scalarArray == expected, "\(text.debugDescription)")
            #expect(Array(String(scalars: expected).utf8) == Array(text.utf8))
        }
    }

    @Test("String(lowercasedScalars:) is String(scalars:).lowercased(), on Latin-1 and beyond")
    func lowercasedWords() {
        let words = ["ÉTATS", "Œuvre", "ŸVES", "ÀÉÎÕÜÇÑÞ", "Straße", "µ×÷", "İstanbul", "ΣΟΦΊΑ", "ǅemal", "l’OSCE", "", "déjà"]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            #expect(String(lowercasedScalars: scalars) == String(scalars: scalars).lowercased(), "\(word)")
            #expect(String(lowercasedScalars: scalars[...]) == word.lowercased())
        }
        // Every Latin-1 scalar, and the three beyond it the fast path maps.
        let latin = (0x20...0xFF).compactMap(Unicode.Scalar.init) + ["Œ", "œ", "Ÿ"]
        #expect(String(lowercasedScalars: latin) == String(scalars: latin).lowercased())
    }
}
