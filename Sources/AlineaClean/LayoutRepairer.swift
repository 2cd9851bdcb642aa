import AlineaLexicon
import AlineaText

/// Re-flows a hard-wrapped document into the cleaner's output format: one
/// paragraph per line, paragraphs separated by one blank line, no
/// indentation, one final line feed.
///
/// It works on the whole document: every gap between two visible lines
/// (line feed, blank lines, indentation) becomes a space, nothing (undone
/// hyphenation) or a paragraph break, decided from blank lines, the page
/// starts OCR marks with an indented line, sentence and clause punctuation,
/// how the next line opens (a capital clause word such as `Rappelant`, a
/// list marker) and whether the line ended early (a short line is an
/// intended break). Text that is not hard-wrapped (see `WrapProfile`) is
/// returned unchanged: its line structure is intentional.
public struct LayoutRepairer: Sendable {
    let lexicon: HunspellDictionary?
    let hyphenation: HyphenationResolver
    /// The confusion search, to read a title word in capitals cut at a line end
    /// once its accents are back (`CYBERSECU-` / `RITE`); nil: only the lexicon judges.
    let generator: CandidateGenerator?

    /// `lexicon` judges hyphenated words and clause openers; without one the
    /// repairer keeps hyphens and treats every capitalised opener alike.
    public init(lexicon: HunspellDictionary?, generator: CandidateGenerator? = nil) {
        self.lexicon = lexicon
        self.hyphenation = HyphenationResolver(lexicon: lexicon)
        self.generator = generator
    }

    /// Whether `line` ends on a word of two letters or more that the lexicon knows only as a
    /// grammatical word (`DE`, `LA`, `POUR`), once lowered.
    func endsOnFunctionWord(_ line: LineShape) -> Bool {
        let word = line.finalWord
        guard let lexicon, word.unicodeScalars.count >= 2 else { return false }
        return lexicon.tags(of: word.lowercased()).isFunctionWordOnly(allowingNoun: true)
    }

