/// The language of the text being cleaned. It picks the Hunspell lexicon,
/// the ICU locale for case mapping and which language-specific repairs run
/// (French elisions and `a`/`à` only make sense in French).
public enum CleanLanguage: String, Sendable, CaseIterable, Codable {
    case french = "fr"
    case english = "en"

    /// The Hunspell dictionary to open for this language.
    public var hunspellCode: String {
        switch self {
        case .french: return "fr"
        case .english: return "en_US"
        }
    }

    /// Dictionaries of other spellings of the language, consulted where a
    /// word the main one rejects might be spelt right after all (English:
    /// British `colour`, `defence` beside the American dictionary).
    public var variantHunspellCodes: [String] {
        switch self {
        case .french: return []
        case .english: return ["en_GB"]
        }
    }

    /// The ICU locale for case mapping and word breaks.
    public var locale: String { rawValue }

    /// The language's name in messages.
    public var name: String { self == .french ? "French" : "English" }
}
