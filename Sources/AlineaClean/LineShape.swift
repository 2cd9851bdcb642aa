import AlineaText
/// What a layout decision needs to know about one line's visible text: how
/// it ends (sentence or clause punctuation, a hyphen), how it opens (a
/// capital, a lower-case continuation, a list marker) and whether it is
/// set in capitals like a title.
struct LineShape: Sendable {
    let scalars: [Unicode.Scalar]
    /// The line's text, encoded from its scalars when asked: few questions
    /// need it, and every line of a document gets a shape.
    var text: String { String(scalars: scalars) }

    /// Computed once: layout decisions ask for these repeatedly.
    let finalPunctuation: Unicode.Scalar?
    let isAllCaps: Bool
    /// The text up to the first whitespace (a list marker, if any).
    let firstToken: String
    /// Opens with a list marker: `- `, `• `, `1.`, `1)`, `a)`, `(a)`, `iv.`.
    let opensListMarker: Bool

    init(_ text: String) {
        self.init(scalarArray: text.scalarArray)
    }

    /// The shape of a line cut from a document's scalars (`DocumentLines.shape(_:)`):
    /// they are not encoded into a string and decoded again.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(scalarArray: Array(scalars))
    }

    private init(scalarArray scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.finalPunctuation = Self.finalPunctuation(of: scalars)
        self.isAllCaps = Self.isAllCaps(scalars)
        // A whitespace scalar always starts a grapheme, so cutting the scalars
        // cuts the text where its first whitespace character starts.
        let tokenScalars = scalars.prefix { !CharacterClass.isWhitespace($0) }
        let token = String(scalars: tokenScalars)
        self.firstToken = token
        self.opensListMarker = Self.isListMarker(token, followedByText: tokenScalars.count < scalars.count)
    }

    /// Whether `token`, the first token of a line, is a list marker followed by more text.
    static func isListMarker(_ token: String, followedByText: Bool) -> Bool {
        guard followedByText else { return false }
        if token.utf8.count <= 3, ["-", "–", "—", "•", "*", "·"].contains(token) { return true }
        let body = token.hasPrefix("(") && token.hasSuffix(")") ? String(token.dropFirst().dropLast())
            : (token.hasSuffix(".") || token.hasSuffix(")")) ? String(token.dropLast()) : nil
        guard let body, !body.isEmpty, body.count <= 4 else { return false }
        if body.allSatisfy(\.isNumber) { return true }
        if body.count == 1, body.first!.isLowercase { return true }
        return body.allSatisfy { "ivxl".contains($0) }
    }

    /// The last visible scalar, looking through closing quotes and brackets
    /// and through a lone speck OCR left after a sentence (`options. -`, `non. L`).
    static func finalPunctuation(of scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var index = scalars.count - 1
        if scalars.count >= 4, scalars[index - 1] == " ", !CharacterClass.isLetter(scalars[index]) || CharacterClass.isUppercase(scalars[index]),
           ".!?;:".unicodeScalars.contains(scalars[index - 2]) {
            index -= 2
        }
        while index >= 0, "»\"”’)]".unicodeScalars.contains(scalars[index]) { index -= 1 }
        return index >= 0 ? scalars[index] : nil
    }

    /// Ends a sentence (`.`, `!`, `?`, `…`).
    var endsSentence: Bool { finalPunctuation.map { ".!?…".unicodeScalars.contains($0) } ?? false }
    /// Ends a clause: a sentence end or `;` `:`.
    var endsClause: Bool { endsSentence || finalPunctuation.map { ";:".unicodeScalars.contains($0) } ?? false }
    /// Ends with `:` or `;`, which may announce an enumeration of lower-case items.
    var endsWithColonOrSemicolon: Bool { finalPunctuation.map { ";:".unicodeScalars.contains($0) } ?? false }
    /// Ends with a comma.
    var endsWithComma: Bool { finalPunctuation == "," }

    /// Ends with a word-breaking hyphen right after a letter (`cyber-`, OCR `¬`, soft hyphen).
    var endsWithHyphen: Bool {
        guard scalars.count >= 2, Self.hyphens.contains(scalars[scalars.count - 1]) else { return false }
        return CharacterClass.isLetter(scalars[scalars.count - 2])
    }

    static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{00AD}", "¬"]

    /// The letters that end the line, when it ends on a letter (`CONFÉRENCE DE` → `DE`); empty otherwise.
    var finalWord: String {
        String(scalars: scalars[CharacterClass.letterRunStart(scalars, endingAt: scalars.count)...])
    }

    /// The letters just before the final hyphen (the first half of a split word).
    var wordBeforeHyphen: String {
        var index = scalars.count - 2
        while index >= 0, CharacterClass.isLetter(scalars[index]) { index -= 1 }
        return String(scalars: scalars[(index + 1)..<(scalars.count - 1)])
    }

    /// A speck the scan put after a line-end hyphen (`Lily-.`, `Lily- .`): how many
    /// scalars follow the hyphen (the mark and a space before it), 0 when none does.
    var speckAfterHyphen: Int {
        let count = scalars.count
        guard count >= 3, Self.trailingSpecks.contains(scalars[count - 1]) else { return 0 }
        var hyphen = count - 2
        if scalars[hyphen] == " " { hyphen -= 1 }
        guard hyphen >= 1, Self.hyphens.contains(scalars[hyphen]), CharacterClass.isLetter(scalars[hyphen - 1]) else { return 0 }
        return count - 1 - hyphen
    }

    /// Marks a speck at a line's end is read as.
    static let trailingSpecks: Set<Unicode.Scalar> = [".", ",", "'", "’", "‘", "|", "°", "\""]

    /// The letters before the hyphen that `speckAfterHyphen` found.
    var wordBeforeSpeckedHyphen: String {
        let hyphen = scalars.count - 1 - speckAfterHyphen
        var index = hyphen - 1
        while index >= 0, CharacterClass.isLetter(scalars[index]) { index -= 1 }
        return String(scalars: scalars[(index + 1)..<hyphen])
    }

    /// Specks before a line's first letters whatever their case (`. Pond`): up to two
    /// marks and the spaces after them; 0 when the line opens otherwise.
    var leadingSpeckLengthBeforeAnyLetter: Int { leadingSpeckLength(before: CharacterClass.isLetter) }

    /// The leading run of letters (the second half of a split word).
    var leadingLetters: String {
        String(scalars: scalars.prefix { CharacterClass.isLetter($0) })
    }

    /// Specks a scan put before a line's first, lower-case, letters (`, namiques`,
    /// `‘tiquement`, `. ment`): up to two marks and the spaces after them. Their
    /// length in scalars; 0 when the line opens otherwise.
    var leadingSpeckLength: Int { leadingSpeckLength(before: CharacterClass.isLowercase) }

    /// Up to two speck marks and the spaces after them, when a scalar that passes
    /// `opening` follows them: their length in scalars, else 0.
    private func leadingSpeckLength(before opening: (Unicode.Scalar) -> Bool) -> Int {
        var index = 0
        while index < min(scalars.count, 2), Self.specks.contains(scalars[index]) { index += 1 }
        guard index > 0 else { return 0 }
        while index < scalars.count, index < 5, scalars[index] == " " { index += 1 }
        return index < scalars.count && opening(scalars[index]) ? index : 0
    }

    /// Marks a speck on the scan is read as at the start of a line.
    static let specks: Set<Unicode.Scalar> = [",", ".", ":", "*", "‘", "'", "·", "_", "~", "—", "-"]

    /// The run of letters after the first `offset` scalars.
    func leadingLetters(after offset: Int) -> String {
        String(scalars: scalars.dropFirst(offset).prefix { CharacterClass.isLetter($0) })
    }

    /// The first word with what is attached to it in the flow: an opening mark standing
    /// alone (`«`, `—`) travels with the word after it, so both must fit on a line.
    /// Measured in scalars, between spaces.
    var openingWidth: Int {
        // The first two runs of non-spaces, found in place (asked of every line of a document).
        func run(from start: Int) -> Range<Int> {
            var start = start
            while start < scalars.count, scalars[start] == " " { start += 1 }
            var end = start
            while end < scalars.count, scalars[end] != " " { end += 1 }
            return start..<end
        }
        let first = run(from: 0)
        guard !first.isEmpty else { return 0 }
        let bare = !scalars[first].contains { CharacterClass.isLetter($0) || $0.properties.numericType != nil }
        let second = run(from: first.upperBound)
        return bare && !second.isEmpty ? first.count + 1 + second.count : first.count
    }

    /// Opens with a lower-case letter: the continuation of a sentence.
    var opensLowercase: Bool { scalars.first.map { CharacterClass.isLowercase($0) } ?? false }
    /// Opens with a capital letter or a digit.
    var opensCapitalOrDigit: Bool {
        guard let first = scalars.first else { return false }
        return CharacterClass.isUppercase(first) || first.properties.numericType != nil
    }

    /// The number of a numbered marker (`2.` → 2, `3)` → 3), nil otherwise.
    var listNumber: Int? {
        guard opensListMarker else { return nil }
        let token = firstToken
        guard token.hasSuffix(".") || token.hasSuffix(")") else { return nil }
        return Int(token.dropLast())
    }

    /// The text after a list marker opens with a capital or a digit (`- Appeler`, `1. D’organiser`).
    var capitalAfterMarker: Bool {
        let rest = text.dropFirst(firstToken.count).drop { $0 == " " }
        guard let first = rest.first else { return false }
        return first.isUppercase || first.isNumber
    }

    /// Set in capitals like a title: every word of two letters or more is
    /// upper-case, and there is at least one such word of three letters.
    static func isAllCaps(_ scalars: [Unicode.Scalar]) -> Bool {
        var sawLongWord = false
        var word: [Unicode.Scalar] = []
        func check() -> Bool {
            defer { word.removeAll() }
            guard word.count >= 2 else { return true }
            if word.count >= 3 { sawLongWord = true }
            return word.allSatisfy { !CharacterClass.isLowercase($0) }
        }
        for scalar in scalars {
            if CharacterClass.isLetter(scalar) { word.append(scalar) } else if !check() { return false }
        }
        return check() && sawLongWord
    }
}
