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
/// undoes the hyphenation). The same evidence catches a line cut after its
/// stroke-like `l` whose rest was emitted after the paragraph (`et |` …
/// `ancer une connexion`), and a line whose end was emitted later as the
/// first line of another block (`dans une transform` … `ation en`): the
/// lines after it in that block then go to the ends of the following lines,
/// as long as those run on and the two fit a printed line. Nothing moves on
/// weaker evidence, and a move is ordinary edits (removals and insertions),
/// so the log reverts it.
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
        // Lines that took back the end the engine cut off them: a line has only one.
        var hostLines = Set<Int>()
        // The line-end movers first: a block that is the rest of a stroke's line may also end
        // with a hyphen, and then belongs to that line, not in front of the hyphen's continuation.
        let width = Self.lineWidth(document)
        moveSplitLineEnds(document, blocks, lexicon, width: width, into: &edits, touched: &touched, hostLines: &hostLines)
        moveHyphenatedBlocks(document, blocks, lexicon, into: &edits, touched: &touched)
        moveHyphenatedBlocksIntoCutLines(document, blocks, lexicon, width: width, into: &edits, touched: &touched)
        joinWordsSplitAcrossBlocks(document, blocks, lexicon, into: &edits, touched: &touched)
        moveLineTails(document, blocks, lexicon, width: width, into: &edits, touched: &touched, hostLines: &hostLines)
        moveColumnTails(document, blocks, lexicon, width: width, into: &edits, touched: &touched, hostLines: &hostLines)
        moveColumnTailsEmittedFirst(document, blocks, lexicon, width: width, into: &edits, touched: &touched, hostLines: &hostLines)
        moveColumnBlocksEmittedFirst(document, blocks, lexicon, width: width, into: &edits, touched: &touched, hostLines: &hostLines)
        movePiecesEmittedEarly(document, blocks, lexicon, width: width, into: &edits, touched: &touched, hostLines: &hostLines)
        return EditStage(name: "reading-order", edits: edits)
    }

    /// A short block ending with the first half of a hyphenated word, read after the
    /// block its second half opens: it goes back in front of that block.
    private func moveHyphenatedBlocks(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary,
                                      into edits: inout [Edit], touched: inout Set<Int>) {
        for k in blocks.indices where k >= 2 && !touched.contains(k) {
            let block = blocks[k]
            guard let half = Self.hyphenatedHalf(document, block) else { continue }
            // A continuation right after the block is the ordinary case (the layout pass joins it).
            if k + 1 < blocks.count, Self.opensLowercase(document, blocks[k + 1].firstLine) { continue }
            for j in stride(from: k - 1, through: max(1, k - Self.searchDistance), by: -1)
            where !touched.contains(j) && !touched.contains(j - 1) {
                let continuation = blocks[j], before = blocks[j - 1]
                guard !document.shape(before.lastLine).endsClause,
                      Self.completes(half, at: continuation.firstLine, document, lexicon) else { continue }
                // Into place: the sentence cut after `before` runs on through the moved block into `continuation`.
                let movedText = document.text(document.lines[block.firstLine].start, document.lines[block.lastLine].end)
                let gapStart = document.lines[before.lastLine].end, gapEnd = document.lines[continuation.firstLine].start
                edits.append(Edit(offset: gapStart, before: document.text(gapStart, gapEnd),
                                  after: "\n" + movedText + "\n", rule: "reading-order", confidence: 0.8))
                // Out of its old place, with the blank lines that set it apart.
                edits.append(Self.removal(of: k, blocks, document))
                touched.formUnion([j - 1, j, k - 1, k])
                break
            }
        }
    }

    /// The first half of the word a short block's hyphen cuts (`con` of `ordinateur con-`), lower-cased.
    static func hyphenatedHalf(_ document: DocumentLines, _ block: Block) -> String? {
        guard block.lastLine - block.firstLine < maximumBlockLines, mayEndWithHyphen(document, block.lastLine),
              case let last = document.shape(block.lastLine), last.endsWithHyphen,
              case let half = last.wordBeforeHyphen.lowercased(), !half.isEmpty else { return nil }
        return half
    }

    /// Whether line `index` opens with the rest of the word `half` begins: a lower-case piece
    /// that is no word alone and makes one after `half` (`necté` after `con`).
    static func completes(_ half: String, at index: Int, _ document: DocumentLines, _ lexicon: HunspellDictionary) -> Bool {
        guard opensLowercase(document, index) else { return false }
        let fragment = leadingLetters(document, index)
        return !lexicon.spell(fragment) && lexicon.spell(half + fragment)
    }

    /// The edit that takes block `k` out of its place, with the blank lines that set it apart.
    static func removal(of k: Int, _ blocks: [Block], _ document: DocumentLines) -> Edit {
        let start = document.lines[blocks[k - 1].lastLine].end, end = document.lines[blocks[k].lastLine].end
        return Edit(offset: start, before: document.text(start, end), after: "", rule: "reading-order", confidence: 0.8)
    }

    /// The same block when the engine cut a paragraph's lines in two and the
    /// continuation opens a line *inside* an earlier block, right after a line
    /// the cut left short: `quand vous cliquez dessus,` / `pette, Cliquer avec…`
    /// … `le pointeur de la souris devient une pi-` / `régler le point blanc.`
    /// The halves of the hyphenated word are the evidence again (`pi` + `pette`
    /// is a word, `pette` alone is none), and the text right after the block
    /// must not continue it (`pi` + `régler` is no word). The block goes
    /// between the short line and its continuation.
    private func moveHyphenatedBlocksIntoCutLines(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary,
                                                  width: Int, into edits: inout [Edit], touched: inout Set<Int>) {
        for k in blocks.indices where k >= 1 && !touched.contains(k) && !touched.contains(k - 1) {
            let block = blocks[k]
            guard let half = Self.hyphenatedHalf(document, block) else { continue }
            if k + 1 < blocks.count, Self.opensLowercase(document, blocks[k + 1].firstLine),
               lexicon.spell(half + Self.leadingLetters(document, blocks[k + 1].firstLine)) { continue }
            search: for j in stride(from: k - 1, through: max(0, k - Self.searchDistance), by: -1) where !touched.contains(j) {
                let host = blocks[j]
                guard host.firstLine < host.lastLine else { continue }
                for index in (host.firstLine + 1)...host.lastLine {
                    let cut = index - 1
                    let cutShape = document.shape(cut)
                    guard 10 * document.lines[cut].length < 8 * width, !cutShape.endsClause, !cutShape.endsWithHyphen,
                          Self.completes(half, at: index, document, lexicon) else { continue }
                    let movedText = document.text(document.lines[block.firstLine].start, document.lines[block.lastLine].end)
                    let insertAt = document.lines[cut].end
                    edits.append(Edit(offset: insertAt, before: "", after: "\n" + movedText,
                                      rule: "reading-order", confidence: 0.8))
                    edits.append(Self.removal(of: k, blocks, document))
                    touched.formUnion([j, k - 1, k])
                    break search
                }
            }
        }
    }

    /// The end of a line the engine emitted later, as the first line of a
    /// block of its own: `… dans une transform` / `miroir, …` … `ation en` /
    /// `mais la brosse…`, or `En appuy` … `ant en même`. The line stops on a
    /// piece of a word and the later line opens with one; neither piece is a
    /// word, together they are one the lexicon knows — or the line stops on a
    /// word that a lone letter lengthens into another (`vous devez active` …
    /// `r vous-même`) and the two together make one printed line. The later line goes
    /// back to the end of the line it finishes; the rest of its block stays
    /// (it is often the paragraph's true continuation).
    private func moveLineTails(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary, width: Int,
                               into edits: inout [Edit], touched: inout Set<Int>, hostLines: inout Set<Int>) {
        let earlier = touched
        var tails = Set<Int>()
        for k in blocks.indices where k >= 1 && !touched.contains(k) {
            let tailLine = blocks[k].firstLine
            // The rest of a number (`Section 7.2` … `.1, « En cas de problèmes » pour`): no line
            // break falls inside a number, so a line opening with its decimals is a line's end.
            let number = Self.opensWithDecimals(document, tailLine)
            let fragment = Self.leadingLetters(document, tailLine)
            guard number || Self.opensLowercase(document, tailLine) && Self.isPieceOfWord(fragment, lexicon) else { continue }
            let tailLength = document.lines[tailLine].length
            // A block this pass already gave a tail back to, or whose neighbour it took, may take
            // another (`En appuy` … `ant en même` and `vous devez active` … `r vous-même` were
            // cut from one paragraph at one gap); a block another pass moved may not.
            search: for j in stride(from: k - 1, through: max(0, k - Self.searchDistance), by: -1)
            where !earlier.contains(j) && !tails.contains(j) {
                for index in (blocks[j].firstLine...blocks[j].lastLine).reversed() where !hostLines.contains(index) {
                    // The last line of the block right before is `joinWordsSplitAcrossBlocks`'s.
                    if j == k - 1 && index == blocks[j].lastLine { continue }
                    let line = document.lines[index]
                    guard line.length >= 2 else { continue }
                    if number {
                        guard CharacterClass.isDigit(document.scalars[line.contentEnd - 1]), index + 1 != tailLine,
                              Double(line.length + tailLength) <= 1.1 * Double(width) else { continue }
                    } else {
                        guard CharacterClass.isLetter(document.scalars[line.contentEnd - 1]) else { continue }
                        let start = CharacterClass.letterRunStart(document.scalars, endingAt: line.contentEnd, floor: line.contentStart)
                        guard line.contentEnd - start >= 2, case let first = document.text(start, line.contentEnd),
                              lexicon.spell((first + fragment).lowercased()) else { continue }
                        // A word cut after a shorter word (`vous devez active` … `r vous-même`, `de` … `s
                        // motifs`): only a lone letter that is no word, and a printed line's worth of text,
                        // the tail and its host together, say so (a longer piece found false hosts).
                        if lexicon.spell(first) {
                            guard fragment.unicodeScalars.count == 1, 2 * line.length >= width, Double(line.length + tailLength) <= 1.15 * Double(width) else { continue }
                        }
                    }
                    let mapped = tailEdits(document, blocks, tailBlock: k, anchor: index, in: blocks[j], width: width,
                                           occupied: hostLines,
                                           first: Edit(offset: line.contentEnd, before: "", after: document.content(tailLine),
                                                       rule: "reading-order", confidence: 0.8))
                    edits += mapped
                    touched.formUnion([j, k - 1, k])
                    tails.insert(k)
                    hostLines.formUnion(index..<(index + mapped.count - 1))
                    break search
                }
            }
        }
    }

    /// The right-hand column of a paragraph the engine cut in two (a figure or
    /// a gap beside it) and emitted as a block of its own: `… des calques ou
    /// sel` / `plus de … totalement opaqui` … `tions semi-transparents : ici,
    /// noir signifie` / `. L’image doit posséder un`. No word need join across
    /// the cut (the letters at it are often lost); the geometry is the
    /// evidence, and it must hold for two lines at least: a block of two or
    /// more lines that opens in lower case or with a mark, and as many
    /// consecutive short lines in one of the two blocks before it, each of
    /// which the tail line of the same rank fills to a printed line's width
    /// (90–110 %), at one place only. Each tail line goes to the end of its
    /// line; the block leaves its place.
    private func moveColumnTails(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary, width: Int,
                                 into edits: inout [Edit], touched: inout Set<Int>, hostLines: inout Set<Int>) {
        let full = Double(width)
        for k in blocks.indices where k >= 1 && !touched.contains(k) {
            let tail = blocks[k]
            let count = tail.lastLine - tail.firstLine + 1
            guard count >= 2, count <= 2 * Self.maximumBlockLines, Self.opensAsContinuation(document, tail.firstLine) else { continue }
            let fitting = Self.hostRuns(document, blocks, max(0, k - Self.searchDistance)..<k, count: count, touched: touched).filter {
                Self.tailsFill(document, hosts: $0.lines, tails: tail.firstLine, width: full, taken: hostLines,
                               spansBlank: $0.blocks.count > 1, lexicon: lexicon)
            }
            guard fitting.count == 1, let host = fitting.first else { continue }
            Self.appendTails(document, hosts: host.lines, tails: tail.firstLine, lexicon: lexicon, into: &edits, hostLines: &hostLines)
            let removeStart = document.lines[blocks[k - 1].lastLine].end, removeEnd = document.lines[tail.lastLine].end
            edits.append(Edit(offset: removeStart, before: document.text(removeStart, removeEnd), after: "",
                              rule: "reading-order", confidence: 0.7))
            touched.formUnion(host.blocks + [k - 1, k])
        }
    }

    /// Lines that may take a column's pieces: each run of `count` consecutive
    /// non-blank lines of the untouched blocks in `range`, with their blocks. A blank
    /// line the engine put between two of them does not part them when the line after it
    /// runs on as a continuation (`… ou mê` ¶ `important … noyau Linu` took `me un
    /// système d’occasion, il est` / `x. Vérifiez …`); a line after it that opens as a
    /// heading or a paragraph does (`Tramage`).
    static func hostRuns(_ document: DocumentLines, _ blocks: [Block], _ range: Range<Int>, count: Int,
                         touched: Set<Int>) -> [(lines: [Int], blocks: [Int])] {
        var runs: [(lines: [Int], blocks: [Int])] = []
        var lines: [(line: Int, block: Int)] = []
        func collect() {
            guard lines.count >= count else { return }
            for start in 0...(lines.count - count) {
                let run = lines[start..<(start + count)]
                runs.append((run.map(\.line), Array(Set(run.map(\.block))).sorted()))
            }
        }
        for j in range {
            if touched.contains(j) || !opensAsContinuation(document, blocks[j].firstLine) { collect(); lines = [] }
            if touched.contains(j) { continue }
            lines += (blocks[j].firstLine...blocks[j].lastLine).map { ($0, j) }
        }
        collect()
        return runs
    }

    /// The same cut emitted the other way round: the right-hand pieces end a
    /// block, after a full line and before their left-hand halves, which open a
    /// later block (`… fixes par l’amont` / `s de paquets binaires à l’aide…` /
    /// `le numéros logiques de version et les` … `et nous les suivons dans nos nom` /
    /// `mais parfois les amonts n’utilisent pas d`). The evidence is the geometry
    /// again: two or more short lines closing a block right after a full one, the
    /// first opening as a continuation, and as many consecutive short lines in one
    /// of the two blocks after it, each filled by the piece of the same rank to a
    /// printed line's width, at one place only. A paragraph's own end is one short
    /// line after full ones, never two; and a first piece that completes the
    /// full line's hyphenated word (`de bu-` / `reau avec…`) continues it where it is.
    private func moveColumnTailsEmittedFirst(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary, width: Int,
                                             into edits: inout [Edit], touched: inout Set<Int>, hostLines: inout Set<Int>) {
        let full = Double(width)
        for k in blocks.indices where !touched.contains(k) {
            let block = blocks[k]
            var first = block.lastLine + 1
            while first > block.firstLine, Double(document.lines[first - 1].length) < 0.75 * full,
                  block.lastLine - first + 2 <= 2 * Self.maximumBlockLines { first -= 1 }
            let count = block.lastLine - first + 1
            guard count >= 1, first > block.firstLine, Double(document.lines[first - 1].length) >= 0.9 * full,
                  Self.opensAsContinuation(document, first) else { continue }
            // One short line after full ones is a paragraph's end, unless it stops mid-sentence
            // and the next block opens on the short line it finishes (`moins seront noirs (pas de
            // couleur avec un ca`), while the piece opens with a piece of a word (`nal de couleur
            // sélectionné, ou`) or that line stops mid-sentence too with its paragraph running on
            // after it (`pare-feu. On pourra … du matériel dédi` / `plus souple est…` took `mais
            // une solution peut-être plus simple et`).
            let single = count == 1
            if single {
                let shape = document.shape(first)
                guard !shape.endsClause, shape.opensLowercase, k + 1 < blocks.count,
                      case let host = blocks[k + 1].firstLine, Self.opensLowercase(document, host) else { continue }
                let runsOn = host < blocks[k + 1].lastLine && Self.opensLowercase(document, host + 1)
                    && !document.shape(host).endsClause
                guard runsOn || Self.isPieceOfWord(shape.leadingLetters.lowercased(), lexicon) else { continue }
            }
            // The full line's hyphen completed by the first piece (`de bu-` / `reau avec…`): the
            // lines are in order, and whatever stands after the block is some other line's.
            if Self.completesHyphen(of: first - 1, at: first, document, lexicon) { continue }
            let runs = single ? (k + 1 < blocks.count && !touched.contains(k + 1) ? [([blocks[k + 1].firstLine], [k + 1])] : [])
                : Self.hostRuns(document, blocks, (k + 1)..<min(blocks.count, k + 1 + Self.searchDistance), count: count, touched: touched)
            let fitting = runs.filter {
                Self.tailsFill(document, hosts: $0.lines, tails: first, width: full, taken: hostLines, spansBlank: $0.blocks.count > 1, lexicon: lexicon)
            }
            guard fitting.count == 1, let host = fitting.first else { continue }
            // Out of the block first (the edits are sorted by offset; the hosts come later).
            let removeStart = document.lines[first - 1].end, removeEnd = document.lines[block.lastLine].end
            edits.append(Edit(offset: removeStart, before: document.text(removeStart, removeEnd), after: "",
                              rule: "reading-order", confidence: 0.7))
            Self.appendTails(document, hosts: host.lines, tails: first, lexicon: lexicon, into: &edits, hostLines: &hostLines)
            touched.formUnion(host.blocks + [k])
        }
    }

    /// The same cut emitted with the right-hand pieces as a block of their own, before the
    /// block their left-hand halves open (`… sur la même ligne.` ¶ `‘x par une liaison de
    /// prolongation. Les` / `Dès lors que` ¶ `Cet exemple … connecter deux vo` / `liaisons de
    /// … même voi`). A block that opens as a continuation right after a sentence's end is out
    /// of place, and that is the evidence beside the geometry: two or more lines, as many
    /// consecutive short lines in the two blocks after it, each filled by the piece of the
    /// same rank to a printed line's width, at one place only. Three ranks need no word at
    /// the cut even when a blank line parts the hosts (`Cela vous` / `bon endroi` ¶
    /// `comprenne aucune modifi`): the block's place stands for it.
    private func moveColumnBlocksEmittedFirst(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary, width: Int,
                                              into edits: inout [Edit], touched: inout Set<Int>, hostLines: inout Set<Int>) {
        let full = Double(width)
        for k in blocks.indices where k >= 1 && !touched.contains(k) && !touched.contains(k - 1) {
            let tail = blocks[k]
            let count = tail.lastLine - tail.firstLine + 1
            guard count >= 2, count <= 2 * Self.maximumBlockLines, Self.opensAsPiece(document, tail.firstLine),
                  document.shape(blocks[k - 1].lastLine).endsSentence else { continue }
            let runs = Self.hostRuns(document, blocks, (k + 1)..<min(blocks.count, k + 1 + Self.searchDistance), count: count, touched: touched)
            let fitting = runs.filter {
                Self.tailsFill(document, hosts: $0.lines, tails: tail.firstLine, width: full, taken: hostLines,
                               spansBlank: $0.blocks.count > 1 && count < 3, lexicon: lexicon)
            }
            guard fitting.count == 1, let host = fitting.first else { continue }
            let removeStart = document.lines[blocks[k - 1].lastLine].end, removeEnd = document.lines[tail.lastLine].end
            edits.append(Edit(offset: removeStart, before: document.text(removeStart, removeEnd), after: "",
                              rule: "reading-order", confidence: 0.7))
            Self.appendTails(document, hosts: host.lines, tails: tail.firstLine, lexicon: lexicon, into: &edits, hostLines: &hostLines)
            touched.formUnion(host.blocks + [k - 1, k])
        }
    }

    /// Whether line `index` opens as the rest of a line: as a continuation, or with a
    /// speck the engine read at the cut before a lower-case letter (`‘x par une liaison`).
    static func opensAsPiece(_ document: DocumentLines, _ index: Int) -> Bool {
        if opensAsContinuation(document, index) { return true }
        let line = document.lines[index]
        guard line.length >= 2, "‘’'`_".unicodeScalars.contains(document.scalars[line.contentStart]) else { return false }
        return CharacterClass.isLowercase(document.scalars[line.contentStart + 1])
    }

    /// Whether each of the lines `hosts` is short (the first under 75 % of `width`; past it, a
    /// short piece may finish a line up to 85 % full: `… même voi` / `x. Dès lors que`), free
    /// and unhyphenated, and the line of the same rank from `tails` fills it to 90–110 % of `width`. With three pieces
    /// or more, the last may be the paragraph's own end (`IMP.` after `… peuvent
    /// bloquer,`): a piece that ends a sentence needs only to fit its host, which may be
    /// as long as the others are short — the ranks before it carry the evidence. Three
    /// ranks, or a word the cut split at one of them (`Linu` / `x. Vérifiez`), are evidence
    /// enough for lines 85 % full (the letters at a cut are often lost); hosts that a blank
    /// line parts (`spansBlank`) need that word.
    static func tailsFill(_ document: DocumentLines, hosts: [Int], tails: Int, width: Double, taken: Set<Int>,
                          spansBlank: Bool, lexicon: HunspellDictionary) -> Bool {
        let count = hosts.count
        var loose = false
        let fits = hosts.indices.allSatisfy { rank in
            let line = document.lines[hosts[rank]], piece = document.lines[tails + rank]
            let joined = Double(line.length + 1 + piece.length)
            guard !taken.contains(hosts[rank]), !mayEndWithHyphen(document, hosts[rank]), joined <= 1.1 * width else { return false }
            if rank == count - 1, count >= 3, document.shape(tails + rank).endsSentence { return true }
            guard Double(line.length) < (rank == 0 ? 0.75 : 0.85) * width, joined >= 0.85 * width else { return false }
            loose = loose || joined < 0.9 * width
            return true
        }
        guard fits, loose || spansBlank else { return fits }
        let word = hosts.indices.contains { cut(piece: tails + $0, host: hosts[$0], document, lexicon) != nil }
        return word || count >= 3 && !spansBlank
    }

    /// Each line from `tails` on appended to the host line of the same rank in `hosts`, as
    /// `joined(piece:to:)` says.
    static func appendTails(_ document: DocumentLines, hosts: [Int], tails: Int, lexicon: HunspellDictionary,
                            into edits: inout [Edit], hostLines: inout Set<Int>) {
        for (rank, host) in hosts.enumerated() {
            edits.append(Edit(offset: document.lines[host].contentEnd, before: "", after: joined(piece: tails + rank, to: host, document, lexicon),
                              rule: "reading-order", confidence: 0.7))
            hostLines.insert(host)
        }
    }

    /// The text that line `piece` adds to the end of line `host` when it is the rest of it.
    /// A mark opening the piece belongs to the word before it (`opaqui` + `. image`). The cut
    /// falls anywhere in a line, so it may cut a word (`quel` / `ques`, `o` / `u`): where the
    /// host's last letters and the piece's first make a word and one of them alone is none (or
    /// a lone letter), the two are glued; where the piece's letters are a word's end run into
    /// the next word (`noi` / `ra été`: `noir` and `a`, neither piece a word), they are glued
    /// and parted there.
    static func joined(piece: Int, to host: Int, _ document: DocumentLines, _ lexicon: HunspellDictionary) -> String {
        let text = document.content(piece)
        if let first = text.unicodeScalars.first, ".,;:".unicodeScalars.contains(first) { return text }
        guard let cut = cut(piece: piece, host: host, document, lexicon) else { return " " + text }
        guard case let .parted(split) = cut else { return text }
        let scalars = Array(text.unicodeScalars)
        return String(scalars: scalars[..<split]) + " " + String(scalars: scalars[split...])
    }

    /// How a word cut between two lines continues on the second.
    enum Cut {
        /// All the letters the second line opens with belong to the word.
        case whole
        /// The first `n` do; the rest is a word of its own the engine ran on (`ra` of `noi` / `ra été`).
        case parted(Int)
    }

    /// Whether `first`, the letters a line ends with, and `second`, the letters another
    /// opens with, are one word cut in two, and how: nil when they are not.
    static func cutWord(_ first: String, _ second: String, _ lexicon: HunspellDictionary) -> Cut? {
        guard !first.isEmpty, !second.isEmpty else { return nil }
        // As written (`Linu` + `x`) or lower-cased (`LIB` + `rement`).
        let spell = { (word: String) in lexicon.spell(word) || lexicon.spell(word.lowercased()) }
        // A lone letter is no word here (`o` / `u d’étain`).
        let firstAlone = first.unicodeScalars.count > 1 && spell(first)
        let secondAlone = second.unicodeScalars.count > 1 && spell(second)
        if !(firstAlone && secondAlone), spell(first + second) { return .whole }
        // Parted only after letters that are no word (`noi`): `ra` may be one (`r` + `a`).
        guard !firstAlone else { return nil }
        let letters = Array(second.unicodeScalars)
        for split in stride(from: letters.count - 1, through: 1, by: -1) {
            let head = String(scalars: letters[..<split]), rest = String(scalars: letters[split...])
            if spell(first + head), spell(rest) { return .parted(split) }
        }
        return nil
    }

    /// How line `piece`, opening in lower case, continues a word that line `host` ends
    /// with, if it does (`cutWord`). An elided word opening the piece is a word of its own
    /// (`que` / `l’apprentissage` is no `quel`).
    static func cut(piece: Int, host: Int, _ document: DocumentLines, _ lexicon: HunspellDictionary) -> Cut? {
        let target = document.lines[host], line = document.lines[piece]
        let start = CharacterClass.letterRunStart(document.scalars, endingAt: target.contentEnd, floor: target.contentStart)
        guard start < target.contentEnd, opensLowercase(document, piece) else { return nil }
        let fragment = leadingLetters(document, piece)
        let after = line.contentStart + fragment.unicodeScalars.count
        if after < line.contentEnd, WordToken.isApostrophe(document.scalars[after]) { return nil }
        return cutWord(document.text(start, target.contentEnd), fragment, lexicon)
    }

    /// A right-hand piece emitted one line early: tesseract reads a paragraph cut in two
    /// columns as `… et que vous` / `ger sa forme (…).` ¶ `pouvez encore chan` /
    /// `». Vous devez appuyer sur la touche` ¶ `Mais vous … « Hold Shift, Ctrl…` / `Entrée. …`
    /// — each piece closes a block, and the short line it finishes opens the next. The
    /// evidence is the word the cut split (`chan` + `ger`, `noi` + `r a été`) and the
    /// geometry (the two fill a printed line, 80–110 %: the letters at the cut are often
    /// lost); a piece that opens with a mark (`». Vous`) needs no word when the line
    /// before it in its block took the piece before it and the two fill 90 % of a line.
    /// Each piece goes to the end of its line, and the blank line that split the
    /// paragraph goes with it. A chain another pass began (its first piece moved
    /// by `moveColumnTailsEmittedFirst`) goes on here (`continuesChain`).
    private func movePiecesEmittedEarly(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary, width: Int,
                                        into edits: inout [Edit], touched: inout Set<Int>, hostLines: inout Set<Int>) {
        let full = Double(width)
        var moved: [Int] = []
        for k in blocks.indices.dropLast() where !touched.contains(k + 1) && (!touched.contains(k) || continuesChain(blocks[k], hostLines)) {
            let pieceLine = blocks[k].lastLine, hostLine = blocks[k + 1].firstLine
            let piece = document.lines[pieceLine], host = document.lines[hostLine]
            let filled = Double(host.length + 1 + piece.length)
            guard Self.opensAsContinuation(document, pieceLine), !hostLines.contains(hostLine),
                  Double(host.length) < 0.75 * full, filled >= 0.8 * full, filled <= 1.1 * full,
                  !Self.mayEndWithHyphen(document, hostLine) else { continue }
            // A piece that continues the line before it is in order (`bu-` / `reau`, `transform` /
            // `ation`); after a hyphen it does not complete (`musi-` / `rement`), it is not.
            if pieceLine > blocks[k].firstLine {
                if Self.completesHyphen(of: pieceLine - 1, at: pieceLine, document, lexicon) { continue }
                let before = document.lines[pieceLine - 1]
                let start = CharacterClass.letterRunStart(document.scalars, endingAt: before.contentEnd, floor: before.contentStart)
                if start < before.contentEnd, Self.opensLowercase(document, pieceLine),
                   lexicon.spell(document.text(start, before.contentEnd).lowercased() + Self.leadingLetters(document, pieceLine).lowercased()) {
                    continue
                }
            }
            // The letters at a cut are often lost: a line 80 % full is filled on a word's evidence —
            // unless the line before the piece took the piece before it (here or in an earlier pass).
            let chained = hostLines.contains(pieceLine - 1) && filled >= 0.9 * full
            if !chained {
                let start = CharacterClass.letterRunStart(document.scalars, endingAt: host.contentEnd, floor: host.contentStart)
                guard Self.cut(piece: pieceLine, host: hostLine, document, lexicon) != nil,
                      Self.isPieceOfWord(Self.leadingLetters(document, pieceLine), lexicon)
                        || Self.isPieceOfWord(document.text(start, host.contentEnd).lowercased(), lexicon) else { continue }
            }
            edits.append(Edit(offset: piece.start, before: document.text(piece.start, host.start), after: "",
                              rule: "reading-order", confidence: 0.7))
            edits.append(Edit(offset: host.contentEnd, before: "", after: Self.joined(piece: pieceLine, to: hostLine, document, lexicon),
                              rule: "reading-order", confidence: 0.7))
            hostLines.insert(hostLine)
            moved += [k, k + 1]
        }
        touched.formUnion(moved)
    }

    /// Whether `block`, which another pass touched, goes on with the same cut: its first line
    /// took the piece the block before closed with (`moveColumnTailsEmittedFirst`), and it
    /// closes with a piece of its own for the block after (`… Pour insér` / `ne correspondant.`
    /// ¶ `laire, vous pouvez … de colo`): the chain goes on from there.
    func continuesChain(_ block: Block, _ hostLines: Set<Int>) -> Bool {
        block.lastLine == block.firstLine + 1 && hostLines.contains(block.firstLine)
    }

    /// Whether line `line` ends with a hyphen whose word the letters opening line
    /// `piece` complete (`de bu-` / `reau avec…`): the two are in order.
    static func completesHyphen(of line: Int, at piece: Int, _ document: DocumentLines, _ lexicon: HunspellDictionary) -> Bool {
        guard mayEndWithHyphen(document, line), case let shape = document.shape(line), shape.endsWithHyphen else { return false }
        return lexicon.spell(shape.wordBeforeHyphen.lowercased() + leadingLetters(document, piece).lowercased())
    }

    /// Whether line `index` opens as the rest of a line does: with a lower-case
    /// letter or a mark that follows a word (`.`, `,`, `;`, `:`, a closing quote or bracket).
    static func opensAsContinuation(_ document: DocumentLines, _ index: Int) -> Bool {
        let line = document.lines[index]
        return opensLowercase(document, index) || !line.isBlank && ".,;:»”)]".unicodeScalars.contains(document.scalars[line.contentStart])
    }

    /// Whether line `index` opens with the decimals of a number cut before them: a `.`
    /// or `,` and a digit (`.1, « En cas de problèmes »`).
    static func opensWithDecimals(_ document: DocumentLines, _ index: Int) -> Bool {
        let line = document.lines[index]
        return line.length >= 2 && ".,".unicodeScalars.contains(document.scalars[line.contentStart])
            && CharacterClass.isDigit(document.scalars[line.contentStart + 1])
    }


    /// Whether `fragment`, the letters a block opens with, can only be the
    /// rest of a word: two letters or more that are no word, or a lone letter
    /// whose only reading is the letter's own name (`r`; not `a`, `y`).
    static func isPieceOfWord(_ fragment: String, _ lexicon: HunspellDictionary) -> Bool {
        switch fragment.unicodeScalars.count {
        case 0: return false
        case 1: return lexicon.tags(of: fragment) == [.nom]
        default: return !lexicon.spell(fragment)
        }
    }

    /// A word the engine cut between two blocks without a hyphen: `une m` /
    /// `ain (montrant…`, `transform` / `ation en`, `dép|` / `acer un calque`
    /// (its `l` read as a bar). Neither piece is a word, together (with the
    /// `l` the bar stood for) they are one the lexicon knows: the blocks are
    /// one paragraph and the word is joined.
    private func joinWordsSplitAcrossBlocks(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary,
                                            into edits: inout [Edit], touched: inout Set<Int>) {
        for k in blocks.indices where k >= 1 && !touched.contains(k) && !touched.contains(k - 1) {
            let endLine = document.lines[blocks[k - 1].lastLine], startLine = document.lines[blocks[k].firstLine]
            var end = endLine.contentEnd
            let bar = end - 1 > endLine.contentStart && document.scalars[end - 1] == "|"
            if bar { end -= 1 }
            let start = CharacterClass.letterRunStart(document.scalars, endingAt: end, floor: endLine.contentStart)
            guard start < end, Self.opensLowercase(document, blocks[k].firstLine),
                  case let second = Self.leadingLetters(document, blocks[k].firstLine) else { continue }
            let first = document.text(start, end)
            let joined = first + (bar ? "l" : "") + second
            // A lone letter is a word only as a symbol or a unit (`m`): no sentence stops on one,
            // and no paragraph opens with one (`e` / `n cours`, `L` / `a difficulté`) — save a small
            // letter that is a word of its own ending the block (`a`, `y`: `rester a` / `l’heure` is
            // `à l’heure`), and an elided head, which its apostrophe shows whole (`l’heure`).
            let secondEnd = startLine.contentStart + second.unicodeScalars.count
            let elidedHead = secondEnd < startLine.contentEnd && WordToken.isApostrophe(document.scalars[secondEnd])
            let firstIsWord = first.unicodeScalars.count == 1 ? first == first.lowercased() && !Self.isPieceOfWord(first, lexicon)
                : lexicon.spell(first)
            guard !elidedHead, !firstIsWord, second.unicodeScalars.count == 1 || !lexicon.spell(second),
                  lexicon.spell(joined.lowercased()) else { continue }
            edits.append(Edit(offset: end, before: document.text(end, startLine.contentStart), after: bar ? "l" : "",
                              rule: "split-word", confidence: 0.75))
            touched.formUnion([k - 1, k])
        }
    }

    /// Strokes a scan makes of an `l` cut off the rest of its line.
    static let strokes: Set<Unicode.Scalar> = ["|", "l", "I", "1"]

    /// The other split: the engine cut a line after its stroke-like first
    /// letter (`… sélectionnez Configurer et |`) and emitted the rest of the
    /// line as a block of its own after the paragraph (`ancer une connexion`).
    /// When `l` and the fragment make a word the lexicon knows (`lancer`) and
    /// the fragment alone is none — or the stroke is a bar, no letter at all,
    /// and the fragment stops mid-sentence (`sur |` … `a sortie standard et
    /// sous une`) — the block goes back in place of the stroke.
    private func moveSplitLineEnds(_ document: DocumentLines, _ blocks: [Block], _ lexicon: HunspellDictionary, width: Int,
                                   into edits: inout [Edit], touched: inout Set<Int>, hostLines: inout Set<Int>) {
        for k in blocks.indices where k >= 1 && !touched.contains(k) {
            let fragmentBlock = blocks[k]
            guard fragmentBlock.lastLine - fragmentBlock.firstLine < Self.maximumBlockLines,
                  Self.opensLowercase(document, fragmentBlock.firstLine),
                  case let fragment = Self.leadingLetters(document, fragmentBlock.firstLine),
                  lexicon.spell("l" + fragment) else { continue }
            // A fragment that is a word itself (`a sortie` → `la sortie`) needs the bar, which is no
            // letter, and a block that stops mid-sentence, as the rest of a line does.
            let fragmentIsWord = lexicon.spell(fragment)
            if fragmentIsWord, document.shape(fragmentBlock.lastLine).endsClause { continue }
            for j in stride(from: k - 1, through: max(0, k - Self.searchDistance), by: -1) where !touched.contains(j) {
                // The last line of the earlier block that ends with a lone stroke after a space.
                let candidates = (blocks[j].firstLine...blocks[j].lastLine).reversed().filter { index in
                    let line = document.lines[index]
                    guard line.length >= 3, document.scalars[line.contentEnd - 2] == " " else { return false }
                    let last = document.scalars[line.contentEnd - 1]
                    return fragmentIsWord ? last == "|" : Self.strokes.contains(last)
                }
                guard let strokeLine = candidates.first else { continue }
                let stroke = document.lines[strokeLine].contentEnd - 1
                let first = document.content(fragmentBlock.firstLine)
                let mapped = tailEdits(document, blocks, tailBlock: k, anchor: strokeLine, in: blocks[j], width: width,
                                       occupied: hostLines, first: Edit(offset: stroke, before: String(document.scalars[stroke]), after: "l" + first,
                                                   rule: "reading-order", confidence: 0.8))
                if mapped.count > 2 {
                    edits += mapped
                    hostLines.formUnion(strokeLine..<(strokeLine + mapped.count - 1))
                } else {
                    // The whole block is the rest of the stroke's line.
                    let movedText = document.text(document.lines[fragmentBlock.firstLine].start, document.lines[fragmentBlock.lastLine].end)
                    edits.append(Edit(offset: stroke, before: String(document.scalars[stroke]), after: "l" + movedText,
                                      rule: "reading-order", confidence: 0.8))
                    let removeStart = document.lines[blocks[k - 1].lastLine].end, removeEnd = document.lines[fragmentBlock.lastLine].end
                    edits.append(Edit(offset: removeStart, before: document.text(removeStart, removeEnd), after: "",
                                      rule: "reading-order", confidence: 0.8))
                    hostLines.insert(strokeLine)
                }
                touched.formUnion([j, k - 1, k])
                break
            }
        }
    }

    /// The edits that put the lines of block `k`, read after their places, back at the
    /// ends of the lines they finish: its first line by `first` (at line `anchor`, on the
    /// evidence of a word), each following one at the end of the next line of `block`
    /// while that line runs on (no sentence, clause or hyphen at its end) and the two
    /// together fit the width of a printed line (`width`: tesseract cuts a page's lines at the
    /// same gap, so their right-hand pieces come out together, in order). The moved
    /// lines leave block `k`; the rest of it, often the paragraph's true
    /// continuation, stays — or follows them when they reached the end of
    /// `block` mid-sentence.
    private func tailEdits(_ document: DocumentLines, _ blocks: [Block], tailBlock k: Int, anchor: Int, in block: Block,
                           width: Int, occupied: Set<Int>, first: Edit) -> [Edit] {
        var edits = [first]
        let tail = blocks[k]
        var moved = 1
        while tail.firstLine + moved <= tail.lastLine, anchor + moved <= block.lastLine, !occupied.contains(anchor + moved) {
            let piece = document.lines[tail.firstLine + moved], target = document.lines[anchor + moved]
            let shape = document.shape(anchor + moved)
            guard !shape.endsClause, !shape.endsWithHyphen, !target.isBlank,
                  Double(target.length + 1 + piece.length) <= 1.15 * Double(width) else { break }
            // No space after an opening bracket or quote (`canal (` + `le fond`).
            let glued = "([“‘".unicodeScalars.contains(document.scalars[target.contentEnd - 1])
            edits.append(Edit(offset: target.contentEnd, before: "", after: (glued ? "" : " ") + document.content(tail.firstLine + moved),
                              rule: "reading-order", confidence: 0.75))
            moved += 1
        }
        // The pieces reached the end of `block` mid-sentence: the rest of the tail block is the
        // paragraph's next printed lines (`vous pouvez le` / `déplacer par un cliquer-glisser.`), and
        // follows it there rather than stay behind whatever the engine read in between.
        if tail.firstLine + moved <= tail.lastLine, anchor + moved - 1 == block.lastLine,
           Self.opensLowercase(document, tail.firstLine + moved),
           case let last = document.shape(tail.firstLine + moved - 1), !last.endsClause, !last.endsWithHyphen {
            edits[edits.count - 1].after += "\n" + document.text(document.lines[tail.firstLine + moved].start,
                                                                 document.lines[tail.lastLine].end)
            moved = tail.lastLine - tail.firstLine + 1
        }
        // Out of its place: with the blank lines before it when the whole block went.
        let whole = tail.firstLine + moved > tail.lastLine
        let removeStart = whole ? document.lines[blocks[k - 1].lastLine].end : document.lines[tail.firstLine].start
        let removeEnd = whole ? document.lines[tail.lastLine].end : document.lines[tail.firstLine + moved].start
        edits.append(Edit(offset: removeStart, before: document.text(removeStart, removeEnd), after: "",
                          rule: "reading-order", confidence: 0.8))
        return edits
    }

    /// The width of a full printed line of `document`, in scalars: the length
    /// that 90 % of its lines do not exceed (a few over-long lines are joins or noise).
    static func lineWidth(_ document: DocumentLines) -> Int {
        let lengths = document.lines.lazy.filter { !$0.isBlank }.map(\.length).sorted()
        return lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
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

    /// The letters line `index` opens with (as `LineShape.leadingLetters` says), read
    /// off the document's scalars without building a `LineShape`.
    static func leadingLetters(_ document: DocumentLines, _ index: Int) -> String {
        let line = document.lines[index]
        let end = CharacterClass.letterRunEnd(document.scalars, from: line.contentStart, limit: line.contentEnd)
        return document.text(line.contentStart, end)
    }

    /// Whether line `index` opens with a lower-case letter (as `LineShape.opensLowercase`
    /// says), read off the document's scalars: most blocks fail this test, and a
    /// `LineShape` is built only for those that pass.
    static func opensLowercase(_ document: DocumentLines, _ index: Int) -> Bool {
        let line = document.lines[index]
        return !line.isBlank && CharacterClass.isLowercase(document.scalars[line.contentStart])
    }

    /// Whether line `index` ends with one of `LineShape.hyphens`: the cheap test
    /// before `LineShape.endsWithHyphen` asks more.
    static func mayEndWithHyphen(_ document: DocumentLines, _ index: Int) -> Bool {
        let line = document.lines[index]
        return !line.isBlank && LineShape.hyphens.contains(document.scalars[line.contentEnd - 1])
    }
}
