/// The small, documented lexicon of drafting formulas that open preamble
/// clauses but that morphology alone does not reveal (adjectives and past
/// participles used predicatively, fixed phrases, `Whereas`). Everything
/// else — `Rappelant`, `Recalling`, `Décide`, `Requests`… — is recognised
/// from Hunspell morphology, so unseen verbs work too.
///
/// Entries are lower-case word sequences matched against the first words of
/// a paragraph (elisions split: `eu égard`, `compte tenu`, `ayant à l'esprit`).
/// Feminine and plural forms are listed because several bodies draft in the
/// plural (`Conscients`, `Soucieuses`).
enum DraftingFormulas {
    /// French preamble openers that are not present participles.
    static let frenchPreamble: [[String]] = [
        ["eu", "égard"], ["compte", "tenu"], ["vu"], ["considérant", "que"],
        ["conscient"], ["consciente"], ["conscients"], ["conscientes"],
        ["soucieux"], ["soucieuse"], ["soucieuses"],
        ["convaincu"], ["convaincue"], ["convaincus"], ["convaincues"],
        ["désireux"], ["désireuse"], ["désireuses"],
        ["préoccupé"], ["préoccupée"], ["préoccupés"], ["préoccupées"],
        ["résolu"], ["résolus"], ["déterminé"], ["déterminés"], ["persuadé"], ["persuadés"],
        ["inquiet"], ["inquiets"], ["alarmé"], ["alarmés"], ["guidé"], ["guidés"],
        ["rappelant"], ["sachant"], ["ayant"],
    ]

    /// English preamble openers that are not `-ing` forms.
    static let englishPreamble: [[String]] = [
        ["whereas"], ["aware"], ["mindful"], ["conscious"], ["cognizant"], ["cognisant"],
        ["convinced"], ["desiring"], ["desirous"], ["concerned"], ["alarmed"], ["determined"],
        ["guided"], ["resolved"], ["bearing", "in", "mind"], ["having"], ["in", "view", "of"],
        ["noting"], ["recalling"], ["taking", "into", "account"], ["believing"],
    ]

    /// Words that introduce a complement after a predicative adjective or
    /// participle (`Conscient de`, `Préoccupé par`, `Aware of`, `Convinced that`):
    /// an adjective followed by one of them at the start of a clause is a preamble formula.
    static let frenchComplementWords: Set<String> = ["de", "d'", "du", "des", "que", "qu'", "par", "à", "au", "aux", "sur", "pour", "devant"]
    static let englishComplementWords: Set<String> = ["of", "that", "by", "to", "about", "at", "with", "over", "for"]

    /// Reflexive pronouns before a verb (`Se félicitant`, `S'appuyant`, `Se félicite`).
    static let frenchReflexives: Set<String> = ["se", "s'"]

    /// Infinitive markers opening the items of an operative list introduced by
    /// `Décide :` / `Decides:` when they are not numbered (`D'organiser…`, `To convene…`).
    static let frenchInfinitiveMarkers: Set<String> = ["de", "d'"]
    static let englishInfinitiveMarkers: Set<String> = ["to"]

    /// Determiners that open the name of an enacting body (`Le Conseil permanent,`, `The General Assembly`).
    static let frenchBodyDeterminers: Set<String> = ["le", "la", "l'", "les"]
    static let englishBodyDeterminers: Set<String> = ["the"]
}
