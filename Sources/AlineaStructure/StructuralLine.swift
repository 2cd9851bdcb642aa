import AlineaText
/// Shapes of whole lines that name a structural element: the decision
/// heading (`DÉCISION No 991`, `DECISION No. 10/08`) and article headings
/// (`Article premier`, `Article 12`).
enum StructuralLine {
    // Patterns compiled once; Regex values are immutable, hence safe to share.
    nonisolated(unsafe) static let resolutionNumberPattern: Regex<(Substring, Substring)> = /(\d{1,4}\/\d{1,4})\.\s+\p{Lu}.{0,200}/
    nonisolated(unsafe) static let articlePattern: Regex<(Substring, Substring)> = /(?:Article|ARTICLE)\s+(premier|première|PREMIER|1er|\d+|[IVXLC]+)\s*[.:]?/
    nonisolated(unsafe) static let headingPattern: Regex<(Substring, Substring, Substring)> = /(?i)(d[ée]cis[i1l|]on|r[ée]solution|d[ée]claration)\s+(?:(?:no\.?|n°|nº|n o|number)\s*)?([0-9][0-9A-Za-z.\/()\-]*)/

    /// The decision number of a heading line (OCR may read the I of DÉCISION as 1, l or |, and drop the accent) (`991`, `10/08`), if the line is one.
    static func decisionNumber(in line: String) -> String? {
        // A resolution number before its title: "64/211. Creation of a global culture of cybersecurity".
        if let numbered = line.trimmingSpaces.wholeMatch(of: Self.resolutionNumberPattern) {
            return String(numbered.1)
        }
        guard let first = line.unicodeScalars.first, CharacterClass.isUppercase(first),
              let match = line.trimmingSpaces.wholeMatch(of: Self.headingPattern) else { return nil }
        var number = String(match.2)
        while number.hasSuffix(".") { number.removeLast() }
        return number
    }

    /// The article number of an article heading line (`Article premier` → `1`, `Article IV` → `4`).
    static func articleNumber(in line: String) -> String? {
        guard let match = line.trimmingSpaces.wholeMatch(of: Self.articlePattern) else { return nil }
        let raw = String(match.1)
        switch raw.lowercased() {
        case "premier", "première", "1er": return "1"
        default: break
        }
        if raw.allSatisfy(\.isNumber) { return raw }
        return romanValue(raw).map(String.init)
    }

    /// The value of an upper-case Roman numeral (`XIV` → 14).
    static func romanValue(_ roman: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for character in roman.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
