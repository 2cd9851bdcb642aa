import AlineaStructure
import Testing

/// A generality check on a text the rules were not written for: the
/// Universal Declaration of Human Rights (shared corpus, outside the
/// repository; skipped when absent).
@Suite("UDHR generality check")
struct UDHRTests {
    static let french = Fixtures.text(Fixtures.udhr.appendingPathComponent("fra.txt"))
    static let english = Fixtures.text(Fixtures.udhr.appendingPathComponent("eng.txt"))

    @Test("French: title, Préambule heading, 7 × Considérant que, L’Assemblée générale / Proclame, 30 articles",
          .enabled(if: french != nil))
    func frenchDeclaration() throws {
        let document = try Fixtures.french.segment(try #require(Self.french))
        check(document, preambleOpener: "Considérant", enacting: "L’Assemblée générale", operative: "Proclame", section: "Préambule")
    }

    @Test("English: title, Preamble heading, 7 × Whereas, The General Assembly / Proclaims, 30 articles",
          .enabled(if: english != nil))
    func englishDeclaration() throws {
        let document = try Fixtures.english.segment(try #require(Self.english))
        check(document, preambleOpener: "Whereas", enacting: "The General Assembly", operative: "Proclaims", section: "Preamble")
    }

    private func check(_ document: StructuredDocument, preambleOpener: String, enacting: String, operative: String, section: String) {
        #expect(document.blocks.first?.type == .title)
        #expect(Fixtures.blocks(document, .heading).map(\.text) == [section])
        let preamble = Fixtures.blocks(document, .preamble)
        #expect(preamble.count == 7)
        #expect(preamble.allSatisfy { $0.text.hasPrefix(preambleOpener) })
        #expect(Fixtures.blocks(document, .enacting).map(\.text) == [enacting])
        let operatives = Fixtures.blocks(document, .operative)
        #expect(operatives.count == 1)
        #expect(operatives.first?.text.hasPrefix(operative) == true)
        let articles = Fixtures.blocks(document, .article)
        #expect(articles.map(\.number) == (1...30).map(String.init))
        #expect(!document.blocks.contains { $0.type == .annex || $0.type == .header })
    }
}
