import AlineaStructure
import Testing

/// Layouts the rules were not written from: a UN General Assembly resolution
/// (masthead without a `DÉCISION No` heading, numbered operative clauses
/// opening with their verb, closing meeting and date lines), and decisions
/// re-wrapped as an OCR export would be.
@Suite("Other layouts: UN resolutions, re-wrapped text")
struct ResolutionLayoutTests {
    static let english = """
        United Nations
        A/RES/64/211

        General Assembly
        Distr.: General
        3 March 2010

        Sixty-fourth session
        Agenda item 55 (c)

        64/211. Creation of a global culture of cybersecurity

        The General Assembly,

        Recalling also its resolutions 57/239 of 20 December 2002 and 58/199 of 23 December 2003,

        Acknowledging that the gap in access to information technologies persists,

        1. Welcomes the efforts of Member States;

        2. Invites Member States to use the attached tool, inter alia:

        (a) To assess their national efforts;

        3. Decides to remain seized of the matter.

        66th plenary meeting
        21 December 2009
        """

    static let french = """
        Nations Unies
        A/RES/64/211

        Assemblée générale
        Distr. générale
        3 mars 2010

        Soixante-quatrième session
        Point 55 c) de l’ordre du jour

        64/211. Création d’une culture mondiale de la cybersécurité

        L’Assemblée générale,

        Rappelant également ses résolutions 57/239 et 58/199,

        Vivement préoccupée par le nombre croissant d’attaques,

        1. Se félicite des efforts des États Membres ;

        2. Invite les États Membres à utiliser l’outil ci-joint, notamment :

        a) Pour évaluer leurs efforts nationaux ;

        3. Décide de rester saisie de la question.

        66e séance plénière
        21 décembre 2009
        """

    @Test("a UN resolution: masthead as header lines, numbered operative clauses, closing lines", arguments: [("en", english), ("fr", french)])
    func resolution(language: String, text: String) throws {
        let document = try (language == "fr" ? Fixtures.french : Fixtures.english).segment(text)
        #expect(document.symbol == "A/RES/64/211")
        let types = document.blocks.map(\.type)
        #expect(types == Array(repeating: .header, count: 7) + [.heading, .enacting, .preamble, .preamble,
                .operative, .operative, .listItem, .operative, .header, .header])
        #expect(document.blocks[7].number == "64/211")
        #expect(Fixtures.blocks(document, .operative).map(\.number) == ["1", "2", "3"])
        #expect(Fixtures.blocks(document, .header).map(\.field).suffix(2) == ["meeting", "date"])
    }

    /// Greedy re-wrapping at `width` columns, keeping blank lines: what an OCR export does to clean text.
    static func rewrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = [], current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = ""
                }
                current += (current.isEmpty ? "" : " ") + word
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    @Test("re-wrapping a decision at 50 columns changes no block", arguments: [("en", Fixtures.englishDecision), ("fr", Fixtures.frenchDecision)])
    func rewrapped(language: String, text: String) throws {
        let segmenter = language == "fr" ? Fixtures.french : Fixtures.english
        let key = { (document: StructuredDocument) in document.blocks.map { "\($0.type.rawValue) \($0.number ?? "-") \($0.text)" } }
        let reference = key(try segmenter.segment(text))
        let wrapped = Self.rewrap(text, width: 50)
        #expect(wrapped.split(separator: "\n").count > text.split(separator: "\n").count, "the fixture really is re-wrapped")
        #expect(key(try segmenter.segment(wrapped)) == reference)
    }
}
