import AlineaAlign
import AlineaText

/// Errors of `alinea align` that are about the input data (exit 65), each
/// saying how to fix the call.
enum AlignCommandError: Error, CustomStringConvertible, StatusCarrying {
    /// The French file reads as English and the English file as French.
    case swapped(french: String, english: String)
    /// Both files are in the same language.
    case sameLanguage(french: String, english: String, language: String)
    /// A side reads clearly as the other language (the other side undecided).
    case wrongLanguage(path: String, expected: String, found: String)
    /// Nothing to align on a side (no block or no line with text).
    case noUnits(path: String)
    /// A side is empty, binary or undecodable.
    case notText(path: String, reason: TextDecodingError)
    /// A JSON input that is not an `alinea segment` document.
    case unreadableSegments(path: String, reason: String)

    var description: String {
        switch self {
        case .swapped(let french, let english):
            return "the files look swapped: \(french) reads as English and \(english) as French; give the French file first (or --force)"
        case .sameLanguage(let french, let english, let language):
            return "\(french) and \(english) are both in \(Self.name(language)); give a French and an English version (or --force)"
        case .wrongLanguage(let path, let expected, let found):
            return "\(path) reads as \(Self.name(found)), not \(Self.name(expected)); check the order of the files (French first) or pass --force"
        case .noUnits(let path):
            return "\(path): no text to align (no paragraph or line with letters)"
        case .notText(let path, let reason):
            return "\(path): \(reason)"
        case .unreadableSegments(let path, let reason):
            return "\(path): looks like JSON but is not a segment file written by 'alinea segment --format json' (\(reason))"
        }
    }

    var exitStatus: Int32 { 65 }

    private static func name(_ code: String) -> String {
        switch code {
        case "fr": return "French"
        case "en": return "English"
        default: return code
        }
    }
}

extension BilingualDictionaryError: StatusCarrying {
    /// A missing FreeDict package or a bad glossary is a problem with input data.
    var exitStatus: Int32 {
        switch self {
        case .unreadableGlossary: return 66
        default: return 65
        }
    }
}
