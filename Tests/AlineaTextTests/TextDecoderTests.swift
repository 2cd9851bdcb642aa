import AlineaText
import Testing

@Suite("Decoding exported documents")
struct TextDecoderTests {
    let sample = "L’État — cœur, « déjà » 😀\n"
    let decoder = TextDecoder()

    @Test("plain UTF-8")
    func utf8() throws {
        let result = try decoder.decode(Array(sample.utf8))
        #expect(result.text == sample)
        #expect(result.encoding == .utf8)
    }

    @Test("UTF-8 with a BOM: the BOM is dropped")
    func utf8BOM() throws {
        let result = try decoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(result.text == sample)
        #expect(result.encoding == .utf8BOM)
    }

    @Test("UTF-16 little- and big-endian with BOM, including a non-BMP character")
    func utf16() throws {
        let units = Array(sample.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoder.decode(le).text == sample)
        #expect(try decoder.decode(le).encoding == .utf16LE)
        #expect(try decoder.decode(be).text == sample)
        #expect(try decoder.decode(be).encoding == .utf16BE)
    }

    @Test("Windows-1252: bytes 0x80–0x9F are ’ — œ, not C1 controls")
    func windows1252() throws {
        // "L’État — cœur à l’été" in Windows-1252
        let bytes: [UInt8] = [0x4C, 0x92, 0xC9, 0x74, 0x61, 0x74, 0x20, 0x97, 0x20, 0x63, 0x9C, 0x75, 0x72,
                              0x20, 0xE0, 0x20, 0x6C, 0x92, 0xE9, 0x74, 0xE9, 0x0A]
        let result = try decoder.decode(bytes)
        #expect(result.text == "L’État — cœur à l’été\n")
        #expect(result.encoding == .windows1252)
    }

    @Test("ISO-8859-1 text without 0x80–0x9F bytes reads the same")
    func latin1() throws {
        let bytes: [UInt8] = Array("Le Conseil permanent, R".utf8) + [0xE9] + Array("affirmant que la d".utf8) + [0xE9] + Array("mocratie\n".utf8)
        #expect(try decoder.decode(bytes).text == "Le Conseil permanent, Réaffirmant que la démocratie\n")
    }

    @Test("binary data is refused with a typed error")
    func binary() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01]
        #expect(throws: TextDecodingError.self) { try decoder.decode(bytes) }
    }

    @Test("text of control characters is binary, counted by scalar; a few controls in long text are tolerated")
    func controls() throws {
        // C1 controls arrive as two UTF-8 bytes each; the offset counts scalars (`é` is one).
        let c1 = "é\t" + String(repeating: "\u{0085}", count: 70) + "x"
        #expect(throws: TextDecodingError.binary(offset: 2)) { try decoder.decode(Array(c1.utf8)) }
        let c0 = "ab" + String(repeating: "\u{0001}", count: 70)
        #expect(throws: TextDecodingError.binary(offset: 2)) { try decoder.decode(Array(c0.utf8)) }
        // One form feed and one stray control in 200 letters: kept.
        let long = String(repeating: "décision ", count: 25) + "\u{000C}\u{0001}"
        #expect(try decoder.decode(Array(long.utf8)).text == long)
    }

    @Test("empty input and white space alone are refused")
    func empty() {
        #expect(throws: TextDecodingError.empty) { try decoder.decode([]) }
        #expect(throws: TextDecodingError.empty) { try decoder.decode(Array(" \n\n".utf8)) }
    }

    @Test("invalid bytes in a forced encoding are reported with their offset, never replaced")
    func invalidBytes() {
        #expect(throws: TextDecodingError.undecodable(encoding: "UTF-8", offset: 3)) {
            try decoder.decode([0x61, 0x62, 0x63, 0xC3, 0x28, 0x64], forced: .utf8)
        }
        #expect(throws: TextDecodingError.self) { try decoder.decode([0xFF, 0xFE, 0x41]) }
    }

    @Test("an unknown forced encoding is a typed error")
    func unknownEncoding() {
        #expect(throws: TextDecodingError.unknownEncoding("no-such-charset")) {
            try decoder.decode(Array("abc".utf8), forced: .named("no-such-charset"))
        }
    }
}

@Suite("Document normalisation")
struct DocumentNormalizerTests {
    @Test("NFC, LF line endings and no BOM")
    func pipeline() throws {
        let input = Array("\u{FEFF}De\u{0301}cision\r\nNo 991\rFin\r\n".utf8)
        let output = try DocumentNormalizer().normalize(input)
        #expect(output.text == "Décision\nNo 991\nFin\n")
    }

    @Test("apostrophe style: inside words only, opening quotes untouched")
    func apostrophes() {
        #expect(ApostropheStyle.typographic.apply(to: "l'OSCE et 'cité' d’abord") == "l’OSCE et 'cité’ d’abord")
        #expect(ApostropheStyle.straight.apply(to: "l’OSCE, aujourd’hui") == "l'OSCE, aujourd'hui")
        #expect(ApostropheStyle.keep.apply(to: "l'a l’b") == "l'a l’b")
    }
}
