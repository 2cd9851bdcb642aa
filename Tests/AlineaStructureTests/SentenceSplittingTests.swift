import AlineaStructure
import Testing

/// Sentence boundaries: ICU with abbreviation suppression plus the domain
/// abbreviations, numbers, symbols and quotations of official texts.
@Suite("Sentence splitting")
struct SentenceSplittingTests {
    private func sentences(_ text: String, _ language: String = "fr") throws -> [String] {
        let document = try (language == "fr" ? Fixtures.french : Fixtures.english).segment(text)
        return document.blocks.flatMap { $0.sentences.map(\.text) }
    }

    @Test("No 3/04, A/65/201 and 1.5 never end a sentence")
    func numbersAndSymbols() throws {
        #expect(try sentences("La Décision No 3/04 s’applique. Voir le document A/65/201. Le taux est de 1.5 pour cent.")
                == ["La Décision No 3/04 s’applique.", "Voir le document A/65/201.", "Le taux est de 1.5 pour cent."])
        #expect(try sentences("Decision No. 3/04 applies. See document A/65/201.", "en")
                == ["Decision No. 3/04 applies.", "See document A/65/201."])
    }

    @Test("M. Dupont and art. 5 are not sentence ends")
    func frenchAbbreviations() throws {
        #expect(try sentences("Le rapport de M. Dupont a été adopté. Il est publié.") == ["Le rapport de M. Dupont a été adopté.", "Il est publié."])
        #expect(try sentences("Conformément à l’art. 5 du Règlement, la décision est prise. Elle entre en vigueur.")
                == ["Conformément à l’art. 5 du Règlement, la décision est prise.", "Elle entre en vigueur."])
    }

    @Test("e.g., Mr. and etc. followed by lower case are not sentence ends; etc. before a capital is")
    func englishAbbreviations() throws {
        #expect(try sentences("Some measures, e.g. Confidence building, were adopted. Mr. Smith agreed.", "en")
                == ["Some measures, e.g. Confidence building, were adopted.", "Mr. Smith agreed."])
        #expect(try sentences("Forms, files, etc. are kept. Reports, minutes, etc. Others are destroyed.", "en")
                == ["Forms, files, etc. are kept.", "Reports, minutes, etc.", "Others are destroyed."])
    }

    @Test("a quotation is not cut")
    func quotations() throws {
        #expect(try sentences("Il a déclaré : « Nous viendrons. Nous signerons. » La séance est levée.")
                == ["Il a déclaré : « Nous viendrons. Nous signerons. »", "La séance est levée."])
    }

    @Test("a clause ending with a comma is one sentence, even with a period inside")
    func clauseIsOneSentence() throws {
        let document = try Fixtures.french.segment("Le Conseil permanent,\n\nRappelant la Décision No 3/04. Elle demeure pertinente,\n\nDécide de conclure.")
        let preamble = try #require(document.blocks.first { $0.type == .preamble })
        #expect(preamble.sentences.count == 1)
    }

    @Test("with subclauses, a long clause is cut at ';' and at lettered enumerations")
    func subclauses() throws {
        let text = "La première partie portera sur les menaces relatives a) au domaine politico-militaire ; et b) à la cybercriminalité, en accordant une large place aux contre-mesures."
        let document = try Fixtures.frenchSubclauses.segment(text)
        let sentence = try #require(document.blocks.first?.sentences.first)
        let parts = try #require(sentence.subclauses)
        #expect(parts.map(\.text) == ["La première partie portera sur les menaces relatives", "a) au domaine politico-militaire ;",
                                      "et b) à la cybercriminalité, en accordant une large place aux contre-mesures."])
        #expect(try Fixtures.french.segment(text).blocks.first?.sentences.first?.subclauses == nil, "only on request")
    }
}
