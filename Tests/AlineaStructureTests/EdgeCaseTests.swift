import AlineaStructure
import Foundation
import Testing

/// Degenerate inputs and the JSON form.
@Suite("Edge cases and JSON")
struct EdgeCaseTests {
    @Test("an empty or blank document has no blocks")
    func empty() throws {
        #expect(try Fixtures.french.segment("").blocks.isEmpty)
        #expect(try Fixtures.english.segment("  \n\n \n").blocks.isEmpty)
    }

    @Test("a one-line document is one block with one sentence")
    func oneLine() throws {
        let document = try Fixtures.english.segment("The meeting was held in Vienna.")
        #expect(document.blocks.count == 1)
        #expect(document.blocks[0].sentences.map(\.text) == ["The meeting was held in Vienna."])
        #expect(document.blocks[0].start == 0 && document.blocks[0].end == 31)
    }

    @Test("offsets count Unicode scalars, not UTF-16 units or grapheme clusters")
    func scalarOffsets() throws {
        let text = "𝒜 e\u{301}tude.\n\nSecond paragraphe."
        let document = try Fixtures.french.segment(text)
        let second = try #require(document.blocks.last)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[second.start..<second.end])) == "Second paragraphe.")
    }

    @Test("unsupported languages are a typed error")
    func unsupported() {
        #expect(throws: SegmentationError.unsupportedLanguage("de")) { try DocumentSegmenter(language: "de") }
    }

    @Test("the JSON form carries schema and version and reads back")
    func json() throws {
        let document = try Fixtures.french.segment(Fixtures.frenchDecision)
        let data = try JSONEncoder().encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "alinea.segment")
        #expect(object["version"] as? Int == 1)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.allSatisfy { $0.keys.contains("number") && $0.keys.contains("field") })
        #expect(try JSONDecoder().decode(StructuredDocument.self, from: data) == document)
    }
}
