import AlineaLexicon
import AlineaText

/// Puts back a short block of lines that the OCR engine read out of order.
///
/// On a page with uneven line lengths or indentation, tesseract sometimes
/// cuts a paragraph into blocks and emits them in the wrong order: the
/// second half of a hyphenated word then opens a block that comes *before*
/// the block ending with its first half (`… une` / `necté que vous…` /
/// `clé USB ou un ordinateur con-`). The word itself is the evidence: when
/// the first half ending one block and the fragment opening an earlier block
/// join into a word the lexicon knows (`con` + `necté`), while the fragment
/// alone is none, and the block before that earlier block stops mid-sentence,
/// the hyphenated block belongs between them. It is moved there, joined to
/// both neighbours as wrapped lines (the layout pass then re-joins them and
/// undoes the hyphenation). Nothing moves on weaker evidence, and the move is
/// two ordinary edits (removal and insertion), so the log reverts it.
public struct ReadingOrderRepairer: Sendable {
    let lexicon: HunspellDictionary?

    /// Without a lexicon there is no evidence, and nothing moves.
    public init(lexicon: HunspellDictionary?) {
        self.lexicon = lexicon
    }

    /// The longest block (in lines) that is moved: misplaced fragments are a line or two.
    static let maximumBlockLines = 3
    /// How many blocks back the continuation may stand.
    static let searchDistance = 2

    /// A run of non-blank lines.
    struct Block {
        let firstLine: Int
        let lastLine: Int
    }

    /// The `reading-order` stage for `text` (NFC, LF line ends).
    public func repair(_ text: String) -> EditStage {
        guard let lexicon else { return EditStage(name: "reading-order", edits: []) }
        let document = DocumentLines(text)
        let blocks = Self.blocks(of: document)
        var edits: [Edit] = []
        var touched = Set<Int>()
        for k in blocks.indices where k >= 2 && !touched.contains(k) {
            let block = blocks[k]
            guard block.lastLine - block.firstLine < Self.maximumBlockLines,
                  let half = Self.hyphenatedHalf(ending: document.content(block.lastLine)) else { continue }
            // A continuation right after the block is the ordinary case (the layout pass joins it).
            if k + 1 < blocks.count, Self.opensWithLowercase(document.content(blocks[k + 1].firstLine)) { continue }
            for j in stride(from: k - 1, through: max(1, k - Self.searchDistance), by: -1)
            where !touched.contains(j) && !touched.contains(j - 1) {
                let continuation = blocks[j], before = blocks[j - 1]
                let opening = document.content(continuation.firstLine)
                guard Self.opensWithLowercase(opening), let fragment = Self.leadingLetters(of: opening),
                      !Self.endsSentence(document.content(before.lastLine)),
                      !lexicon.spell(fragment), lexicon.spell(half + fragment) else { continue }
                // Into place: the sentence cut after `before` runs on through the moved block into `continuation`.
                let movedText = document.text(document.lines[block.firstLine].start, document.lines[block.lastLine].end)
                let gapStart = document.lines[before.lastLine].end, gapEnd = document.lines[continuation.firstLine].start
                edits.append(Edit(offset: gapStart, before: document.text(gapStart, gapEnd),
                                  after: "\n" + movedText + "\n", rule: "reading-order", confidence: 0.8))
                // Out of its old place, with the blank lines that set it apart.
                let removeStart = document.lines[blocks[k - 1].lastLine].end, removeEnd = document.lines[block.lastLine].end
                edits.append(Edit(offset: removeStart, before: document.text(removeStart, removeEnd), after: "",
                                  rule: "reading-order", confidence: 0.8))
                touched.formUnion([j - 1, j, k - 1, k])
                break
            }
        }
        return EditStage(name: "reading-order", edits: edits)
    }

    /// The runs of non-blank lines of `document`.
    static func blocks(of document: DocumentLines) -> [Block] {
        var blocks: [Block] = []
        var first: Int?
        for (index, line) in document.lines.enumerated() {
            if line.isBlank {
                if let start = first { blocks.append(Block(firstLine: start, lastLine: index - 1)) }
                first = nil
            } else if first == nil {
                first = index
            }
        }
        if let start = first { blocks.append(Block(firstLine: start, lastLine: document.lines.count - 1)) }
        return blocks
    }

    /// `con` for a line ending `un ordinateur con-`: the letters before a final
    /// hyphen, lower-cased; nil when the line does not end so.
    static func hyphenatedHalf(ending line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count >= 3, scalars.last == "-" else { return nil }
        var start = scalars.count - 1
        while start > 0, CharacterClass.isLetter(scalars[start - 1]) { start -= 1 }
        guard start < scalars.count - 1 else { return nil }
        return String(String.UnicodeScalarView(scalars[start..<(scalars.count - 1)])).lowercased()
    }

    /// The letters opening `line` (`necté` for `necté que vous`), if it opens with one.
    static func leadingLetters(of line: String) -> String? {
        let letters = line.unicodeScalars.prefix { CharacterClass.isLetter($0) }
        return letters.isEmpty ? nil : String(String.UnicodeScalarView(letters))
    }

    /// Whether `line` opens with a lower-case letter (a sentence carried on).
    static func opensWithLowercase(_ line: String) -> Bool {
        line.unicodeScalars.first.map(CharacterClass.isLowercase) ?? false
    }

    /// Whether `line` ends a sentence or a clause the next block need not continue.
    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return true }
        return ".!?:;»\"”".unicodeScalars.contains(last)
    }
}
