import AlineaStructure
import Foundation
import Testing

/// Raw OCR input: hard-wrapped lines, page-break lines starting with a space,
/// clauses starting right after a line ending in a comma, OCR confusions.
@Suite("Raw OCR input")
struct OCRInputTests {
    static let scan = Fixtures.text(Fixtures.osce.appendingPathComponent("pc-dec-991.fr.ocr.txt"))

    @Test("the scanned seed yields its 16 preamble and 2 operative clauses", .enabled(if: scan != nil))
    func seedClauses() throws {
        let document = try Fixtures.french.segment(try #require(Self.scan))
        // Counted by hand in the scan: 8 × Rappelant, Tenant compte, Eu égard, 3 × Reconnaissant,
        // Notant avec préoccupation, 2 × Réaffirmant; then Charge and Invite.
        let preamble = Fixtures.blocks(document, .preamble)
        #expect(preamble.count == 16)
        #expect(Fixtures.blocks(document, .operative).map { $0.text.prefix(6) } == ["Charge", "Invite"])
        #expect(document.blocks.first?.type == .heading && document.blocks.first?.number == "991")
        #expect(document.blocks[1].type == .title)
        #expect(document.blocks[2].type == .enacting)
        // The page break inside "…Processus de Corfou,\n Rappelant la Décision No 2/09…" separates two clauses.
        #expect(preamble.contains { $0.text.hasPrefix("Rappelant les discussions") && $0.text.hasSuffix("Processus de Corfou,") })
        #expect(preamble.contains { $0.text.hasPrefix("Rappelant la Décision No 2/09") })
        // Wrapped lines are joined with single spaces.
        #expect(!preamble[0].text.contains("\n") && !preamble[0].text.contains("  "))
        #expect(Fixtures.blocks(document, .listItem).count == 4)
        #expect(Fixtures.blocks(document, .footnote).map(\.number) == ["1"])
        #expect(document.blocks.last?.type == .footnote, "the footnote the scan left mid-annex is read last")
    }

    @Test("a wrapped paragraph is one block; a capitalised clause after a comma-ended line starts a new one")
    func wrapping() throws {
        let text = """
            Rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre l’utilisation
            d’Internet à des fins terroristes, dans laquelle les États participants sont invités à
            identifier des stratégies possibles de lutte contre cette menace et à échanger des vues,
            Notant que les menaces évoluent constamment et qu’elles augmentent rapidement dans la
            région de l’OSCE,
             Charge le Secrétaire général d’organiser une conférence de l’OSCE sur la cybersécurité.
            """
        let document = try Fixtures.french.segment(text)
        #expect(document.blocks.map(\.type) == [.preamble, .preamble, .operative])
    }

    @Test("clause openers that lost their accents in the scan are still recognised")
    func lostAccents() throws {
        let document = try Fixtures.french.segment("Le Conseil permanent,\n\nReaffirmant son attachement aux principes,\n\nDecide de tenir une reunion.")
        #expect(document.blocks.map(\.type) == [.enacting, .preamble, .operative])
    }

    @Test("a paragraph cut by a blank line (page break) and resuming in lower case is one block")
    func resumedParagraph() throws {
        let document = try Fixtures.french.segment("Le Conseil permanent,\n\nRappelant les discussions menées dans le cadre\n\ndu Processus de Corfou,\n\nDécide de tenir une réunion.")
        #expect(document.blocks.map(\.type) == [.enacting, .preamble, .operative])
        #expect(document.blocks[1].text == "Rappelant les discussions menées dans le cadre du Processus de Corfou,")
    }

    @Test("a footnote left mid-text by a page break is read last, and the paragraph it cut resumes after it")
    func footnoteInsideText() throws {
        let text = "Le Conseil permanent,\n\nRappelant les discussions menées dans le cadre du Processus de Corfou, notamment sur la\n\n1 Rapport du Groupe (A/65/201).\n cybersécurité des États,\n\nDécide de tenir une réunion."
        let document = try Fixtures.french.segment(text)
        #expect(document.blocks.map(\.type) == [.enacting, .preamble, .operative, .footnote])
        #expect(document.blocks[1].text.hasSuffix("notamment sur la cybersécurité des États,"))
        #expect(document.blocks[3].number == "1")
    }

    @Test("a title in capitals cut by an OCR blank line after a function word is one title; a new capitals line is not joined")
    func titleAcrossBlank() throws {
        let text = "DÉCISION No 1187\nORDRE DU JOUR DE LA CONFÉRENCE DE\n\nL’OSCE SUR LA PROTECTION DES INFRASTRUCTURES\n\nLe Conseil permanent,\n"
        let document = try Fixtures.french.segment(text)
        #expect(document.blocks.map(\.type) == [.heading, .title, .enacting])
        #expect(document.blocks[1].text == "ORDRE DU JOUR DE LA CONFÉRENCE DE L’OSCE SUR LA PROTECTION DES INFRASTRUCTURES")
        let separate = try Fixtures.french.segment("Le Conseil permanent,\n\nDécide :\n\n1. D’adopter l’annexe.\n\nORDRE DU JOUR\n\nVIENNE, 16 ET 17 JUIN\n")
        #expect(separate.blocks.suffix(2).map(\.text) == ["ORDRE DU JOUR", "VIENNE, 16 ET 17 JUIN"])
    }
}
