import AlineaText
/// Moves footnote bodies that OCR dropped into the running text to the end
/// of the document, and restores their reference marks as superscript
/// digits (`Unies™` → `Unies¹`).
///
/// A body is a line opening with a small number and a capitalised word
/// (`1 Rapport du Groupe…`) that follows a finished paragraph, running to a
/// sentence end at a page start, blank line, the next footnote or the end.
/// It is only treated as a footnote when a matching reference mark exists
/// before it: the digit itself glued to a word (`Unies1`), its superscript,
/// or a symbol OCR reads for a superscript (`™`, `*`, `°`, `'`). Without that
/// evidence nothing moves, so numbered paragraphs stay where they are.
public struct FootnoteRelocator: Sendable {
    public init() {}

    /// Superscript digits, indexed by value.
    static let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    /// Symbols OCR produces for a superscript reference mark.
    static let markSymbols: Set<Unicode.Scalar> = ["™", "*", "°", "ª", "º", "†", "®"]
    static let apostrophes: Set<Unicode.Scalar> = ["'", "’"]

    /// Whether `scalar` is a superscript digit: a footnote's reference mark, which
    /// punctuation after a word may follow (`réseaux¹, Les`).
    /// Compared by value: asked of the marks after every word.
    static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB2, 0xB3, 0xB9, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// `n` written in superscript digits.
    static func superscript(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
    }

    /// A footnote body found in the running text.
    struct Body {
        let number: Int
        /// First and last line indices.
        let firstLine: Int
        let lastLine: Int
    }

    /// A reference mark: `offset..<offset+length` is the mark text after the word.
    struct Mark {
        let offset: Int
        let text: String
        let strength: Int
    }

    /// The `footnotes` stage for `text`.
    public func relocate(_ text: String) -> EditStage {
        let document = DocumentLines(text)
        let content = document.contentLineIndices
        guard let lastContent = content.last else { return EditStage(name: "footnotes", edits: []) }
        var edits: [Edit] = []
        var moved: [String] = []
        var searchFrom = 0
        let bodies = findBodies(document)
        // Bodies already at the end of the document (only footnotes after them) are where they belong.
        var trailingFrom = bodies.count
        var tailStart = lastContent + 1
        for index in bodies.indices.reversed() {
            guard noContent(document, from: bodies[index].lastLine + 1, to: tailStart) else { break }
            trailingFrom = index
            tailStart = bodies[index].firstLine
        }
        for body in bodies.prefix(trailingFrom) {
            let bodyStart = document.lines[body.firstLine].start
            guard let mark = findMark(document, number: body.number, from: searchFrom, to: bodyStart) else { continue }
            let superscript = Self.superscript(body.number)
            if mark.text != superscript {
                edits.append(Edit(offset: mark.offset, before: mark.text, after: superscript,
                                  rule: "footnote-mark", confidence: mark.strength >= 2 ? 0.9 : 0.75))
            }
            let endLine = document.lines[body.lastLine]
            let removalEnd = min(document.scalars.count, endLine.end + 1)
            let removed = document.text(bodyStart, removalEnd)
            edits.append(Edit(offset: bodyStart, before: removed, after: "", rule: "footnote-move", confidence: 0.85))
            let bodyText = document.text(document.lines[body.firstLine].contentStart, endLine.contentEnd)
            let numberText = String(bodyText.prefix { $0.isNumber })
            moved.append(superscript + bodyText.dropFirst(numberText.count))
            searchFrom = removalEnd
        }
        // Bodies ending the document whose number the scan misread as a speck (`? Rapport…`):
        // numbered in order, each with the reference mark that comes first after the previous one's.
        if bodies.isEmpty {
            var markFrom = 0
            for (number, body) in misreadTrailingBodies(document).enumerated().map({ ($0.offset + 1, $0.element) }) {
                let bodyStart = document.lines[body.firstLine].contentStart
                guard let mark = findMark(document, number: number, from: markFrom, to: bodyStart, first: true) else { break }
                let superscript = Self.superscript(number)
                if mark.text != superscript {
                    edits.append(Edit(offset: mark.offset, before: mark.text, after: superscript,
                                      rule: "footnote-mark", confidence: mark.strength >= 2 ? 0.9 : 0.75))
                }
                edits.append(Edit(offset: bodyStart, before: document.text(bodyStart, bodyStart + body.openerLength),
                                  after: superscript, rule: "footnote-number", confidence: 0.75))
                markFrom = mark.offset + mark.text.unicodeScalars.count
            }
            edits.sort { $0.offset < $1.offset }
        }
        guard !moved.isEmpty else { return EditStage(name: "footnotes", edits: edits) }
        let end = document.lines[lastContent].contentEnd
        edits.append(Edit(offset: end, before: "", after: "\n\n" + moved.joined(separator: "\n\n"),
                          rule: "footnote-move", confidence: 0.85))
        return EditStage(name: "footnotes", edits: edits)
    }

