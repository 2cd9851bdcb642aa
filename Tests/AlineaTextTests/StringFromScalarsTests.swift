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
}
