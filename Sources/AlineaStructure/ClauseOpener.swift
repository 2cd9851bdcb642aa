import AlineaText
import AlineaLexicon

/// What the first words of a paragraph say about its role in a decision.
enum ClauseOpening: Sendable, Equatable {
    /// A participial or adjectival phrase: `Rappelant`, `Noting with concern`, `Eu égard`.
    case preamble
    /// A third-person present verb: `Charge`, `Décide :`, `Requests`.
    case operative
    /// An infinitive (`D'organiser`, `To convene`): an item of an operative list.
    case infinitive
}

/// Recognises clause openings from morphology (Hunspell: `po:ppre`, `po:ipre
/// po:3sg` in French; `-ing`/`-s` forms with a known stem in English) plus the
/// drafting formulas of `DraftingFormulas`.
struct ClauseOpener: Sendable {
    let language: String
    let dictionary: HunspellDictionary?

    /// The first words of `text`, lower-cased, with elisions split (`d'organiser` → `d'`, `organiser`)
    /// and typographic apostrophes made straight. `capitalized` tells whether the first word began with a capital.
    static func leadingWords(_ text: String, limit: Int = 5) -> (words: [String], capitalized: Bool) {
        var words: [String] = []
        var capitalized = false
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
            var token = String(raw).replacingOccurrences(of: "’", with: "'")
            while let first = token.unicodeScalars.first, !CharacterClass.isLetter(first), first != "'" { token.unicodeScalars.removeFirst() }
            while let last = token.unicodeScalars.last, !CharacterClass.isLetter(last), last != "'" { token.unicodeScalars.removeLast() }
            if token.isEmpty { if words.isEmpty { continue } else { break } }
            if words.isEmpty { capitalized = token.unicodeScalars.first!.properties.isUppercase }
            if let apostrophe = token.firstIndex(of: "'"), token.distance(from: token.startIndex, to: apostrophe) <= 2,
               token.index(after: apostrophe) < token.endIndex {
                words.append(token[...apostrophe].lowercased())
                words.append(token[token.index(after: apostrophe)...].lowercased())
            } else {
                words.append(token.lowercased())
            }
            if words.count >= limit { break }
        }
        return (words, capitalized)
    }

    /// Auxiliaries and modals: a word followed by one is the subject of a sentence
    /// (`States are…`, `Demande est faite…`), not a clause's opening verb. French `a` is left
    /// out: scans write `à` as `a` (`Veille a ce que…` is an operative clause).
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "shall", "will", "should", "may", "must", "can", "could", "would",
        "est", "sont", "était", "étaient", "ont", "avait", "doit", "doivent", "peut", "peuvent", "sera", "seront", "serait",
    ]

    /// How `text` opens, if it opens a clause.
    func opening(of text: String) -> ClauseOpening? {
        let (words, capitalized) = Self.leadingWords(text)
        guard capitalized, let first = words.first else { return nil }
        let opening = language == "fr" ? frenchOpening(words, first) : englishOpening(words, first)
        if opening == .operative, words.count > 1, Self.auxiliaries.contains(words[1]) { return nil }
        return opening
    }

    private func matchesFormula(_ words: [String], _ formulas: [[String]]) -> Bool {
        formulas.contains { formula in formula.count <= words.count && Array(words.prefix(formula.count)) == formula }
    }

    // MARK: French

    private func frenchOpening(_ words: [String], _ first: String) -> ClauseOpening? {
        if DraftingFormulas.frenchInfinitiveMarkers.contains(first), words.count > 1, isFrenchInfinitive(words[1]) { return .infinitive }
        if isFrenchPresentParticiple(first) || matchesFormula(words, DraftingFormulas.frenchPreamble) { return .preamble }
        if isFrenchThirdPersonPresent(first) { return .operative }
        if DraftingFormulas.frenchReflexives.contains(first), words.count > 1 {
            if isFrenchPresentParticiple(words[1]) { return .preamble }
            if isFrenchThirdPersonPresent(words[1]) { return .operative }
        }
        // An adverb before the verb: "Profondément préoccupé par", "Rappelant en outre" is already covered.
        var head = 0
        if isFrenchAdverb(first), words.count > 1 { head = 1 }
        if head == 1 {
            if isFrenchPresentParticiple(words[1]) || matchesFormula(Array(words.dropFirst()), DraftingFormulas.frenchPreamble) { return .preamble }
            if isFrenchThirdPersonPresent(words[1]) { return .operative }
        }
        // A predicative adjective or participle with its complement: "Conscient de", "Préoccupé par".
        if words.count > head + 1, isFrenchAdjectiveOrParticiple(words[head]),
           DraftingFormulas.frenchComplementWords.contains(words[head + 1]) {
            return .preamble
        }
        return nil
    }

    /// The part-of-speech tag sets of `word`'s analyses. A French word Hunspell does not know is
    /// retried with one accent restored (`decide` → `décide`, `reaffirmant` → `réaffirmant`):
    /// scans routinely lose accents, above all on capitals (`Decide`, `Etats`).
    private func tags(_ word: String) -> [Set<String>] {
        guard let dictionary else { return [] }
        var analyses = dictionary.analyze(word)
        if analyses.isEmpty, language == "fr", !dictionary.spell(word) {
            for variant in Self.accentVariants(of: word) {
                analyses = dictionary.analyze(variant)
                if !analyses.isEmpty { break }
            }
        }
        return analyses.map { analysis in
            Set(analysis.split(separator: " ").filter { $0.hasPrefix("po:") }.map { String($0.dropFirst(3)) })
        }
    }

    /// `word` with one unaccented vowel (or `c`) replaced by an accented form, in reading order.
    static func accentVariants(of word: String) -> [String] {
        let accents: [Character: [Character]] = ["e": ["é", "è", "ê"], "a": ["à", "â"], "i": ["î"], "o": ["ô"], "u": ["û", "ù"], "c": ["ç"]]
        let characters = Array(word)
        var variants: [String] = []
        for (index, character) in characters.enumerated() {
            for accented in accents[character] ?? [] {
                var copy = characters
                copy[index] = accented
                variants.append(String(copy))
            }
        }
        return variants
    }

    /// A present participle by Hunspell's `po:ppre`; a word Hunspell does not know at all but
    /// ending in `-ant` also counts, since OCR damage (`Reaffirmant`, `Rappe1ant`) mostly strikes accents and letters
    /// inside the word, not its ending.
    private func isFrenchPresentParticiple(_ word: String) -> Bool {
        let analyses = tags(word)
        if analyses.contains(where: { $0.contains("ppre") }) { return true }
        guard let dictionary, word.count >= 6, word.hasSuffix("ant") else { return false }
        return analyses.isEmpty && !dictionary.spell(word)
    }

    private func isFrenchThirdPersonPresent(_ word: String) -> Bool {
        tags(word).contains { $0.contains("ipre") && $0.contains("3sg") }
    }

    private func isFrenchInfinitive(_ word: String) -> Bool {
        tags(word).contains { $0.contains("infi") }
    }

    private func isFrenchAdverb(_ word: String) -> Bool {
        let analyses = tags(word)
        return !analyses.isEmpty && analyses.allSatisfy { $0.contains("adv") }
    }

    private func isFrenchAdjectiveOrParticiple(_ word: String) -> Bool {
        tags(word).contains { $0.contains("adj") || $0.contains("ppas") }
    }

    // MARK: English

    private func englishOpening(_ words: [String], _ first: String) -> ClauseOpening? {
        if DraftingFormulas.englishInfinitiveMarkers.contains(first), words.count > 1, isEnglishWord(words[1]) { return .infinitive }
        if matchesFormula(words, DraftingFormulas.englishPreamble) || isEnglishIngForm(first) { return .preamble }
        if isEnglishThirdPersonVerb(first) { return .operative }
        // An adverb in -ly before the verb: "Deeply concerned", "Further recalling", "Also decides".
        if words.count > 1, first.hasSuffix("ly") || ["further", "also", "again"].contains(first) {
            let rest = Array(words.dropFirst())
            if matchesFormula(rest, DraftingFormulas.englishPreamble) || isEnglishIngForm(rest[0]) || isEnglishEdForm(rest[0]) { return .preamble }
            if isEnglishThirdPersonVerb(rest[0]) { return .operative }
        }
        if words.count > 1, isEnglishEdForm(first), DraftingFormulas.englishComplementWords.contains(words[1]) { return .preamble }
        return nil
    }

    private func isEnglishWord(_ word: String) -> Bool {
        guard let dictionary else { return false }
        return dictionary.spell(word)
    }

    /// `recalling` → `recall`, `taking` → `take`, `admitting` → `admit`; also Hunspell's `fl:G` suffix flag.
    private func isEnglishIngForm(_ word: String) -> Bool {
        guard word.hasSuffix("ing"), word.count >= 6, let dictionary else { return false }
        if dictionary.analyze(word).contains(where: { $0.contains("fl:G") }) { return true }
        let stem = String(word.dropLast(3))
        var candidates = [stem, stem + "e"]
        if let last = stem.last, stem.count >= 3, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
        return candidates.contains { $0.count >= 2 && dictionary.spell($0) }
    }

    /// `concerned` → `concern`, `convinced` → `convince`.
    private func isEnglishEdForm(_ word: String) -> Bool {
        guard word.hasSuffix("ed"), word.count >= 5, let dictionary else { return false }
        let stem = String(word.dropLast(2))
        var candidates = [stem, stem + "e", String(word.dropLast(1))]
        if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
        if let last = stem.last, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
        return candidates.contains { $0.count >= 2 && dictionary.spell($0) }
    }

    /// `decides` → `decide`, `tasks` → `task`, `urges` → `urge`, `notifies` → `notify`.
    private func isEnglishThirdPersonVerb(_ word: String) -> Bool {
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.count >= 4, let dictionary else { return false }
        var candidates = [String(word.dropLast())]
        if word.hasSuffix("es") { candidates.append(String(word.dropLast(2))) }
        if word.hasSuffix("ies") { candidates.append(String(word.dropLast(3)) + "y") }
        return candidates.contains { $0.count >= 3 && dictionary.spell($0) }
    }
}
