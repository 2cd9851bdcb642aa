import AlineaText

/// How a word is capitalised, so a repair found in lower case can be given
/// back the scan's casing (`ETATS` → `états` → `ÉTATS`). Case mapping goes
/// through ICU with the text's locale so accented capitals come out right.
public enum CasePattern: Sendable, Equatable {
    case lower, capitalized, upper, mixed

    /// The pattern of `word` (letters only are considered).
    public init(of word: String) {
        var uppers = 0, lowers = 0, firstIsUpper = false, seenLetter = false
        for scalar in word.unicodeScalars {
            let isUpper: Bool, isLower: Bool
            if scalar.isASCII {
                // Fast path: Unicode property lookups dominate on long texts.
                isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
                isLower = scalar.value >= 0x61 && scalar.value <= 0x7A
                if !isUpper && !isLower { continue }
            } else {
                guard CharacterClass.isLetter(scalar) else { continue }
                isUpper = CharacterClass.isUppercase(scalar)
                isLower = CharacterClass.isLowercase(scalar)
            }
            if !seenLetter { firstIsUpper = isUpper; seenLetter = true }
            if isUpper { uppers += 1 } else if isLower { lowers += 1 }
        }
        if uppers == 0 { self = .lower }
        else if lowers == 0 { self = uppers == 1 && word.unicodeScalars.count == 1 ? .capitalized : .upper }
        else if uppers == 1 && firstIsUpper { self = .capitalized }
        else { self = .mixed }
    }

    /// `lowercase` recased to this pattern (mixed is left lower case).
    public func apply(to lowercase: String, locale: String) -> String {
        switch self {
        case .lower, .mixed:
            return lowercase
        case .upper:
            return Self.map(lowercase, .upper, locale)
        case .capitalized:
            guard let first = lowercase.first else { return lowercase }
            return Self.map(String(first), .upper, locale) + lowercase.dropFirst()
        }
    }

    /// Lower case of `word` for `locale`. French and English lower-casing
    /// has no locale-specific rule (unlike Turkish or Lithuanian), so the
    /// Unicode default mapping of the standard library is used for them:
    /// it runs on every word of the text and ICU's UTF-16 round trip costs.
    public static func lower(_ word: String, locale: String) -> String {
        if locale == "fr" || locale == "en" || word.unicodeScalars.allSatisfy({ $0.isASCII }) { return word.lowercased() }
        return map(word, .lower, locale)
    }

    private static func map(_ word: String, _ mapping: CaseMapping, _ locale: String) -> String {
        if word.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return mapping == .upper ? word.uppercased() : word.lowercased()
        }
        return (try? word.caseMapped(mapping, locale: locale))
            ?? (mapping == .upper ? word.uppercased() : word.lowercased())
    }
}
