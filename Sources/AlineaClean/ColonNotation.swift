import AlineaLexicon

/// Two words glued by a colon as a notation writes them, not as a speck left
/// them: `nom:valeur`, `utilisateur:groupe`, `clé:valeur` pair two things, so
/// both sides are nouns, neither an adjective, a verb or a grammatical word.
/// A speck falls anywhere: between a noun and the adjective qualifying it
/// (`listes:associatives`), a subject and its verb (`tampons:sont`), a
/// determiner and its noun (`les:colonnes`). Asked by the inline pass and by
/// the word pass, which both part words glued by a mark.
enum ColonNotation {
    /// Whether words tagged `left` and `right` (Hunspell parts of speech of
    /// their lower-case forms) are joined as a notation.
    static func joins(_ left: PartsOfSpeech, _ right: PartsOfSpeech) -> Bool {
        let other: PartsOfSpeech = PartsOfSpeech.finite.union([.adj, .det, .detdem, .detpos, .prep, .cjco, .cjsub, .mg,
                                                               .propersuj, .properobj, .prorel, .adv, .infi, .ppas])
        return left.contains(.nom) && right.contains(.nom) && left.isDisjoint(with: other) && right.isDisjoint(with: other)
    }
}
