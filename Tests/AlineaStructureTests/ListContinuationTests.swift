@testable import AlineaStructure
import Testing

/// In hard-wrapped text without blank lines, an agenda item may fill a whole
/// line and end without punctuation; the next number of the same list still
/// opens the next item.
@Suite("List items and sections continue their numbering")
struct ListContinuationTests {
    static let agenda = """
        La Conférence examinera les questions suivantes, dans l’ordre indiqué ci-après par la
        Présidence, qui pourra le modifier après consultation des États participants :
        I. Ordre du jour indicatif
        1. Séance 1 : Menaces actuelles contre les infrastructures énergétiques critiques et
        sous-régionales
        2. Séance 2 : Partenariats public-privé et échange d’informations entre exploitants
        3. Séance 3 : Rôle de l’OSCE et coopération avec les autres organisations régionales
        II. Modalités d’organisation
        La Conférence s’ouvrira le 16 juin 2025 à 10 heures et se terminera le 17 juin 2025
        à 13 heures.
        """

    @Test("the next number opens the next item; a wrapped item keeps its continuation line")
    func sequence() throws {
        let document = try Fixtures.french.segment(Self.agenda)
        let items = document.blocks.filter { $0.type == .listItem }
        #expect(items.map(\.number) == ["1", "2", "3"])
        #expect(items.first?.text.hasSuffix("critiques et sous-régionales") == true)
        #expect(document.blocks.filter { $0.type == .heading }.map(\.number) == ["I", "II"])
    }

    @Test("only the next number of the same kind continues a list",
          arguments: [("2. Texte", "3. Texte", true), ("2. Texte", "4. Texte", false), ("b) texte", "c) texte", true),
                      ("II. Titre", "III. Titre", true), ("IV. Titre", "VI. Titre", false), ("1. Texte", "II. Titre", false)])
    func successor(before: String, after: String, continues: Bool) throws {
        let previous = try #require(LineMarker.parse(before)), next = try #require(LineMarker.parse(after))
        #expect(next.continues(previous) == continues)
    }
}