    /// Whether lines `from..<to` are all blank.
    private func noContent(_ document: DocumentLines, from: Int, to: Int) -> Bool {
        from >= to || document.lines[from..<to].allSatisfy(\.isBlank)
    }

    /// Footnote bodies in the running text.
    func findBodies(_ document: DocumentLines) -> [Body] {
        var bodies: [Body] = []
        let lines = document.lines
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard !lines[index].isBlank, Self.opensWithNumber(document.scalars[lines[index].contentStart]),
                  let number = footnoteNumber(document.shape(index)) else { continue }
            // It must follow a finished paragraph (or a blank line).
            if index > 0, !lines[index - 1].isBlank {
                let previous = document.shape(index - 1)
                guard previous.endsClause || previous.endsWithComma else { continue }
            }
            var last = index
            while true {
                let shape = document.shape(last)
                let next = last + 1
                if shape.endsSentence {
                    if next >= lines.count || lines[next].isBlank || lines[next].isIndented { break }
                    if footnoteNumber(document.shape(next)) != nil { break }
                }
                guard next < lines.count, !lines[next].isBlank, !lines[next].isIndented, next - index < 8 else {
                    last = -1
                    break
                }
                last = next
            }
            guard last >= 0, document.shape(last).endsSentence else { continue }
            bodies.append(Body(number: number, firstLine: index, lastLine: last))
            index = last
        }
        return bodies
    }

    /// A footnote body ending the document with its number misread: its lines,
    /// and how many scalars its misread number takes.
    struct MisreadBody {
        let firstLine: Int
        let lastLine: Int
        let openerLength: Int
    }

    /// What a scan makes of a superscript number opening a footnote at a page's
    /// foot (`?`, `.`, `_ |`, `+`): marks no sentence opens with. Not a dash or a
    /// bullet, which open list items.
    static let misreadNumbers: Set<Unicode.Scalar> = ["?", ".", "_", "|", "+", "!", "'", "’", "*", "°", "™", "\"", ":", ","]

    /// The blocks ending the document (after a blank line each) that read as
    /// footnote bodies whose number the scan misread: one to three misread-number
    /// marks (spaces between allowed), a space, a capital, up to eight lines
    /// ending a sentence. In document order; none unless every block after the
    /// first such one is one too.
    func misreadTrailingBodies(_ document: DocumentLines) -> [MisreadBody] {
        let lines = document.lines
        var found: [MisreadBody] = []
        var last = lines.count - 1
        while true {
            while last >= 0, lines[last].isBlank { last -= 1 }
            guard last >= 0 else { break }
            var first = last
            while first > 0, !lines[first - 1].isBlank { first -= 1 }
            guard first > 0, last - first < 8, document.shape(last).endsSentence,
                  let opener = misreadNumberLength(document, line: first) else { break }
            found.append(MisreadBody(firstLine: first, lastLine: last, openerLength: opener))
            last = first - 1
        }
        return found.reversed()
    }

    /// How many scalars the misread number opening line `index` takes (`_ |` is
    /// three), if the line opens with one to three such marks, then a space
    /// and a capital.
    private func misreadNumberLength(_ document: DocumentLines, line index: Int) -> Int? {
        let scalars = document.scalars, line = document.lines[index]
        var position = line.contentStart, marks = 0
        while position < line.contentEnd, marks < 3, Self.misreadNumbers.contains(scalars[position]) {
            marks += 1
            position += 1
            if position + 1 < line.contentEnd, scalars[position] == " ", Self.misreadNumbers.contains(scalars[position + 1]) { position += 1 }
        }
        guard marks >= 1, position + 1 < line.contentEnd, scalars[position] == " ",
              CharacterClass.isUppercase(scalars[position + 1]) else { return nil }
        return position - line.contentStart
    }

    /// Whether a line starting with `scalar` can open a footnote body (a digit or superscript digit).
    static func opensWithNumber(_ scalar: Unicode.Scalar) -> Bool {
        ("1"..."9").contains(scalar) || superscripts.contains(Character(scalar))
    }

    /// The number opening a footnote body (`1 Rapport…`, `¹ Rapport…`), if any.
    func footnoteNumber(_ line: LineShape) -> Int? {
        let token = line.firstToken
        let value: Int?
        if let index = Self.superscripts.firstIndex(of: token.first ?? " "), token.count == 1 {
            value = index
        } else if token.count <= 2, token.allSatisfy(\.isASCII), token.allSatisfy(\.isNumber) {
            value = Int(token)
        } else {
            value = nil
        }
        guard let value, value >= 1 else { return nil }
        let rest = line.text.dropFirst(token.count)
        guard rest.first == " ", let opening = rest.dropFirst().first, opening.isUppercase else { return nil }
        return value
    }

    /// The reference mark for footnote `number` nearest before `to` — or, with
    /// `first`, the first one after `from` (bodies at the end, in order).
    func findMark(_ document: DocumentLines, number: Int, from: Int, to: Int, first: Bool = false) -> Mark? {
        let scalars = document.scalars
        let digits = Array(String(number).unicodeScalars)
        let superscript = Array(Self.superscript(number).unicodeScalars)
        var best: Mark?
        var index = from
        while index < to {
            defer { index += 1 }
            // Only these characters can be marks: test them before any Unicode property.
            let scalar = scalars[index]
            // ASCII letters and spaces, most of a text, first: no set is hashed for them.
            if scalar == " " || (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A { continue }
            guard ("0"..."9").contains(scalar) || scalar == superscript.first || Self.markSymbols.contains(scalar)
                || Self.apostrophes.contains(scalar) || scalar == "?" || scalar == "!" else { continue }
            // A mark follows a word of at least two letters.
            guard index >= 2, CharacterClass.isLetter(scalars[index - 1]), CharacterClass.isLetter(scalars[index - 2]) else { continue }
            var candidate: Mark?
            if matches(scalars, at: index, superscript) {
                candidate = Mark(offset: index, text: Self.text(superscript), strength: 3)
            } else if matches(scalars, at: index, digits), wordLength(scalars, before: index) >= 3,
                      !followsWordCharacter(scalars, index + digits.count) {
                candidate = Mark(offset: index, text: Self.text(digits), strength: 2)
            } else if Self.markSymbols.contains(scalars[index]), !followsWordCharacter(scalars, index + 1) {
                candidate = Mark(offset: index, text: String(Character(scalars[index])), strength: 1)
            } else if Self.apostrophes.contains(scalars[index]), index + 1 < scalars.count,
                      ".,;:)".unicodeScalars.contains(scalars[index + 1]) || scalars[index + 1] == "\n" {
                candidate = Mark(offset: index, text: String(Character(scalars[index])), strength: 0)
            } else if scalar == "?" || scalar == "!", index + 1 < scalars.count, ".,;".unicodeScalars.contains(scalars[index + 1]) {
                // `Unies?.`, `réseaux!.`: French spaces its `?` and `!`, and no stop or comma follows them.
                candidate = Mark(offset: index, text: String(Character(scalar)), strength: 1)
            }
            if first, let candidate { return candidate }
            // The strongest kind of mark wins; among equals, the nearest to the body.
            if let candidate, candidate.strength >= (best?.strength ?? -1) { best = candidate }
        }
        return best
    }

    private static func text(_ scalars: [Unicode.Scalar]) -> String {
        String(scalars: scalars)
    }

    private func matches(_ scalars: [Unicode.Scalar], at index: Int, _ pattern: [Unicode.Scalar]) -> Bool {
        index + pattern.count <= scalars.count && Array(scalars[index..<index + pattern.count]) == pattern
    }

    private func followsWordCharacter(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index < scalars.count && (CharacterClass.isLetter(scalars[index]) || scalars[index].properties.numericType != nil)
    }

    private func wordLength(_ scalars: [Unicode.Scalar], before index: Int) -> Int {
        var start = index
        while start > 0, CharacterClass.isLetter(scalars[start - 1]) { start -= 1 }
        if start > 0, scalars[start - 1].properties.numericType != nil || scalars[start - 1] == "/" { return 0 }
        return index - start
    }
}