    /// The `layout` stage for `text` (NFC, LF line ends).
    public func repair(_ text: String) -> EditStage {
        let document = DocumentLines(text)
        let profile = WrapProfile(document)
        guard profile.isHardWrapped else { return EditStage(name: "layout", edits: []) }
        let content = document.contentLineIndices
        guard let first = content.first, let last = content.last else { return EditStage(name: "layout", edits: []) }
        var edits: [Edit] = []
        func replace(_ from: Int, _ to: Int, with new: String, rule: String, confidence: Double) {
            let old = document.text(from, to)
            if old != new { edits.append(Edit(offset: from, before: old, after: new, rule: rule, confidence: confidence)) }
        }
        replace(0, document.lines[first].contentStart, with: "", rule: "trim-start", confidence: 1)
        let shapes = content.map { document.shape($0) }
        // Words cut by a line-end hyphen before a capital (`Lily-` / `Pond`) that the document
        // writes whole elsewhere; its words with a capital inside are gathered only if one is cut so.
        var joinedWritten = Set<Int>()
        // A speck may stand after the hyphen (`Lily-.`) or before the capital (`. Pond`).
        func joinedForm(_ position: Int) -> String? {
            let a = shapes[position], b = shapes[position + 1]
            let left = a.endsWithHyphen ? a.wordBeforeHyphen : a.speckAfterHyphen > 0 ? a.wordBeforeSpeckedHyphen : ""
            guard !left.isEmpty else { return nil }
            let right = b.leadingLetters(after: b.leadingSpeckLengthBeforeAnyLetter)
            guard let first = right.unicodeScalars.first, CharacterClass.isUppercase(first) else { return nil }
            return left + right
        }
        let cutBeforeCapital = content.indices.dropLast().compactMap { position in joinedForm(position).map { (position, $0) } }
        if !cutBeforeCapital.isEmpty {
            let words = Self.words(of: document.scalars)
            for (position, joined) in cutBeforeCapital where words.contains(joined) { joinedWritten.insert(position) }
        }
        let strayDashes = LineBoundaryDash(lexicon: lexicon, scalars: document.scalars)
        let letterhead = Self.letterheadLength(content, shapes)
        for position in content.indices.dropLast() {
            let a = content[position], b = content[position + 1]
            let lineA = document.lines[a], lineB = document.lines[b]
            let shapeA = shapes[position], shapeB = shapes[position + 1]
            // The letterhead's lines stay as the scan set them, one item a line in one block.
            if position + 1 < letterhead { continue }
            // A short line opening with a capital and no final punctuation is a heading.
            let afterB = position + 2 < content.count ? shapes[position + 2] : nil
            let heading = shapeB.opensCapitalOrDigit && !shapeB.endsClause && !shapeB.endsWithComma
                && (afterB.map { isShort(shapeB, before: $0, width: profile.width) } ?? true)
            let gap = Gap(blankLines: b - a - 1 > 0 && hasBlankBetween(document, a, b),
                          pageStart: profile.indentMarksPageStart && lineB.isIndented,
                          short: isShort(shapeA, before: shapeB, width: profile.width),
                          nextIsHeading: heading, blankLinesSeparateParagraphs: profile.blankLinesSeparateParagraphs,
                          indentedParagraph: profile.indentMarksParagraph && lineB.isIndented,
                          joinedFormWritten: joinedWritten.contains(position))
            switch decide(shapeA, shapeB, gap) {
            case .paragraph(let rule, let confidence):
                replace(lineA.contentEnd, lineB.contentStart, with: "\n\n", rule: rule, confidence: confidence)
            case .space(let rule, let confidence):
                // A margin speck read as a dash on either side of the join (`maintenir -` ¶ `le bouton`).
                let trailing = strayDashes.trailingSpeck(shapeA, before: shapeB)
                if trailing > 0 {
                    replace(lineA.contentEnd - trailing, lineA.contentEnd, with: "", rule: "stray-dash", confidence: 0.7)
                }
                replace(lineA.contentEnd, lineB.contentStart, with: " ", rule: rule, confidence: confidence)
                let leading = trailing > 0 ? 0 : strayDashes.leadingSpeck(shapeB, after: shapeA)
                if leading > 0 {
                    replace(lineB.contentStart, lineB.contentStart + leading, with: "", rule: "stray-dash", confidence: 0.7)
                }
            case .dehyphenate(let confidence, let specks, let trailing):
                replace(lineA.contentEnd - 1 - trailing, lineB.contentStart + specks, with: "", rule: "dehyphenate", confidence: confidence)
            case .keepHyphen(let confidence, let specks):
                replace(lineA.contentEnd, lineB.contentStart + specks, with: "", rule: "join-compound", confidence: confidence)
            }
        }
        replace(document.lines[last].contentEnd, document.scalars.count, with: "\n", rule: "trim-end", confidence: 1)
        return EditStage(name: "layout", edits: edits)
    }

    /// How many lines open the document as its letterhead, each an item of its
    /// own (`Organisation pour la sécurité et la coopération en Europe` /
    /// `Conseil permanent`), kept on their lines however long: two to four lines before the
    /// first blank line, each opening with a capital (past a speck such as
    /// `**`) and ending without punctuation, none in capitals throughout (a
    /// title in capitals wraps over lines: `join-title`). Zero when the first
    /// lines are anything else — a paragraph's lines end in punctuation
    /// somewhere, its last one at least.
    static func letterheadLength(_ content: [Int], _ shapes: [LineShape]) -> Int {
        var count = 0
        while count < content.count, count == 0 || content[count] == content[count - 1] + 1 { count += 1 }
        guard (2...4).contains(count), count < content.count else { return 0 }
        let letterheadLike = shapes.prefix(count).allSatisfy { shape in
            guard !shape.isAllCaps, !shape.endsClause, !shape.endsWithComma, !shape.endsWithHyphen,
                  let initial = shape.scalars.prefix(3).first(where: CharacterClass.isLetter) else { return false }
            return CharacterClass.isUppercase(initial)
        }
        return letterheadLike ? count : 0
    }

