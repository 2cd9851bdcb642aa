import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: full stops and the specks around them. A
/// scan loses the stop between two sentences (`niveau DDP Ce programme`,
/// `sélectionné) Le curseur`), reads a speck as a stop inside one
/// (`efforts. notamment`), and leaves lone marks between words or between
/// sentences (`. : Les images`). These repairs run once over the whole text
/// after the per-word rules, so they are kept apart from them; whether a word
/// may end a sentence (`canEndSentence`) is asked by the paragraph ends too.
extension RepairPass {
    /// Whether the word at `index` may end a sentence whose full stop the scan
    /// lost: a noun, adjective, participle or adverb, an acronym (`niveau
    /// DDP`), a word the lexicon does not know (`ce cpuset`) — not a word that
    /// calls for more (`callsForMore`). A word that is both (`image`, `source`,
    /// nouns and verb forms) ends one only when its clause already has its
    /// verb before it (`permet de changer l’aspect de l’image`, not `qui
    /// modifie`): then it is the noun. `afterSubordinate` lets a subordinate
    /// clause's opening count as that verb (`que l’image source`), for
    /// capitals no small letter is read as.
    func canEndSentence(_ index: Int, afterSubordinate: Bool = false) -> Bool {
        let unit = units[index]
        guard unit.kind == .word, unit.length >= 2 else { return false }
        let pattern = CasePattern(of: unit.form)
        if pattern == .upper { return true }
        guard pattern == .lower else { return false }
        let tags = formTags(index)
        if tags.isEmpty { return !repairer.spells(unit.form) && unit.form.unicodeScalars.allSatisfy(CharacterClass.isLetter) }
        guard !tags.isDisjoint(with: [.nom, .adj, .ppas, .adv, .prodem, .proind]) else { return false }
        if tags.isDisjoint(with: Self.callsForMore) { return true }
        let grammatical: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .prep, .cjco, .cjsub, .propersuj, .properobj, .prorel]
        guard tags.isDisjoint(with: grammatical), index > 0 else { return false }
        let opening = clauseOpening(before: index)
        return opening == .finiteVerb || afterSubordinate && opening == .subordinate
    }

    /// `niveau DDP Ce programme définit`, `dans GIMP Si elles sont`, `l’image
    /// source L’outil Niveaux fournit` → a full stop before the capital: inside
    /// a sentence, a capitalised word that opens a clause (determiner, pronoun,
    /// subordinating conjunction, elided article; an adverb set off by a comma)
    /// after a word that may end one (`canEndSentence`), with a clause of its
    /// own verb before and after, is the next sentence's start. Words whose
    /// capital has the small letter's shape (`Ce`, `Si`) were as often a wrong
    /// capital: `capitalMidSentence` decides those after a lower-case word;
    /// here they are taken only after an acronym. A capitalised preposition
    /// (`disque Pour amorcer`, `cpuset Pendant le démarrage`) is left alone: it
    /// opened a title or a label as often (a held-out set lost a word to it).
    func stopBeforeCapitalisedOpener() {
        let openers: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .propersuj, .prodem, .proind, .cjsub]
        for index in units.indices.dropFirst().dropLast() where !units[index].edited && !units[index].isProtected
            && (units[index].kind == .word || units[index].kind == .elision) {
            // Read in place until the pair qualifies (a copy of a unit retains its three strings).
            guard units[index].start == units[index - 1].end + 1, scalars[units[index - 1].end] == " ",
                  let initial = units[index].text.unicodeScalars.first, CharacterClass.isUppercase(initial),
                  units[index].text.unicodeScalars.dropFirst().allSatisfy({ !CharacterClass.isUppercase($0) }) else { continue }
            let right = units[index], left = units[index - 1]
            let next = units[index + 1]
            guard next.kind == .word || next.kind == .elision, CasePattern(of: next.form) == .lower,
                  right.kind == .elision ? next.start == right.end : onlySpaces(right.end, next.start) || scalars[right.end] == ","
            else { continue }
            let shapedLikeSmall = OCRConfusionModel.capitalsAScanMakes.contains(initial)
            if shapedLikeSmall, CasePattern(of: left.form) == .lower { continue }
            let lower = CasePattern.lower(right.form, locale: locale)
            // An elided article, pronoun or conjunction opens a clause (`L’outil`, `Lorsqu’il`);
            // an elided preposition or adverb does not (`la portée Jusqu’à la fin`).
            if right.kind == .elision, Self.nonOpeningElisionHeads.contains(lower) { continue }
            let tags = right.kind == .elision ? [.det] : self.tags(lower)
            guard !tags.contains(.npr), right.kind == .elision || repairer.spells(lower) else { continue }
            let setOffAdverb = tags.contains(.adv) && scalars[right.end] == ","
                && tags.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adj, .infi, .ppas]))
            guard !tags.isDisjoint(with: openers) || setOffAdverb else { continue }
            guard canEndSentence(index - 1, afterSubordinate: !shapedLikeSmall), clauseOpening(before: index - 1) != .noVerb,
                  clauseHasFiniteVerb(after: index), !clauseShowsStrayCapital(after: index),
                  !coordinatedClauseLacksVerb(before: index), !insideOpenBracket(at: left.end),
                  !objectAwaitedPastAdverbs(before: index) else { continue }
            edits.append(Edit(offset: left.end, before: "", after: ".", rule: "punctuation", confidence: 0.6))
        }
    }

    /// Whether the nearest subordinating conjunction before `index` in its sentence
    /// is nothing else (`que`, `lorsque`; not `comme` or `si`, also adverbs that
    /// open no clause: `ailleurs comme nécessaire`).
    func clauseConjunctionIsNoAdverb(before index: Int) -> Bool {
        var current = index - 1
        while current >= 0, index - current <= 30 {
            if units[current].kind == .word, formTags(current).contains(.cjsub) { return !formTags(current).contains(.adv) }
            guard current > 0, !scalars[units[current - 1].end..<units[current].start].contains(where: { ".;!?\n".unicodeScalars.contains($0) })
            else { return false }
            current -= 1
        }
        return false
    }

    /// Whether the words before the unit at `index` since a coordinating
    /// conjunction after a comma (`…, mais parfois`) hold no finite verb: the
    /// clause the conjunction opens has not had its verb yet, so no sentence
    /// ends there (`mais parfois Ils introduisent`: the capital is the scan's).
    func coordinatedClauseLacksVerb(before index: Int) -> Bool {
        var current = index - 1
        while current > 0, index - current <= 8, units[current].kind == .word || units[current].kind == .elision {
            if units[current].kind == .word {
                if readsAsFiniteVerb(current) { return false }
                if formTags(current).contains(.cjco), scalars[units[current - 1].end..<units[current].start].contains(",") { return true }
            }
            guard onlySpaces(units[current - 1].end, units[current].start) || units[current - 1].kind == .elision else { return false }
            current -= 1
        }
        return false
    }

    /// Whether the scalar at `offset` stands inside brackets opened in its own
    /// sentence and not yet closed (`(mais en faisant cela Il devient`): a
    /// sentence does not end inside an aside it has not closed.
    func insideOpenBracket(at offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0, offset - position <= 400 {
            switch scalars[position] {
            case ")", "\n", "!", "?": return false
            case "(": return true
            case ".": if position + 1 < scalars.count, scalars[position + 1] == " " || scalars[position + 1] == "\n" { return false }
            default: break
            }
            position -= 1
        }
        return false
    }

    /// Whether one of the three words after `index`, in its clause, is capitalised though it is
    /// a verb form or a grammatical word (`Il la Zoomera pour`, `Ce calque Est`): where the scan
    /// capitalises inside the clause, the capital at `index` is no evidence of a sentence start
    /// either. Nouns, adjectives and infinitives do not count — labels and titles capitalise
    /// them (`Le chapitre Résolution`, `cliquez sur Ouvrir`) — nor do acronyms, names and words
    /// the lexicon does not know.
    func clauseShowsStrayCapital(after index: Int) -> Bool {
        var current = index + 1
        while current < units.count, current - index <= 3, onlySpaces(units[current - 1].end, units[current].start) {
            let unit = units[current]
            if unit.kind == .word, unit.pattern == .capitalized, !unit.isProtected {
                let lower = CasePattern.lower(unit.form, locale: locale)
                if repairer.spells(lower), tags(lower).isDisjoint(with: [.npr, .nom, .adj, .infi]) { return true }
            }
            current += 1
        }
        return false
    }

    /// Elided words that open no clause: the preposition `jusque` and the adverb `presque`.
    static let nonOpeningElisionHeads: Set<String> = ["jusqu", "presqu"]

    /// Words that call for what follows them (a verb its object, a preposition or a
    /// determiner its noun, a subject pronoun its verb): no sentence ends on one.
    static let callsForMore: PartsOfSpeech = PartsOfSpeech.finite.union([.infi, .ppre, .cjco, .cjsub, .prep, .det, .detdem,
                                                                         .detpos, .detind, .propersuj, .properobj, .prorel])

    /// `sélectionné) Le curseur`, `du déplacement) Si le` → `).`: a closing
    /// bracket after a word, then a capitalised determiner, pronoun or
    /// conjunction that opens a clause with its own verb — the full stop
    /// after the bracket is what the scan lost (a bracket that closes a
    /// sentence of its own, `(Voir plus bas.) Le`, keeps its stop inside).
    func stopAfterClosingBracket() {
        let openers: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .propersuj, .prodem, .proind, .cjsub]
        for index in units.indices.dropFirst() where units[index].kind == .word && units[index].pattern == .capitalized {
            let right = units[index], left = units[index - 1]
            guard right.start >= 2, right.start == left.end + 2, scalars[left.end] == ")", scalars[left.end + 1] == " ",
                  left.kind == .word || left.kind == .number, !right.isProtected, right.length >= 2,
                  index + 1 < units.count, units[index + 1].kind == .word || units[index + 1].kind == .elision,
                  CasePattern(of: units[index + 1].form) == .lower else { continue }
            let lower = CasePattern.lower(right.form, locale: locale)
            let tags = self.tags(lower)
            guard !tags.isDisjoint(with: openers), !tags.contains(.npr), clauseHasFiniteVerb(after: index),
                  !clauseShowsStrayCapital(after: index), !bracketOpensSentence(closingAt: left.end) else { continue }
            edits.append(Edit(offset: left.end + 1, before: "", after: ".", rule: "punctuation", confidence: 0.6))
        }
    }

    /// The offset of the mark (one of `marks`) and single space between the unit before `index` and
    /// the unit at `index`, glued to that unit's end or to a bracket closing it (`objets). ordre`),
    /// and whether the bracket stands there. The one reading of a sentence's end the rules that
    /// judge the word after a stop share.
    func stopAndSpace(before index: Int, marks: [Unicode.Scalar]) -> (offset: Int, afterBracket: Bool)? {
        guard index > 0 else { return nil }
        let end = units[index - 1].end, start = units[index].start
        // Two offsets compared first: most units are one space apart.
        guard start == end + 2 || start == end + 3 else { return nil }
        let afterBracket = start == end + 3 && scalars[end] == ")"
        let stop = end + (afterBracket ? 1 : 0)
        guard start == stop + 2, scalars[stop + 1] == " ", marks.contains(scalars[stop]) else { return nil }
        return (stop, afterBracket)
    }

    /// Whether the word at `index`, before a full stop, is an abbreviation, whose stop ends no
    /// sentence: dotted (`c.-à-d.`, `endsDottedAbbreviation`), tagged a locution (`etc.`), or an
    /// invariable noun of four letters or fewer (`chap.`, `fig.`, `ex.`).
    func isAbbreviation(_ index: Int) -> Bool {
        let unit = units[index]
        return endsDottedAbbreviation(unit) || unit.lower == "etc" || formTags(index).contains(.locution)
            || unit.length <= 4 && lexicon.analyze(unit.lower).contains(where: { $0.contains(utf8: "is:inv") })
    }

    /// `c.-à-d. d’appliquer`, `p. ex.`: a short word closing a token that has full stops inside
    /// (`c.-à-d`) is the end of an abbreviation, whose own stop a lower-case word follows.
    func endsDottedAbbreviation(_ unit: Unit) -> Bool {
        guard unit.length <= 3 else { return false }
        var position = unit.start - 1
        while position >= 0, !ProtectedSpans.isWhitespace(scalars[position]) {
            if scalars[position] == "." { return true }
            position -= 1
        }
        return false
    }

    /// Whether the bracket closing at `offset` holds a sentence of its own, one that
    /// opens with a capital (`(Le paquet attend un autre paquet) Ce paquet…`, a heading's
    /// gloss): the text after it needs no stop inserted.
    func bracketOpensSentence(closingAt offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0, offset - position <= 400, scalars[position] != "(" {
            if scalars[position] == "\n" || scalars[position] == ")" { return false }
            position -= 1
        }
        guard position >= 0, scalars[position] == "(", position + 1 < offset else { return false }
        return CharacterClass.isUppercase(scalars[position + 1])
    }

    /// `le document RFC 826. il sert`, `pour cette aide). il accepte` → `Il`: after
    /// a full stop that a number or a closing bracket stands before (which
    /// `periodBeforeLowercase`, reading words, does not judge), a small `il` or
    /// `ils` before its own verb opens the sentence; the scan read its capital I
    /// as the small letter.
    func smallPronounAfterNumberOrBracket() {
        guard french else { return }
        for index in units.indices.dropFirst() where units[index].kind == .word && !units[index].edited
            && (units[index].text == "il" || units[index].text == "ils") {
            let previous = units[index - 1]
            let gap = scalars[previous.end..<units[index].start]
            guard previous.kind == .number || gap.first == ")",
                  gap.last == " ", gap.dropLast().last == ".", gap.dropLast(2).allSatisfy({ $0 == ")" }),
                  opensWithItsSubject(index), !pronounCompletesOpenClause(index) else { continue }
            capitalisePronoun(at: index, confidence: 0.65)
        }
    }

    /// `efforts. notamment` → `efforts, notamment`: a full stop cannot end a
    /// sentence that continues in lower case, unless it ends an abbreviation.
    /// Nor one that continues with an elided word as read (`des notes.
    /// d’ornement`, `Notez. qu’il`, `comme. c’est`, `sur. l’attaque`): no name
    /// is written so, the stop is a speck. A French `il` after the stop is the
    /// stop's sentence's `Il`, its capital read small (`titre. il offre`).
    func periodBeforeLowercase() {
        for index in units.indices.dropLast() {
            let left = units[index], right = units[index + 1]
            guard left.kind == .word, right.kind == .word || right.kind == .elision || right.kind == .number, !left.isProtected,
                  right.start == left.end + 2, scalars[left.end] == ".", scalars[left.end + 1] == " ",
                  !endsDottedAbbreviation(left) else { continue }
            let leftTags = formTags(index)
            // Nor on a word that is only a determiner, a preposition, a conjunction or a clitic
            // (`dans le. Presse-papiers`, `au-dessus de. 189`, `Enregistrer et. Enregistrer`), whatever
            // follows: a label's capital or a number stays, the stop goes.
            // A preposition that is nothing else may still be used as an adverb (`juste après. Il`):
            // before a capitalised word that opens sentences, its stop may be a sentence's — so may it
            // before a lone capital, what the scan made of one (`après. I] est`).
            let followerTags = right.kind == .word ? formTags(index + 1) : []
            let adverbialUse = leftTags.isDisjoint(with: [.det, .detdem, .detpos, .cjco]) && right.kind == .word
                && CasePattern(of: right.form) != .lower
                && (!followerTags.isDisjoint(with: PartsOfSpeech.determiners.union([.propersuj, .cjsub, .prodem, .proind, .adv, .prep]))
                    || right.length == 1)
            // So does one opening its sentence before a small letter (`Dans. les dictionnaires`): no sentence
            // is that word alone, whatever rare noun it also spells (`dans`, plural of `dan`).
            let leftCase = CasePattern(of: left.form)
            let opensSentenceAlone = leftCase == .capitalized && right.kind == .word && CasePattern(of: right.form) == .lower
                && isSentenceStart(left.start)
            // An indefinite determiner ends a sentence as the pronoun the lexicon does not list
            // (`le plus utilisé de tous. Veuillez`): before a capital its stop may be the writer's.
            let pronounUse = leftTags.contains(.detind) && right.kind == .word && CasePattern(of: right.form) != .lower
            if leftCase == .lower || opensSentenceAlone, leftTags.isFunctionWordOnly(allowingNoun: opensSentenceAlone),
               !adverbialUse, !pronounUse {
                dropStop(after: left, confidence: 0.7)
                continue
            }
            guard right.kind != .number else { continue }
            // `Vous. pouvez`: a subject pronoun before its verb.
            if right.kind == .word, leftTags.contains(.propersuj), leftTags.isDisjoint(with: [.nom, .adj, .adv, .prep, .npr]),
               CasePattern(of: right.form) == .lower, isOnlyFiniteVerb(right.form) {
                dropStop(after: left, confidence: 0.7)
                continue
            }
            // `on ne peut. pas`, `vous ne l’avez. pas`: a finite verb that `ne` opened and the second half
            // of its negation are one clause — no sentence opens on `pas` in small letters.
            if right.kind == .word, leftCase == .lower, CasePattern(of: right.form) == .lower,
               formTags(index + 1).contains(.negadv), !formTags(index).isDisjoint(with: PartsOfSpeech.finite),
               negationParticle(before: index, within: 4) {
                dropStop(after: left, confidence: 0.7)
                continue
            }
            // `il n’y a pas. de réglages`, `ne contient plus. d’erreurs`: the second half of a negation and
            // the `de` of what it denies are one phrase.
            if leftCase == .lower, leftTags.contains(.negadv), right.kind == .word ? right.form == "de" : right.kind == .elision && right.form == "d",
               negationParticle(before: index, within: 4) {
                dropStop(after: left, confidence: 0.7)
                continue
            }
            // `les nuances. sont centrées`: a noun before a verb that can only be finite, in small letters —
            // no sentence opens so; the noun is its subject. So is one before a finite auxiliary that is
            // also a noun (`le code. est`, the east): a sentence opening on that noun is no lower-case one.
            if right.kind == .word, leftCase == .lower, leftTags.contains(.nom), CasePattern(of: right.form) == .lower,
               isOnlyFiniteVerb(right.form)
                || right.form != "a" && isAuxiliary(right.form) && !formTags(index + 1).isDisjoint(with: PartsOfSpeech.finite) {
                dropStop(after: left, confidence: 0.65)
                continue
            }
            // `Vous pouver. éditer`: a modal before the infinitive it governs.
            if CasePattern(of: left.form) == .lower, governsInfinitive(index) {
                dropStop(after: left, confidence: 0.7)
                continue
            }
            if right.kind == .elision {
                guard !right.edited, CasePattern(of: right.text) == .lower, left.length >= 2, CasePattern(of: left.form) != .upper,
                      repairer.spells(left.form), !leftTags.contains(.locution) else { continue }
                // A scan reads the capital L of a sentence's `L’image` small now and then: after a word
                // that may end a sentence, `l’` may open the next one.
                if right.text.hasPrefix("l"), leftTags.isDisjoint(with: [.det, .detdem, .detpos, .prep, .cjco, .cjsub]) { continue }
                dropStop(after: left, confidence: 0.65)
                continue
            }
            // A sentence ends on no relative pronoun: before a small letter the stop is a speck
            // (`au premier endroit où. on doit`).
            if leftCase == .lower, leftTags.contains(.prorel), leftTags.isDisjoint(with: [.nom, .adj, .locution]),
               right.kind == .word, CasePattern(of: right.form) == .lower, repairer.spells(right.form) {
                dropStop(after: left, confidence: 0.65)
                continue
            }
            // A sentence ends on no relative pronoun: a capital after one is the speck’s too (ce qui. Signifie).
            if leftTags.contains(.prorel), leftTags.isDisjoint(with: [.nom, .adj, .locution]), right.kind == .word, !right.edited,
               !right.isProtected, CasePattern(of: right.text) == .capitalized, case let lower = CasePattern.lower(right.text, locale: locale),
               repairer.spells(lower), !tags(lower).isDisjoint(with: PartsOfSpeech.finite), !tags(right.text).contains(.npr) {
                dropStop(after: left, confidence: 0.65)
                replace(index + 1, with: Decision(after: lower, rule: "case", confidence: 0.65))
                continue
            }
            // No sentence ends on a determiner, a preposition or a coordinating conjunction (les. colonnes,
            // de. la, Ces. différents, et. qui), whatever follows in small letters (de. start-stop-daemon, par. bzip2).
            // A grammatical preposition that also spells a rare adjective (`sur`, sour) before a determiner
            // is that preposition and its noun phrase (`sur. la ligne`).
            let closed: PartsOfSpeech = [.det, .detdem, .detpos, .prep, .cjco]
            let prepositionBeforeDeterminer = leftTags.contains(.mg) && leftTags.contains(.prep) && right.kind == .word
                && !formTags(index + 1).isDisjoint(with: PartsOfSpeech.determiners)
            if let initial = right.text.unicodeScalars.first, CharacterClass.isLowercase(initial), !leftTags.isEmpty,
               !leftTags.isDisjoint(with: closed), !leftTags.contains(.nom), !leftTags.contains(.adj) || prepositionBeforeDeterminer {
                dropStop(after: left, confidence: 0.7)
                continue
            }
            guard !right.isProtected else { continue }
            // `du Conseil. ministériel`: a noun and an adjective agreeing with it, nothing else
            // either word could be — no sentence opens on an adjective in small letters.
            if french, right.kind == .word, !right.edited, stopPartsNounFromAdjective(index) {
                dropStop(after: left, confidence: 0.65)
                continue
            }
            // `3. Présenter. les mesures`: a verb opening its sentence and the determiner of its object
            // are not parted by any mark — no sentence is that verb alone before one in small letters.
            if right.kind == .word, !right.edited, leftCase == .capitalized, isSentenceStart(left.start),
               CasePattern(of: right.form) == .lower, isOnlyVerb(leftTags),
               !formTags(index + 1).isDisjoint(with: [.det, .detdem, .detpos]), !formTags(index + 1).contains(.prep) {
                dropStop(after: left, confidence: 0.65)
                continue
            }
            // `dans la barre de titre. il offre`: a sentence opens on `Il` whose capital the scan read
            // small — a stroke given the dot of an i. (The other subject pronouns after a stop were a
            // comma's: `toutes. elles permettent`; in the sets every `. il` was `. Il`, 17 of 17.)
            // Unless the pronoun completes a clause a conjunction opened (`pronounCompletesOpenClause`).
            if french, right.kind == .word, !right.edited, right.text == "il" || right.text == "ils",
               index + 2 < units.count, units[index + 2].kind == .word || units[index + 2].kind == .elision {
                if pronounCompletesOpenClause(index + 1) {
                    dropStop(after: left, confidence: 0.65)
                } else {
                    capitalisePronoun(at: index + 1, confidence: 0.65)
                }
                continue
            }
            // Nor on a negation or an auxiliary before the adverb, adjective or participle it
            // governs (n’est pas. complète, il est. notamment demandé, qu’il est. dépourvu).
            if CasePattern(of: right.form) == .lower, CasePattern(of: left.form) == .lower, repairer.spells(right.form),
               leftTags.contains(.negadv) || isAuxiliary(left.form) {
                let rightTags = formTags(index + 1)
                if !rightTags.isDisjoint(with: [.adv, .adj, .ppas]),
                   rightTags.isDisjoint(with: [.det, .detdem, .detpos, .propersuj, .prodem, .proind, .prep, .cjsub]) {
                    dropStop(after: left, confidence: 0.65)
                    continue
                }
            }
            guard left.form.unicodeScalars.count >= 4,
                  left.form.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }),
                  right.form.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }),
                  repairer.spells(left.form), repairer.spells(right.form),
                  // A first letter the scan misread says nothing of its case (`restrictions. loute`: `Toute`).
                  let readFirst = right.text.unicodeScalars.first, let repairedFirst = right.form.unicodeScalars.first,
                  OneLetterEdits.base(readFirst) == OneLetterEdits.base(repairedFirst)
            else { continue }
            // Abbreviations (etc., cf.) end with a full stop inside sentences; Hunspell tags them as locutions.
            let tags = self.tags(left.form)
            guard !tags.isEmpty, !tags.contains(.locution) else { continue }
            // A lower-case sentence start may be a name (aptitude, dpkg); a grammatical word cannot.
            let rightTags = self.tags(right.form)
            // A verb and the determiner of its object are not parted by any mark (établira. un rapport).
            if isOnlyVerb(tags), !rightTags.isDisjoint(with: [.det, .detdem, .detpos]), !rightTags.contains(.prep) {
                dropStop(after: left, confidence: 0.65)
                continue
            }
            // Nor can a participle or an infinitive (image. reproduisant): no name looks like one.
            let grammatical: PartsOfSpeech = [.adv, .cjco, .cjsub, .prep, .det, .prorel, .mg, .ppre, .infi]
            // A subject pronoun may open the next sentence as well as the next clause (`toutes. elles
            // permettent` lost a comma; `proportionnelle. il s'agit` a capital): too even a call.
            guard !rightTags.isDisjoint(with: grammatical), !rightTags.contains(.nom), !rightTags.contains(.propersuj) else { continue }
            // No comma, but a speck, after a subordinating conjunction that is nothing else (`puisque. le
            // diagramme`: its clause follows), between a noun its determiner has just opened and `de` with
            // its noun phrase (`le niveau. de priorité`), or between a word and the `à` it governs.
            let opensClause = tags.contains(.cjsub) && tags.isDisjoint(with: [.adv, .nom, .adj, .prep, .advint, .prorel, .proint])
            if opensClause || takesComplement(at: index) || governsA(at: index) {
                dropStop(after: left, confidence: 0.6)
                continue
            }
            edits.append(Edit(offset: left.end, before: ".", after: ",", rule: "punctuation", confidence: 0.6))
        }
    }

    /// `vous n’avez pas. de support`, `rend. difficile`, `le code. source`, `(et bogues). ou` → no
    /// stop: a French word in small letters, read as the scan wrote it, after a full stop continues
    /// the sentence the stop would end — the stop is a speck. A scan reads a sentence's capital
    /// small only where the two letters share their shape (`OCRConfusionModel.capitalsAScanMakes`:
    /// `C`/`c`, `S`/`s`…; and `L’`, `Il`, whose strokes it misreads, which are left alone), and even
    /// there the stop was a speck 80 times in 85 in the sets — but before an elision of such a
    /// letter, or a subject pronoun or a negation's second half of any (`hyperref. on peut`), a
    /// sentence opens as often. Not after an abbreviation (`isAbbreviation`: `etc. et`, `p. ex.
    /// des`, `chap. de`), nor after a number; after an aside's closing bracket, not before a verb,
    /// whose subject the scan may have lost. What `periodBeforeLowercase` and
    /// `lostArticlesOpeningSentences` decided stays: this runs after them.
    func stopBeforeSmallLetter() {
        guard french else { return }
        for index in units.indices.dropLast() {
            // The cheap tests first: a full stop and a space between a word and a small letter — or after the
            // bracket that closes an aside (`(et bogues). ou`, `sysconf(3). pour`).
            guard let (stop, bracket) = stopAndSpace(before: index + 1, marks: ["."]) else { continue }
            let left = units[index], right = units[index + 1]
            guard left.kind == .word || bracket && left.kind == .number, right.kind == .word || right.kind == .elision,
                  !left.isProtected, !right.isProtected,
                  let first = right.text.unicodeScalars.first, CharacterClass.isLowercase(first),
                  CasePattern(of: right.text) == .lower, first != "l", first != "i",
                  case let capital = CasePattern.capitalized.apply(to: String(first), locale: locale).unicodeScalars.first,
                  let capital else { continue }
            // An elided capital shaped like its small letter may have been read small (`c’est`, `s’il`).
            if OCRConfusionModel.capitalsAScanMakes.contains(capital), right.kind == .elision { continue }
            // Whatever its letter, a subject pronoun after a stop may open the next sentence as well as the next
            // clause (`toutes. elles permettent` lost a comma), and a negation's half without its `ne` may be an
            // elliptic sentence's (`Il le peut. pas un autre.`): too even a call, left as read.
            if right.kind == .word, !formTags(index + 1).isDisjoint(with: [.propersuj, .negadv]) { continue }
            // What the word pass made of the word still opens with the letter read (`loute` → `toute` does not).
            guard let repairedFirst = right.form.unicodeScalars.first, OneLetterEdits.base(first) == OneLetterEdits.base(repairedFirst),
                  right.kind == .elision ? Self.elisionHeads.contains(right.lower) : right.length >= 2 && repairer.spells(right.form)
            else { continue }
            // The sentence goes on after it on its line: a letter or two before a paragraph's end is a speck of its own.
            guard index + 2 < units.count, !scalars[right.end..<units[index + 2].start].contains("\n") else { continue }
            guard bracket || left.length >= 2 && !isAbbreviation(index) else { continue }
            // After an aside's bracket a verb may be a sentence's whose subject the scan lost (`clientes). est
            // habituellement lancé`): only a word that carries the sentence on (`). ou`, `). pour`).
            if bracket, right.kind == .word, !formTags(index + 1).isDisjoint(with: PartsOfSpeech.finite.union([.ppas])) { continue }
            if edits.contains(where: { $0.offset == stop && $0.before == "." }) { continue }
            edits.append(Edit(offset: stop, before: ".", after: "", rule: "punctuation", confidence: 0.6))
        }
    }

    /// Whether the word at `index`, no noun, is one prose puts before `à` (its
    /// government, by its lemma's counts: `appartiennent à`, `accessibles à`,
    /// `se référer à`) and `à`, `au` or `aux` follows: the word and the
    /// complement it governs, which no mark parts (`appartiennent. à la même`).
    func governsA(at index: Int) -> Bool {
        guard index + 1 < units.count, units[index].kind == .word, units[index + 1].kind == .word,
              ["à", "au", "aux"].contains(units[index + 1].form) else { return false }
        let tags = formTags(index)
        guard tags.isDisjoint(with: [.nom, .npr, .prn]) else { return false }
        let lower = lowerForm(index), lexicon = repairer.lexicon
        return GraveAccentContexts.shared.favoursAccent(on: "à", .prev, neighbour: lower, stems: { lexicon.stems(lower) }) == true
    }

    /// Whether the noun at `index` heads a phrase its determiner has just opened
    /// (`le niveau`, `l’adresse`; not after `de`, whose noun is a complement
    /// already, nor inside a complement of `de`, `à`) and the next unit is `de`,
    /// `du` or `des` taking a noun, or a determiner or an elided article with its
    /// noun (`de priorité`, `de la fenêtre`, `de l’image`): one noun phrase.
    func takesComplement(at index: Int) -> Bool {
        guard index > 1, index + 2 < units.count, units[index].kind == .word, formTags(index).contains(.nom),
              units[index + 1].kind == .word, ["de", "du", "des"].contains(units[index + 1].form) else { return false }
        let determiner = index - 1
        let opensPhrase = units[determiner].kind == .elision && units[determiner].end == units[index].start
                && lowerForm(determiner) == "l"
            || units[determiner].kind == .word && onlySpaces(units[determiner].end, units[index].start)
                && !formTags(determiner).isDisjoint(with: PartsOfSpeech.determiners)
                && !["de", "du", "des"].contains(lowerForm(determiner))
        guard opensPhrase else { return false }
        if determiner > 0, ["de", "du", "des", "d", "à", "au", "aux"].contains(lowerForm(determiner - 1)) { return false }
        let next = units[index + 2]
        if next.kind == .elision { return units[index + 1].form == "de" && ["l", "d"].contains(next.form.lowercased()) }
        guard next.kind == .word, next.pattern == .lower, onlySpaces(units[index + 1].end, next.start) else { return false }
        // `du moment que`, `de façon que`: a conjunctive locution opens a clause of its own.
        if index + 3 < units.count, ["que", "qu"].contains(lowerForm(index + 3)) { return false }
        let tags = formTags(index + 2)
        return tags.contains(.nom) && tags.isDisjoint(with: [.adv, .negadv])
            || units[index + 1].form == "de" && !tags.isDisjoint(with: [.det, .detdem, .detpos]) && !tags.contains(.adv)
    }

    /// Removes the full stop right after `unit` as a speck (`punctuation`): the
    /// one repair every case of `periodBeforeLowercase` that finds no sentence end makes.
    func dropStop(after unit: Unit, confidence: Double) {
        edits.append(Edit(offset: unit.end, before: ".", after: "", rule: "punctuation", confidence: confidence))
    }

    /// Whether `tags` read only as a verb that takes an object (a finite form or
    /// an infinitive; no noun, adjective, adverb or participle): no stop parts
    /// such a word from the determiner that follows it.
    func isOnlyVerb(_ tags: PartsOfSpeech) -> Bool {
        !tags.isDisjoint(with: [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .infi])
            && tags.isDisjoint(with: [.nom, .adj, .adv, .ppas])
    }

    /// Whether the stop after the word at `index` parts a noun from an
    /// adjective in small letters that agrees with it (`du Conseil.
    /// ministériel`, `des réseaux. vitaux`): the noun in small letters or
    /// capitalised inside a sentence, the adjective nothing but an adjective
    /// (no noun, verb form or participle, which may open a sentence or a name
    /// in small letters), its first letter as read. A sentence never opens on
    /// such an adjective; a scan's speck sits there.
    func stopPartsNounFromAdjective(_ index: Int) -> Bool {
        let left = units[index], right = units[index + 1]
        let leftCase = CasePattern(of: left.form)
        guard leftCase == .lower || leftCase == .capitalized && !isSentenceStart(left.start),
              CasePattern(of: right.form) == .lower, right.length >= 3,
              let readFirst = right.text.unicodeScalars.first, let first = right.form.unicodeScalars.first,
              OneLetterEdits.base(readFirst) == OneLetterEdits.base(first),
              formTags(index + 1) == [.adj], formTags(index).contains(.nom) else { return false }
        let nouns = lexicon.analyze(left.form.lowercased()).filter { $0.contains(utf8: "po:nom") }
        return lexicon.analyze(right.form).contains { adjective in
            adjective.contains(utf8: "po:adj") && nouns.contains { Self.agree($0, adjective) }
        }
    }

    /// `dans l’index. : Les images`, `vous fermez GIMP. . Si`: marks standing
    /// alone between a finished sentence and the capital of the next one
    /// belong to neither: specks — also when they end the paragraph
    /// (`dans l’index. :` before a blank line). A glued doubled full stop
    /// (`dégradé..Les`) is one full stop and a lost space.
    func specksBetweenSentences() {
        // Dashes too: no sentence opens with one inside a paragraph (a list item opens a line). A
        // semicolon never follows a full stop, nor a degree sign a word, nor a bar prose.
        let marks: Set<Unicode.Scalar> = [".", ":", "…", "‘", "·", "_", "*", "~", "'", "-", "—", ";", "°", "|"]
        for index in units.indices where units[index].kind == .word || units[index].kind == .number {
            let gapEnd = index + 1 < units.count ? units[index + 1].start : scalars.count
            // Every case below starts with the sentence's own mark: test it before copying the
            // gap, and the units (a copy of a unit retains its three strings).
            guard gapEnd - units[index].end >= 2, ".!?)»".unicodeScalars.contains(scalars[units[index].end]) else { continue }
            let left = units[index]
            let right = index + 1 < units.count ? units[index + 1] : nil
            let gap = Array(scalars[left.end..<gapEnd])
            // `ligne) : Format`: after a closing bracket or quote, which ends no sentence, one spaced
            // colon or semicolon is the text's own (French typography spaces them).
            if gap[0] == ")" || gap[0] == "»", gap.count >= 3, gap[1] == " ", gap[2] == ":" || gap[2] == ";",
               gap.count == 3 || gap[3] == " " || gap[3] == "\n" { continue }
            // word. :¶ — marks after the sentence's own mark that end the paragraph (or the text)
            // go with the space before them, whatever opens the next paragraph.
            // Not after an abbreviation, whose full stop is no sentence's end (`PNG, JPEG, etc. :`
            // announces a list): Hunspell lists those as locutions without their stop.
            if gap.count >= 3, ".!?)»".unicodeScalars.contains(gap[0]), gap[1] == " ",
               left.kind != .word || !lowerTags(index).contains(.locution) {
                let lineEnd = gap.firstIndex(of: "\n") ?? gap.count
                let rest = gap[2..<lineEnd]
                if (lineEnd < gap.count || right == nil), rest.contains(where: { marks.contains($0) }),
                   rest.allSatisfy({ marks.contains($0) || $0 == " " }), gap[lineEnd...].allSatisfy({ $0 == "\n" || $0 == " " }) {
                    edits.append(Edit(offset: left.end + 1, before: String(scalars: gap[1..<lineEnd]), after: "",
                                      rule: "punctuation", confidence: 0.75))
                    continue
                }
            }
            guard let right, right.kind == .word || right.kind == .elision,
                  let first = right.text.unicodeScalars.first, CharacterClass.isUppercase(first) else { continue }
            // word..Word: a doubled full stop glued to the next sentence.
            if gap == [".", "."] {
                edits.append(Edit(offset: left.end + 1, before: ".", after: " ", rule: "punctuation", confidence: 0.7))
                continue
            }
            // word.¶¶. Word — a speck opening the next paragraph, after the blank line; not a mark
            // that may be a list's bullet there (a dash, an asterisk, a middle dot).
            let closed = gap.firstIndex(where: { !".!?)»".unicodeScalars.contains($0) }) ?? gap.count
            if closed < gap.count, gap[closed] == "\n", let lastBreak = gap.lastIndex(of: "\n"), lastBreak + 2 < gap.count,
               gap[closed...lastBreak].allSatisfy({ $0 == "\n" || $0 == " " }), gap.last == " ",
               case let opening = gap[(lastBreak + 1)..<(gap.count - 1)],
               opening.allSatisfy({ marks.contains($0) && !Self.bulletMarks.contains($0) || $0 == " " }), opening.first != " " {
                edits.append(Edit(offset: left.end + lastBreak + 1, before: String(scalars: gap[(lastBreak + 1)...]), after: "",
                                  rule: "punctuation", confidence: 0.75))
                continue
            }
            // word. : Word — the sentence's own mark first, then lone marks separated by spaces.
            guard gap.count >= 4, ".!?)»".unicodeScalars.contains(gap[0]), gap[1] == " ", gap.last == " " else { continue }
            let rest = gap[2..<(gap.count - 1)]
            guard rest.contains(where: { marks.contains($0) }), rest.allSatisfy({ marks.contains($0) || $0 == " " }) else { continue }
            // `le menu Fenêtre. - Mosaïque`: after a label a dash is the arrow of a menu path the scan misread;
            // after a closing bracket, which ends no sentence, it goes on with the path (`(Type de document) - Général`).
            if rest.contains(where: { $0 == "-" || $0 == "—" }), left.kind == .word,
               CasePattern(of: left.form) != .lower || gap[0] == ")" { continue }
            let junk = String(scalars: gap[2...])
            edits.append(Edit(offset: left.end + 2, before: junk, after: "", rule: "punctuation", confidence: 0.75))
        }
    }

    /// Whether the scan reads letters as bars: a `|` glued to a letter somewhere in the text
    /// (`|a`, `|’option`, `l|`), where a lone one may stand for a lost letter or word too.
    func readsLettersAsBars() -> Bool {
        if let known = barsForLetters { return known }
        var found = false
        for position in scalars.indices where scalars[position] == "|" {
            let before = position > 0 ? scalars[position - 1] : " ", after = position + 1 < scalars.count ? scalars[position + 1] : " "
            if CharacterClass.isLetter(before) || CharacterClass.isLetter(after) || WordToken.isApostrophe(after) { found = true; break }
        }
        barsForLetters = found
        return found
    }

    /// Whether an opening `“` stands in the paragraph before `offset` (back to the last blank line).
    func opensQuotation(before offset: Int) -> Bool {
        var position = offset - 1
        while position > 0 {
            if scalars[position] == "“" { return true }
            if scalars[position] == "\n", scalars[position - 1] == "\n" { return false }
            position -= 1
        }
        return false
    }

    /// Marks that open a list item when they open a paragraph.
    static let bulletMarks: Set<Unicode.Scalar> = ["-", "—", "*", "·"]

    /// `d’ordonnancement . d’entrées`, `écrase ‘ complètement`: a mark
    /// standing alone between two words of one sentence is a speck. Only marks
    /// that never stand alone in French typography (`:` `;` `!` `?` `»` and
    /// dashes do) and only before a lower-case word — and a dash where no aside
    /// can open (`la – plupart`), a closing `”` no spaced `“` opened (`de ” nombreuses`), and
    /// a bar between two French words where the scan reads no letter as one (`généralement | capable`).
    func loneSpecks() {
        specksBetweenSentences()
        let specks: Set<Unicode.Scalar> = [".", "‘", "_", "*", "~", "·", "¢", "°", "©"]
        let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]
        for index in units.indices.dropLast() {
            let left = units[index], right = units[index + 1]
            guard left.kind == .word || left.kind == .elision, right.kind == .word || right.kind == .elision,
                  right.start == left.end + 3, scalars[left.end] == " ", scalars[left.end + 2] == " ",
                  case let mark = scalars[left.end + 1], specks.contains(mark) || dashes.contains(mark) || mark == "”" || mark == "|",
                  let first = right.form.unicodeScalars.first, CharacterClass.isLowercase(first) else { continue }
            // A closing quote stands alone only where a spaced opening one before it in the paragraph
            // quotes (`“ texte ”`): elsewhere it is a speck (`de ” nombreuses`).
            if mark == "”", opensQuotation(before: left.end) { continue }
            // A bar stands alone in code (`ls | grep`); between two French words it is a speck — unless the
            // scan reads letters as bars (`|a`, `|’option` glued elsewhere) or loses its accents (a model
            // without French, which reads thin letters as bars): there it may stand for a lost word.
            // A single letter beside it is a formula's variable (`a | b`).
            if mark == "|", readsLettersAsBars() || accentLoss >= 0.5 || !(left.kind == .word && left.length >= 2 && repairer.spells(left.form) && !isForeignAsRead(index)
                && (right.kind == .elision || repairer.spells(right.form) && !isForeignAsRead(index + 1))) { continue }
            // `la – plupart`, `dans – les paquets`: a dash stands alone in French (an aside opens with one),
            // but never right after a determiner, nor between a preposition and its phrase's determiner,
            // which an aside does not cut — after a conjunction it may (`et – surtout – le`), and after a
            // preposition that ends its phrase (`plus avant – voir`).
            if dashes.contains(mark) {
                let tags = lowerTags(index)
                guard left.kind == .word, tags.isFunctionWordOnly(allowingNoun: true), tags.isDisjoint(with: [.cjco, .cjsub]),
                      !tags.isDisjoint(with: PartsOfSpeech.determiners)
                        || tags.contains(.prep) && (right.kind == .elision || !formTags(index + 1).isDisjoint(with: PartsOfSpeech.determiners))
                else { continue }
            }
            edits.append(Edit(offset: left.end + 1, before: String(scalars[left.end + 1]) + " ", after: "",
                              rule: "punctuation", confidence: 0.7))
        }
    }
}
