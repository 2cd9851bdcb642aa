import AlineaLexicon

/// The French definite article and its contractions with à and de (`le`,
/// `la`, `les`, `l’`, `au`, `aux`, `du`), as the lexicon's analyses name them.
///
/// Why: no second determiner follows one, so a possessive determiner right
/// after it is the possessive pronoun whose circumflex the scan lost (`la
/// votre.` is `la vôtre.`) — a word that may end a sentence, which a
/// determiner never does. The word pass and the speck pass ask the same
/// question, so it is answered once here.
enum DefiniteArticle {
    /// Whether `word` (lower case) reads as a definite article or its
    /// contraction, and as nothing but a determiner, an object pronoun or a
    /// noun (`la`, the note): nothing that would let a determiner follow.
    static func reads(_ word: String, in lexicon: HunspellDictionary) -> Bool {
        let analyses = lexicon.analyze(word)
        guard !analyses.isEmpty,
              analyses.allSatisfy({ $0.contains(utf8: "po:det") || $0.contains(utf8: "po:preverb") || $0.contains(utf8: "po:nom") })
        else { return false }
        return analyses.contains {
            $0.contains(utf8: "po:det") && ($0.contains(utf8: "st:le") || $0.contains(utf8: "st:au") || $0.contains(utf8: "st:du"))
        }
    }

    /// Whether `word` is only a possessive determiner (`votre`, `notre`), which
    /// cannot stand after a definite article.
    static func isOnlyPossessiveDeterminer(_ word: String, in lexicon: HunspellDictionary) -> Bool {
        let tags = lexicon.tags(of: word)
        return tags.contains(.detpos) && tags.isDisjoint(with: [.nom, .adj, .det, .detdem, .detind])
    }
}
