import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: commas, colons and semicolons. A scan
/// breaks a full stop into a comma (or a speck makes it a colon) before the
/// next sentence's capital (`le calque, Cette option`), keeps a capital the
/// small letter after a comma should have (`Avec un motif, Il vous permet`),
/// and sets a speck as a comma where nothing parts two words (`vous pouvez,
/// éditer`, `vous ne, connaissez`). Kept apart from the full stops
/// (`RepairPassSentenceEnds`): a comma turns on whether it closes a phrase the
/// sentence fronted (`closesFrontedPhrase`), a question of its own.
extension RepairPass {
    /// `le calque, Cette option`, `les données: Les fichiers`, `installé,
    /// Cependant`, `des pixels, Aucun` → a full stop: the scan broke the stop
    /// into a comma (or a speck made it a colon or semicolon), and the
    /// capital that follows says a sentence starts. Only before a capitalised
    /// grammatical word (determiner, pronoun, conjunction, numeral, an adverb
    /// that is nothing else) that is not itself the start of a name (`La
    /// Haye`, `Le Caire`: another capital follows); a capitalised noun or verb
    /// after a comma may be a label or a name (`Fichier, Édition`), and a
    /// capitalised preposition or elided article was as often a wrong capital
    /// (`à choisir, Pour les claviers`) — except after a colon glued to its
    /// word, which French typography never writes (`présents: Dans`, and an
    /// elided `multiples: L’un`), after a comma between two clauses that each have their verb
    /// (`separatesClauses`: `texture, Notez qu’il est`), and where the capital is one no
    /// small letter is shaped like and the clause it opens has its own verb (`utilisée, Mais
    /// elle`, `pixels, L’autre est`: seventy-three stops to one wrong capital in the sets). After a bare number only when a
    /// bracket closed it (`noire (0), Le curseur`): `Chapitre 8, Les
    /// prochaines étapes` cites a title. Not before `Il`/`Ils`: a scan reads the small `i`
    /// whose dot it lost as the capital (`particulier, Il serait`) as often as it breaks a stop —
    /// after a phrase the sentence fronts it is that small `i` (`Avec un motif, Il` → `il`).
    func commaBeforeSentenceStart() {
        let openers: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .propersuj, .prodem, .proind, .proneg, .cjsub, .nb]
        for index in units.indices.dropLast() {
            // The marks between the words first, read in place: a copy of a unit retains its three strings.
            guard units[index].kind == .word || units[index].kind == .number, !units[index + 1].isProtected else { continue }
            // `Ses usages sont multiples: L’un des plus`: after a colon glued to its word an elided
            // capital opens the sentence as any capitalised word does there — not the `I’` a scan
            // makes of a small `l’` (`document: I’option`).
            if french, units[index + 1].kind == .elision, units[index].kind == .word, units[index].end + 2 == units[index + 1].start,
               scalars[units[index].end] == ":", scalars[units[index].end + 1] == " ",
               let initial = units[index + 1].text.unicodeScalars.first, CharacterClass.isUppercase(initial),
               !OCRConfusionModel.capitalReadingsOfL.contains(initial),
               index + 2 < units.count, units[index + 2].kind == .word, units[index + 1].end == units[index + 2].start,
               CasePattern(of: units[index + 2].form) == .lower {
                edits.append(Edit(offset: units[index].end, before: ":", after: ".", rule: "punctuation", confidence: 0.6))
                continue
            }
            // `pixels, L’autre est`, `indiquée, N’importe quel fichier peut`, `du noir, C’est ce qui`, `d’un
            // programme, S’il n’y a`: a comma glued to a word before an elided capital (not the `I` a scan makes
            // of `l`), where the clause that capital opens has its own finite verb and the comma closes no
            // phrase the sentence fronted (for a capital shaped like its small letter, the clause before has
            // its verb: `Lors de la frappe, S’il` fronts a phrase), is a full stop the scan read short. (A scan enlarges the `c` of
            // `c’est` or the `s` of `s’il` as seldom as it breaks a stop into a comma there: 18 stops to 1 in
            // the sets; `, c’est-à-dire` is the locution's.)
            if french, units[index + 1].kind == .elision, units[index].kind == .word, CasePattern(of: units[index].form) == .lower,
               units[index].end + 2 == units[index + 1].start, scalars[units[index].end] == ",", scalars[units[index].end + 1] == " ",
               let initial = units[index + 1].text.unicodeScalars.first, CharacterClass.isUppercase(initial),
               !OCRConfusionModel.capitalReadingsOfL.contains(initial),
               index + 2 < units.count, units[index + 2].kind == .word, units[index + 1].end == units[index + 2].start,
               CasePattern(of: units[index + 2].form) == .lower, !units[index + 2].form.contains("-"), !closesFrontedPhrase(before: index),
               // An elided subject's verb is the word it is glued to (`C’est`, `J’ai`).
               ["c", "j"].contains(lowerForm(index + 1)) && readsAsFiniteVerb(index + 2) || clauseHasFiniteVerb(after: index + 2),
               !OCRConfusionModel.capitalsAScanMakes.contains(initial) || clauseOpening(before: index + 1) == .finiteVerb {
                edits.append(Edit(offset: units[index].end, before: ",", after: ".", rule: "punctuation", confidence: 0.6))
                continue
            }
            guard units[index + 1].kind == .word else { continue }
            var mark = units[index].end
            // A closing bracket or quote, or a footnote's mark (`réseaux¹, Les`), may stand before the comma;
            // a closing guillemet after its space (`« Bilinéaire », La couleur`).
            while mark < units[index + 1].start, scalars[mark] == ")" || scalars[mark] == "»" || scalars[mark] == "\""
                    || FootnoteRelocator.isSuperscriptDigit(scalars[mark])
                    || ProtectedSpans.isWhitespace(scalars[mark]) && scalars[mark] != "\n" && mark + 1 < units[index + 1].start
                        && scalars[mark + 1] == "»" { mark += 1 }
            // After a quotation a comma as often closes a phrase the sentence opened (`Si vous n’avez pas choisi
            // « Desktop : environment », Vous aurez`): there only a capital no small letter is shaped like,
            // opening a clause, shows the stop.
            let afterGuillemet = mark > units[index].end && scalars[mark - 1] == "»"
                && ProtectedSpans.isWhitespace(scalars[mark - 2])
            guard mark + 2 == units[index + 1].start, scalars[mark + 1] == " ", units[index].kind == .word || mark > units[index].end,
                  scalars[mark] == "," || scalars[mark] == ";" || scalars[mark] == ":" else { continue }
            let left = units[index], right = units[index + 1]
            guard CasePattern(of: right.form) == .capitalized, right.form.unicodeScalars.count >= 2 else { continue }
            // `Régularité des carreaux: Quand elle est réglée`: a colon after a label that opens its paragraph.
            if scalars[mark] == ":", labelsParagraph(before: index) { continue }
            if index + 2 < units.count, units[index + 2].kind == .word, onlySpaces(right.end, units[index + 2].start),
               CasePattern(of: units[index + 2].form) != .lower { continue }
            let lower = CasePattern.lower(right.form, locale: locale)
            let tags = self.tags(lower)
            let sentenceAdverb = tags.contains(.adv) && tags.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adj, .infi, .ppas]))
            // French sets a space before a colon: one glued to a word is a full stop a speck
            // lengthened (`présents: Dans`, `plus tard: Voir`), whatever capitalised word follows.
            let gluedColon = scalars[mark] == ":" && mark == left.end && left.kind == .word && french
            if lower == "il" || lower == "ils", !gluedColon {
                // After a phrase the sentence fronts (`Avec un motif, Il vous permet`, `Dans la plupart
                // des cas, Il ne sera`), the main clause follows: the capital is the small `i` misread.
                if scalars[mark] == ",", !right.edited, closesFrontedPhrase(before: index) {
                    replace(index + 1, with: Decision(after: lower, rule: "case", confidence: 0.7))
                }
                continue
            }
            // `plus petits mais, Proportionnellement`: no sentence ends on a coordinating conjunction;
            // the comma the scan kept is the writer's, and the capital the scan's, unless the word is a name.
            if left.kind == .word, CasePattern(of: left.form) == .lower, endsNoSentence(index) {
                if !right.edited, repairer.spells(lower), !tags.contains(.npr), self.tags(right.form).isDisjoint(with: [.npr, .prn]) {
                    replace(index + 1, with: Decision(after: lower, rule: "case", confidence: 0.7))
                }
                continue
            }
            if scalars[mark] == ",", closesFrontedPhrase(before: index) {
                // `erreur, Vous aurez`: a capital shaped like its small letter is the scan's.
                if isScanCapital(index + 1),
                   !tags.isDisjoint(with: [.propersuj, .det, .detdem, .detpos]), tags.isDisjoint(with: [.npr, .nom]) {
                    replace(index + 1, with: Decision(after: lower, rule: "case", confidence: 0.7))
                }
                continue
            }
            // A coordinating conjunction whose capital is shaped like its small letter (`masque,
            // Car vous`, `rouge, Ou bien`) follows the comma that prepares it: the capital is the scan's.
            if scalars[mark] == ",", tags.contains(.cjco), isScanCapital(index + 1),
               repairer.spells(lower), tags.isDisjoint(with: [.npr, .det, .propersuj]) {
                replace(index + 1, with: Decision(after: lower, rule: "case", confidence: 0.7))
                continue
            }
            // Any other capitalised word after a comma is a sentence's start where the clause
            // before has its verb and the one it opens has its own (`texture, Notez qu’il`):
            // checked last, once a conjunction before the comma and a fronted phrase are turned away.
            // So does a preposition or a coordinating conjunction whose capital no small letter is shaped
            // like (`très rapprochées, Avec le temps, les`, `utilisée, Mais elle`), when the clause it opens has
            // its own finite verb (`choisir, Pour les claviers latins, une carte` has none: a wrong capital) —
            // for a preposition, anywhere in the sentence it opens, past its fronted phrase's comma and a
            // relative (`contenu, Dans le cas qui nous occupe, il s’agit`; `LilyPond, Jusque dans la version 1.7.` has none).
            let distinctOpener = scalars[mark] == "," && !tags.isDisjoint(with: [.prep, .cjco])
                && right.form.unicodeScalars.first.map { !OCRConfusionModel.capitalsAScanMakes.contains($0) } == true
                && (tags.contains(.prep) ? sentenceHasFiniteVerb(after: index + 1) : clauseHasFiniteVerb(after: index + 1))
            let opener = !tags.isDisjoint(with: openers) || sentenceAdverb || gluedColon || distinctOpener
            // Inside a bracket a comma parts items (`(Enhances, Conflicts, Breaks, Replaces et Provides)`), not sentences;
            // and a grammatical word a full stop closes opens none (`sur sol, la, Si.`: the note, a capital the scan made).
            let closedAtOnce = scalars[mark] == "," && right.end < scalars.count && ".!?".unicodeScalars.contains(scalars[right.end])
                && (right.end + 1 == scalars.count || ProtectedSpans.isWhitespace(scalars[right.end + 1]))
            if afterGuillemet, !opener || right.text.unicodeScalars.first.map(OCRConfusionModel.capitalsAScanMakes.contains) != false { continue }
            guard repairer.spells(lower), !closedAtOnce, scalars[mark] != "," || !inCommaSeriesOfCapitals(index + 1),
                  opener || scalars[mark] == "," && !insideOpenBracket(at: mark) && separatesClauses(at: index + 1),
                  !tags.contains(.npr), !gluedColon || self.tags(right.form).isDisjoint(with: [.npr, .prn]) else { continue }
            edits.append(Edit(offset: mark, before: String(scalars[mark]), after: ".", rule: "punctuation", confidence: 0.6))
        }
    }

    /// `Voir aussi : Accords, Octaves relatives, Plusieurs voix.`: a capitalised word
    /// after a comma, where the item before it (back to the comma or colon before)
    /// or the item after it (up to the next comma) opens with a capitalised word of
    /// the language inside the sentence too — a noun, an adjective, an infinitive or a
    /// determiner — and holds no pronoun, clitic, negation or verb form that is no
    /// noun (`, Vous le faites`, `, Cependant il reste`), is one of a list
    /// of titles or labels the writer capitalised alike, not a sentence a scan's comma
    /// joined on (`cette partie, Beaucoup`: the item before has its verb). Only the
    /// nearest comma on each side counts, within the sentence.
    func inCommaSeriesOfCapitals(_ index: Int) -> Bool {
        func gap(before item: Int) -> ArraySlice<Unicode.Scalar> { scalars[units[item - 1].end..<units[item].start] }
        /// Whether the units `first..<end` are a title: a capitalised word of the language, then words, no finite verb.
        func title(_ first: Int, _ end: Int) -> Bool {
            guard units[first].kind == .word, units[first].pattern == .capitalized, units[first].length >= 3,
                  !isSentenceStart(units[first].start), repairer.spells(units[first].lower),
                  !formTags(first).isDisjoint(with: PartsOfSpeech.determiners.union([.nom, .adj, .infi])) else { return false }
            // No pronoun, clitic or negation, which only a clause holds (`Cependant il reste`, `Aucun pixel ne manque`).
            return (first..<end).allSatisfy { item in
                guard units[item].kind == .word else { return true }
                let tags = formTags(item)
                return tags.isDisjoint(with: [.propersuj, .preverb, .negadv])
                    && (tags.isDisjoint(with: PartsOfSpeech.finite) || !tags.isDisjoint(with: [.nom, .adj]))
            }
        }
        var current = index - 1
        while current > 0, current > index - 8 {
            let marks = gap(before: current)
            if marks.contains(where: { ".!?\n".unicodeScalars.contains($0) }) { break }
            if marks.contains(",") || marks.contains(":") {
                if title(current, index) { return true }
                break
            }
            current -= 1
        }
        current = index + 1
        while current < units.count, current < index + 8 {
            let marks = gap(before: current)
            if marks.contains(where: { ".!?\n".unicodeScalars.contains($0) }) { break }
            if marks.contains(",") { return title(current, min(units.count, current + 6)) && title(index, current) }
            current += 1
        }
        return false
    }

    /// Whether the words up to the unit at `index` are a short label opening its
    /// paragraph (`Régularité des carreaux`, `Autorise le découpage des
    /// carreaux`): what a colon after them introduces is the label's description,
    /// which may open with a capital — whereas a stop a speck made into a colon
    /// ends a sentence the paragraph had already begun. Not the text's first
    /// words: a label is one of a list of paragraphs.
    func labelsParagraph(before index: Int) -> Bool {
        var current = index
        while current > 0, index - current < Self.labelWords {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if Self.breaksParagraph(gap) { break }
            if gap.contains(where: { ",;:.!?()".unicodeScalars.contains($0) }) { return false }
            current -= 1
        }
        // A labelled paragraph is one of a list of them: the text's first words have no paragraph before.
        return current > 0 && Self.breaksParagraph(scalars[units[current - 1].end..<units[current].start])
            && units[current].text.unicodeScalars.first.map(CharacterClass.isUppercase) == true
    }

    /// The most words a label before a colon has (`Utiliser le gradient dynamique`).
    static let labelWords = 6

    /// Whether the space between two units holds a blank line: a paragraph ends there.
    static func breaksParagraph(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        gap.lazy.filter { $0 == "\n" }.count >= 2
    }

    /// Whether the unit at `index`, not yet repaired, is a capitalised word whose capital
    /// is shaped like its small letter (`Vous`, `Car`): a capital the scan may have made.
    func isScanCapital(_ index: Int) -> Bool {
        let unit = units[index]
        guard !unit.edited, let initial = unit.form.unicodeScalars.first,
              OCRConfusionModel.capitalsAScanMakes.contains(initial) else { return false }
        return unit.form.unicodeScalars.dropFirst().allSatisfy { CharacterClass.isLowercase($0) }
    }

    /// Whether the capitalised word at `index`, after a comma, opens a sentence by
    /// the clauses around it: the clause before the comma has its finite verb,
    /// the word opens one with its own (or is a verb that is nothing else:
    /// `Notez`), and the document writes the word capitalised inside a
    /// sentence nowhere else. Names, foreign words, titles, clauses the scan
    /// capitalises word by word (`clauseShowsStrayCapital`) and an elided `l’`
    /// read as one capital (`Vautre`: l’autre) do not.
    func separatesClauses(at index: Int) -> Bool {
        let unit = units[index]
        guard unit.kind == .word, !unit.edited, !repairer.isForeign(unit.form), caseUsage(of: unit.lower).capitalisedInside <= 1,
              lexicon.tags(of: unit.form).isDisjoint(with: [.npr, .prn]), !inCapitalisedTitle(before: index - 1),
              !clauseShowsStrayCapital(after: index), clauseOpening(before: index) == .finiteVerb,
              // `type, Vautre s’attache`: an elided l’ the scan read as one capital, before a word (`autre`).
              splitMisreadElision(unit.form, pattern: .capitalized, sentenceStart: false) == nil else { return false }
        let own = tags(CasePattern.lower(unit.form, locale: locale))
        return !own.isDisjoint(with: PartsOfSpeech.finite) && own.isDisjoint(with: [.nom, .adj]) || clauseHasFiniteVerb(after: index)
    }

    /// Whether the word at `index` is a coordinating conjunction (`mais`, `et`,
    /// `ou`), which joins what follows and never closes a sentence. Not one that
    /// is also an adverb (`puis`), a verb, participle, adjective, determiner or
    /// pronoun, which may (the homographs nouns have, `mai` in `mais`, are rare).
    func endsNoSentence(_ index: Int) -> Bool {
        let tags = formTags(index)
        let closing = PartsOfSpeech.finite.union([.adv, .ppas, .adj, .infi, .det, .detind, .proind, .prodem])
        return tags.contains(.cjco) && tags.isDisjoint(with: closing)
    }

    /// Whether the sentence holding the unit at `index` opens with a subordinating
    /// conjunction and has no comma yet (`Si vous faites une erreur,`, `Lorsque le disque est
    /// plein,`): a comma after it closes that clause, and the main clause follows it — a
    /// capital there is the scan's, not a sentence start. So too after a clause the same
    /// conjunction opens right after `que` (`Notez que lorsque …,`), and after a phrase the sentence
    /// opens with a preposition and no verb (`Avec ce curseur,`, `Dans le mode expert,`).
    func closesFrontedPhrase(before index: Int) -> Bool {
        var current = index
        // `activez l’outil : si elles n’y sont pas,`: a colon or a semicolon before a conjunction opens a
        // clause as a stop does.
        var afterHighMark = false
        while current > 0 {
            let gap = scalars[units[current - 1].end..<units[current].start]
            // A blank line ends the paragraph before, whatever mark it ends on.
            if Self.breaksParagraph(gap) { break }
            // The points of a version or a decimal number (`GIMP-2.10.4`) end no sentence.
            if gap.elementsEqual(["."]), CharacterClass.isDigit(scalars[units[current - 1].end - 1]),
               CharacterClass.isDigit(scalars[units[current].start]) {
                current -= 1
                continue
            }
            // A stop glued to a word before a small letter is a speck (`Avant d’installer. des scripts,`).
            if gap.elementsEqual([".", " "]), units[current].kind == .word, units[current].pattern == .lower,
               units[current - 1].kind == .word, units[current - 1].pattern == .lower {
                current -= 1
                continue
            }
            // A stop ending the gap ends the sentence before, a bracket before it or not (`Précise). Si`).
            if let last = gap.last(where: { $0 != " " && $0 != "\n" }), last == "." || last == "!" || last == "?" { break }
            // `et, en cas de succès, vous envoie`: a phrase fronted in a clause that a coordinating
            // conjunction and its comma open, a preposition first and no verb in it.
            if current < index, gap.contains(","), !gap.contains(where: { ";:!?()".unicodeScalars.contains($0) }),
               units[current - 1].kind == .word, units[current - 1].pattern == .lower,
               case let conjunction = formTags(current - 1), conjunction.contains(.cjco),
               conjunction.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adj])),
               units[current].kind == .word, units[current].pattern == .lower,
               case let opening = formTags(current), opening.contains(.prep), opening.isDisjoint(with: PartsOfSpeech.finite) {
                return (current + 1...index).allSatisfy { units[$0].kind != .word || !readsAsFiniteVerb($0) }
            }
            if current < index, gap.last == " ", !gap.contains(where: { ",.!?()\n".unicodeScalars.contains($0) }),
               gap.contains(where: { $0 == ":" || $0 == ";" }) {
                afterHighMark = true
                break
            }
            if gap.contains(where: { ",;:!?()\n".unicodeScalars.contains($0) }) { return false }
            // A stop that a capital follows ends the sentence before; one a small letter follows is a speck.
            if gap.contains(".") { break }
            current -= 1
        }
        let opening = units[current]
        // `Aussi, si vous`, `Ainsi, le fichier`: an adverb alone opening the sentence is fronted
        // before its clause (no sentence is an adverb alone).
        if current == index, opening.kind == .word, CasePattern(of: opening.form) == .capitalized, isSentenceStart(opening.start),
           case let tags = formTags(current), tags.contains(.adv),
           tags.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adj, .infi, .ppas, .det, .prep])) {
            return true
        }
        guard current < index, opening.kind == .word || opening.kind == .elision,
              afterHighMark || isSentenceStart(opening.start) && opening.text.unicodeScalars.first.map(CharacterClass.isUppercase) == true
        else { return false }
        // An elided conjunction (`Lorsqu’il`, `Puisqu’on`) is judged in its full form.
        let tags = opening.kind == .elision ? self.tags(CasePattern.lower(opening.form, locale: locale) + "e") : formTags(current)
        if tags.contains(.cjsub) { return true }
        // After a colon or a semicolon only a conjunction shows a clause opening there: a preposition may
        // as well be a speck's neighbour inside the sentence (`pris: en charge`, `; par exemple pour`).
        if afterHighMark { return false }
        // So does one fronted inside a `que` clause (`Notez que lorsque les insertions sont activées,
        // vous pouvez`): the conjunction right after `que` opens the clause the comma closes.
        for position in current..<index where units[position + 1].kind == .word
            && (units[position].kind == .word && lowerForm(position) == "que"
                || units[position].kind == .elision && lowerForm(position) == "qu")
            && formTags(position + 1).contains(.cjsub) && formTags(position + 1).isDisjoint(with: [.prorel, .proint]) {
            return true
        }
        // `Avec ce curseur,`, `Dans le mode expert,`: a phrase the sentence opens with a preposition,
        // no verb in it, comes before the clause it qualifies — a noun that is also a verb form is the
        // noun there (`Pour une image,`: `image` conjugates `imager`).
        guard tags.contains(.prep), tags.isDisjoint(with: PartsOfSpeech.finite) else { return false }
        return (current + 1...index).allSatisfy { units[$0].kind != .word || !readsAsFiniteVerb($0) }
    }

    /// Whether exactly a comma and a space stand between the unit before `index`
    /// and the unit at `index` (`vous, pouvez`): the speck the comma rules below remove.
    func commaAndSpace(before index: Int) -> Bool {
        markAndSpace(before: index) == ","
    }

    /// The mark (`,`, `:` or `;`) glued after the unit before `index`, with one space after it, if any.
    func markAndSpace(before index: Int) -> Unicode.Scalar? {
        guard index > 0, units[index].start == units[index - 1].end + 2, scalars[units[index - 1].end + 1] == " ",
              case let mark = scalars[units[index - 1].end], mark == "," || mark == ":" || mark == ";" else { return nil }
        return mark
    }

    /// `vous ne l’avez, pas activée`, `ils ne sont; pas`, `vous n’avez: pas`, `vous pouvez: utiliser` → no
    /// mark: the verb a `ne` opened and the second half of its negation (`pas`, `plus`, `jamais`) are one
    /// group, as are a modal and the infinitive it governs after a colon — nothing is introduced there. (A
    /// comma between a modal and its infinitive is `commaBetweenModalAndInfinitive`'s, which knows the
    /// asides a comma may close.) The full stop between them is `periodBeforeLowercase`'s.
    func markInsideVerbGroup(at index: Int) {
        guard let mark = markAndSpace(before: index), units[index].kind == .word, units[index].pattern == .lower,
              units[index - 1].kind == .word else { return }
        let negation = formTags(index).contains(.negadv) && !formTags(index - 1).isDisjoint(with: PartsOfSpeech.finite)
            && negationOpensVerb(at: index - 1)
        guard negation || mark == ":" && governsInfinitive(index - 1) else { return }
        edits.append(Edit(offset: units[index - 1].end, before: String(mark), after: "", rule: "punctuation", confidence: 0.7))
    }

    /// `Ensuite; vous choisissez`, `En effet; l’absence`, `Quand vous créez une sélection; elle est` →
    /// a comma: a semicolon parts two clauses or two items of a list, never a phrase the sentence
    /// fronted (an adverb alone, a phrase a preposition opens, a clause a conjunction opens) from the
    /// clause it qualifies. A semicolon glued to the word there is the comma a speck lengthened.
    func semicolonClosingFrontedPhrase(at index: Int) {
        guard french, markAndSpace(before: index) == ";", units[index].kind == .word || units[index].kind == .elision,
              CasePattern(of: units[index].text) == .lower, units[index - 1].kind == .word,
              closesFrontedPhrase(before: index - 1) else { return }
        edits.append(Edit(offset: units[index - 1].end, before: ";", after: ",", rule: "punctuation", confidence: 0.6))
    }

    /// `sans: problème`, `plusieurs: composants`, `Quand vous: le réduisez`, `et: la` → no colon: a
    /// preposition, a determiner, a subject pronoun or a conjunction waits for what it governs, and
    /// a colon introduces nothing after it — a colon glued to such a word before a small letter is a
    /// speck. (French sets a space before a colon; the writers who glue theirs end a noun phrase with
    /// it: `trois fonctions: couper`.) So too between a word and what completes it: a verb and its
    /// complement (not a verb whose object a pronoun gave, or an infinitive qualifying a noun: `le
    /// système à installer: la langue`), a participle and its preposition, an adverb that is nothing
    /// else and what it qualifies, a noun and its `de` complement, its verb, or a preposition inside its
    /// sentence with no comma soon after (`en milieu de ligne: dans la partition, leur place varie`
    /// introduces a clause). Only in a text that shows a scan's damage (`showsScanDamage`).
    func colonAfterGrammaticalWord(at index: Int) {
        guard french, index > 0, markAndSpace(before: index) == ":", units[index - 1].kind == .word,
              units[index - 1].pattern == .lower || units[index - 1].pattern == .capitalized && isSentenceStart(units[index - 1].start),
              units[index].kind == .word || units[index].kind == .elision, CasePattern(of: units[index].text) == .lower && CasePattern(of: units[index].form) == .lower else { return }
        let tags = formTags(index - 1)
        let waiting: PartsOfSpeech = [.prep, .det, .detdem, .detpos, .detind, .propersuj, .cjco, .cjsub]
        // Its other readings may be an adjective or an adverb (`sur`, `selon`) or an object pronoun (`vous`),
        // none of which a colon follows either; not a noun, a numeral or a pronoun that stands alone.
        let grammatical = !tags.isDisjoint(with: waiting) && tags.isDisjoint(with: [.nom, .npr, .nb, .prodem, .prorel, .proint])
            && tags.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppas, .ppre]))
            // A pronoun a preposition governs ends the phrase (`pour vous:`).
            && !(tags.contains(.propersuj) && index > 1 && units[index - 2].kind == .word && formTags(index - 2).contains(.prep))
        // `Cliquez: sur`, `utilise: le tampon`, `mettre: dans`: a verb and the preposition, determiner
        // or adverb that opens its complement.
        let next = fullFormTags(index)
        // (A determiner's other reading as a noun, the note `la`, does not make it one here.)
        let nextIsNoun = next.contains(.nom) && next.isDisjoint(with: [.det, .detdem, .detpos])
        let verb = !tags.isDisjoint(with: PartsOfSpeech.finite.union([.infi])) && tags.isDisjoint(with: [.nom, .adj, .npr, .prep, .det])
            && !next.isDisjoint(with: [.prep, .det, .detdem, .detpos, .detind, .adv])
            && !nextIsNoun && next.isDisjoint(with: [.npr, .cjsub, .prorel, .proint]) && !isAuxiliary(units[index - 1].form)
            && !(hasObjectClitic(index - 1) && next.isDisjoint(with: [.prep, .adv])) && !infinitiveQualifiesNoun(index - 1)
        // `écrits: pour tel`, `utilisés: par le`: a participle and the preposition that opens its complement.
        let participle = tags.contains(.ppas) && tags.isDisjoint(with: PartsOfSpeech.finite.union([.nom]))
            && units[index].kind == .word && next.contains(.prep)
        // `simplement: les liens`, `n’a pas: besoin`: an adverb that is nothing else qualifies what follows,
        // and the second half of a negation leads on to the verb's complement.
        let adverb = units[index - 1].pattern == .lower
            && (tags.isAdverbOnly || tags.contains(.negadv) && negationParticle(before: index - 1, within: 4))
        // `la configuration: de l’horloge`, `le programme: est`, `la dernière minute: sur`: a noun and its
        // complement with `de` or another preposition (or the `et` that goes on to its next item), a
        // noun and the verb it is the subject of (third person, no imperative: `Astuce: mettez-vous`).
        // A noun that is also a verb form (`charge`, `commandes`) only inside its sentence: one opening
        // it is a label (`Remarque: de nombreux`), as is a paragraph's first few words.
        let inSentence = units[index - 1].pattern == .lower && !labelsParagraph(before: index - 1)
        let noun = tags.contains(.nom) && (tags.isDisjoint(with: PartsOfSpeech.finite) || inSentence)
        let complement = noun && (units[index].kind == .elision ? lowerForm(index) == "d" : ["de", "du"].contains(lowerForm(index))
            || inSentence && units[index].kind == .word && (next.contains(.prep) || next.contains(.cjco)) && !lowerTags(index).contains(.det)
                && !commaFollows(index, within: 5))
        // (Not `a`, as often the `à` a scan stripped: `la console de sortie: a Après réussite`.)
        let subject = noun && units[index].kind == .word && lowerForm(index) != "a" && readsAsFiniteVerb(index) && {
            let analyses = lexicon.analyze(lowerForm(index))
            return analyses.contains { $0.contains(utf8: "po:3sg") || $0.contains(utf8: "po:3pl") }
                && !analyses.contains { $0.contains(utf8: "po:impe") }
        }()
        guard grammatical || verb || participle || adverb || complement || subject || inSentence && joinsNounAndAdjective(index - 1),
              showsScanDamage() else { return }
        edits.append(Edit(offset: units[index - 1].end, before: ":", after: "", rule: "punctuation", confidence: 0.6))
    }

    /// Whether the words at `index` and `index + 1` make one noun phrase: a noun and an adjective
    /// or participle after it that agrees with it (`du matériel propriétaire`, `des volumes
    /// simples`), or an adjective after a determiner and the noun it agrees with (`de nombreux
    /// changements`, `la dernière connexion`) — which no colon cuts.
    func joinsNounAndAdjective(_ index: Int) -> Bool {
        guard index + 1 < units.count, units[index].kind == .word, units[index + 1].kind == .word,
              units[index + 1].pattern == .lower else { return false }
        let left = formTags(index), right = formTags(index + 1)
        let closed = RepairPass.closedClassTags.union([.mg, .adv, .npr])
        guard left.isDisjoint(with: closed), right.isDisjoint(with: closed) else { return false }
        let leftAnalyses = lexicon.analyze(lowerForm(index)), rightAnalyses = lexicon.analyze(lowerForm(index + 1))
        func agreeing(_ first: [String], _ second: [String]) -> Bool {
            first.contains { a in second.contains { Self.agree(a, $0) } }
        }
        // A noun, then an adjective that is nothing else a clause could go on with (no noun, no verb).
        if left.contains(.nom), !right.isDisjoint(with: [.adj, .ppas]), right.isDisjoint(with: PartsOfSpeech.finite.union([.infi])) {
            return agreeing(leftAnalyses.filter { $0.contains(utf8: "po:nom") },
                            rightAnalyses.filter { $0.contains(utf8: "po:adj") || $0.contains(utf8: "po:ppas") })
        }
        // After its determiner, an adjective, then the noun (nothing else) it qualifies.
        if index > 0, units[index - 1].kind == .word, !formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners),
           left.contains(.adj), left.isDisjoint(with: PartsOfSpeech.finite), right.contains(.nom),
           right.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas, .infi])) {
            return agreeing(leftAnalyses.filter { $0.contains(utf8: "po:adj") }, rightAnalyses.filter { $0.contains(utf8: "po:nom") })
        }
        return false
    }

    /// The tags of the unit at `index`, an elided head by its full form (`d’` as `de`, `l’` as `le`):
    /// what the word after a mark is, for the rules that judge the mark.
    func fullFormTags(_ index: Int) -> PartsOfSpeech {
        units[index].kind == .elision ? tags(lowerForm(index) + "e") : formTags(index)
    }

    /// Whether the infinitive at `index` qualifies the noun before it (`le système à installer`, and
    /// `le système installer`, its `à` lost): the noun phrase is whole, and a colon after it may
    /// introduce its parts (`: la langue, le pays`).
    func infinitiveQualifiesNoun(_ index: Int) -> Bool {
        guard index > 0, formTags(index).contains(.infi), units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let before = formTags(index - 1)
        return lowerForm(index - 1) == "à"
            || before.contains(.nom) && before.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .prep, .det, .adv, .infi]))
    }

    /// Whether an object pronoun stands right before the verb at `index` (`pour la créer`, `l’ouvrir`):
    /// the verb has its object, and a colon after it may introduce what that pronoun stands for
    /// (`pour la créer : l’éditeur`).
    func hasObjectClitic(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = units[index - 1]
        let adjacent = before.kind == .elision ? before.end == units[index].start
            : before.kind == .word && onlySpaces(before.end, units[index].start)
        // An elided head by its full form (`l’` as `le`, `s’` as `se`); `nous`, `vous` are subjects as often.
        let tags = fullFormTags(index - 1)
        return adjacent && tags.contains(.properobj) && tags.isDisjoint(with: [.propersuj])
    }

    /// Whether `ne` (or `n’`) stands right before the verb at `index`, past its clitics only
    /// (`ne l’avez`, `n’y sont`): the verb is the one the negation opened, no aside between
    /// (`il n’est, de ce fait, pas`: the comma after `fait` closes one).
    func negationOpensVerb(at index: Int) -> Bool {
        var current = index - 1
        while current >= 0, index - current <= 3 {
            let next = units[current + 1]
            guard onlySpaces(units[current].end, next.start)
                    || units[current].kind == .elision && units[current].end == next.start else { return false }
            let form = lowerForm(current)
            if units[current].kind == .elision && form == "n" || units[current].kind == .word && form == "ne" { return true }
            let clitic = units[current].kind == .elision || !formTags(current).isDisjoint(with: [.properobj, .preverb])
            guard clitic else { return false }
            current -= 1
        }
        return false
    }

    /// The rules on the mark glued before the unit at `index`, whatever the unit is: a semicolon
    /// closing a fronted phrase, a colon after a word that waits for more, a comma after a conjunction.
    /// They read the unit's repaired form, so they run for a unit the word pass repaired too.
    func specksBeforeUnit(_ index: Int) {
        semicolonClosingFrontedPhrase(at: index)
        colonAfterGrammaticalWord(at: index)
        commaAfterConjunction(at: index)
        commaBeforeComplementWithDe(at: index)
    }

    /// `la zone, de sélection`, `les adresses, de courriel`, `permet, de mettre à jour` → no comma:
    /// nothing parts a noun from the bare noun its `de` joins to it (a compound: `zone de sélection`),
    /// nor a finite verb from the infinitive its `de` opens (`permet de`) — a comma there is a speck.
    /// Not where the items of a list stand (`de nombres, de chaînes`: the noun before the comma is a
    /// `de` complement itself, or another follows: `de mise à l’échelle, de découpage et de
    /// retournement`), nor before an adverbial phrase (`, de façon automatique`, `, de préférence`);
    /// nor, before an infinitive, where the comma closes a phrase the sentence fronted or an aside
    /// (`Si vous le souhaitez, de pouvoir`, `il est possible, grâce à ces méthodes, de rectifier`).
    /// Only in a text that shows a scan's damage.
    func commaBeforeComplementWithDe(at index: Int) {
        // Asked of every unit: its length first, before any string is made.
        guard french, index > 1, index + 1 < units.count, units[index].length <= 2,
              units[index].kind == .word || units[index].kind == .elision,
              lowerForm(index) == "de" || units[index].kind == .elision && lowerForm(index) == "d",
              units[index - 1].kind == .word, units[index - 1].pattern == .lower, commaAndSpace(before: index),
              units[index + 1].kind == .word, units[index + 1].pattern == .lower,
              units[index].kind == .elision ? units[index].end == units[index + 1].start : onlySpaces(units[index].end, units[index + 1].start)
        else { return }
        let head = formTags(index - 1), complement = formTags(index + 1)
        // A noun that is also a verb form (`la zone`, `des adresses`) is the noun after its determiner.
        let determined = units[index - 2].kind == .elision ? lowerForm(index - 2) == "l"
            : units[index - 2].kind == .word && !formTags(index - 2).isDisjoint(with: [.det, .detpos, .detdem, .detind])
        let compound = head.contains(.nom) && head.isDisjoint(with: [.adj, .ppas, .infi, .adv, .mg])
            && (head.isDisjoint(with: PartsOfSpeech.finite) || determined)
            && complement.contains(.nom) && complement.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas, .infi, .adv, .mg, .npr]))
            && !Self.mannerNouns.contains(lowerForm(index + 1)) && !opensListItemWithDe(index - 1) && !listOfDeGoesOn(after: index + 1)
        let governed = !head.isDisjoint(with: PartsOfSpeech.finite) && head.isDisjoint(with: [.nom, .adj, .ppas, .mg, .adv])
            && complement.contains(.infi) && complement.isDisjoint(with: [.nom, .adj, .ppas])
        // An aside or a fronted phrase may end before an infinitive's `de` (`il est possible, grâce à ces
        // méthodes, de rectifier`); none ends between a noun and the bare noun of its compound.
        guard compound || governed && !closesFrontedPhrase(before: index - 1) && !commaOpensSentencePart(before: index - 1),
              showsScanDamage() else { return }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.65))
    }

    /// Whether another `de` complement follows the one at `index` within a few words, after `et`, `ou`
    /// or a comma (`de mise à l’échelle, de découpage et de retournement`): the comma parts the items
    /// of a list.
    func listOfDeGoesOn(after index: Int) -> Bool {
        var current = index + 1
        while current + 1 < units.count, current - index <= 5 {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return false }
            if isFormOfDe(current), gap.contains(",") { return true }
            if units[current].kind == .word, ["et", "ou"].contains(lowerForm(current)), isFormOfDe(current + 1) { return true }
            current += 1
        }
        return false
    }

    /// The nouns that `de` makes an adverbial phrase of, set off by a comma (`, de façon automatique`,
    /// `, de manière transparente`, `, de sorte que`, `, de préférence neuf`, `, de suite`).
    static let mannerNouns: Set<String> = ["façon", "manière", "sorte", "préférence", "suite", "force", "rigueur"]

    /// Whether the noun at `index` is an item of a list of `de` complements: `de` or `d’` (and the
    /// noun's adjectives or determiner) opens its phrase (`de nombres, de chaînes`, `d’une durée, de signes`).
    func opensListItemWithDe(_ index: Int) -> Bool {
        var current = index - 1
        while current >= 0, index - current <= 3 {
            let unit = units[current]
            if unit.kind == .elision { return lowerForm(current) == "d" }
            guard unit.kind == .word, unit.pattern == .lower else { return false }
            if lowerForm(current) == "de" { return true }
            let tags = formTags(current)
            guard !tags.isDisjoint(with: [.adj, .det, .detind, .detpos, .detdem]), tags.isDisjoint(with: [.prep]) else { return false }
            current -= 1
        }
        return false
    }

    /// The marks a speck set inside a verb's group, before the word at `index`: between a modal and
    /// its infinitive, a verb and its negation's second half, a pronoun and its verb, an auxiliary and
    /// its participle. Each reads the word's repaired form, so they run for a word the word pass
    /// repaired too (`peut, étre appliqué`: `être`).
    func specksInsideVerbGroup(before index: Int) {
        commaBetweenModalAndInfinitive(at: index)
        markInsideVerbGroup(at: index)
        commaInsidePronounGroup(at: index)
        commaAfterSubjectPronoun(at: index)
        commaInsideVerbPhrase(at: index)
    }

    /// `vous pouvez, éditer`, `doivent, pouvoir être` → no comma: nothing parts
    /// pouvoir, devoir or vouloir from the infinitive it governs, so a comma
    /// between them is a speck — unless it closes a phrase the sentence opened
    /// with (`Si vous voulez, éditer`) or an aside that a comma before the verb
    /// opened (`vous pouvez, si vous voulez, éditer`). A comma before the
    /// modal's subject pronoun closed a phrase of its own and opened no aside
    /// (`Dans ces dialogues, vous pouvez, définir`).
    func commaBetweenModalAndInfinitive(at index: Int) {
        guard index > 0, commaAndSpace(before: index), governsInfinitive(index - 1),
              !closesFrontedPhrase(before: index - 1) else { return }
        if !opensClauseAfterComma(subject: index - 2), commaOpensSentencePart(before: index - 1) { return }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.7))
    }

    /// Whether a comma stands between the start of the sentence and the unit
    /// at `index`: the comma after that unit may close the aside it opened.
    func commaOpensSentencePart(before index: Int) -> Bool {
        var current = index
        while current > 0 {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(",") { return true }
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return false }
            current -= 1
        }
        return false
    }

    /// Whether the unit at `subject` is a subject pronoun, right before the
    /// next word, that follows a comma (`…, vous pouvez`): the comma closed
    /// what came before, and the clause starts afresh with its subject.
    func opensClauseAfterComma(subject: Int) -> Bool {
        guard subject > 0, units[subject].kind == .word, units[subject].pattern == .lower,
              Self.personOfSubjectPronoun[units[subject].lower] != nil,
              onlySpaces(units[subject].end, units[subject + 1].start) else { return false }
        return scalars[units[subject - 1].end..<units[subject].start].contains(",")
    }

    /// `Si vous, réglez`, `Maintenant, vous, pouvez`, `il, est` → no comma: a
    /// subject pronoun is never parted from the verb that agrees with it, or
    /// from its `ne` — a stressed pronoun set off so is taken up by another
    /// (`Vous, vous pouvez`), and the inverted one is hyphenated to its verb
    /// (`Et vous, recommandez-vous`). So a comma between them is a speck.
    /// Not after a preposition, which makes the pronoun its object (`Pour vous,
    /// lisez`), nor after a comma that follows the subject the pronoun takes up
    /// (`qui, elle, sera`), nor before a verb a comma soon follows: the verb
    /// form may open an aside (`il, entre autres, rappelle`).
    func commaAfterSubjectPronoun(at index: Int) {
        guard index > 0, units[index].kind == .word, units[index - 1].kind == .word,
              commaAndSpace(before: index), units[index - 1].pattern == .lower
                || units[index - 1].pattern == .capitalized && isSentenceStart(units[index - 1].start),
              let person = Self.personOfSubjectPronoun[units[index - 1].lower] else { return }
        if index > 1, units[index - 2].kind == .word, onlySpaces(units[index - 2].end, units[index - 1].start),
           formTags(index - 2).contains(.prep) { return }
        // `la première qui, elle, sera`, `les cordes, elles, continuent`: set off after the subject it
        // takes up (a relative or personal pronoun, a noun or a name), the pronoun is an aside's.
        if index > 1, units[index - 2].kind == .word, scalars[units[index - 2].end..<units[index - 1].start].contains(","),
           !formTags(index - 2).isDisjoint(with: [.prorel, .propersuj, .nom, .npr]) { return }
        let next = units[index]
        guard next.pattern == .lower, !next.text.utf8.contains(UInt8(ascii: "-")),
              next.lower == "ne" || isVerbForm(next.lower, person: person, moods: Self.personalMoods) else { return }
        guard !commaFollows(index, within: 2) else { return }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.7))
    }

    /// `la partition est, sauvegardée`, `Il faut, remarquer`, `Ce qui, est entre` → no comma: nothing
    /// parts an auxiliary from its participle, `faut` from its infinitive, or the relative `qui` from its
    /// verb — a comma there is a speck, unless another comma soon follows and the first one opened an
    /// aside (`il est, par exemple, sauvegardé`). (A verb and its complement are parted so where the
    /// clause is a subordinate one the comma closes: `Si elles correspondent, le script`.)
    func commaInsideVerbPhrase(at index: Int) {
        guard french, index > 1, units[index].kind == .word, units[index - 1].kind == .word, commaAndSpace(before: index),
              units[index].pattern == .lower, units[index - 1].pattern == .lower else { return }
        let verb = units[index - 1].lower
        let next = formTags(index)
        let participle = isAuxiliary(units[index - 1].form) && next.contains(.ppas) && next.isDisjoint(with: [.nom, .infi])
        let infinitive = verb == "faut" && next.contains(.infi) && next.isDisjoint(with: [.nom])
        let relative = verb == "qui" && readsAsFiniteVerb(index)
        guard participle || infinitive || relative, !commaFollows(index, within: 3) else { return }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.65))
    }

    /// `et, des lignes horizontales`, `mais, les outils d’installation` → no comma: a comma after a
    /// coordinating conjunction opens an aside, which another comma closes before the sentence ends
    /// (`et, si vous voulez, le fichier`). One that nothing closes is a speck (in the sets' references,
    /// 2 of 210 such commas close nothing) — where what follows opens no aside a lost comma would have
    /// closed. Only in a text that shows a scan's damage.
    func commaAfterConjunction(at index: Int) {
        guard index > 0, units[index - 1].kind == .word, units[index - 1].pattern == .lower, commaAndSpace(before: index),
              units[index].kind == .word || units[index].kind == .elision, CasePattern(of: units[index].text) == .lower,
              endsNoSentence(index - 1), !commaFollows(index), showsScanDamage() else { return }
        // An aside opening with a preposition, a conjunction or an adverb may have lost its closing comma to
        // the scan (`mais, à moins d’une faiblesse connue une vie`): only one opening with none of these.
        // (A lone `a` is that `à` as often, the grave-accent rules not yet asked: `ou, a la place`.)
        let next = fullFormTags(index)
        guard next.isDisjoint(with: [.prep, .cjsub, .adv, .locution]), units[index].length > 1 else { return }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.6))
    }

    /// Whether a comma stands after one of the `reach` units from `index` on, before the sentence
    /// ends (a full stop, a question or exclamation mark, a semicolon, a colon or a line break): the
    /// comma before `index` then opened an aside that one closes (`il, entre autres, rappelle`).
    /// Without a reach, anywhere in the rest of the sentence.
    func commaFollows(_ index: Int, within reach: Int = .max) -> Bool {
        var current = index + 1
        while current < units.count, current - index <= reach {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(",") { return true }
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return false }
            current += 1
        }
        return false
    }

    /// `vous ne, connaissez`, `Nous vous, recommandons`, `pouvez vous,
    /// déplacer` → no comma: nothing parts `ne`, or an object pronoun inside
    /// the verb's group of pronouns (after its subject, `ne`, another such
    /// pronoun or a modal verb), from the verb that follows; such a comma is
    /// a speck. (`Et vous, recommandez-vous…`: `vous` after a conjunction is
    /// no object pronoun, and stays.)
    func commaInsidePronounGroup(at index: Int) {
        guard index > 1, units[index].kind == .word, units[index].pattern == .lower,
              units[index - 1].kind == .word, units[index - 1].pattern != .upper,
              commaAndSpace(before: index), formTags(index - 1).contains(.preverb),
              !lowerTags(index).isDisjoint(with: PartsOfSpeech.finite.union([.infi])) else { return }
        if units[index - 1].lower != "ne" {
            let before = index - 2
            guard units[before].kind == .word || units[before].kind == .elision,
                  onlySpaces(units[before].end, units[index - 1].start) || units[before].kind == .elision else { return }
            let lower = units[before].kind == .elision ? lowerForm(before) : units[before].lower
            let inGroup = Self.personOfSubjectPronoun[lower] != nil || lower == "ne" || lower == "n"
                || units[before].kind == .word && formTags(before).contains(.preverb)
                || units[before].kind == .word && !formTags(before).isDisjoint(with: PartsOfSpeech.finite) && isModal(lower)
            guard inGroup else { return }
        }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.7))
    }
}
