import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: the ends of paragraphs, where a scan
/// loses the last full stop (a speck of ink at the margin) or reads a speck
/// in the margin as a letter or digit after it.
extension RepairPass {
    /// The paragraph-end repairs, run once over the whole text.
    func repairParagraphEnds() {
        for index in units.indices where endsParagraph(index) {
            if !lettersAfterFinalStop(endingAt: index) { lostFinalStop(at: index) }
        }
        if french { commasEndingParagraphs() }
    }

    /// `consultez pipe(2) pour un exemple,¶Les objets` → `exemple.`: a comma glued
    /// to the last word of a paragraph of running prose (eight words or more,
    /// ending on a word that may end a sentence, `canEndSentence`, its last
    /// clause with its finite verb), before a paragraph that opens as a sentence
    /// does (a capital) or at the end of the text, is the paragraph's full stop
    /// the scan broke. A comma ends the clauses of a decision's preamble
    /// (`Rappelant…,¶Reconnaissant…,`) and the items of a list: not where either
    /// paragraph opens as such a clause does (a participle, an adjective or an
    /// adverb), nor where the paragraph before or the one after ends with a comma
    /// or semicolon of a series; and the next must open with a word of the language.
    /// A colon glued to that word is the stop too (a scan reads its two dots one above
    /// the other: in the sets' English-model pages 71 times, against 2 real colons), but only
    /// in a text that shows a scan's damage (`showsScanDamage`) and before a paragraph of
    /// running prose (`proseParagraphWords` words or more): manuals
    /// that glue their colons end a paragraph with one before a list, an example or a
    /// short line of code (`les options suivantes:`).
    func commasEndingParagraphs() {
        for index in units.indices where units[index].kind == .word && !units[index].isProtected {
            let end = units[index].end
            guard end < scalars.count, scalars[end] == "," || scalars[end] == ":" else { continue }
            let mark = scalars[end]
            // The text's last paragraph ends there too: only spaces and line breaks follow.
            let next = index + 1 < units.count ? units[index + 1] : nil
            // Only spaces and line breaks, a blank line among them, up to the next paragraph's first word.
            let gap = scalars[(end + 1)..<(next?.start ?? scalars.count)]
            guard isBlankThenOpeningQuotes(gap), next == nil || gap.filter({ $0 == "\n" }).count >= 2 else { continue }
            let first = paragraphStart(of: index)
            if let next {
                // The next paragraph opens with a capitalised word of the language, not a name or a misreading
                // a wrong break may have sent there (`système,¶Quilt, qui`, `pas,¶Inais vous`), nor the next
                // item of a list (`Mise à l’échelle,¶Perspective,`): a comma after its first word follows an
                // adverb only.
                guard next.kind == .word || next.kind == .elision, !next.isProtected,
                      let initial = next.text.unicodeScalars.first, CharacterClass.isUppercase(initial),
                      next.kind == .elision || repairer.spells(next.form),
                      next.end >= scalars.count || scalars[next.end] != "," || formTags(index + 1).contains(.adv),
                      // A preamble's clauses end on commas, never after a colon.
                      mark == ":" || !opensLikePreambleClause(index + 1),
                      opensPlainly(index + 1) || !",;".unicodeScalars.contains(markEndingParagraph(from: next.start)) else { continue }
                if mark == ":", !showsScanDamage() || !paragraphHasWords(startingAt: index + 1, atLeast: Self.proseParagraphWords) {
                    continue
                }
            } else if mark == ":" {
                continue
            }
            guard paragraphHasWords(endingAt: index, atLeast: 8), canEndSentence(index),
                  clauseOpening(before: index) == .finiteVerb || mark == "," && endsVerblessSentenceOfScan(at: index),
                  mark == ":" || !opensLikePreambleClause(first),
                  opensPlainly(first) || !",;".unicodeScalars.contains(markEndingParagraph(before: units[first].start)) else { continue }
            edits.append(Edit(offset: end, before: String(mark), after: ".", rule: "punctuation", confidence: 0.6))
        }
    }

    /// Whether the word pass found the damage of a scan: at least `scanDamageShare` of the
    /// words repaired (and three). A text with none is clean, and a colon ending its paragraph
    /// is its writer's, whatever follows (the clean pages end paragraphs on `suivantes:`
    /// before prose where a list or a code block was taken out).
    func showsScanDamage() -> Bool {
        if let known = scanDamageSeen { return known }
        let words = units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        let seen = wordRepairs >= 3 && Double(wordRepairs) >= Self.scanDamageShare * Double(words)
        scanDamageSeen = seen
        return seen
    }

    /// The share of repaired words that shows a scan (`showsScanDamage`).
    static let scanDamageShare = 0.01

