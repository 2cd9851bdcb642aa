import AlineaStructure
import Testing

/// Annexes and reports number their sections with capital Roman numerals
/// (`I. Ordre du jour indicatif`, `II. Organizational modalities`).
@Suite("Section headings numbered with Roman numerals")
struct SectionHeadingTests {
    static let annex = """
        Le Conseil permanent,

        Décide :

        1. D’adopter l’ordre du jour figurant en annexe.

        ORDRE DU JOUR DE LA CONFÉRENCE

        I. Ordre du jour indicatif

        1. Ouverture de la Conférence

        2. Clôture de la Conférence

        II. Modalités d’organisation

        La Conférence s’ouvrira à 10 heures. Elle se tiendra à Vienne.

        IV. Le Secrétariat publiera les documents de la Conférence sur le site Web de l’OSCE.
        """

    @Test("a short unpunctuated line after a Roman numeral is a numbered heading, one sentence, never cut after the numeral")
    func headings() throws {
        let document = try Fixtures.french.segment(Self.annex)
        let headings = document.blocks.filter { $0.type == .heading }
        #expect(headings.map(\.number) == ["I", "II"])
        #expect(headings.map(\.text) == ["Ordre du jour indicatif", "Modalités d’organisation"])
        #expect(headings.allSatisfy { $0.sentences.count == 1 })
        let items = document.blocks.filter { $0.type == .listItem }
        #expect(items.map(\.number) == ["1", "2", "IV"], "a long punctuated numbered line stays a numbered item")
    }

    @Test("a numbered sentence is not a heading; words like Il or Vienne are not numerals")
    func notHeadings() throws {
        let document = try Fixtures.french.segment(Self.annex)
        let last = try #require(document.blocks.last)
        #expect(last.type != .heading)
        #expect(last.number == "IV")
        let plain = try Fixtures.french.segment("Il se tiendra à Vienne.\n\nVI. le texte continue en minuscules.\n")
        #expect(plain.blocks.allSatisfy { $0.type != .heading && $0.number == nil })
    }
}
