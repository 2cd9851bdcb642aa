import AlineaText
import Testing

@Suite("Byte keys and scalar arrays")
struct ByteKeyTests {
    @Test("keys are equal exactly when their UTF-8 bytes are, short and long strings alike")
    func equality() {
        #expect(ByteKey("matière") == ByteKey("mati" + "ère"))
        #expect(ByteKey("matière") != ByteKey("matiere"))
        let long = String(repeating: "cybersécurité ", count: 4)
        #expect(ByteKey(long) == ByteKey(String(long)))
        // NFD and NFC spell the same text with different bytes: a byte key keeps them apart
        // (the normaliser makes every input NFC before the cleaner builds its tables).
        #expect(ByteKey("e\u{301}") != ByteKey("\u{E9}"))
        var table: [ByteKey: Int] = [:]
        table[ByteKey("rôle"), default: 0] += 1
        table[ByteKey("r" + "ôle"), default: 0] += 1
        #expect(table[ByteKey("rôle")] == 2 && table.count == 1)
    }

    @Test("scalarArray decodes the same scalars as the scalar view")
    func scalars() {
        for text in ["", "a", "Décide : l’OSCE œuvre", "𝒜 emoji 🙂 and ZWJ 👩‍💻"] {
            #expect(text.scalarArray == Array(text.unicodeScalars))
        }
    }
}