    /// Whether the comma after unit `index` may end a sentence with no finite verb (`La taille
    /// de la brosse fixée dans les Options de l’outil,¶Dans l’exemple 2`): in a text showing a
    /// scan's damage, where no subordinate clause awaits its verb and the sentence holds eight
    /// words or more — a short phrase before a comma is fronted, and the paragraph break after
    /// it a wrong one (`Pour les autres,¶L’option n’est`).
    func endsVerblessSentenceOfScan(at index: Int) -> Bool {
        guard showsScanDamage(), clauseOpening(before: index) == .noVerb else { return false }
        return hasWords(from: index, towards: -1, atLeast: Self.proseParagraphWords) {
            $0.contains(where: { ".!?;:".unicodeScalars.contains($0) })
        }
    }

    /// How many words the paragraph after a colon must hold to be running prose rather
    /// than the list, example or code line the colon announces.
    static let proseParagraphWords = 8

    /// Whether the paragraph that starts at unit `index` holds at least `minimum` words.
    func paragraphHasWords(startingAt index: Int, atLeast minimum: Int) -> Bool {
        hasWords(from: index, towards: 1, atLeast: minimum) { $0.filter { $0 == "\n" }.count >= 2 }
    }

    /// Whether at least `minimum` words stand from unit `index` (itself included), walking
    /// `step` (1 or -1) unit by unit, before a gap between two units that `boundary` accepts:
    /// the one walk behind the paragraph and sentence lengths the paragraph-end rules ask.
    func hasWords(from index: Int, towards step: Int, atLeast minimum: Int,
                  until boundary: (ArraySlice<Unicode.Scalar>) -> Bool) -> Bool {
        var words = 0, cursor = index
        while words < minimum {
            if units[cursor].kind == .word { words += 1 }
            let next = cursor + step
            guard units.indices.contains(next) else { break }
            let gap = step > 0 ? scalars[units[cursor].end..<units[next].start] : scalars[units[next].end..<units[cursor].start]
            if boundary(gap) { break }
            cursor = next
        }
        return words >= minimum
    }

    /// Whether `gap` is spaces and line breaks, then at most opening quotes glued to the next
    /// paragraph's first word (`horaire¶‘Après`): a quotation opens a sentence too, and a speck
    /// read as a quote there (`strayOpeningQuotes` decides) says nothing of the paragraph before.
    func isBlankThenOpeningQuotes(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        let quotes = gap.reversed().prefix { "‘“«\"'".unicodeScalars.contains($0) }.count
        return quotes <= 1 && gap.dropLast(quotes).allSatisfy { $0 == " " || $0 == "\n" }
            && (quotes == 0 || gap.dropLast(quotes).last == "\n")
    }

    /// Whether the paragraph that ends at unit `index` holds at least `minimum`
    /// words: running prose, not a heading, a label or a list item.
    func paragraphHasWords(endingAt index: Int, atLeast minimum: Int) -> Bool {
        hasWords(from: index, towards: -1, atLeast: minimum) { $0.contains("\n") }
    }

    /// The first unit of the paragraph that holds unit `index`.
    func paragraphStart(of index: Int) -> Int {
        var first = index
        while first > 0, !scalars[units[first - 1].end..<units[first].start].contains("\n") { first -= 1 }
        return first
    }

    /// The last character before `offset` that is no space or line break: what ends the
    /// paragraph before the one starting at `offset` (a space when there is none).
    func markEndingParagraph(before offset: Int) -> Unicode.Scalar {
        var cursor = offset - 1
        while cursor >= 0, scalars[cursor] == " " || scalars[cursor] == "\n" { cursor -= 1 }
        return cursor >= 0 ? scalars[cursor] : " "
    }

    /// The last character of the paragraph that starts at `offset`.
    func markEndingParagraph(from offset: Int) -> Unicode.Scalar {
        var cursor = offset
        while cursor + 1 < scalars.count, !(scalars[cursor] == "\n" && scalars[cursor + 1] == "\n") { cursor += 1 }
        return markEndingParagraph(before: cursor + 1)
    }

    /// Whether the word at `index` opens its paragraph as a clause of a preamble
    /// does — a participle, an adjective or an adverb (`Rappelant`, `Préoccupé`,
    /// `Conscient`, `Profondément`) — rather than as a sentence's subject. In a text that
    /// shows a scan's damage, an adverb that is also a subordinating conjunction (`Si`,
    /// `Comme`, `Quand`) opens a clause of running prose there, which no preamble's
    /// clause does (a clean text's comma there is its writer's, whatever it ends).
    func opensLikePreambleClause(_ index: Int) -> Bool {
        guard units[index].kind == .word else { return false }
        let tags = formTags(index)
        return !tags.isDisjoint(with: [.ppre, .ppas]) || tags.contains(.adv) && !(tags.contains(.cjsub) && showsScanDamage())
            || tags.contains(.adj) && !tags.contains(.nom)
    }

