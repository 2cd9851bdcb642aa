/// The kinds of metadata lines at the top of a decision, recognised from
/// their shape (symbol, date, language lines, journal and meeting references).
/// The raw values are the `field` strings of the segment schema.
enum HeaderField: String, Sendable, CaseIterable {
    case organization, symbol, date, distribution
    case originalLanguage = "original-language"
    case meeting, journal

    // Patterns compiled once (a regex literal is parsed each time it is evaluated).
    // Regex values are immutable, hence safe to share.
    nonisolated(unsafe) static let distributionPattern: Regex<(Substring, Substring)> = /(?i)(distr\.|distribution|restricted|restreint|limited|limité)\b/
    nonisolated(unsafe) static let symbolPattern: Regex<(Substring, Substring?, Substring, Substring?)> = /[A-Z][A-Z0-9]*(\.[A-Z0-9]+)*(\/[A-Za-z0-9.()\-]+)+( ?\/? ?Corr\.\d+| ?Rev\.\d+)?/
    nonisolated(unsafe) static let journalPattern: Regex<Substring> = /(?i)\bjournal\b|\d.*ordre du jour|agenda item|point \d+ de l/
    nonisolated(unsafe) static let meetingPattern: Regex<(Substring, Substring)> = /(?i)\b(séance|seance|meeting|session|réunion plénière|plenary)\b/
    nonisolated(unsafe) static let ordinalPattern: Regex<(Substring, Substring?)> = /\d|(?i)\p{L}(th|st|nd|rd|ème|ième|e)\b/
    nonisolated(unsafe) static let originalPattern: Regex<(Substring, Substring)> = /(?i)original\s*:\s*(\p{L}+)\.?/
    nonisolated(unsafe) static let dayMonthYearPattern: Regex<(Substring, Substring, Substring, Substring)> = /(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}+)\s+(\d{4})/
    nonisolated(unsafe) static let monthDayYearPattern: Regex<(Substring, Substring)> = /(\p{L}+)\s+\d{1,2},?\s+\d{4}/

    /// ISO 639-1 codes for language names as headers write them (French and
    /// English names, with and without accents, as OCR may drop them).
    static let languageCodes: [String: String] = [
        "anglais": "en", "english": "en", "français": "fr", "francais": "fr", "french": "fr",
        "russe": "ru", "russian": "ru", "allemand": "de", "german": "de", "espagnol": "es", "spanish": "es",
        "italien": "it", "italian": "it", "arabe": "ar", "arabic": "ar", "chinois": "zh", "chinese": "zh",
        "português": "pt", "portugais": "pt", "portuguese": "pt",
    ]

    /// The ISO code of a language name (`ANGLAIS` → `en`).
    static func languageCode(_ name: String) -> String? {
        languageCodes[name.lowercased()]
    }

    /// Which pattern-recognisable field `line` is, if any (never `.organization`,
    /// which only position in the header region reveals).
    static func recognise(_ line: String) -> HeaderField? {
        let trimmed = line.trimmingSpaces
        if trimmed.isEmpty || trimmed.count > 90 { return nil }
        if originalLanguage(in: trimmed) != nil { return .originalLanguage }
        if languageCode(trimmed) != nil && trimmed == trimmed.uppercased() { return .distribution }
        if trimmed.prefixMatch(of: Self.distributionPattern) != nil { return .distribution }
        if trimmed.wholeMatch(of: Self.symbolPattern) != nil { return .symbol }
        if isDate(trimmed) { return .date }
        if trimmed.firstMatch(of: Self.journalPattern) != nil { return .journal }
        if trimmed.split(separator: " ").count <= 12,
           trimmed.firstMatch(of: Self.meetingPattern) != nil,
           trimmed.firstMatch(of: Self.ordinalPattern) != nil { return .meeting }
        return nil
    }

    /// `Original : ANGLAIS` / `Original: ENGLISH` → `en`.
    static func originalLanguage(in line: String) -> String? {
        guard let match = line.trimmingSpaces.wholeMatch(of: Self.originalPattern) else { return nil }
        return languageCode(String(match.1))
    }

    /// `29 octobre 2008`, `1er mai 2011`, `29 October 2008`, `October 29, 2008`.
    static func isDate(_ line: String) -> Bool {
        if let match = line.wholeMatch(of: Self.dayMonthYearPattern) {
            return LineMarker.monthNames.contains(String(match.2).lowercased())
        }
        if let match = line.wholeMatch(of: Self.monthDayYearPattern) {
            return LineMarker.monthNames.contains(String(match.1).lowercased())
        }
        return false
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