    /// What lies between two visible lines.
    struct Gap {
        let blankLines: Bool
        let pageStart: Bool
        let short: Bool
        /// The next line is itself a short capitalised line without final punctuation.
        var nextIsHeading = false
        /// Whether the document marks paragraphs with blank lines.
        var blankLinesSeparateParagraphs = true
        /// The next line is indented in a document that indents its paragraphs.
        var indentedParagraph = false
        /// The word cut by a line-end hyphen is written whole elsewhere in the document
        /// (`Lily-` / `Pond` where `LilyPond` recurs): asked only before a capital.
        var joinedFormWritten = false
    }

    enum Decision: Equatable {
        case paragraph(rule: String, confidence: Double)
        case space(rule: String, confidence: Double)
        /// Remove the hyphen and join, dropping the first `specks` scalars of the next line.
        /// `trailing`: scalars after the hyphen on the first line (a speck, `Lily-.`), dropped too.
        case dehyphenate(confidence: Double, specks: Int = 0, trailing: Int = 0)
        /// Keep the hyphen and join, dropping the first `specks` scalars of the next line.
        case keepHyphen(confidence: Double, specks: Int = 0)
    }

    /// The runs of letters of `scalars` with a capital after their first letter and a
    /// small letter after that (`LilyPond`), as written: the words a cut before a
    /// capital can make in running text (a cut acronym is no such word).
    private static func words(of scalars: [Unicode.Scalar]) -> Set<String> {
        var words = Set<String>()
        var index = 0
        while index < scalars.count {
            guard CharacterClass.isLetter(scalars[index]) else { index += 1; continue }
            var end = index + 1
            // A capital inside with a small letter after it: `LilyPond`, not an acronym (`OSCE`).
            var innerCapital = false, camel = false
            while end < scalars.count, CharacterClass.isLetter(scalars[end]) {
                if CharacterClass.isUppercase(scalars[end]) { innerCapital = true } else if innerCapital { camel = true }
                end += 1
            }
            if camel { words.insert(String(scalars: scalars[index..<end])) }
            index = end
        }
        return words
    }

    private func hasBlankBetween(_ document: DocumentLines, _ a: Int, _ b: Int) -> Bool {
        (a + 1..<b).contains { document.lines[$0].isBlank }
    }

    /// A line is short when the next line's first word would have fitted on it:
    /// the line was ended on purpose (paragraph end, title line).
    private func isShort(_ line: LineShape, before next: LineShape, width: Int) -> Bool {
        let length = Double(line.scalars.count)
        return length < 0.65 * Double(width)
            || length + 1 + Double(next.openingWidth) < 0.8 * Double(width)
    }