    /// Whether the paragraph opening at unit `index` opens as running prose does, with a
    /// determiner, an elided article or a subject pronoun (`Un tube est créé`, `L’image`,
    /// `Vous pouvez`), in a text that shows a scan's damage: no preamble's clause opens so,
    /// so a run of such paragraphs ending on commas is a scan's run of misread stops, not
    /// a preamble's chain of clauses.
    func opensPlainly(_ index: Int) -> Bool {
        let unit = units[index]
        let plain: Bool
        switch unit.kind {
        case .elision: plain = ["l", "d"].contains(lowerForm(index))
        case .word: plain = !formTags(index).isDisjoint(with: [.det, .detdem, .detpos, .propersuj])
            && formTags(index).isDisjoint(with: [.ppre, .ppas])
        default: plain = false
        }
        return plain && showsScanDamage()
    }

    /// Whether only spaces, then a blank line or the end of the text, follow unit `index`.
    func endsParagraph(_ index: Int) -> Bool {
        var cursor = units[index].end
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count else { return true }
        guard scalars[cursor] == "\n" else { return false }
        cursor += 1
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        return cursor == scalars.count || scalars[cursor] == "\n"
    }

    /// `pas disponibles autrement. k`, `relayez les courriels. 3`, `de ces
    /// concepts. L É` → the sentence's stop ends the paragraph: one to three
    /// lone letters or digits after a sentence's final mark, at the end of a
    /// paragraph, are specks in the margin. No sentence ends on a lone
    /// character after its own full stop (a list's `a.`, `1.` numbers the
    /// item that follows; a figure's number follows its word, not a stop).
    /// A repair of that stop taken for the small letter after it is withdrawn.
    /// Returns whether it removed something.
    func lettersAfterFinalStop(endingAt index: Int) -> Bool {
        var first = index
        while first >= 0, index - first < 3, units[first].length == 1,
              units[first].kind == .word || units[first].kind == .number,
              first == index || scalars[units[first].end] == " " && units[first + 1].start == units[first].end + 1 {
            first -= 1
        }
        first += 1
        guard first <= index, first > 0 else { return false }
        let sentence = units[first - 1]
        let gap = scalars[sentence.end..<units[first].start]
        let closers: Set<Unicode.Scalar> = [".", "!", "?", "…", "»", ")", "\"", " "]
        guard gap.last == " ", gap.contains(where: { ".!?…".unicodeScalars.contains($0) }),
              gap.allSatisfy({ closers.contains($0) }), !gap.contains("\n") else { return false }
        // The stop must end a sentence: not an abbreviation's (`etc. a`), which Hunspell lists as a locution.
        if sentence.kind == .word, gap.first == ".", lowerTags(first - 1).contains(.locution) { return false }
        let from = units[first].start - 1, to = units[index].end
        edits.append(Edit(offset: from, before: String(scalars: scalars[from..<to]), after: "", rule: "punctuation", confidence: 0.7))
        // The stop ends the paragraph now: a repair that took it for a comma or a speck because a
        // small letter followed (`periodBeforeLowercase`: `de l’aide. à l` → `l’aide,`) read the specks.
        edits.removeAll { $0.offset == sentence.end && $0.before == "." && $0.rule == "punctuation" }
        return true
    }

    /// `d’utiliser directement le niveau DDP¶Ce programme`, `du résultat de
    /// la résolution¶mklost+found` → `DDP.`: a paragraph of running prose
    /// (a dozen words or more, its last clause with a finite verb) ending on
    /// a word that may end a sentence (`canEndSentence`), with no mark after
    /// it, lost its full stop — when the next paragraph starts as a sentence
    /// does (a capital, or a name in small letters) or none follows. Headings
    /// and list items are short, or have no verb; a paragraph a page break
    /// cut ends on the word that calls for the rest (`dans`, `une clé`).
    func lostFinalStop(at index: Int) {
        let unit = units[index]
        guard unit.kind == .word, !unit.edited, unit.end == scalars.count || scalars[unit.end] == " " || scalars[unit.end] == "\n",
              canEndSentence(index), clauseOpening(before: index) == .finiteVerb else { return }
        // The paragraph's length in words, and how the next paragraph opens.
        guard paragraphHasWords(endingAt: index, atLeast: 12) else { return }
        if index + 1 < units.count {
            let next = units[index + 1]
            guard next.kind == .word || next.kind == .elision || next.kind == .number,
                  let initial = next.text.unicodeScalars.first, !CharacterClass.isLowercase(initial) || next.isProtected,
                  isBlankThenOpeningQuotes(scalars[units[index].end..<next.start]) else { return }
        }
        edits.append(Edit(offset: unit.end, before: "", after: ".", rule: "punctuation", confidence: 0.6))
    }
}
