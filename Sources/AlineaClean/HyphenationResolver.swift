import AlineaLexicon

/// Decides what to do with a word split by a hyphen at a line end: undo the
/// hyphenation when the joined form is a word (`cyber-` + `sécurité`), keep
/// the hyphen for real compounds (`politico-` + `militaire`, `peut-` + `être`).
/// The lexicon is the judge, so no list of compounds is needed.
struct HyphenationResolver: Sendable {
    /// The decision for one split word.
    enum Decision: Equatable, Sendable {
        /// Remove the hyphen and join (`rule`, `confidence`).
        case join(confidence: Double)
        /// Keep the hyphen and join without a space.
        case keepHyphen(confidence: Double)
    }

    let lexicon: HunspellDictionary?

    /// `left` is the part before the hyphen, `right` the letters opening the next line.
    func decide(left: String, right: String) -> Decision {
        guard let lexicon, !left.isEmpty, !right.isEmpty else { return .keepHyphen(confidence: 0.5) }
        // A compound the dictionary lists (politico-militaire, contre-mesures) has an analysis;
        // Hunspell also accepts any two words joined by a hyphen (com-mande, aléatoire-ment),
        // which proves nothing when the joined form is itself a word. The analysis is asked
        // first: the table or the prefilter answers it, where accepting a join of two words
        // takes libhunspell itself.
        let hyphenated = left + "-" + right
        if !lexicon.analyze(hyphenated).isEmpty, lexicon.spell(hyphenated) { return .keepHyphen(confidence: 0.95) }
        if lexicon.spell(left + right) { return .join(confidence: 0.95) }
        if lexicon.spell(hyphenated) { return .keepHyphen(confidence: 0.9) }
        // Elided compounds such as `est-ce`, `peut-être`: both halves are words.
        if lexicon.spell(left) && lexicon.spell(right) { return .keepHyphen(confidence: 0.7) }
        // Neither form is known (often an OCR error inside the word): a line-end
        // hyphen between fragments that are not words is typographic hyphenation.
        return .join(confidence: 0.6)
    }
}
