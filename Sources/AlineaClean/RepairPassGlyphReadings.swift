import AlineaLexicon
import AlineaText

/// Readings typical of an OCR model that has no French glyphs (tesseract's
/// English model on a French page): an accented letter read as a digit
/// (`6té`), an elided `l’` read as one capital-like shape (`Youtil`,
/// `Uimage`), the apostrophe of an elision read as a thin letter
/// (`diallouer`, `slassure`, `drentre`), and accents or specks read as a
/// closing quote glued to a word (`est’ prévu`). Which shapes are confused
/// is `OCRConfusionModel`'s knowledge; these rules only say where it applies.
extension RepairPass {
    /// `empêche je système`, `vous pouvez je constater`, `pour je prochain livre` → `le`: the
    /// subject pronoun `je` stands before its verb (or the clitics and negation that precede it);
    /// before a word that reads as no finite verb — a noun or adjective the article agrees with,
    /// or an infinitive the object pronoun precedes — it is `le`, whose `l` the scan curled into
    /// a `j` (`OCRConfusionModel`: `j` for `l`).
    func articleReadAsJe(at index: Int) {
        guard index + 1 < units.count, units[index + 1].kind == .word, units[index + 1].pattern == .lower,
              onlySpaces(units[index].end, units[index + 1].start), !readsAsFiniteVerb(index + 1) else { return }
        let next = formTags(index + 1)
        guard !next.isEmpty, next.isDisjoint(with: PartsOfSpeech.finite.union([.preverb, .negadv, .properobj, .propersuj])) else { return }
        let infinitive = next.contains(.infi) && next.isDisjoint(with: [.nom, .adj])
        let agrees = self.agrees(lowerForm(index + 1), with: lexicon.analyze("le").filter { $0.contains(utf8: "po:det") })
        guard infinitive || agrees && !next.isDisjoint(with: [.nom, .adj]) else { return }
        replace(index, with: Decision(after: "le", rule: "confusion", confidence: 0.7))
    }