    /// What the gap between line `a` and line `b` becomes. The order matters:
    /// hyphenation, title lines, blank lines, then page starts and short lines,
    /// and only then a plain wrap (the default).
    func decide(_ a: LineShape, _ b: LineShape, _ gap: Gap) -> Decision {
        // A name cut at a line end with a speck on either side of the cut (`Lily-.` / `Pond`,
        // `Lily-` / `. Pond`), written whole elsewhere: joined, specks and all.
        if !gap.blankLines, gap.joinedFormWritten, a.speckAfterHyphen > 0 || b.leadingSpeckLengthBeforeAnyLetter > 0 {
            return .dehyphenate(confidence: 0.75, specks: b.leadingSpeckLengthBeforeAnyLetter, trailing: a.speckAfterHyphen)
        }
        // A word cut at a line end with a speck after its hyphen (`diffé-.` / `rents`): joined
        // when the hyphenation check joins the two halves (the joined form is a word).
        if !gap.blankLines, a.speckAfterHyphen > 0, b.opensLowercase, b.scalars.first.map(CharacterClass.isLetter) == true,
           case .join(let confidence) = hyphenation.decide(left: a.wordBeforeSpeckedHyphen, right: b.leadingLetters) {
            return .dehyphenate(confidence: min(confidence, 0.75), specks: 0, trailing: a.speckAfterHyphen)
        }
        if !gap.blankLines, a.endsWithHyphen, b.scalars.first.map(CharacterClass.isLetter) == true {
            if b.opensLowercase {
                switch hyphenation.decide(left: a.wordBeforeHyphen, right: b.leadingLetters) {
                case .join(let confidence): return .dehyphenate(confidence: confidence)
                case .keepHyphen(let confidence): return .keepHyphen(confidence: confidence)
                }
            }
            // A name with a capital inside (`Lily-` / `Pond`) that the document writes whole elsewhere.
            if gap.joinedFormWritten { return .dehyphenate(confidence: 0.8) }
            // A word of a title in capitals (`CYBERSÉCU-` / `RITÉ`), judged as any word: the lexicon
            // reads capitals as their small letters.
            let left = a.wordBeforeHyphen, right = b.leadingLetters
            if left.unicodeScalars.count >= 2, right.unicodeScalars.count >= 2,
               !(left + right).unicodeScalars.contains(where: CharacterClass.isLowercase),
               case .join(let confidence) = hyphenation.decide(left: left, right: right) {
                if confidence >= 0.9 { return .dehyphenate(confidence: min(confidence, 0.85)) }
                // Neither half nor the whole is a word as read: the whole may be one whose accents the
                // scan lost (`CYBERSECU-` / `RITE`), which the word pass then restores.
                if let lexicon, let generator, (left + right).unicodeScalars.count >= 6,
                   generator.readsWithAccents((left + right).lowercased(), accept: { lexicon.spell($0) }) {
                    return .dehyphenate(confidence: 0.8)
                }
            }
            return .keepHyphen(confidence: 0.8)
        }
        // A word cut by a page or column break (a blank line between its halves,
        // `installa-` ¶ `tion`), or whose second half the scan prefixed with a speck
        // (`dy-` ¶ `, namiques`): joined when the halves make a word.
        let specks = b.leadingSpeckLength
        if a.endsWithHyphen, gap.blankLines || specks > 0, specks > 0 || b.opensLowercase {
            // Fragments the lexicon does not know are joined only after a full line
            // (a page or column filled up); a line that stopped early may be a real break.
            switch hyphenation.decide(left: a.wordBeforeHyphen, right: b.leadingLetters(after: specks)) {
            case .join(let confidence) where confidence >= 0.9 || !gap.short:
                return .dehyphenate(confidence: min(confidence, 0.8), specks: specks)
            case .keepHyphen(let confidence) where confidence >= 0.9:
                return .keepHyphen(confidence: 0.8, specks: specks)
            default:
                break
            }
        }
        if a.isAllCaps && b.isAllCaps && !a.endsSentence && !gap.blankLines {
            return .space(rule: "join-title", confidence: 0.85)
        }
        // One-line items of a numbered list whose blank lines the scan lost
        // (`1. Ouverture…` / `2. Séance 1…`): the next number opens the next item.
        if let n = a.listNumber, b.listNumber == n + 1, b.capitalAfterMarker {
            return .paragraph(rule: "list-item", confidence: 0.85)
        }
        // A title in capitals that a blank line cut after a word no title ends on, a preposition
        // or a determiner (`CONFÉRENCE DE` ¶ `L’OSCE SUR LA PROTECTION…`).
        if gap.blankLines, a.isAllCaps, b.isAllCaps, endsOnFunctionWord(a) {
            return .space(rule: "join-title", confidence: 0.8)
        }
        // `dans la région de` ¶ `I’OSCE.`: after a preposition or a determiner (no paragraph ends on one), an
        // elided `l’` the scan read as a capital (`I’`, `|’`) goes on the sentence the blank line cut.
        if gap.blankLines, !a.isAllCaps, endsOnFunctionWord(a), opensWithMisreadElision(b) {
            return .space(rule: "join-across-blank", confidence: 0.7)
        }
        if gap.blankLines {
            // A blank line inside a running sentence is a page or column artefact
            // (noisy scans insert them inside paragraphs). A list item follows clause
            // punctuation or opens with a capital (`- Appeler`); `et` + `- &ppartenances`
            // is OCR noise inside a sentence.
            let listItem = b.opensListMarker && (a.endsClause || a.endsWithComma || b.capitalAfterMarker)
            if !listItem {
                if b.opensLowercase && !a.endsClause && !gap.short {
                    return .space(rule: "join-across-blank", confidence: 0.7)
                }
                // No paragraph opens with a lower-case word; only an enumeration after `:`
                // or `;` does (`Décide :` + `de prier…`), or a quotation cut mid-sentence after a
                // sentence that ended early. Degraded scans scatter blank lines inside paragraphs,
                // after a full line or a speck read as a sentence end.
                // An elided word after a sentence's end is a capital misread (`l’outil`).
                // Nor after a sentence's end before a singular noun opening with a vowel and no article:
                // the thin `L’` of a paragraph's first word is what the scan lost (`plus aisée.` ¶
                // `utilisation d’un PPA a`), not the paragraph's line break.
                if b.opensLowercase && !a.endsWithColonOrSemicolon && !(a.endsSentence && gap.short)
                    && !(a.endsSentence && !endsOnFunctionWord(a) && opensWithArticlelessNoun(b))
                    && (opensWithWord(b) || !a.endsSentence && opensWithElidedWord(b)) {
                    return .space(rule: "join-across-blank", confidence: 0.6)
                }
                if !gap.short && !gap.nextIsHeading && !a.endsClause && !a.endsWithComma
                    && !a.isAllCaps && !b.isAllCaps && !opensWithVerb(b) {
                    return .space(rule: "join-across-blank", confidence: 0.6)
                }
            }
            return .paragraph(rule: "paragraph-break", confidence: 0.95)
        }
        if gap.indentedParagraph && !b.opensLowercase {
            return .paragraph(rule: "indent", confidence: 0.85)
        }
        if a.isAllCaps != b.isAllCaps, b.opensCapitalOrDigit, a.isAllCaps || gap.short {
            return .paragraph(rule: "title-end", confidence: 0.8)
        }
        if (a.endsClause || a.endsWithComma) && gap.nextIsHeading {
            return .paragraph(rule: "heading", confidence: 0.7)
        }
        if gap.short {
            // The line ended early: a paragraph or heading ends here unless the next line carries on.
            let rule = gap.pageStart ? "page-break" : "short-line"
            if a.endsClause && (b.opensCapitalOrDigit || b.opensListMarker || opensWithMisreadIl(b)) {
                return .paragraph(rule: rule, confidence: 0.85)
            }
            if a.endsWithComma && opensClause(b) { return .paragraph(rule: rule, confidence: 0.75) }
            // After a line that stopped early, a marker and a capital open an item (`Vienne, 16 juin` / `1. Ouverture…`).
            if b.opensListMarker && b.capitalAfterMarker { return .paragraph(rule: rule, confidence: 0.75) }
            if !b.opensLowercase && !a.endsWithComma && !b.opensListMarker {
                return .paragraph(rule: rule, confidence: 0.7)
            }
            return .space(rule: gap.pageStart ? "join-page-break" : "join-lines", confidence: 0.8)
        }
        if gap.pageStart {
            // A full line before a page break: the blank line a paragraph end would
            // leave is lost with the page, so only a clause opener (`Réaffirmant`,
            // a list marker) after clause punctuation starts a new paragraph.
            if opensClauseAfterPunctuation(a, b) {
                return .paragraph(rule: "page-break", confidence: 0.75)
            }
            return .space(rule: "join-page-break", confidence: 0.8)
        }
        if b.opensListMarker && a.endsClause { return .paragraph(rule: "list-item", confidence: 0.8) }
        // Without blank lines between paragraphs, a clause opener after clause
        // punctuation (`…de l’homme,` + `Considérant…`) starts a paragraph.
        if !gap.blankLinesSeparateParagraphs, opensClauseAfterPunctuation(a, b) {
            return .paragraph(rule: "clause-opener", confidence: 0.7)
        }
        return .space(rule: "join-lines", confidence: 0.95)
    }

