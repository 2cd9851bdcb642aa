import AlineaLexicon
import Foundation

/// Process-wide cache of the "other language" Hunspell dictionaries the
/// word repairer uses to recognise quotations (English words in French
/// text), and of the language's other spellings (British English beside
/// American), so cleaning many documents opens each dictionary once. A missing
/// dictionary is remembered as missing: the repairer then simply works
/// without foreign-word detection.
final class ForeignLexicons: @unchecked Sendable {
    static let shared = ForeignLexicons()
    private let lock = NSLock()
    private var loaded: [String: HunspellDictionary?] = [:]

    /// The dictionary for `code` (`en_US`, `fr`), or nil when not installed.
    func lexicon(_ code: String) -> HunspellDictionary? {
        lock.lock(); defer { lock.unlock() }
        if let known = loaded[code] { return known }
        let opened = try? HunspellDictionary(language: code)
        loaded[code] = opened
        return opened
    }
}
