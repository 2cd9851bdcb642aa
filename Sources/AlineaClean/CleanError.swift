/// Why a document could not be cleaned, phrased so the user knows what to do.
public enum CleanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--lang auto` found no French or English function words.
    case languageUndetermined
    /// The text has no visible character.
    case emptyText
    /// The language given is clearly not the text's: cleaning French with the
    /// English lexicon (or the reverse) would "repair" correct words.
    case languageMismatch(given: CleanLanguage, found: CleanLanguage, givenHits: Int, foundHits: Int)

    public var description: String {
        switch self {
        case .languageUndetermined:
            return "cannot tell whether the text is French or English (no function words found); pass --lang fr or --lang en"
        case .emptyText:
            return "the input has no text to clean"
        case .languageMismatch(let given, let found, let givenHits, let foundHits):
            return "the text reads as \(found.name) (\(foundHits) \(found.name) function words against \(givenHits) \(given.name)), "
                + "but it was given as \(given.name); cleaning it with the \(given.name) lexicon would change correct words. "
                + "Pass --lang \(found.rawValue) (or --lang auto)"
        }
    }
}
