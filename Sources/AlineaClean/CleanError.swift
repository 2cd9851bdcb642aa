/// Why a document could not be cleaned, phrased so the user knows what to do.
public enum CleanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--lang auto` found no French or English function words.
    case languageUndetermined
    /// The text has no visible character.
    case emptyText

    public var description: String {
        switch self {
        case .languageUndetermined:
            return "cannot tell whether the text is French or English (no function words found); pass --lang fr or --lang en"
        case .emptyText:
            return "the input has no text to clean"
        }
    }
}
