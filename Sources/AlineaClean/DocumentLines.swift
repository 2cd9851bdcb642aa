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
    /// The text as UTF-8 and, for each scalar offset, its UTF-8 offset, so that
    /// cutting out a line's text is a byte copy.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int]

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
        self.utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var byte = 0
        for scalar in scalars {
            offsets.append(byte)
            byte += UTF8.width(scalar)
        }
        offsets.append(byte)
        self.utf8Offsets = offsets
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

    /// The text between two scalar offsets.
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: utf8[utf8Offsets[from]..<utf8Offsets[to]], as: UTF8.self)
    }

    /// Indices of the lines that have visible text.
    var contentLineIndices: [Int] { lines.indices.filter { !lines[$0].isBlank } }
}
