import AlineaStructure
import Testing

/// Every block type, in both languages, on a complete synthetic decision
/// whose clause verbs are not those of the seed corpus.
@Suite("Block types in French and English decisions")
struct BlockTypeRecognitionTests {
    static let cases: [(String, String)] = [("fr", Fixtures.frenchDecision), ("en", Fixtures.englishDecision)]

    private func segment(_ language: String, _ text: String) throws -> StructuredDocument {
        try (language == "fr" ? Fixtures.french : Fixtures.english).segment(text)
    }

    @Test("header lines are one block each, with their field; symbol and original language are extracted", arguments: cases)
    func header(language: String, text: String) throws {
        let document = try segment(language, text)
        let header = Fixtures.blocks(document, .header)
        #expect(header.map(\.field) == ["organization", "organization", "symbol", "date"]
                + (language == "fr" ? ["distribution"] : []) + ["original-language", "meeting", "journal"])
        #expect(document.symbol == "PC.DEC/1234")
        #expect(document.originalLanguage == "en")
        #expect(!header[0].text.contains("*"), "Markdown emphasis is not text")
    }

    @Test("the heading carries the decision number and the capitalised title is one block", arguments: cases)
    func headingAndTitle(language: String, text: String) throws {
        let document = try segment(language, text)
        let heading = try #require(Fixtures.blocks(document, .heading).first)
        #expect(heading.number == "1234")
        let titles = Fixtures.blocks(document, .title)
        #expect(titles.count == 1)
        #expect(titles.first?.text == (language == "fr" ? "ATELIER SUR LA SÉCURITÉ DES RÉSEAUX" : "WORKSHOP ON THE SECURITY OF NETWORKS"))
    }

    @Test("enacting body, four preamble clauses, then operative clauses with their numbers", arguments: cases)
    func clauses(language: String, text: String) throws {
        let document = try segment(language, text)
        #expect(Fixtures.blocks(document, .enacting).map(\.text) == [language == "fr" ? "Le Conseil permanent," : "The Permanent Council,"])
        let preamble = Fixtures.blocks(document, .preamble)
        #expect(preamble.count == 4)
        let operative = Fixtures.blocks(document, .operative)
        #expect(operative.map(\.number) == [nil, "1", "2", nil])
        #expect(operative[1].text.hasPrefix(language == "fr" ? "D’organiser" : "To organize"), "the marker is not part of the text")
        #expect(operative.last?.text.hasPrefix(language == "fr" ? "Encourage" : "Encourages") == true)
    }

    @Test("annex title, place line and paragraph, list items with their numbers, footnote", arguments: cases)
    func annex(language: String, text: String) throws {
        let document = try segment(language, text)
        #expect(Fixtures.blocks(document, .annex).count == 3)
        #expect(Fixtures.blocks(document, .listItem).map(\.number) == [nil, "a", "b"])
        let footnote = try #require(Fixtures.blocks(document, .footnote).first)
        #expect(footnote.number == "1")
        #expect(footnote.text.hasPrefix(language == "fr" ? "Rapport" : "Report"))
        #expect(document.blocks.last?.type == .footnote)
    }

    @Test("offsets point at the real characters, markers included in the block span", arguments: cases)
    func offsets(language: String, text: String) throws {
        let document = try segment(language, text)
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        for block in document.blocks {
            let source = slice(block.start, block.end)
            #expect(!source.hasPrefix("*") && !source.hasSuffix("*"))
            for sentence in block.sentences {
                // Sentence text is the source with line breaks folded.
                #expect(slice(sentence.start, sentence.end).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        == sentence.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            }
        }
        let numbered = try #require(Fixtures.blocks(document, .operative).first { $0.number == "1" })
        #expect(slice(numbered.start, numbered.end).hasPrefix("1. "))
    }

    @Test("article headings are article blocks numbered 1 for 'premier'; their bodies are paragraphs")
    func articles() throws {
        let french = try Fixtures.french.segment("Article premier\nTous les êtres humains naissent libres.\n\nArticle 2\nChacun peut se prévaloir de ces droits.")
        #expect(french.blocks.map(\.type) == [.article, .paragraph, .article, .paragraph])
        #expect(french.blocks.map(\.number) == ["1", nil, "2", nil])
        let english = try Fixtures.english.segment("Article 1\nAll human beings are born free.\n\nArticle 2\nEveryone is entitled to all the rights.")
        #expect(english.blocks.map(\.type) == [.article, .paragraph, .article, .paragraph])
        #expect(english.blocks.map(\.number) == ["1", nil, "2", nil])
    }

    @Test("a text without decision anatomy is plain paragraphs")
    func plainParagraphs() throws {
        let document = try Fixtures.french.segment("Le temps était beau ce jour-là.\n\nNous sommes partis tôt.")
        #expect(document.blocks.map(\.type) == [.paragraph, .paragraph])
    }

    @Test("British spellings are recognised by morphology (Recognising, Organises)")
    func britishSpelling() throws {
        let document = try Fixtures.english.segment("The Permanent Council,\n\nRecognising the importance of dialogue,\n\nEmphasising the role of the OSCE,\n\nOrganises a workshop.")
        #expect(document.blocks.map(\.type) == [.enacting, .preamble, .preamble, .operative])
    }

    @Test("an OCR-damaged heading (DECISlON) is still the heading; a title-case title is the title")
    func damagedHeadingAndTitleCase() throws {
        let document = try Fixtures.english.segment("DECISlON No 991\nOSCE Conference on Cyber Security\n\nThe Permanent Council,\n\nRecalling its decisions,\n\nDecides to hold a meeting.")
        #expect(document.blocks.map(\.type) == [.heading, .title, .enacting, .preamble, .operative])
        #expect(document.blocks[0].number == "991")
    }

    @Test("a page number line '- 2 -' is not a list item")
    func pageNumberIsNotAnItem() throws {
        let document = try Fixtures.french.segment("Premier paragraphe du texte.\n\n- 2 -\n\nSecond paragraphe du texte.")
        #expect(!document.blocks.contains { $0.type == .listItem })
    }

    @Test("a plural noun subject is not an operative verb (States are…), a verb is (Veille a ce que…)")
    func subjectIsNotVerb() throws {
        let english = try Fixtures.english.segment("The Permanent Council,\n\nRecalling its decisions,\n\nStates are invited to report.\n\nDecides to hold a meeting.")
        #expect(english.blocks.map(\.type) == [.enacting, .preamble, .paragraph, .operative])
        let french = try Fixtures.french.segment("Le Conseil permanent,\n\nRappelant ses décisions,\n\nVeille a ce que la réunion ait lieu.")
        #expect(french.blocks.map(\.type) == [.enacting, .preamble, .operative])
    }
}
