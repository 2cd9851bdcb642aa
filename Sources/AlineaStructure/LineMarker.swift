import AlineaText
/// The marker a block can open with: `1.` (numbered clause or item), `a)` /
/// `(a)` (lettered item), `-` / `•` (bullet), `¹` or a bare `1 ` before a
/// capital (footnote body, as raw OCR renders it), `II.` (a capital Roman
/// numeral numbering a section of an annex or report). The marker is kept out of
/// the block text but inside the block's offsets.
struct LineMarker: Sendable, Equatable {
    /// What kind of marker.
    enum Kind: Sendable, Hashable {
        case numbered, lettered, bullet, footnote, superscriptFootnote, section
    }

    let kind: Kind
    /// The number or letter as written, without punctuation (`1`, `a`, `iv`); nil for bullets.
    let number: String?
    /// How many scalars the marker and the spaces after it take.
    let length: Int

    nonisolated(unsafe) static let romanPattern: Regex<(Substring, Substring)> = /x{0,2}(ix|iv|v?i{0,3})/

    private static let superscriptDigits: [Unicode.Scalar: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// Month names that may follow a day number at a line start (`10 mai 2011`,
    /// `12 December 2010`): such a line is a date, not a footnote body.
    static let monthNames: Set<String> = [
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
        "octobre", "novembre", "décembre", "decembre", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// The marker at the start of `text`, if any.
    static func parse(_ text: String) -> LineMarker? {
        let scalars = text.scalarArray
        guard let first = scalars.first else { return nil }
        func spaces(from index: Int) -> Int {
            var end = index
            while end < scalars.count, scalars[end].properties.isWhitespace { end += 1 }
            return end - index
        }
        func hasTextAfter(_ end: Int) -> Bool { end < scalars.count }

        // Superscript footnote mark: "¹ Rapport…".
        if superscriptDigits[first] != nil {
            var end = 0
            var digits = ""
            while end < scalars.count, let digit = superscriptDigits[scalars[end]] { digits.append(digit); end += 1 }
            let gap = spaces(from: end)
            guard hasTextAfter(end + gap) else { return nil }
            return LineMarker(kind: .superscriptFootnote, number: digits, length: end + gap)
        }
        // Bullets and dashes.
        if "-–—•▪◦·‣".unicodeScalars.contains(first) {
            let gap = spaces(from: 1)
            // "- 2 -" is a page number, not an item: an item has words.
            guard gap > 0, hasTextAfter(1 + gap), scalars[(1 + gap)...].contains(where: { CharacterClass.isLetter($0) }) else { return nil }
            return LineMarker(kind: .bullet, number: nil, length: 1 + gap)
        }
        // Numbers: "1. ", "12) ", or a footnote body "1 Rapport".
        if first.properties.numericType == .decimal, first.isASCII {
            var end = 0
            while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType == .decimal { end += 1 }
            guard end <= 3 else { return nil }
            let digits = String(scalars: scalars[0..<end])
            if end < scalars.count, scalars[end] == "." || scalars[end] == ")" {
                let gap = spaces(from: end + 1)
                guard gap > 0, hasTextAfter(end + 1 + gap) else { return nil }
                return LineMarker(kind: .numbered, number: digits, length: end + 1 + gap)
            }
            let gap = spaces(from: end)
            guard gap > 0, end <= 2, hasTextAfter(end + gap), CharacterClass.isUppercase(scalars[end + gap]) else { return nil }
            let nextWord = String(scalars: scalars[(end + gap)...].prefix { CharacterClass.isLetter($0) })
            guard !monthNames.contains(nextWord.lowercased()) else { return nil }
            return LineMarker(kind: .footnote, number: digits, length: end + gap)
        }
        // Sections: "I. ", "IV. " — a capital Roman numeral, a full stop, then a capitalised word.
        if let section = sectionMarker(scalars, spaces: spaces) { return section }
        // Letters: "a) ", "(a) ", "(iv) ".
        var index = 0
        let parenthesised = first == "("
        if parenthesised { index = 1 }
        var end = index
        while end < scalars.count, scalars[end].isASCII, CharacterClass.isLowercase(scalars[end]) { end += 1 }
        guard end > index, end < scalars.count, scalars[end] == ")" else { return nil }
        let letters = String(scalars: scalars[index..<end])
        guard letters.count == 1 || isRomanNumeral(letters) else { return nil }
        let gap = spaces(from: end + 1)
        guard gap > 0, hasTextAfter(end + 1 + gap) else { return nil }
        return LineMarker(kind: .lettered, number: letters, length: end + 1 + gap)
    }

    /// Whether this marker numbers the item after `previous` in the same list:
    /// `3.` after `2.`, `c)` after `b)`, `III.` after `II.`. A line opening
    /// with the next number is a new item whatever the line before looks like.
    func continues(_ previous: LineMarker?) -> Bool {
        guard let previous, previous.kind == kind, let number, let before = previous.number else { return false }
        switch kind {
        case .numbered:
            guard let n = Int(number), let p = Int(before) else { return false }
            return n == p + 1
        case .section:
            guard let n = Self.romanValue(number.lowercased()), let p = Self.romanValue(before.lowercased()) else { return false }
            return n == p + 1
        case .lettered:
            guard number.count == 1, before.count == 1, let n = number.unicodeScalars.first, let p = before.unicodeScalars.first
            else { return false }
            return n.value == p.value + 1
        case .bullet, .footnote, .superscriptFootnote:
            return false
        }
    }

    /// The value of a lower-case Roman numeral (`iv` → 4), nil when it is not one.
    static func romanValue(_ letters: String) -> Int? {
        guard isRomanNumeral(letters) else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0
        let digits = letters.compactMap { values[$0] }
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        return total
    }

    /// `II. Modalités…`: upper-case Roman numerals (up to `XX`) number sections.
    /// A capital letter must follow, so that a sentence starting with the
    /// pronoun `I.` cannot pass ("I. e." does not occur at a line start).
    private static func sectionMarker(_ scalars: [Unicode.Scalar], spaces: (Int) -> Int) -> LineMarker? {
        var end = 0
        while end < scalars.count, "IVX".unicodeScalars.contains(scalars[end]) { end += 1 }
        guard end > 0, end < scalars.count, scalars[end] == "." else { return nil }
        let numeral = String(scalars: scalars[0..<end])
        guard isRomanNumeral(numeral.lowercased()) else { return nil }
        let gap = spaces(end + 1)
        guard gap > 0, end + 1 + gap < scalars.count, CharacterClass.isUppercase(scalars[end + 1 + gap]) else { return nil }
        return LineMarker(kind: .section, number: numeral, length: end + 1 + gap)
    }

    /// Lower-case Roman numerals up to `xx` (`i`, `iv`, `xii`), used for sub-items.
    static func isRomanNumeral(_ letters: String) -> Bool {
        guard !letters.isEmpty, letters.count <= 5, letters.allSatisfy({ "ivx".contains($0) }) else { return false }
        return letters.wholeMatch(of: Self.romanPattern) != nil
    }
}
