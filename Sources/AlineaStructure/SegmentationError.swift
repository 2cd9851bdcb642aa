/// Why a document could not be segmented.
public enum SegmentationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The segmenter knows the drafting conventions of French and English only.
    case unsupportedLanguage(String)

    public var description: String {
        switch self {
        case .unsupportedLanguage(let language):
            return "cannot segment language '\(language)': use 'fr' or 'en' (or 'auto' on the command line to guess between them)"
        }
    }
}
