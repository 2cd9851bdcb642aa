import AlineaText
/// One physical line of the input, cleaned for analysis: Markdown emphasis
/// (`**`) removed, runs of spaces folded to one, ends trimmed, every scalar
/// still mapped to its input offset.
struct SourceLine: Sendable {
    /// Position of the line in the document (0-based).
    let index: Int
    /// The cleaned line.
    let text: MappedText
    /// Whether the raw line began with a space or tab: in raw OCR exports a
    /// page break leaves the first line of the new page indented.
    let startsIndented: Bool

    /// The cleaned line as a `String`.
    var string: String { text.string }
    /// Whether the line holds no text (empty, spaces, or emphasis marks only).
    var isBlank: Bool { text.isEmpty }
    /// Length in scalars, used to tell full (wrapped) lines from short (final) ones.
    var length: Int { text.count }

    /// The last scalar, if any.
    var lastScalar: Unicode.Scalar? { text.scalars.last }
    /// The first letter of the line is lower-case: the line continues a sentence.
    var startsLowercase: Bool {
        guard let first = text.scalars.first else { return false }
        return CharacterClass.isLowercase(first)
    }
    /// Ends with punctuation that can close a clause or sentence (`. , ; : ! ?`).
    var endsWithClausePunctuation: Bool {
        guard let last = lastScalar else { return false }
        return ".,;:!?".unicodeScalars.contains(last)
    }
    /// Ends with punctuation that closes a sentence or a list item (`. ; : ! ?`).
    var endsWithFinalPunctuation: Bool {
        guard let last = lastScalar else { return false }
        return ".;:!?".unicodeScalars.contains(last)
    }

    /// Whether the line has letters and none of them is lower-case (`ROLE`, the end of a wrapped title).
    var hasNoLowercase: Bool {
        text.scalars.contains { CharacterClass.isLetter($0) } && !text.scalars.contains { CharacterClass.isLowercase($0) }
    }

    /// Whether the line is written in capitals (a title line): at least two
    /// words or eight letters, and no more than a tenth of its letters lower-case.
    var isAllCaps: Bool {
        var upper = 0, lower = 0
        for scalar in text.scalars where CharacterClass.isLetter(scalar) {
            if CharacterClass.isLowercase(scalar) { lower += 1 } else if CharacterClass.isUppercase(scalar) { upper += 1 }
        }
        guard upper >= 4, lower * 10 <= upper + lower else { return false }
        let words = string.split(whereSeparator: { $0 == " " }).filter { $0.unicodeScalars.contains { CharacterClass.isLetter($0) } }
        return words.count >= 2 || upper >= 8
    }

    /// Splits `scalars` into cleaned lines.
    static func lines(of scalars: [Unicode.Scalar]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var lineStart = 0
        var position = 0
        func finish(_ end: Int) {
            lines.append(clean(scalars, lineStart..<end, index: lines.count))
        }
        while position < scalars.count {
            if scalars[position] == "\n" {
                finish(position)
                lineStart = position + 1
            }
            position += 1
        }
        if lineStart < scalars.count || scalars.isEmpty { finish(scalars.count) }
        return lines
    }

    private static func clean(_ scalars: [Unicode.Scalar], _ range: Range<Int>, index: Int) -> SourceLine {
        var text = MappedText()
        var pendingSpace: (scalar: Unicode.Scalar, offset: Int, run: Int)?
        var position = range.lowerBound
        let indented = range.lowerBound < range.upperBound && (scalars[range.lowerBound] == " " || scalars[range.lowerBound] == "\t")
        while position < range.upperBound {
            let scalar = scalars[position]
            if scalar == "*", position + 1 < range.upperBound, scalars[position + 1] == "*" {
                position += 2
                continue
            }
            if scalar.properties.isWhitespace {
                if let space = pendingSpace {
                    pendingSpace = (space.scalar, space.offset, space.run + 1)
                } else {
                    pendingSpace = (scalar, position, 1)
                }
                position += 1
                continue
            }
            if let space = pendingSpace {
                if !text.isEmpty {
                    // A lone space keeps its character (e.g. a no-break space before ':'); a run becomes one space.
                    text.append(space.run == 1 && space.scalar != "\t" && space.scalar != "\r" ? space.scalar : " ", offset: space.offset)
                }
                pendingSpace = nil
            }
            text.append(scalar, offset: position)
            position += 1
        }
        return SourceLine(index: index, text: text, startsIndented: indented)
    }
}
