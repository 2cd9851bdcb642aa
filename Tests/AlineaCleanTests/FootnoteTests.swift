@testable import AlineaClean
import Testing

@Suite("Footnotes: stray bodies moved to the end, marks restored")
struct FootnoteTests {
    let page = [
        "La séance de clôture portera sur le rôle futur que pourrait jouer l’OSCE et sur les",
        "recommandations formulées par le groupe d’experts de l’Organisation des Nations",
        "Unies™.",
        "",
        "D’une manière générale, la conférence sera conduite dans l’optique suivante :",
        "",
        "1 Rapport du Groupe d’experts gouvernementaux sur les progrès de la téléinformatique",
        "de la sécurité internationale (A/65/201).",
        " - Appeler l’attention sur l’impact qu’ont les diverses formes d’utilisation abusive",
        "du cyberespace sur la sécurité dans la région de l’OSCE ;",
        "",
        "- Explorer les possibilités qui s’offrent à l’OSCE d’apporter une valeur ajoutée aux",
        "efforts existants en suivant une approche globale.",
    ]

    @Test("a footnote body dropped at a page bottom moves to the end; ™ becomes ¹")
    func relocates() {
        let text = page.joined(separator: "\n") + "\n"
        let stage = FootnoteRelocator().relocate(text)
        let output = stage.apply(to: text)
        #expect(output.contains("Nations\nUnies¹.\n"))
        #expect(!output.contains("\n1 Rapport"))
        #expect(output.hasSuffix("approche globale.\n\n¹ Rapport du Groupe d’experts gouvernementaux sur les progrès de la téléinformatique\nde la sécurité internationale (A/65/201).\n"))
        #expect(stage.revert(output) == text)
        #expect(stage.edits.map(\.rule) == ["footnote-mark", "footnote-move", "footnote-move"])
    }

    @Test("after layout, the footnote is the last paragraph and the list item keeps its place")
    func withLayout() {
        let result = LayoutFixtures.layout(page.joined(separator: "\n") + "\n")
        let paragraphs = result.text.split(separator: "\n").map(String.init)
        #expect(paragraphs.last == "¹ Rapport du Groupe d’experts gouvernementaux sur les progrès de la téléinformatique de la sécurité internationale (A/65/201).")
        #expect(paragraphs.contains { $0.hasPrefix("- Appeler l’attention") && $0.hasSuffix("l’OSCE ;") })
    }

    @Test("the mark may be a glued digit or an apostrophe", arguments: ["Unies1.", "Unies'.", "Unies*."])
    func markVariants(mark: String) {
        var lines = page
        lines[2] = mark
        let text = lines.joined(separator: "\n") + "\n"
        let output = FootnoteRelocator().relocate(text).apply(to: text)
        #expect(output.contains("Unies¹.\n"))
    }

    @Test("without a reference mark, a numbered line stays where it is")
    func noMarkNoMove() {
        var lines = page
        lines[2] = "Unies."
        let text = lines.joined(separator: "\n") + "\n"
        #expect(FootnoteRelocator().relocate(text).edits.isEmpty)
    }

    @Test("footnotes already ending the document keep their order")
    func trailingBlock() {
        let text = "Le groupe des Nations Unies1 et le Conseil de l’Europe2 ont été consultés.\n\n1 Rapport du Groupe d’experts (A/65/201).\n\n2 Convention sur la cybercriminalité (STE no 185).\n"
        #expect(FootnoteRelocator().relocate(text).edits.isEmpty)
    }

    @Test("a footnote ending the document whose number the scan misread gets it back, with its mark",
          arguments: [("Unies?.", "? Rapport"), ("Unies1,", "? Rapport"), ("Unies!.", ". Rapport"), ("Unies',", "_ | Rapport")])
    func misreadNumberAtEnd(mark: String, opener: String) {
        let text = "La séance portera sur les recommandations du groupe d’experts des Nations\n\(mark)\n\n"
            + "Le Secrétariat établira un rapport de suivi.\n\n\(opener) du Groupe d’experts gouvernementaux\nsur la sécurité (A/65/201).\n"
        let stage = FootnoteRelocator().relocate(text)
        let output = stage.apply(to: text)
        #expect(output.contains("Nations\nUnies¹\(mark.last!)\n"))
        #expect(output.hasSuffix("suivi.\n\n¹ Rapport du Groupe d’experts gouvernementaux\nsur la sécurité (A/65/201).\n"))
        #expect(stage.revert(output) == text)
        #expect(Set(stage.edits.map(\.rule)) == ["footnote-mark", "footnote-number"])
    }

    @Test("a block ending the document that opens with a speck stays as read without a reference mark")
    func misreadNumberWithoutMark() {
        let text = "Les États participants sont encouragés à se faire représenter.\n\n? Les frais de voyage seront pris en charge.\n"
        #expect(FootnoteRelocator().relocate(text).edits.isEmpty)
        // Nor a list item's dash.
        let list = "Les objectifs sont les suivants, Unies1, :\n\n- Offrir une base de travail.\n"
        #expect(FootnoteRelocator().relocate(list).edits.isEmpty)
    }

    @Test("a footnote already at the end of the document is left alone")
    func alreadyAtEnd() {
        let text = "Le groupe d’experts des Nations Unies¹.\n\n¹ Rapport du Groupe d’experts (A/65/201).\n"
        #expect(FootnoteRelocator().relocate(text).edits.isEmpty)
    }
}