    /// Whether `b` starts a new paragraph after the punctuation ending `a`: a
    /// list marker after any clause punctuation; a clause opener after `,` `;`
    /// `:`. After a full stop every sentence opens with a capital, so a capital
    /// alone proves nothing there.
    func opensClauseAfterPunctuation(_ a: LineShape, _ b: LineShape) -> Bool {
        if a.endsSentence { return b.opensListMarker || opensWithVerb(b) }
        return (a.endsClause || a.endsWithComma) && opensClause(b)
    }

    /// Whether a line opens with an elided word whose word the lexicon knows (`l’astérisque`).
    func opensWithElidedWord(_ line: LineShape) -> Bool {
        let head = line.leadingLetters
        let count = head.unicodeScalars.count
        guard count < line.scalars.count, WordToken.isApostrophe(line.scalars[count]),
              RepairPass.elisionHeads.contains(head.lowercased()) else { return false }
        let word = line.leadingLetters(after: count + 1)
        return word.count >= 2 && (lexicon?.spell(word) ?? true)
    }

    /// Whether a line opens with the pronoun `Il` as a scan misreads it (`tl se tiendra`, `11 est`):
    /// a capital, for the paragraph decisions, though it reads as small letters or digits.
    func opensWithMisreadIl(_ line: LineShape) -> Bool {
        guard line.scalars.count >= 4, line.scalars[2] == " " else { return false }
        return OCRConfusionModel.pronounIlReadings.contains(String(scalars: line.scalars[..<2]))
    }