    /// `6té` → `été`, `6tre` → `être`, `l’6lément` → `l’élément`: a token that
    /// opens with a digit the confusion model reads for an accented letter is
    /// a word, not an ordinal, when its letters are no ordinal ending. The
    /// ordinary word decision repairs it (the lexicon must accept the result).
    func decideDigitOpenedWord(_ unit: Unit) -> Decision? {
        guard french else { return nil }
        let scalars = Array(unit.text.unicodeScalars)
        guard scalars.count >= 3, let first = scalars.first,
              repairer.generator.model.byFirstScalar[first]?.contains(where: { $0.kind == .accentGlyph }) == true,
              scalars.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) }),
              !Self.ordinalSuffixes.contains(String(scalars: scalars.dropFirst())) else { return nil }
        return decide(unit.text, sentenceStart: isSentenceStart(unit.start), afterElision: unit.afterElision)
    }

    /// `Youtil` → `l’outil`, `Uimage` → `L’image`, `diallouer` → `d’allouer`,
    /// `slassure` → `s’assure`: an elision whose apostrophe the scan merged
    /// into a letter. Either the whole `l’` became one capital-like shape
    /// (`OCRConfusionModel.elidedLReadings`), or the apostrophe after a real
    /// elision head became a thin letter (`OCRConfusionModel.apostropheReadings`).
    /// Only for a word the lexicon rejects and nothing cheaper repairs, whose
    /// rest is a word of four letters or more opening with a vowel or h.
    func splitMisreadElision(_ word: String, pattern: CasePattern, sentenceStart: Bool) -> Decision? {
        guard pattern == .lower || pattern == .capitalized, !repairer.isForeign(word),
              !word.unicodeScalars.contains("-") else { return nil }
        // A form the document repeats may be its spelling (a name); a misreading repeats too, so
        // only the surest reading — one glyph for `l’` before a word as it stands — ignores it.
        let repeated = vocabulary.runningCount(CasePattern.lower(word, locale: locale)) > 1
        let lower = Array(CasePattern.lower(word, locale: locale).unicodeScalars)
        // The rest must be a word as it stands, or with accents restored (the scan lost them too).
        func restWord(_ rest: ArraySlice<Unicode.Scalar>) -> (String, Double)? {
            guard rest.count >= 4 else { return nil }
            let text = String(scalars: rest)
            guard Self.startsWithVowelOrH(text) else { return nil }
            if repairer.spells(text) { return (text, 0.75) }
            guard let fixed = best(for: text, pattern: .lower, allowed: { $0.isAccentOnly || $0 == .circumflexO },
                                   mustStartWithVowel: true, replacingValid: false) else { return nil }
            return (fixed.after, min(0.7, fixed.confidence))
        }
        // `l’` read as one shape: only a capital (Youtil, Uimage), a lower-case y/u/t/f opens many words.
        // l’ is singular: never before a word that is only plural (Himitations is no l’imitations).
        if pattern == .capitalized, let head = lower.first, OCRConfusionModel.elidedLReadings.contains(head),
           let (rest, confidence) = restWord(lower.dropFirst()), !repeated || repairer.spells(rest),
           !repairer.aRule.isOnlyPlural(rest) {
            return Decision(after: (sentenceStart ? "L" : "l") + String(apostrophe) + rest, rule: "elision-l", confidence: confidence)
        }
        guard !repeated else { return nil }
        // An elision head, then its apostrophe read as a letter (d’ → di, dr; s’ → sl; l’ → lt).
        for headLength in [1, 2] where lower.count > headLength + 4 {
            let head = String(scalars: lower[..<headLength])
            guard Self.elisionHeads.contains(head), OCRConfusionModel.apostropheReadings.contains(lower[headLength]),
                  let (rest, confidence) = restWord(lower[(headLength + 1)...]) else { continue }
            let outHead = pattern == .capitalized ? CasePattern.capitalized.apply(to: head, locale: locale) : head
            return Decision(after: outHead + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: confidence)
        }
        // `quiils`, `quiil` → `qu’ils`, `qu’il`: after `qu` a subject pronoun, however short, is the evidence.
        if lower.count >= 5, lower[0] == "q", lower[1] == "u", OCRConfusionModel.apostropheReadings.contains(lower[2]),
           case let rest = String(scalars: lower[3...]), Self.startsWithVowelOrH(rest), tags(rest).contains(.propersuj) {
            let outHead = pattern == .capitalized ? "Qu" : "qu"
            return Decision(after: outHead + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: 0.75)
        }
        return nil
    }

    /// `est’ prévu`, `par’ quelqu’un`, `les’ chemins`, `sources,’ dans`: a
    /// closing quote glued to the end of a word (or of the comma or full stop
    /// after it), with no opening quote before it in its sentence, is a speck
    /// (often an accent of the line above) — a French text closes only what it
    /// opened, and a quotation closes inside its sentence. Nor does a quotation
    /// end on a word that calls for more (`se’ créer`: `endsNoQuotation`). So
    /// is a double one (`n’est” pas`), whose family (`“ ” "`) is tracked apart.
    /// Elided heads (`l’ option`) are the elision rule's.
    ///
    /// An opening quote nothing in its sentence closes is a speck too before a
    /// word opening with a consonant (`qui ‘modifie`: `opensConsonantWord`);
    /// before a vowel it is returned apart (`unclosedOpenings`), for
    /// `strayOpeningQuotes` to decide whether a head was lost there.
    /// Found before the words are repaired (`strayQuotes`), so that the rules
    /// reading a word's neighbours see through them (`n’est” pas encore enregistre`).
    func findStrayQuotes() -> (stray: Set<Int>, unclosedOpenings: Set<Int>) {
        var stray: Set<Int> = [], unclosedOpenings: Set<Int> = []
        var unclosed: [Bool: [Int]] = [:]     // per family (true for the double quotes): openings not yet closed
        func judgeUnclosed() {
            for offset in unclosed.values.joined() {
                if opensConsonantWord(after: offset) { stray.insert(offset) } else { unclosedOpenings.insert(offset) }
            }
            unclosed = [:]
        }
        var paragraphStart = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "\n" { judgeUnclosed(); paragraphStart = index + 1; continue }
            // A quotation closes inside its sentence: at a sentence's end what is still open never will be.
            // (English quotations may run on over sentences: there the paragraph bounds them.)
            if french, scalar == "." || scalar == "!" || scalar == "?", index + 1 < scalars.count, ProtectedSpans.isWhitespace(scalars[index + 1]) {
                judgeUnclosed()
                continue
            }
            let double = scalar == "”" || scalar == "\"" || scalar == "“"
            guard double || scalar == "’" || scalar == "'" || scalar == "‘" else { continue }
            let before: Unicode.Scalar? = index > paragraphStart ? scalars[index - 1] : nil
            let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            let letterBefore = before.map { CharacterClass.isLetter($0) } ?? false
            let letterAfter = after.map { CharacterClass.isLetter($0) } ?? false
            // An opening quote: a mark at a word start (or any ‘ or “, which open only).
            if scalar == "‘" || scalar == "“" || (!letterBefore && letterAfter) {
                if !double, opensNoQuotation(at: index) { stray.insert(index) } else { unclosed[double, default: []].append(index) }
                continue
            }
            // A word's comma or full stop may stand between it and the mark (`sources,’`).
            let afterWordsMark = before.map { ",.;:".unicodeScalars.contains($0) } ?? false && index - 2 >= paragraphStart
            let punctuated = afterWordsMark && CharacterClass.isLetter(scalars[index - 2])
            // A word ending in a digit closes a quotation it is in (`"CheckBox1",`, `"Dialog1".`); alone,
            // the mark after a digit is left to what the digits mean (`2"`: inches).
            let digitEnded = before.map(CharacterClass.isDigit) ?? false || afterWordsMark && CharacterClass.isDigit(scalars[index - 2])
            // A closing mark ends a word, before a space, a punctuation mark or the end (`"réseau",`).
            guard letterBefore || punctuated || digitEnded && !(unclosed[double]?.isEmpty ?? true),
                  after.map({ !CharacterClass.isLetter($0) && !CharacterClass.isDigit($0) }) ?? true
            else { continue }
            let beforeSpace = after.map { ProtectedSpans.isWhitespace($0) } ?? true
            let unit = unitIndex(\.end, at: punctuated ? index - 1 : index)
            if let opening = unclosed[double]?.last {
                // No quotation ends on a word that calls for more (`se’ créer`, `des’ bogues`) before
                // the rest of its clause; one word quoted alone (`le mot ‘sur’`) is a quotation.
                guard letterBefore, let unit, opening + 1 != units[unit].start, endsNoQuotation(unit, markAt: index) else {
                    unclosed[double]!.removeLast()
                    continue
                }
            }
            guard french, beforeSpace, let unit else { continue }
            let word = units[unit]
            guard word.kind == .word, !word.isProtected, word.text.unicodeScalars.count >= 2,
                  !Self.elisionHeads.contains(word.text.lowercased()), !Self.misreadL.contains(word.text),
                  !inForeignContext(unit) else { continue }
            stray.insert(index)
        }
        judgeUnclosed()
        return (stray, unclosedOpenings)
    }

    /// Whether the opening mark at `offset`, after a space or at a line's
    /// start, is glued to a word of the running text (not all capitals) that
    /// opens with a consonant: one no elided head was lost before, so an
    /// unclosed mark there is a speck (`qui ‘modifie`, `“Travail`).
    func opensConsonantWord(after offset: Int) -> Bool {
        guard french, offset == 0 || ProtectedSpans.isWhitespace(scalars[offset - 1]),
              let unit = unitIndex(\.start, at: offset + 1), units[unit].kind == .word, !units[unit].isProtected,
              units[unit].pattern != .upper, !inForeignContext(unit) else { return false }
        return !Self.startsWithVowelOrH(units[unit].text.lowercased())
    }

    /// Whether the single opening mark at `offset` is glued to a word no quotation opens on
    /// inside a sentence: a lower-case grammatical word or finite verb that is nothing else
    /// opening with a consonant (`une boîte ‘de texte`, `elles-mêmes ‘ces détails`), right after
    /// a word of the same sentence — it carries on the phrase, which a quotation would break.
    /// (A word quoted for itself is a noun or a name: `l’option ‘-I’`, `le mot ‘sur’` stays,
    /// whose closing mark follows it at once; and so does a short quotation closed after a
    /// noun: `« bonjour ‘mon ami’ »`.)
    func opensNoQuotation(at offset: Int) -> Bool {
        guard french, offset > 1, scalars[offset - 1] == " ", CharacterClass.isLetter(scalars[offset - 2]),
              let unit = unitIndex(\.start, at: offset + 1), unit > 0, units[unit].kind == .word, units[unit].pattern == .lower,
              units[unit - 1].kind == .word, units[unit - 1].end == offset - 1, !units[unit].isProtected else { return false }
        // Before a vowel the mark may be what the scan kept of a lost elided head (`’on`, `'embrassent`):
        // `strayOpeningQuotes` decides.
        if Self.startsWithVowelOrH(units[unit].lower) { return false }
        // The word quoted alone (`‘sur’`), or a short quotation closed after a noun (`« bonjour ‘mon ami’ »`),
        // is one, whatever opens it.
        var word = unit
        while word < units.count, word - unit < Self.shortQuotationWords, units[word].kind == .word || units[word].kind == .elision {
            let end = units[word].end
            if end < scalars.count, "’'".unicodeScalars.contains(scalars[end]),
               end + 1 == scalars.count || !CharacterClass.isLetter(scalars[end + 1]) {
                let closing = self.tags(units[word].lower)
                if word == unit || closing.isEmpty || !closing.isDisjoint(with: [.nom, .adj, .npr]) { return false }
                break
            }
            if word + 1 < units.count, scalars[end..<units[word + 1].start].contains(where: { ".!?\n".unicodeScalars.contains($0) }) { break }
            word += 1
        }
        let tags = self.tags(units[unit].lower)
        return !tags.isEmpty && tags.isDisjoint(with: [.nom, .adj, .npr, .infi, .ppas])
            && !tags.isDisjoint(with: Self.closedClassTags.union(PartsOfSpeech.finite))
    }

    /// How many words a quotation may hold and still be read as one whatever word opens it.
    static let shortQuotationWords = 4

    /// Whether the word at `unit`, with a closing mark at `markAt` glued to it,
    /// is one no quotation ends on: a grammatical word only (determiner,
    /// preposition, pronoun, conjunction, auxiliary), before a lower-case word.
    func endsNoQuotation(_ unit: Int, markAt: Int) -> Bool {
        guard units[unit].kind == .word, units[unit].pattern == .lower, unit + 1 < units.count,
              units[unit + 1].kind == .word || units[unit + 1].kind == .elision, units[unit + 1].pattern == .lower,
              units[unit + 1].start == markAt + 2 else { return false }
        let tags = self.tags(units[unit].lower)
        return !tags.isEmpty && tags.isDisjoint(with: [.nom, .adj, .ppas, .infi, .adv, .npr])
            && (!tags.isDisjoint(with: Self.callsForMore) || isAuxiliary(units[unit].lower))
    }

    /// Whether the word at `index` follows a noun that is no verb and heads no phrase, which
    /// it qualifies (`zoom avant`): the phrase ends on it.
    func qualifiesNoun(_ index: Int) -> Bool {
        guard units[index - 1].kind == .word else { return false }
        let previousTags = tags(CasePattern.lower(units[index - 1].form, locale: locale))
        return previousTags.contains(.nom) && previousTags.isDisjoint(with: PartsOfSpeech([.det, .detdem, .detpos, .prep]).union(PartsOfSpeech.finite))
    }

    /// The stray quotes found before the word repairs, removed.
    func strayQuoteMarks() {
        for index in strayQuotes.sorted() {
            edits.append(Edit(offset: index, before: String(scalars[index]), after: "", rule: "punctuation", confidence: 0.7))
        }
    }

    /// `par Je noyau`, `toute Ja taille`, `de fa connexion` → `le`, `la`: a capital
    /// or a small `f` read for the `l` of a determiner (`OCRConfusionModel.capitalReadingsOfL`,
    /// `smallReadingsOfL`) before a noun (or, for `le`, `la`, `les`, `lui`, `leur`, the
    /// pronoun before an infinitive: `de Jes tester`, `Jui ajouter`). A reading that is
    /// no word (`Ja`, `Jes`, `Jui`) is the determiner wherever it stands — after a comma
    /// (`cochée, Ja sélection`), opening a sentence, before `plupart` (`Ja plupart`) or,
    /// as the pronoun, before a finite verb (`qui Ja fera`). One that is a word (`Je`,
    /// `fa`) only in the middle of a sentence, between lower-case words, or after the
    /// capitalised word opening it (`Dans Je cas`): there the determiner fits and the
    /// capital cannot (`je` is never capitalised inside a sentence); `fa`, a note, must
    /// stand before a noun the determiner agrees with (`la clé de fa dièse` keeps it).
    func misreadDeterminerL(at index: Int) {
        /// Whether `lower` reads only as a noun or an adjective: no verb, pronoun, adverb or grammatical word.
        func readsOnlyAsNoun(_ lower: String) -> Bool {
            let tags = tags(lower)
            return !tags.isDisjoint(with: [.nom, .adj])
                && tags.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppas, .ppre, .adv, .mg, .preverb, .negadv]))
        }
        let unit = units[index]
        // Cheap tests first: this runs on every word.
        guard (2...4).contains(unit.end - unit.start), let head = unit.text.unicodeScalars.first, head == "J" || head == "I" || head == "f"
        else { return }
        let scalars = Array(unit.text.unicodeScalars)
        guard (2...4).contains(scalars.count),
              OCRConfusionModel.capitalReadingsOfL.contains(scalars[0]) || OCRConfusionModel.smallReadingsOfL.contains(scalars[0]),
              scalars.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) }),
              let next = neighbour(index, before: false), !next.separated, !next.isElision,
              next.text.first?.isLetter == true else { return }
        let misread = !unit.spells
        let nextPattern = CasePattern(of: next.text)
        // A reading that is no word may stand before a capitalised label (`avec Ja Sélection Elliptique`).
        guard nextPattern == .lower || misread && nextPattern == .capitalized else { return }
        let nextLower = CasePattern.lower(next.text, locale: locale)
        let sentenceStart = isSentenceStart(unit.start)
        // `Je` before a word that can only be a noun or an adjective: the pronoun `je` is followed by its verb
        // (or a clitic, `ne`, an adverb), so wherever it stands — opening a sentence or after a comma — it
        // is the article whose `l` the scan read as a `J` (`. Je répertoire`, `soufflet, Je comportement`).
        let articleOnly = unit.text == "Je" && nextPattern == .lower && readsOnlyAsNoun(nextLower)
        if !misread && !articleOnly {
            guard !sentenceStart, let previous = neighbour(index, before: true), !previous.separated, !previous.isElision,
                  CasePattern(of: previous.text) == .lower || CasePattern(of: previous.text) == .capitalized && isSentenceStart(units[index - 1].start),
                  previous.text.first?.isLetter == true else { return }
        }
        let determiner = "l" + String(scalars: scalars.dropFirst())
        let nextTags = tags(nextLower), ownTags = tags(determiner)
        // `Dans Ja mesure`, `Jeur contenu`; `de Jes tester`: the article's forms are also the pronoun
        // an infinitive takes before it. A reading that is no word is the article before a word the
        // scan damaged too (`augmenter Ja tajlle`, `de Ja selection`).
        let damagedNext = misread && nextPattern == .lower && !repairer.spells(nextLower) && next.text.unicodeScalars.count >= 3
            && next.text.unicodeScalars.allSatisfy(CharacterClass.isLetter)
        let beforeNoun = !ownTags.isDisjoint(with: [.det, .detpos]) && !isOnlyFiniteVerb(nextLower)
            && (!nextTags.isDisjoint(with: [.nom, .adj]) || misread && nextTags.contains(.proind) || damagedNext)
        let beforeVerb = ownTags.contains(.properobj) && nextPattern == .lower
            && (nextTags.contains(.infi) || misread && !nextTags.isDisjoint(with: PartsOfSpeech.finite))
        guard beforeNoun || beforeVerb else { return }
        if !misread {
            // A word as read (`fa`, `Je`): only before a noun the determiner agrees with, after no determiner.
            let determinerAnalyses = lexicon.analyze(determiner).filter { $0.contains(utf8: "po:det") }
            guard index == 0 || !formTags(index - 1).contains(.det), agrees(nextLower, with: determinerAnalyses) else { return }
        }
        let after = sentenceStart ? CasePattern.capitalized.apply(to: determiner, locale: locale) : determiner
        replace(index, with: Decision(after: after, rule: "confusion", confidence: 0.75))
    }

    /// The verb of a subject standing before the unit at `index`: that unit, or
    /// the one after the clitics between them (`n’est`, `ne s’agit`, `vous faut`,
    /// `le fait`, `y a`) — if it is a finite verb of the third person singular in
    /// small letters.
    func verbAfterClitics(from index: Int) -> Int? {
        var current = index
        while current < units.count, current - index < 3 {
            let unit = units[current]
            guard unit.kind == .word || unit.kind == .elision, current == index || onlySpaces(units[current - 1].end, unit.start)
                || units[current - 1].kind == .elision && units[current - 1].end == unit.start else { return nil }
            if unit.kind == .word, CasePattern(of: unit.form) == .lower, isThirdSingularFiniteVerb(unit.form) { return current }
            // A clitic: an elided one (`n’`, `s’`, `l’`), `ne`, or an object pronoun that is no determiner only.
            let clitic = unit.kind == .elision || lowerForm(current) == "ne"
                || formTags(current).contains(.properobj) || formTags(current).contains(.preverb)
            guard clitic else { return nil }
            current += 1
        }
        return nil
    }

    /// `virtuels. lls se comportent`, `entendu). lis sont écrits`, `IPv6. li ne sera`,
    /// `modules, li n’est pas` → `Ils`, `Il`, `il`: a word of three letters or
    /// fewer opening a sentence, or a clause after a comma or a conjunction, that
    /// French spells as no word a clause opens on (no determiner, pronoun,
    /// conjunction, preposition, adverb or name), which the confusion model reads
    /// as `il` or `ils`, before a verb of that pronoun's person (past its clitics),
    /// is the pronoun.
    func misreadPronounOpeningClause() {
        guard french else { return }
        let grammatical: PartsOfSpeech = PartsOfSpeech.determiners.union([.propersuj, .properobj, .prodem, .proind, .prep, .cjco, .cjsub, .adv, .npr])
        for index in units.indices.dropLast() where units[index].kind == .word && (1...3).contains(units[index].length) {
            let unit = units[index]
            // A sentence's start, or a clause's: after a comma or a conjunction (`modules, li n’est pas`, `quand li travaille`).
            let sentenceStart = isSentenceStart(unit.start)
            let clauseStart = sentenceStart || index > 0 && units[index - 1].kind == .word
                && (scalars[units[index - 1].end..<unit.start].elementsEqual([",", " "])
                    || onlySpaces(units[index - 1].end, unit.start) && !formTags(index - 1).isDisjoint(with: [.cjsub, .cjco])
                        && formTags(index - 1).isDisjoint(with: [.nom, .adj, .prep]))
            guard !unit.edited, !unit.isProtected, unit.lower != "il", unit.lower != "ils", clauseStart,
                  unit.text.unicodeScalars.allSatisfy(CharacterClass.isLetter),
                  lowerTags(index).isDisjoint(with: grammatical), tags(unit.text).isDisjoint(with: grammatical),
                  // The verb first, a lexicon question cheaper than the search: in small letters, or a capital on a
                  // word that is only a verb (`IIS Sont écrits`), not on a noun (`D.S. al Coda`: a title).
                  units[index + 1].kind == .elision || units[index + 1].pattern == .lower
                      || formTags(index + 1).isDisjoint(with: [.nom, .adj, .npr]),
                  verbOfPersonFollows(index, person: "3sg") || verbOfPersonFollows(index, person: "3pl") else { continue }
            // The confusion model's readings first; else one letter lost, added or misread (`Is sont`, `fl est`).
            // Of `il` and `ils`, the one whose person the verb has (`Is se comportent`: `ils`).
            var readings = Set(repairer.generator.candidates(for: unit.lower, allowed: { _ in true }, lengthLimits: false) {
                $0 == "il" || $0 == "ils" }.map(\.word))
            // Not an acronym's capitals (`Vector ou IV assure`, `NL signifie`): a name, which one letter does not make a pronoun.
            if readings.isEmpty, unit.pattern != .upper {
                readings = Set(repairer.oneLetterEdits.candidates(for: unit.lower) { bytes in
                    bytes.elementsEqual("il".utf8) || bytes.elementsEqual("ils".utf8) }.map(\.word))
            }
            guard let reading = ["il", "ils"].first(where: { readings.contains($0) && verbOfPersonFollows(index, person: $0 == "il" ? "3sg" : "3pl") })
            else { continue }
            let pronoun = sentenceStart ? CasePattern.capitalized.apply(to: reading, locale: locale) : reading
            replace(index, with: Decision(after: pronoun, rule: "pronoun-il", confidence: 0.7))
        }
    }

    /// `versions. | permet`, `soi-même. | est possible` → `Il`: a lone stroke opening a
    /// sentence before a verb of the third person singular is the pronoun whose two
    /// letters the scan merged into one — no sentence opens on a stroke.
    func singleStrokeReadForIl() {
        var position = 0
        while position + 2 < scalars.count {
            defer { position += 1 }
            guard scalars[position] == "|", scalars[position + 1] == " ", position > 0, ProtectedSpans.isWhitespace(scalars[position - 1]),
                  isSentenceStart(position), let nextIndex = unitIndex(\.start, at: position + 2) else { continue }
            // Whatever unit the stroke made must be free to change.
            let own = unitIndex(\.start, at: position)
            if let own, units[own].edited || units[own].isProtected || units[own].end != position + 1 { continue }
            guard verbAfterClitics(from: nextIndex) != nil else { continue }
            edits.append(Edit(offset: position, before: "|", after: "Il", rule: "pronoun-il", confidence: 0.75))
            if let own {
                setForm(own, "Il")
                units[own].edited = true
            }
        }
    }

    /// `J] n’est`, `I! peut`, `|| possède`, `1] peut`, `i! faut`, `!l faut` → `Il`: the pronoun
    /// whose letters the scan read as strokes — a capital reading of `l` or a
    /// stroke for the `I` (`OCRConfusionModel.capitalReadingsOfL`,
    /// `strokeReadingsOfCapitalI`), then a stroke for the `l`
    /// (`strokeReadingsOfL`) — standing alone before a verb in the third
    /// person singular. Pairs of letters (`11`, `IL`, `ll`) are `pronounIl`'s.
    func misreadPronounIl() {
        guard french else { return }
        singleStrokeReadForIl()
        // An array, not a set: this test runs on every scalar of the document, and
        // comparing with four scalars costs less than hashing one.
        // The small pronoun's own i may come with a misread partner too (`i! faut`, `i] faut`), and a
        // stroke for the capital with the right l (`!l faut`); a pair with both letters right is the pronoun.
        let firsts = Array(OCRConfusionModel.capitalReadingsOfL.union(OCRConfusionModel.strokeReadingsOfCapitalI).union(["i"]))
        let seconds = Array(OCRConfusionModel.strokeReadingsOfL.union(["l"]))
        var position = 0
        while position + 3 < scalars.count {
            defer { position += 1 }
            // Cheap tests first: a stroke pair standing alone, followed by a space (the space first:
            // one comparison turns most positions away).
            guard scalars[position + 2] == " ", seconds.contains(scalars[position + 1]), firsts.contains(scalars[position]),
                  position == 0 || ProtectedSpans.isWhitespace(scalars[position - 1]) else { continue }
            if scalars[position + 1] == "l", scalars[position] == "I" || scalars[position] == "i" { continue }
            guard let nextIndex = unitIndex(\.start, at: position + 3) else { continue }
            // Whatever unit the pair's scalars made (J, 1, the l of !l) must be free to change.
            let own = unitIndex(\.start, at: position)
            if let own, units[own].edited || units[own].isProtected || units[own].end != position + 1 { continue }
            let partner = unitIndex(\.start, at: position + 1)
            if let partner, units[partner].edited || units[partner].isProtected || units[partner].end != position + 2 { continue }
            // After a determiner the strokes are a number or a label (le 1] …), not a subject.
            let before = (own ?? nextIndex) - 1
            if before >= 0, units[before].kind == .word, units[before].end <= position, onlySpaces(units[before].end, position),
               !formTags(before).isDisjoint(with: [.det, .detdem, .detpos]) { continue }
            // A small i or a `!` with a partner is a letter quoted after its noun (la lettre i! fait): the
            // pronoun opens a clause, after a mark, a conjunction or an adverb, not right after a noun.
            let smallPair = scalars[position] == "i" || scalars[position] == "!" || scalars[position + 1] == "l"
            let afterNoun = before >= 0 && units[before].kind == .word && units[before].end <= position
                && onlySpaces(units[before].end, position) && !formTags(before).isDisjoint(with: [.nom, .adj, .npr])
            if smallPair, afterNoun { continue }
            // The verb: the next word, or the one after the clitics before it (J] n’est, I] vous faut) —
            // then, as for a small pair, not right after a noun (`le point 1] le fait que`).
            guard let verb = verbAfterClitics(from: nextIndex) else { continue }
            if verb > nextIndex + (units[nextIndex].kind == .elision ? 1 : 0), afterNoun { continue }
            let after = isSentenceStart(position) ? "Il" : "il"
            edits.append(Edit(offset: position, before: String(scalars: scalars[position..<(position + 2)]), after: after,
                              rule: "pronoun-il", confidence: 0.8))
            if let own {
                setForm(own, after)
                units[own].edited = true
            }
            if let partner { units[partner].edited = true }
        }
    }

    /// `la copie du: groupe`, `permettent de: gérer`, `avec: l’option`, `ce qui: devrait`, `vous: faites`, `ne: pouvez`,
    /// `avec, la souris`, `un : serveur` → no colon or comma: a colon announces what follows a
    /// complete phrase, a comma closes one, and no phrase ends on a determiner
    /// or a preposition (the same reasoning as a full stop there,
    /// `periodBeforeLowercase`). Presentatives (`voici :`, `voilà :`), which
    /// Hunspell also tags as prepositions, do announce; words that are also
    /// adverbs (`après,`) may end a phrase, and so do nouns after a determiner
    /// (`de ton,`) or after a noun they qualify (`zoom avant,`), and a noun's
    /// homograph in a list (`VRAI ou un,`, `un, deux`); a comma before a preposition, adverb or conjunction may
    /// open an incise (`avec, par défaut, 256`).
    func colonAfterGrammaticalWord() {
        guard french else { return }
        let presentatives: Set<String> = ["voici", "voilà"]
        let excluded: PartsOfSpeech = [.adj, .adv, .ppre, .ppas, .infi, .ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .impe]
        let phraseHeads: PartsOfSpeech = [.det, .detdem, .detpos, .prep]
        for index in units.indices.dropLast() where units[index].end + 1 < scalars.count
            && (scalars[units[index].end] == ":" || scalars[units[index].end] == "," || scalars[units[index].end] == " ")
            && units[index].kind == .word && !units[index].isProtected {
            let unit = units[index], next = units[index + 1]
            // The colon glued to the word (`du: groupe`) or spaced as French typography spaces it (`un : serveur`).
            let spaced = scalars[unit.end] == " "
            if spaced, !(unit.end + 3 == next.start && scalars[unit.end + 1] == ":" && scalars[unit.end + 2] == " ") { continue }
            let markAt = spaced ? unit.end + 1 : unit.end
            guard markAt + 2 == next.start, scalars[markAt + 1] == " ",
                  next.kind == .elision || (next.kind == .word && CasePattern(of: next.form) == .lower),
                  CasePattern(of: unit.form) != .upper else { continue }
            let word = CasePattern.lower(unit.form, locale: locale)
            let found = tags(word)
            // A colon after a coordinating conjunction (et: qui, ou: le) announces nothing either.
            let conjunction = scalars[markAt] == ":" && found.contains(.cjco) && found.isDisjoint(with: [.nom, .adj, .adv])
            // Nor after a relative pronoun or a subordinating conjunction (ce qui: devrait, en supposant
            // que: vous), which open a clause, nor between a subject pronoun and its verb (vous: faites).
            let clauseOpener = scalars[markAt] == ":" && !found.isDisjoint(with: [.prorel, .cjsub]) && found.isDisjoint(with: [.nom, .adj, .adv])
            let subject = scalars[markAt] == ":" && found.contains(.propersuj) && found.isDisjoint(with: [.nom, .adj, .adv, .prep])
                && next.kind == .word && !tags(CasePattern.lower(next.form, locale: locale)).isDisjoint(with: PartsOfSpeech.finite)
            // Nor between a clitic and the verb it stands before (`ne: pouvez`, `se: fait`).
            let clitic = scalars[markAt] == ":" && found.contains(.preverb) && found.isDisjoint(with: [.nom, .adj, .adv, .prep])
                && next.kind == .word && !tags(CasePattern.lower(next.form, locale: locale)).isDisjoint(with: PartsOfSpeech.finite.union(.infi))
            // A preposition that is also an adjective (`sur`, sour) is read as the grammatical word before a
            // comma — not a colon (`est plein : le message`), nor after an adverb (`bien sur, la`: `sûr`).
            let grammaticalPreposition = scalars[markAt] == "," && found.contains(.mg) && found.contains(.prep)
                && found.isDisjoint(with: excluded.subtracting(.adj))
                && !(index > 0 && units[index - 1].kind == .word && formTags(index - 1).contains(.adv))
            // A preposition coordinated with another one stands without its noun, as both adverbs do
            // (`avant ou après, d’autres`).
            let coordinatedPreposition = found.contains(.prep) && index > 1 && units[index - 1].kind == .word
                && units[index - 2].kind == .word && formTags(index - 1).contains(.cjco) && formTags(index - 2).contains(.prep)
            guard !presentatives.contains(word), !found.isDisjoint(with: phraseHeads) || conjunction || clauseOpener || subject || clitic,
                  found.isDisjoint(with: excluded) || grammaticalPreposition, !coordinatedPreposition,
                  !(spaced && announcesList(after: markAt))
            else { continue }
            // `de ton, tels que`, `du son, qui`: a word that is also a noun, after a determiner or a
            // preposition, is that noun — the phrase ends on it; after a noun (no verb: `écrit dans,`)
            // it qualifies that noun (`un zoom avant, l’action`) and ends the phrase too.
            if found.contains(.nom), index > 0, units[index - 1].kind == .word || units[index - 1].kind == .elision,
               onlySpaces(units[index - 1].end, unit.start),
               case let previousTags = tags(CasePattern.lower(units[index - 1].form, locale: locale)),
               !previousTags.isDisjoint(with: phraseHeads.union([.detind]))
                || scalars[markAt] == "," && !isSentenceStart(units[index - 1].start) && qualifiesNoun(index) {
                continue
            }
            // The noun a coordinating conjunction joins, before no noun a determiner would take
            // (`sur VRAI ou un, il est`, not `et la, variante`), or one a numeral follows (`comporter
            // un, deux ou trois`): a value in a list, whose comma is the writer's. A conjunction opening its
            // sentence joins no values (`Mais dans, les domaines`: `dans` is no noun there).
            if found.contains(.nom), scalars[markAt] == ",", index > 0, next.kind == .word,
               case let nextTags = tags(CasePattern.lower(next.form, locale: locale)),
               units[index - 1].kind == .word && onlySpaces(units[index - 1].end, unit.start) && !isSentenceStart(units[index - 1].start)
                && tags(CasePattern.lower(units[index - 1].form, locale: locale)).contains(.cjco) && nextTags.isDisjoint(with: [.nom, .adj])
                || nextTags.contains(.nb) {
                continue
            }
            // The same with a speck read as a full stop or a comma between the two lower-case words
            // (`un zoom. avant,`; `un zoom, avant,`, where either comma may be the speck: both stay).
            if found.contains(.nom), index > 0, scalars[markAt] == ",", units[index - 1].end + 2 == unit.start,
               scalars[units[index - 1].end] == "." || scalars[units[index - 1].end] == ",", CasePattern(of: unit.form) == .lower,
               CasePattern(of: units[index - 1].form) == .lower, qualifiesNoun(index) {
                continue
            }
            // A comma may open an incise the phrase resumes after (avec, par défaut, 256 couleurs):
            // only a noun phrase or an elision right after it shows the comma is a speck. A determiner
            // after a word that is no preposition shows that word was no determiner either (qu'un la, un
            // sol: the note); after a preposition it is the phrase the comma cut (dans, la fenêtre).
            if scalars[markAt] == ",", next.kind == .word {
                let nextTags = tags(CasePattern.lower(next.form, locale: locale))
                if !nextTags.isDisjoint(with: [.prep, .adv, .advint, .cjco, .cjsub]) { continue }
                if !found.contains(.prep), !nextTags.isDisjoint(with: PartsOfSpeech.determiners) { continue }
            }
            edits.append(Edit(offset: unit.end, before: String(scalars: scalars[unit.end...markAt]), after: "", rule: "punctuation", confidence: 0.7))
        }
    }

    /// Whether the colon at `offset` announces a list whose items semicolons part
    /// before the sentence ends (`pour : la brosse, utilisée par … ; le motif`): a
    /// writer's colon, spaced as French typography spaces it, wherever it stands —
    /// a speck makes no list (one glued to its word is asked nothing: a scan's
    /// specks make semicolons too).
    func announcesList(after offset: Int) -> Bool {
        var position = offset + 1
        while position < scalars.count {
            switch scalars[position] {
            case ";": return true
            case ".", "!", "?": return false
            case "\n" where position + 1 < scalars.count && scalars[position + 1] == "\n": return false
            default: position += 1
            }
        }
        return false
    }

    /// Whether the unit at `index` is a lower-case word right after a French
    /// article (`un depot`, `d’un depot`, `l’execution`): there an English
    /// look-alike (`depot`) is a French noun that lost its accents — a scan
    /// without French glyphs loses them every time, so repetition proves
    /// nothing — not a quotation. Only accents are then restored.
    /// Not before a word only English knows, not even as a French word without
    /// its accents (`la reference policy`, not `la meme operation`): there the
    /// article introduces an English term.
    func isFrenchNounSlot(_ index: Int) -> Bool {
        guard french, index > 0, CasePattern(of: units[index].text) == .lower, followsArticle(index) else { return false }
        let previous = units[index - 1]
        guard previous.kind == .elision || !repairer.isForeign(previous.form) else { return false }
        guard index + 1 < units.count, units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
              case let next = units[index + 1].text, repairer.isForeign(next) else { return true }
        // An English spelling of a French word without its accents (`operation`) is French here too.
        guard let repaired = decide(next, sentenceStart: false, afterElision: false) else { return false }
        return Self.restoresDiacritics(next, repaired.after)
    }

    /// `ct` → `et`, `1es` → `les`: a short token the lexicon rejects, one
    /// letter-shape confusion away from exactly one grammatical word (a
    /// determiner, preposition or conjunction; English look-alikes such as
    /// `ct` included: outside English context). Shape repairs are withheld
    /// from short words in general (`is` → `ls`); grammatical words are the
    /// exception, being far more frequent than any other short word; so are
    /// the personal and relative pronouns inside a sentence (`lul` → `lui`;
    /// a caller that does not say where the word stands gets none).
    func shortGrammaticalRepair(_ word: String, sentenceStart: Bool = true) -> Decision? {
        let lower = CasePattern.lower(word, locale: locale)
        let closed: PartsOfSpeech = [.det, .prep, .cjco, .cjsub]
        // So are the personal and relative pronouns (`lul` → `lui`, `qul` → `qui`) inside a sentence
        // (one opening it in small letters, `ll`, is `pronounIl`'s), but not those of the second person
        // singular in a document that never says `tu` (there `te`, `tu` are misread `le`, `un`).
        let pronouns: PartsOfSpeech = [.propersuj, .properobj, .prorel]
        let pronounsAllowed = !sentenceStart && CasePattern(of: word) == .lower
        // Grammatical words are frequent enough for any substitution, even in a short word (vaus: vous).
        // The finite forms of être and avoir (est, sont, ont) are as frequent, and as closed a set.
        let candidates = repairer.generator.candidates(for: lower, allowed: { $0 != .faintAscender }, lengthLimits: false) { candidate in
            guard candidate != lower, repairer.spells(candidate) else { return false }
            let found = tags(candidate)
            if !found.isDisjoint(with: closed) || !found.isDisjoint(with: PartsOfSpeech.finite) && isAuxiliary(candidate) { return true }
            return pronounsAllowed && !found.isDisjoint(with: pronouns)
                && (addressesReaderAsTu() || !lexicon.analyze(candidate).contains(where: Self.isSecondPersonSingular))
        }
        // One clear reading: a rival within a quarter of a substitution's cost leaves the word alone.
        guard let top = candidates.first, candidates.count == 1 || candidates[1].cost - top.cost >= 0.25 else { return nil }
        return Decision(after: top.word, rule: Self.ruleName(top.kinds), confidence: min(0.8, top.confidence))
    }

    /// `1es scripts`, `1a couleur` → `les`, `la`: a digit read for the `l` of a
    /// determiner, before a lower-case noun. Not after a determiner, where an
    /// ordinal stands (`les 1res pages`) — but after one (`de` is one too), a
    /// token no ordinal is written as (`de 1a source`) is the determiner still.
    func decideDigitForDeterminer(_ index: Int) -> Decision? {
        guard french, index > 0, index + 1 < units.count else { return nil }
        let unit = units[index], next = units[index + 1], previous = units[index - 1]
        let suffix = CasePattern.lower(String(unit.text.unicodeScalars.drop { ("0"..."9").contains($0) }), locale: locale)
        guard unit.length <= 3, onlySpaces(unit.end, next.start), next.kind == .word,
              CasePattern(of: next.text) == .lower, !nextWordTags(next).isDisjoint(with: [.nom, .adj]),
              previous.kind != .word || !Self.ordinalSuffixes.contains(suffix)
                || tags(previous.form.lowercased()).isDisjoint(with: PartsOfSpeech.determiners),
              let repaired = shortGrammaticalRepair(unit.text), tags(repaired.after).contains(.det) else { return nil }
        return repaired
    }

    /// `cetle image`, `ccs cas` → `cette`, `ces`: a short token the lexicon
    /// rejects, right before a lower-case noun, whose shape readings are
    /// grammatical words too close in cost to choose alone (`celle`, `ces`,
    /// `cas`): the noun asks for its determiner, so the one determiner reading
    /// that agrees with it wins (a rival determiner within a quarter of a
    /// substitution's cost leaves the word). `determinerBeforeNoun` does the
    /// same for a valid word that is no determiner (`tons les`).
    func damagedDeterminerBeforeNoun(at index: Int) -> Decision? {
        guard french, index + 1 < units.count else { return nil }
        let unit = units[index], next = units[index + 1]
        guard unit.kind == .word, !unit.spells, (2...5).contains(unit.length), next.kind == .word,
              unit.pattern == .lower || unit.pattern == .capitalized && isSentenceStart(unit.start),
              onlySpaces(unit.end, next.start), CasePattern(of: next.text) == .lower,
              let noun = nextWordForm(next), tags(noun).contains(.nom) else { return nil }
        let nounAnalyses = lexicon.analyze(noun).filter { $0.contains(utf8: "po:nom") }
        guard !nounAnalyses.isEmpty else { return nil }
        let candidates = repairer.generator.candidates(for: unit.lower, allowed: { $0 != .faintAscender }, lengthLimits: false) { candidate in
            // Not a second-person possessive in a document without `tu` (`ta`, `tes` are articles read with a `t`).
            candidate != unit.lower && repairer.spells(candidate) && (!Self.secondPersonPossessives.contains(candidate) || addressesReaderAsTu())
                && lexicon.analyze(candidate).contains { det in det.contains(utf8: "po:det") && nounAnalyses.contains { Self.agree(det, $0) } }
        }
        guard let top = candidates.first, candidates.count == 1 || candidates[1].cost - top.cost >= 0.25 else { return nil }
        return Decision(after: unit.pattern.apply(to: top.word, locale: locale), rule: Self.ruleName(top.kinds),
                        confidence: min(0.75, top.confidence))
    }

    /// The tags of `next`, a word after the one being judged: as read, or, for a damaged
    /// one the pass has not reached yet, as it will be repaired (`1a chaine`: chaîne).
    func nextWordTags(_ next: Unit) -> PartsOfSpeech {
        nextWordForm(next).map(tags) ?? []
    }

    /// `next`, a word after the one being judged, in lower case: as read, as
    /// edited, or as it will be repaired; nil for a damaged word no repair reads.
    func nextWordForm(_ next: Unit) -> String? {
        if next.spells || next.edited { return next.edited ? next.form.lowercased() : next.text.lowercased() }
        return decide(next.text, sentenceStart: false, afterElision: false)?.after.lowercased()
    }

    /// `possédant "extension`, `lit 'entrée standard`, `Si 'appel`, `terminal ;
    /// 'envoi`, `régler ’axe` → `l’extension`, `l’entrée`, `l’appel`, `l’envoi`,
    /// `l’axe`: an unclosed quote glued to a noun opening with a vowel, where
    /// no determiner precedes, is what the scan kept of an elided `l’`
    /// (`strayOpeningQuotes` also reads it so after a preposition). After a
    /// pronoun the word must be no verb form (`il 'aime` lost `l’` or `m’`).
    func quoteReadsElidedL(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let word = units[index].text.lowercased(), previous = units[index - 1]
        // An acronym the document writes after `l’` twice or more (`que "OSCE pourrait`), where no
        // determiner stands before it: the article it always takes, its letter lost.
        if units[index].pattern == .upper, word.unicodeScalars.count >= 3, elidedPairCount("l" + word) >= 2,
           previous.kind == .word, onlySpaces(previous.end, units[index].start - 1),
           tags(previous.form.lowercased()).isDisjoint(with: PartsOfSpeech.determiners) {
            return true
        }
        let found = tags(word)
        // Not a letter's or a point of the compass's name that is mostly an auxiliary (`'a`, `'est`).
        guard CasePattern(of: units[index].text) == .lower, found.contains(.nom), word.unicodeScalars.count >= 3,
              found.isDisjoint(with: [.adv, .prep, .mg]), !isAuxiliary(word) else { return false }
        // A comma or a semicolon before the mark: nothing asks for a determiner or a pronoun there.
        let mark = units[index].start - 1
        guard previous.end <= mark, onlySpaces(previous.end, mark) else {
            return previous.end <= mark && scalars[previous.end..<mark].contains { $0 == "," || $0 == ";" }
        }
        // The word before may open the sentence (`Si 'appel de la commande`).
        let previousCase = CasePattern(of: previous.form)
        guard previous.kind == .word, previousCase == .lower || previousCase == .capitalized && isSentenceStart(previous.start)
        else { return false }
        let previousTags = tags(previous.form.lowercased())
        // After a determiner, or an adjective that is no verb form (`une autre 'aire`), the noun has its article.
        guard previousTags.isDisjoint(with: PartsOfSpeech.determiners),
              !previousTags.contains(.adj) || !previousTags.isDisjoint(with: PartsOfSpeech.finite.union([.ppre, .infi]))
        else { return false }
        let pronoun = !previousTags.isDisjoint(with: [.propersuj, .properobj, .preverb]) && previousTags.isDisjoint(with: [.nom, .adj])
        return !pronoun || found.isDisjoint(with: [.ipre, .infi])
    }

    /// A hyphen standing alone between two words of a line (` - `), before one
    /// in small letters: a speck the scan read (`hyphenIsSpeck`), removed; or
    /// the aside's en dash it read too short (`hyphenIsDash`), restored; or, as
    /// after a grammatical word with no complement missing (`lire depuis -`), left.
    func spacedHyphens() {
        guard french else { return }
        for index in units.indices.dropLast() where units[index + 1].start == units[index].end + 3 && scalars[units[index].end + 1] == "-" {
            let unit = units[index], next = units[index + 1]
            guard scalars[unit.end] == " ", scalars[unit.end + 2] == " ", unit.kind == .word, next.kind == .word,
                  !unit.isProtected, !next.isProtected, CasePattern(of: next.form) == .lower else { continue }
            if hyphenIsSpeck(after: index) {
                edits.append(Edit(offset: unit.end, before: " -", after: "", rule: "punctuation", confidence: 0.7))
            } else if hyphenIsDash(after: index) {
                edits.append(Edit(offset: unit.end + 1, before: "-", after: "–", rule: "punctuation", confidence: 0.6))
            }
        }
    }

    /// `droits et - appartenances`, `en - représentation`: a hyphen standing
    /// alone after a determiner, preposition or conjunction, before a
    /// lower-case word, is a speck — a dash opening an aside does not follow
    /// a word that needs its complement. So is one between an article and
    /// the noun or adjective after it (`de la - machine`), and between a
    /// subject, a relative pronoun or `ne` and a verb (`elle - permet`, `qui
    /// - change`, `Il - aura`).
    func hyphenIsSpeck(after index: Int) -> Bool {
        let unit = units[index], next = units[index + 1]
        guard CasePattern(of: unit.form) == .lower || CasePattern(of: unit.form) == .capitalized && isSentenceStart(unit.start)
        else { return false }
        let found = tags(CasePattern.lower(unit.form, locale: locale)), nextTags = tags(next.form)
        let function = !found.isDisjoint(with: [.det, .prep, .cjco])
            && found.isDisjoint(with: [.nom, .adj, .adv, .ppas, .ppre, .infi, .ipre]) && CasePattern(of: unit.form) == .lower
        // `de la - machine`: an article (`la` is a note too) before the noun or adjective it opens;
        // `elle - permet`, `qui - change`, `ne - dépasse`: a subject, a relative or `ne` before its verb.
        let article = found.contains(.det) && found.isDisjoint(with: [.adj, .adv, .prep]) && !nextTags.isDisjoint(with: [.nom, .adj])
        let subject = !found.isDisjoint(with: [.propersuj, .prorel, .preverb]) && found.isDisjoint(with: [.nom, .adj, .det, .prep])
            && !nextTags.isDisjoint(with: PartsOfSpeech.finite) && nextTags.isDisjoint(with: [.det, .prep])
        return function || article || subject
    }

    /// `automatiquement - vous`, `LilyPond - non` → `–`: a spaced hyphen that is
    /// no speck is the dash of an aside (French writes the en dash there, the
    /// tiret demi-cadratin) whose length the scan misread: no word is joined by
    /// a spaced hyphen. Both of tesseract's models read the en dash so, as a
    /// hyphen or as an em dash; only the hyphen is repaired, the em dash being
    /// a writer's choice too. Not one between letters or numbers (`x - y`, `3 - 2`:
    /// a formula's minus), nor one a quotation holds alone (`« - »`); and only
    /// after a word that can end a phrase — after a grammatical one (`lire
    /// depuis - signifie`) the hyphen is a name (standard input), no dash.
    func hyphenIsDash(after index: Int) -> Bool {
        let unit = units[index], next = units[index + 1]
        guard unit.length >= 2, unit.text.unicodeScalars.allSatisfy(CharacterClass.isLetter),
              next.text.unicodeScalars.allSatisfy(CharacterClass.isLetter) else { return false }
        let tags = formTags(index)
        let grammatical: PartsOfSpeech = [.prep, .det, .detdem, .detpos, .detind, .cjco, .cjsub, .propersuj, .properobj, .prorel]
        return tags.isDisjoint(with: grammatical) || !tags.isDisjoint(with: [.nom, .adj, .ppas, .npr])
    }

    /// Whether the unit at `index` follows `le`, `la` or `les` where they can
    /// only be articles, not object pronouns, unless an infinitive follows:
    /// right after a preposition (`dans la boite`, `Dans la boite`: a pronoun
    /// never follows one, save before an infinitive) or a verb form (`Ouvrez la
    /// boite`, `réduire la boite`: an object pronoun stands before its own
    /// verb, `vous la fermez`, never between a verb and a finite one), or opening
    /// a sentence (`La boite de dialogue`: a declarative sentence does not open
    /// on an object pronoun). `followsDeterminer` leaves these three out, being
    /// pronouns too.
    func followsDefiniteArticle(_ index: Int) -> Bool {
        // The length in place first: asked of every word, and a copy of a unit retains its three strings.
        guard index > 0, (2...3).contains(units[index - 1].length) else { return false }
        let article = units[index - 1]
        guard article.kind == .word, onlySpaces(article.end, units[index].start),
              ["le", "la", "les"].contains(article.text.lowercased()) else { return false }
        if isSentenceStart(article.start) { return CasePattern(of: article.text) == .capitalized }
        guard index > 1 else { return false }
        let before = units[index - 2]
        guard before.kind == .word, onlySpaces(before.end, article.start) else { return false }
        let pattern = CasePattern(of: before.form)
        let opensSentence = pattern == .capitalized && isSentenceStart(before.start)
        guard pattern == .lower || opensSentence else { return false }
        let found = tags(before.form.lowercased())
        if found.contains(.prep) && found.isDisjoint(with: [.adj, .adv, .ipre, .infi, .ppas, .ppre]) { return true }
        // A verb form that is nothing else (`Utilisez`, `réduire`), or one opening the sentence (`Affiche la`).
        let nonVerbal: PartsOfSpeech = [.nom, .adj, .adv, .prep, .det, .propersuj, .properobj, .preverb, .ppas]
        return !found.isDisjoint(with: PartsOfSpeech.finite.union([.infi])) && (opensSentence || found.isDisjoint(with: nonVerbal))
    }

    /// Whether the mark at `offset` is a speck already turned into a space
    /// (`a.l’utilisation`: the glued-words repair), so that what it glued
    /// stands alone.
    func speckBecomesSpace(at offset: Int) -> Bool {
        speckSpaces.contains(offset)
    }
}
