import AlineaText

/// A document cut into lines over its Unicode scalars, so that layout passes
/// can reason about whole lines while producing edits whose offsets are
/// Unicode-scalar positions (the unit `Edit` uses).
struct DocumentLines: Sendable {
    /// One line: `start..<end` excludes the line feed; `contentStart..<contentEnd`
    /// excludes leading and trailing spaces and tabs.
    struct Line: Sendable {
        let start: Int
        let end: Int
        let contentStart: Int
        let contentEnd: Int
        /// Whether the line has no visible character.
        var isBlank: Bool { contentStart == contentEnd }
        /// Visible length in scalars.
        var length: Int { contentEnd - contentStart }
        /// Whether the line starts with horizontal whitespace before its content.
        var isIndented: Bool { !isBlank && contentStart > start }
    }

    let scalars: [Unicode.Scalar]
    let lines: [Line]

    init(_ text: String) {
        let scalars = text.scalarArray
        var lines: [Line] = []
        var start = 0
        func close(_ end: Int) {
            var contentStart = start, contentEnd = end
            while contentStart < end, Self.isSpace(scalars[contentStart]) { contentStart += 1 }
            while contentEnd > contentStart, Self.isSpace(scalars[contentEnd - 1]) { contentEnd -= 1 }
            lines.append(Line(start: start, end: end, contentStart: contentStart, contentEnd: contentEnd))
        }
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            close(index)
            start = index + 1
        }
        if start < scalars.count { close(scalars.count) }
        self.scalars = scalars
        self.lines = lines
    }

    /// Horizontal whitespace (not the line feed); the form feed OCR puts between
    /// pages counts too, so a page's first line reads as an indented page start.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{0C}" || scalar == "\u{0B}" || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }

    /// The visible text of line `index`.
    func content(_ index: Int) -> String {
        text(lines[index].contentStart, lines[index].contentEnd)
    }

    /// The shape of line `index`'s content (what `LineShape(content(index))` gives).
    func shape(_ index: Int) -> LineShape {
        LineShape(scalars: scalars[lines[index].contentStart..<lines[index].contentEnd])
    }

    /// The text between two scalar offsets, encoded from the scalars (the
    /// passes cut out a few lines and words, not the whole text: a table of
    /// UTF-8 offsets for every scalar cost more than the cuts it served).
    func text(_ from: Int, _ to: Int) -> String {
        String(scalars: scalars[from..<to])
    }

    /// Indices of the lines that have visible text.
    var contentLineIndices: [Int] { lines.indices.filter { !lines[$0].isBlank } }
}
