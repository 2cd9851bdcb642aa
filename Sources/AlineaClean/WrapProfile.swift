/// Whether a document is hard-wrapped (lines cut at a fixed width, as OCR
/// and plain-text exports do) or already has one paragraph per line, decided
/// from the statistics of its line lengths rather than per-file rules.
///
/// In a hard-wrapped text most lines that continue into a next line are
/// nearly as long as the widest lines and end mid-sentence; in text with
/// intentional line structure (one paragraph per line, headers, numbered
/// items on consecutive lines) lengths vary freely and line ends are
/// sentence or clause ends. Only hard-wrapped text is re-flowed, so clean
/// text passes through the layout stage unchanged.
struct WrapProfile: Sendable, Equatable {
    /// The wrap width: a high percentile of the visible line lengths, in scalars.
    let width: Int
    /// Whether the text looks hard-wrapped.
    let isHardWrapped: Bool
    /// Whether lines that start with whitespace are rare enough to mark page
    /// starts (OCR output) rather than being the document's indentation style.
    let indentMarksPageStart: Bool
    /// Whether paragraphs are separated by blank lines (most OCR output); when
    /// they are not, a clause opener after clause punctuation must mark them.
    var blankLinesSeparateParagraphs = true
    /// Whether an indented first line marks each paragraph (typewriter style).
    var indentMarksParagraph = false

    /// Fewer lines than this carry no usable statistics: left alone.
    static let minimumContinuedLines = 4

    init(_ document: DocumentLines) {
        let lines = document.lines
        let lengths = lines.filter { !$0.isBlank }.map(\.length).sorted()
        guard !lengths.isEmpty else {
            self.init(width: 0, isHardWrapped: false, indentMarksPageStart: false)
            return
        }
        let width = lengths[min(lengths.count - 1, Int(Double(lengths.count) * 0.9))]
        // Lines followed directly by another visible line: in wrapped text, the wrapped ones.
        var continued = 0, nearWidth = 0, endsOpen = 0
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            continued += 1
            if Double(lines[index].length) >= 0.7 * Double(width) { nearWidth += 1 }
            if let last = document.scalars[lines[index].contentEnd - 1] as Unicode.Scalar?,
               !".;:!?»\")".unicodeScalars.contains(last) { endsOpen += 1 }
        }
        let indented = lines.filter(\.isIndented).count
        // A page holds dozens of lines: indented lines more frequent than one in
        // fifteen are paragraph indents, rarer ones page starts.
        let paragraphIndents = indented > 0 && indented * 15 > lines.count && Double(indented) <= 0.5 * Double(lengths.count)
        let wrapped = continued >= Self.minimumContinuedLines
            && Double(nearWidth) >= 0.5 * Double(continued)
            && Double(endsOpen) >= 0.5 * Double(continued)
            && width <= 200
        self.init(width: width, isHardWrapped: wrapped,
                  indentMarksPageStart: wrapped && !paragraphIndents && Double(indented) <= 0.2 * Double(lengths.count))
        indentMarksParagraph = wrapped && paragraphIndents
        let blankRuns = lines.indices.dropFirst().filter { lines[$0].isBlank && !lines[$0 - 1].isBlank }.count
        blankLinesSeparateParagraphs = Double(blankRuns) >= 0.05 * Double(lengths.count)
    }

    init(width: Int, isHardWrapped: Bool, indentMarksPageStart: Bool) {
        self.width = width
        self.isHardWrapped = isHardWrapped
        self.indentMarksPageStart = indentMarksPageStart
    }
}