    /// Whether a line opens with an elided `l’` whose letter the scan read as a stroke (`I’OSCE`, `|’Internet`).
    func opensWithMisreadElision(_ line: LineShape) -> Bool {
        guard line.scalars.count >= 4, RepairPass.misreadL.contains(String(line.scalars[0])),
              WordToken.isApostrophe(line.scalars[1]) else { return false }
        return CharacterClass.isLetter(line.scalars[2])
    }

    /// Whether a line opens with a word the lexicon knows (without a lexicon: any letters).
    func opensWithWord(_ line: LineShape) -> Bool {
        let word = line.leadingLetters
        guard word.count >= 2 else { return false }
        return lexicon?.spell(word) ?? true
    }

    /// Whether a line opens with a word the lexicon says needs its elided article
    /// (`HunspellDictionary.needsElidedArticle`), a space after it.
    func opensWithArticlelessNoun(_ line: LineShape) -> Bool {
        let word = line.leadingLetters
        guard let lexicon, word.unicodeScalars.count < line.scalars.count, line.scalars[word.unicodeScalars.count] == " " else { return false }
        return lexicon.needsElidedArticle(word)
    }

    /// Whether a line opens with a capitalised verb form (`Invite`, `Décide`,
    /// `Rappelant`): how operative and preamble clauses start, while sentences
    /// inside a paragraph start with their subject. Needs morphology (French).
    /// A word a dash follows is a label or a menu item (`Fenêtre - Masquer`,
    /// whatever `fenêtrer` may be), not a verb opening its clause.
    func opensWithVerb(_ line: LineShape) -> Bool {
        guard line.scalars.first.map(CharacterClass.isUppercase) == true, let lexicon else { return false }
        let word = line.leadingLetters
        guard word.count >= 3 else { return false }
        let after = line.scalars.dropFirst(word.unicodeScalars.count).drop { $0 == " " }.first
        if let after, ["-", "\u{2013}", "\u{2014}"].contains(after) { return false }
        return !lexicon.tags(of: word.lowercased()).isDisjoint(with: [.ppre, .verbClass])
    }

    /// Whether a line opens a new clause after a comma: a list marker, or a
    /// capitalised word that is a participle, adjective, adverb or verb form
    /// (`Rappelant`, `Réaffirmant`, `Conscient`, `Recalling`), not a name or a
    /// noun that merely carries on a wrapped sentence.
    func opensClause(_ line: LineShape) -> Bool {
        if line.opensListMarker { return true }
        guard line.scalars.first.map(CharacterClass.isUppercase) == true else { return false }
        var word = line.leadingLetters
        // Look through an elided article: `L’Assemblée`, `D’une`.
        if word.count <= 2, let apostrophe = line.text.dropFirst(word.count).first, apostrophe == "’" || apostrophe == "'" {
            word = LineShape(String(line.text.dropFirst(word.count + 1))).leadingLetters
        }
        guard word.count >= 2, let lexicon else { return false }
        let lower = word.lowercased()
        let tags = lexicon.tags(of: lower)
        // Without morphology (the English dictionary has none): after a comma,
        // English capitalises only names, so any common word opens a clause.
        if tags.isEmpty { return lower != "i" && lexicon.spell(lower) }
        return !tags.isDisjoint(with: [.ppre, .ppas, .adj, .adv, .verbClass])
    }
}
