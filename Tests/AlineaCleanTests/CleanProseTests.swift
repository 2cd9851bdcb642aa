import AlineaClean
import Testing

/// Clean French prose of the kind `scripts/make-clean-pages` renders (whole manual
/// pages, every paragraph kept) holds turns of phrase that scans' damage resembles.
/// Each case here was a change the cleaner made to right text; the whole pipeline
/// must now give it back as written.
@Suite("Clean manual prose the cleaner leaves as written", .enabled(if: LayoutFixtures.french != nil))
struct CleanProseTests {
    static let cleaner = try? OCRCleaner(options: CleanOptions(language: .french))

    /// The cleaned text of `input`, which must be a paragraph ending with a line break.
    func cleaned(_ input: String) throws -> String {
        try #require(Self.cleaner).clean(input).text
    }

    /// Expects each of `texts` back unchanged.
    func expectKept(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        for kept in texts {
            #expect(try cleaned(kept) == kept, sourceLocation: sourceLocation)
        }
    }

    @Test("`où` after a word prose puts before it, or opening a question whose verb its pronouns precede, stays `où`")
    func relativeAdverbStays() throws {
        try expectKept("Vous pouvez placer la marque n’importe où dans la partition.\n",
                       "Le graveur sait ce qu’il faut dessiner – où les placer, et comment.\n")
    }

    @Test("a noun of a locution of avoir keeps its form when its complement comes after an adverbial phrase")
    func locutionOfAvoir() throws {
        try expectKept("Vous aurez envie en premier lieu de lire la documentation du paquet.\n")
    }

    @Test("an infinitive after a preposition or a modal is no lost elision, even where the document writes the pair")
    func infinitiveAfterPreposition() throws {
        try expectKept("Il s’agit d’écrire du code, puis d’écrire des tests. Ces termes servent à décrire les objets que l’on peut décrire ainsi.\n")
    }

    @Test("a number before `au` is a number, and `a` after `on` is the verb")
    func numberAndVerb() throws {
        try expectKept("Nous voulons par exemple ajouter 3 au résultat de l’addition.\n",
                       "Si les points sont très rapprochés, on a l’impression d’un trait continu.\n")
    }

    @Test("a full stop after an imperative's pronoun, or before an acronym and its verb, ends a sentence")
    func stopsThatEndSentences() throws {
        try expectKept("Si vous avez du temps, faites-le. Cela permettra d’avancer.\n",
                       "Le format convertit une image JPEG en PNG. Vous réduisez le poids de l’image. JPEG est un bon format.\n")
    }

    @Test("a comma before a capitalised title in a list of titles stays a comma")
    func listOfTitles() throws {
        try expectKept("Voir aussi : Hauteurs des notes, Octaves relatives, Plusieurs voix.\n")
        // A scan's comma for a stop, before a clause with its verb, is still mended.
        #expect(try cleaned("La couche reste visible dans le calque, Cette option ne change rien au résultat.\n")
                == "La couche reste visible dans le calque. Cette option ne change rien au résultat.\n")
    }

    @Test("a hyphen before a form that needs its pronoun, an elided grammatical word, and a manual reference closing an aside stay")
    func compoundsAndReferences() throws {
        try expectKept("Les menus montrent les script-fus que vous avez ajoutés.\n",
                       "Les traitements de quelqu’ordre que ce soit sont désactivés.\n",
                       "Si l’appel suivant (consultez fenv(3)) échoue, la valeur est perdue.\n")
        // A scan's hyphen before a verb of the third person, which the noun is the subject of, still goes.
        #expect(try cleaned("Les tampons-sont vidés avant la fin.\n") == "Les tampons sont vidés avant la fin.\n")
    }
}
