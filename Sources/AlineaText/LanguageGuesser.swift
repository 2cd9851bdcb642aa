/// Guesses whether a text is French or English from the frequencies of
/// function words (articles, prepositions, pronouns, auxiliaries). These
/// words make up a large share of any running text and barely overlap
/// between the two languages, so a few hundred words decide reliably — and
/// OCR errors in content words do not disturb the guess. The cleaner uses
/// it for `--lang auto`; the aligner to notice swapped input files.
public struct LanguageGuesser: Sendable {
    /// A language the guesser can recognise.
    public enum Language: String, Sendable, CaseIterable, Codable {
        case french = "fr"
        case english = "en"
    }

    /// The outcome: the likelier language, and the share of function-word
    /// hits that support it (0.5 = undecided, 1 = only its words were seen).
    public struct Guess: Sendable, Equatable {
        public let language: Language
        public let confidence: Double
        /// Function words counted per language.
        public let hits: [Language: Int]
    }

    static let functionWords: [Language: Set<String>] = [
        .french: ["le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "sont", "dans", "pour", "par",
                  "sur", "avec", "qui", "que", "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "nous", "vous",
                  "ne", "pas", "plus", "ou", "où", "leur", "leurs", "son", "sa", "ses", "été", "être", "ont", "entre",
                  "dont", "lors", "ainsi", "sans", "sous", "très", "notamment", "l", "d", "qu", "s", "n"],
        .english: ["the", "of", "and", "to", "in", "is", "are", "for", "on", "with", "that", "which", "by", "as",
                   "be", "this", "these", "it", "its", "from", "at", "an", "was", "were", "has", "have", "been",
                   "their", "not", "or", "shall", "will", "should", "would", "into", "between", "such", "including",
                   "within", "upon", "also", "they", "we", "who", "whose"],
    ]

    public init() {}

    /// Text enough to guess from: function words settle the question within
    /// a few pages, so a long text is sampled at its start and its middle
    /// (20,000 characters each) — guessing a whole 1.5 MB scan character by
    /// character took a seventh of a cleaning run.
    public static func sample(of text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > 40_000 else { return text }
        let middle = utf8.index(utf8.startIndex, offsetBy: utf8.count / 2)
        return String(text.prefix(20_000)) + "\n" + String(text[middle...].prefix(20_000))
    }

    /// The likelier language of `text`, or nil when no function word of
    /// either language occurs (too short, not prose, another language).
    public func guess(_ text: String) -> Guess? {
        var hits: [Language: Int] = [.french: 0, .english: 0]
        var word = ""
        func count() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            for (language, words) in Self.functionWords where words.contains(lower) { hits[language, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isLetter { word.append(character) } else { count() }
        }
        count()
        let french = hits[.french] ?? 0, english = hits[.english] ?? 0
        guard french + english > 0 else { return nil }
        let language: Language = french >= english ? .french : .english
        return Guess(language: language, confidence: Double(max(french, english)) / Double(french + english), hits: hits)
    }
}
