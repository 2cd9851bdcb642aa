import AlineaText
import AlineaLexicon

/// Pass 3 of `RepairPass`: valid tokens that are wrong in context. Each rule
/// reads the repaired forms of the neighbours, so it runs after pass 2.
extension RepairPass {
    mutating func applyContextRules() {
        let followers = prepositionFollowers()
        circumflexLoss = french && dropsCircumflexes()
        capitalAccentsDropped = french && dropsCapitalAccents()
        // Each rule reads the unit in place: a copy of a unit retains its three strings,
        // and the rules are asked of every word.
        for index in units.indices where !units[index].isProtected {
            // A damaged word the word pass read is final — unless the infinitive slot after a
            // modal overrules that reading (`peut ére compressé`: not `ère`).
            if units[index].edited {
                if french, units[index].kind == .word, !units[index].spells {
                    let before = edits.count
                    infinitiveAfterModal(at: index)
                    if edits.count == before { prepositionGluedToArticle(at: index) }
                    // `où` with its `ù` read as two i's, which the word pass read as the `u` of `ou`:
                    // the grammar that restores a lost grave decides, and that reading gives way.
                    if edits.count == before, units[index].text == "oii", units[index].form == "ou" {
                        lostGraveOnOu(at: index, revising: true)
                    }
                }
                continue
            }
            let text = units[index].text, kind = units[index].kind
            let bytes = text.utf8.count
            // A capital A opening a sentence is left alone: unaccented capitals are a legitimate
            // French style (A partir de). Inside a sentence it is a label's letter or a lost à.
            if french, kind == .ampersand || bytes == 1 && (text == "a" || OCRConfusionModel.digitReadingsOfGraveA.contains(text)
                || text == "A" && !isSentenceStart(units[index].start)) {
                graveA(at: index, followers: followers)
            } else if french, bytes == 1, text == "A" {
                capitalGraveOpeningSentence(at: index)
            } else if french, bytes == 2, text == "00" {
                zeroesReadForOu(at: index)
            } else if bytes == 2, OCRConfusionModel.romanTwoReadings.contains(text), romanTwoOpensHeading(at: index) {
                replace(index, with: Decision(after: "II", rule: "confusion", confidence: 0.8))
            } else if french, bytes == 2, OCRConfusionModel.pronounIlReadings.contains(text) {
                pronounIl(at: index)
            } else if french, bytes == 1, text == "I" || text == "1" || text == "i" {
                pronounIl(at: index, lone: true)
            } else if french, text == "il" || text == "ils" {
                smallPronounOpeningSentence(at: index)
            } else if french, bytes == 2, units[index].pattern == .upper, let last = text.unicodeScalars.last,
                      OCRConfusionModel.capitalsOfDotlessSmall.contains(last) {
                dotlessCapitalInShortWord(at: index)
            } else if french, bytes == 3, text == "où" {
                inventedGraveOnOu(at: index)
            } else if french, bytes == 2, text == "à" {
                inventedGraveOnA(at: index)
            } else if french, bytes == 2, text == "ou" {
                lostGraveOnOu(at: index)
            } else if french, bytes == 2, text == "la" {
                lostGraveOnLa(at: index)
            } else if french, bytes == 3, text == "des" || text == "Des" {
                lostGraveOnDes(at: index)
                if !units[index].edited, text == "Des" { capitalMidSentence(at: index) }
            } else if french, bytes == 2, text == "or" {
                misreadGraveOnOu(at: index)
            } else if french, kind == .elision {
                capitalElisionMidSentence(at: index)
            } else if french, kind == .word {
                capitalMidSentence(at: index)
                if !units[index].edited, bytes == 3, text == "là" { inventedGraveOnLa(at: index) }
                if !units[index].edited { determinerBeforeNoun(at: index) }
                if !units[index].edited { possessivePronounAfterArticle(at: index) }
                if !units[index].edited { prepositionGluedToArticle(at: index) }
                if !units[index].edited { graveGluedToDeterminer(at: index) }
                if !units[index].edited { pronounBeforeVerb(at: index) }
                if !units[index].edited { prepositionVariant(at: index) }
                if !units[index].edited { participleAfterDeterminer(at: index) }
                if !units[index].edited { verbAfterSubject(at: index) }
                if !units[index].edited { participleAfterAuxiliary(at: index) }
                if !units[index].edited { participleClosingNounPhrase(at: index) }
                if !units[index].edited { infinitiveAfterModal(at: index) }
                commaBetweenModalAndInfinitive(at: index)
                commaInsidePronounGroup(at: index)
                if !units[index].edited { misreadDeterminerL(at: index) }
                if !units[index].edited { lostArticleAfterPreposition(at: index) }
                if !units[index].edited { lostArticleOfSubject(at: index) }
                if !units[index].edited { lostArticleOfObject(at: index) }
                if !units[index].edited, circumflexLoss { lostCircumflex(at: index) }
                if !units[index].edited { lostApostropheBeforeNegation(at: index) }
                if !units[index].edited { capitalIInManualReference(at: index) }
                if !units[index].edited { secondPersonMisreading(at: index) }
                if !units[index].edited { participleAfterNoun(at: index) }
            }
        }
        periodBeforeLowercase()
        commaBeforeSentenceStart()
        stopAfterClosingBracket()
        stopBeforeCapitalisedOpener()
        repairParagraphEnds()
        loneSpecks()
        strayOpeningQuotes()
        strayQuoteMarks()
        misreadPronounIl()
        colonAfterGrammaticalWord()
        loneHyphenAfterGrammaticalWord()
        if french { lostGraveInWideGaps() }
    }

    /// `demander  l’application`, `inhérents  la stabilité`, `en bas  gauche`
    /// → ` à `: a scan that loses a lone `à` whole often keeps the space on
    /// each side of it, so two spaces between two words of one line mark the
    /// place of a lost word. Where grammar, as `ARuleDecider` reads it, wants
    /// the preposition there with confidence (its threshold raised: nothing
    /// may have been lost at all), the `à` is put back.
    mutating func lostGraveInWideGaps() {
        for index in units.indices.dropFirst() where units[index - 1].kind == .word
            && (units[index].kind == .word || units[index].kind == .elision)
            && units[index].start == units[index - 1].end + 2
            && scalars[units[index - 1].end] == " " && scalars[units[index - 1].end + 1] == " " {
            guard let previous = neighbour(index, before: true), !previous.separated,
                  units[index - 1].pattern != .upper, units[index].pattern == .lower || units[index].kind == .elision,
                  // No à follows a determiner or a bare preposition; `d’` after a noun is its complement
                  // (`une entité  d’ordonnancement`).
                  formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners),
                  !(formTags(index - 1).contains(.prep) && formTags(index - 1).isDisjoint(with: [.nom, .adj, .adv])),
                  !(units[index].kind == .elision && units[index].form == "d") else { continue }
            // A modal a few words back governs the infinitive itself (`vous devez d’abord  comprendre`).
            if formTags(index).contains(.infi),
               (max(0, index - 4)..<index).contains(where: { units[$0].kind == .word && isModal(units[$0].form.lowercased())
                   && !formTags($0).isDisjoint(with: PartsOfSpeech.finite) }) { continue }
            let next = ARuleDecider.Neighbour(text: units[index].form, isElision: units[index].kind == .elision)
            let afterNext = index + 1 < units.count
                ? ARuleDecider.Neighbour(text: units[index + 1].form, isElision: units[index + 1].kind == .elision,
                                         separated: !onlySpaces(units[index].end, units[index + 1].start))
                : nil
            guard let verdict = repairer.aRule.decide(observed: "a", previous: previous, next: next, afterNext: afterNext,
                                                      followsPreposition: 0, clauseHasVerb: true, accentLoss: 0),
                  verdict.isPreposition, verdict.confidence >= Self.lostGraveConfidence else { continue }
            edits.append(Edit(offset: units[index - 1].end, before: "  ", after: " à ", rule: "grave-a", confidence: verdict.confidence))
        }
    }

    /// How sure grammar must be before an `à` is put into a wide gap.
    static let lostGraveConfidence = 0.7

    /// An opening quote glued to the start of a word opening with a vowel that
    /// nothing in its sentence closes (`unclosedOpenings`; before a consonant
    /// `findStrayQuotes` took it for a speck already) is no quotation mark.
    /// After a preposition, or where no determiner stands before a noun
    /// (`de ‘OSCE`, `à 'OSCE`, `régler ’axe`, `possédant "extension`), it is
    /// what the scan kept of an elided `l’`, whose letter it lost. Otherwise a
    /// `‘` is a speck; any other mark stays for the reader (`nom 'indique`:
    /// the lost head may be `l’`, `n’` or `s’`).
    mutating func strayOpeningQuotes() {
        for index in unclosedOpenings.sorted() {
            let mark = scalars[index]
            guard mark == "‘" || mark == "'" || mark == "\"" || mark == "’" || mark == "“",
                  index + 1 < scalars.count, CharacterClass.isLetter(scalars[index + 1]),
                  index == 0 || ProtectedSpans.isWhitespace(scalars[index - 1]) else { continue }
            // The unit after the mark, found by its offset (units are sorted), and the one before.
            let after = unitIndex(\.start, at: index + 1)
            if french, let after, units[after].kind == .word, after > 0, Self.startsWithVowelOrH(units[after].text.lowercased()) {
                let previous = units[after - 1]
                let adjacent = previous.kind == .word && onlySpaces(previous.end, index) && CasePattern(of: previous.form) != .upper
                // A grammatical word's preposition reading wins over a rare noun's (`dans`, plural of `dan`).
                let tags = adjacent ? formTags(after - 1) : []
                let preposition = tags.contains(.prep) && (tags.isDisjoint(with: [.nom, .adj]) || tags.contains(.mg))
                    && self.tags(units[after].text.lowercased()).isDisjoint(with: [.det, .prep, .cjco, .cjsub, .propersuj])
                if preposition || quoteReadsElidedL(before: after) {
                    edits.append(Edit(offset: index, before: String(mark), after: "l" + String(apostrophe), rule: "elision-l", confidence: 0.7))
                    continue
                }
            }
            if mark == "‘" {
                edits.append(Edit(offset: index, before: String(mark), after: "", rule: "punctuation", confidence: 0.65))
            }
        }
    }

    /// The index of the unit whose `bound` (`\.start` or `\.end`) is scalar
    /// `offset`, if any (binary search: units are sorted and do not overlap).
    func unitIndex(_ bound: KeyPath<Unit, Int>, at offset: Int) -> Int? {
        var low = 0, high = units.count
        while low < high {
            let mid = (low + high) / 2
            if units[mid][keyPath: bound] < offset { low = mid + 1 } else { high = mid }
        }
        return low < units.count && units[low][keyPath: bound] == offset ? low : nil
    }

    /// The unit just before (or after) `index`, as a neighbour for the `a` rule.
    func neighbour(_ index: Int, before: Bool) -> ARuleDecider.Neighbour? {
        let other = before ? index - 1 : index + 1
        guard units.indices.contains(other) else { return nil }
        let (from, to) = before ? (units[other].end, units[index].start) : (units[index].end, units[other].start)
        let separated = !onlySpaces(from, to) && !(to == from + 1 && speckBecomesSpace(at: from))
        // `d’outils`, `des fichiers`: the neighbour complements a noun before it.
        // `s’applique`, `se place`, `il place`: a clitic or a subject pronoun makes it a verb.
        var complement = false, afterClitic = false, postposedAdjective = false
        if before, other > 0, units[other].kind == .word {
            let head = units[other - 1]
            complement = head.kind == .elision
                ? head.end == units[other].start && head.form == "d"
                : ["de", "des", "du"].contains(head.form.lowercased()) && onlySpaces(head.end, units[other].start)
            // `ajoutant des retours a la ligne`: `des` after a verb is the plural article, and the noun
            // after it the verb's object, no complement of a noun that could be the subject.
            if complement, head.form.lowercased() == "des", other > 1, units[other - 2].kind == .word,
               onlySpaces(units[other - 2].end, head.start), case let verbTags = formTags(other - 2),
               !verbTags.isDisjoint(with: PartsOfSpeech.finite.union([.ppre, .infi])), verbTags.isDisjoint(with: [.nom]) {
                complement = false
            }
            afterClitic = (head.kind == .elision ? head.end == units[other].start : onlySpaces(head.end, units[other].start))
                && isClitic(other - 1)
            // `place minimale nécessaire a`, `est inférieure a`: a word that may be an adjective is one
            // where no determiner stands before it to make it a noun — and no subject.
            if head.kind == .word, onlySpaces(head.end, units[other].start),
               formTags(other - 1).isDisjoint(with: [.det, .detdem, .detpos, .detind]) {
                postposedAdjective = formTags(other).contains(.adj)
            }
        }
        // `en rien a`, `garder cela a`: a preposition or a verb right before governs the neighbour.
        func governs(_ headTags: PartsOfSpeech) -> Bool {
            headTags.contains(.prep) && headTags.isDisjoint(with: [.nom, .adj, .det])
                || headTags.contains(.infi) && headTags.isDisjoint(with: [.nom, .ppas])
        }
        var afterGovernor = false
        if before, other > 0, units[other].kind == .word, units[other - 1].kind == .word,
           onlySpaces(units[other - 1].end, units[other].start) {
            afterGovernor = governs(formTags(other - 1))
        }
        // A unit split in two (`lly` → `il y`, `ala` → `à la`): the word that touches this one; the
        // unit's other word stands before it (`n’ont-rien` → `ont rien`: a finite verb's object too).
        let form = units[other].form
        var touching = form
        if form.contains(" ") {
            let pieces = form.split(separator: " ").map(String.init)
            touching = (before ? pieces.last : pieces.first) ?? form
            if before, pieces.count == 2, case let headTags = tags(pieces[0].lowercased()) {
                afterGovernor = governs(headTags) || !headTags.isDisjoint(with: ARuleDecider.finiteTags) && headTags.isDisjoint(with: [.nom, .adj])
            }
        }
        return ARuleDecider.Neighbour(text: touching, isElision: units[other].kind == .elision, separated: separated,
                                      complementOfNoun: complement, afterClitic: afterClitic, postposedAdjective: postposedAdjective,
                                      afterGovernor: afterGovernor)
    }

    /// The two words after the unit at `index`, as a key (`des fins`), when
    /// only spaces separate them.
    func followingPair(_ index: Int) -> String? {
        guard index + 2 < units.count, onlySpaces(units[index].end, units[index + 1].start),
              onlySpaces(units[index + 1].end, units[index + 2].start) else { return nil }
        return units[index + 1].form.lowercased() + " " + units[index + 2].form.lowercased()
    }

    /// How often each pair of words follows a `&` standing alone in running
    /// French (which OCR only makes of `à`): `& des fins` elsewhere makes
    /// `a des fins` a preposition. Intact `à` is not used: `à un`, `à la`
    /// follow it everywhere and would say nothing about this `a`.
    func prepositionFollowers() -> [String: Int] {
        var counts: [String: Int] = [:]
        for index in units.indices where units[index].kind == .ampersand && standsAlone(index) {
            if let pair = followingPair(index) { counts[pair, default: 0] += 1 }
        }
        return counts
    }

    /// Whether the unit at `index` has whitespace (or the text's ends) on both
    /// sides; an opening bracket or quote may stand before it (`(a l’exception`),
    /// and so may a `‘` the quote rule takes for a speck (`donne ‘a votre`).
    func standsAlone(_ index: Int) -> Bool {
        let unit = units[index]
        var start = unit.start
        if start > 0, "([«“‘".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        let before = start == 0 || CharacterClass.isWhitespace(scalars[start - 1])
        let after = unit.end == scalars.count || CharacterClass.isWhitespace(scalars[unit.end]) || speckBecomesSpace(at: unit.end)
        return before && after
    }

    /// `A partir de`, `A ce stade` → `À partir de`, `À ce stade`: a capital
    /// `A` opening a sentence before a lower-case word is the preposition —
    /// the verb `a` never opens one (`A-t-il` joins its pronoun) — and in a
    /// document whose scan drops the grave of `à` (`capitalAccentLoss`: its
    /// `a` and `A` far outnumber its `à`), it lost its accent as the small ones did. A document that keeps its `à` keeps
    /// the unaccented capital too: that is a style French allows — unless its scan
    /// drops the accents of capitals (`dropsCapitalAccents`: tesseract's English model
    /// reads none). A label (`A. Portée`, `A :`) has a mark after it and
    /// is no preposition; a Latin locution keeps its `a` (`A contrario`, `A priori`).
    mutating func capitalGraveOpeningSentence(at index: Int) {
        guard capitalAccentLoss >= 0.5 || capitalAccentsDropped, index + 1 < units.count,
              units[index + 1].start == units[index].end + 1, scalars[units[index].end] == " " else { return }
        let next = units[index + 1]
        guard next.kind == .word || next.kind == .elision,
              next.text.unicodeScalars.first.map(CharacterClass.isLowercase) == true,
              !lexicon.analyze(next.form.lowercased()).contains(where: { $0.contains(utf8: "po:loc.adv") }) else { return }
        replace(index, with: Decision(after: "À", rule: "grave-a", confidence: 0.7))
    }

    /// `dans les cas or il`, `l’endroit or on` → `où`: the ù read as an r. The
    /// conjunction `or` opens a clause after a mark (`…, or il`), never right after a
    /// noun, and the noun `or` takes a determiner or a preposition (`l’or`, `en or`);
    /// so an `or` between a noun and the clause it opens (a subject or a
    /// determiner next) is the relative `où`. Not in English words' company (`files or the`).
    mutating func misreadGraveOnOu(at index: Int) {
        guard index > 0, index + 1 < units.count, units[index - 1].kind == .word, units[index + 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              CasePattern(of: units[index + 1].form) == .lower else { return }
        let previous = formTags(index - 1), next = formTags(index + 1)
        guard previous.contains(.nom), previous.isDisjoint(with: Self.closedClassTags),
              !next.isDisjoint(with: [.propersuj, .det, .detdem, .detpos, .detind]), next.isDisjoint(with: [.nom, .adj]) || next.contains(.det),
              !inForeignContext(index) else { return }
        replace(index, with: Decision(after: "où", rule: "confusion", confidence: 0.7))
    }

    /// `les moments ou il n’y a rien`, `des menus contextuels ou on peut`, `au cas ou ils contiennent`:
    /// after a noun or its adjective, a subject pronoun after `ou` opens the relative clause of `où` —
    /// French joins two clauses with `ou` after a verb or a mark (`cliquez ou vous pouvez`), and the
    /// sets' references write `où` there 83 times for 2 `ou` (an alternative offered after an object,
    /// `prenez un fichier ou il sera créé`, is the rarer reading this gives up). The pronoun must be a
    /// subject: a verb or a clitic follows it.
    func opensRelativeWithSubject(at index: Int) -> Bool {
        guard index > 0, index + 2 < units.count, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let previous = formTags(index - 1)
        guard !previous.isDisjoint(with: [.nom, .adj]), previous.isDisjoint(with: Self.closedClassTags.union(PartsOfSpeech.finite))
        else { return false }
        // The subject, whole (`il`, `on`) or elided before `on` (`l’on`).
        var subject = index + 1
        if units[subject].kind == .elision, units[subject].form == "l", subject + 1 < units.count,
           units[subject + 1].form == "on" { subject += 1 }
        guard units[subject].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
              ["il", "ils", "elle", "elles", "on", "vous"].contains(units[subject].form), subject + 1 < units.count,
              // `vous` also joins a second clause addressed to the reader (`la configuration ou vous pouvez
              // les consulter`): only where the scan shows it drops graves.
              units[subject].form != "vous" || accentLoss >= 0.5 else { return false }
        let after = units[subject + 1]
        if after.kind == .elision { return ["n", "s", "y", "l", "m", "t"].contains(after.form.lowercased()) }
        guard after.kind == .word, onlySpaces(units[subject].end, after.start) else { return false }
        let afterTags = formTags(subject + 1)
        return !afterTags.isDisjoint(with: PartsOfSpeech.finite.union([.preverb, .negadv]))
    }

    /// `fonctionne sur les systèmes ou le démarrage sécurisé est activé`, `la zone
    /// est la sélection ou le filtre a été appliqué`: after a noun in a clause that
    /// already has its verb — so the noun is no subject `ou` could coordinate with
    /// another — a noun phrase (a determiner, its noun, adjectives) and a finite
    /// verb make a clause of their own, which only the relative `où` joins there.
    func opensRelativeWithNounSubject(at index: Int) -> Bool {
        guard index > 0, index + 3 < units.count, units[index - 1].kind == .word, units[index + 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              units[index - 1].pattern == .lower, units[index + 1].pattern == .lower else { return false }
        let previous = formTags(index - 1), determiner = formTags(index + 1)
        guard previous.contains(.nom), previous.isDisjoint(with: Self.closedClassTags.union(PartsOfSpeech.finite)),
              !determiner.isDisjoint(with: [.det, .detdem, .detpos]), determiner.isDisjoint(with: [.propersuj, .prep]),
              clauseOpening(before: index) == .finiteVerb else { return false }
        // The noun, then up to two adjectives or participles, then the finite verb.
        var position = index + 2
        guard units[position].kind == .word, onlySpaces(units[position - 1].end, units[position].start),
              units[position].pattern == .lower, formTags(position).contains(.nom) else { return false }
        position += 1
        var modifiers = 0
        while position < units.count, units[position].kind == .word, onlySpaces(units[position - 1].end, units[position].start),
              units[position].pattern == .lower, !readsAsFiniteVerb(position), modifiers < 2,
              !formTags(position).isDisjoint(with: [.adj, .ppas]), formTags(position).isDisjoint(with: Self.closedClassTags) {
            position += 1
            modifiers += 1
        }
        guard position < units.count, units[position].kind == .word, onlySpaces(units[position - 1].end, units[position].start)
        else { return false }
        // A bare `a` only before a participle (`a été appliqué`): in a scan that drops graves it is
        // as often the `à` after an adjective (`les répertoires accessibles a tous`).
        let verb = units[position].form.lowercased()
        if verb == "a" {
            return position + 1 < units.count && units[position + 1].kind == .word
                && onlySpaces(units[position].end, units[position + 1].start) && formTags(position + 1).contains(.ppas)
        }
        return readsAsFiniteVerb(position) && standsWithoutPronoun(verb)
    }

    /// `Ce chapitre explique ou trouver`, `ne sait pas ou chercher`: between a
    /// finite verb (or the `pas` of its negation) and an infinitive, `ou` can
    /// join nothing — a conjugated verb and an infinitive are no pair — so it is
    /// `où` opening the indirect question the verb governs. After a noun or an
    /// infinitive it may coordinate (`ouvrir un fichier ou créer`, `lire ou écrire`).
    func asksWhereWithInfinitive(at index: Int) -> Bool {
        guard index > 0, index + 1 < units.count, units[index - 1].kind == .word, units[index + 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              units[index + 1].pattern == .lower, ARuleDecider.isOnlyInfinitive(formTags(index + 1)) else { return false }
        // `modifiez ou commenter`: an infinitive in `-er` after a form in `-ez` may be the second of two
        // imperatives whose `z` the scan read as `r` (`modifiez ou commentez`), which `ou` does join.
        let infinitive = units[index + 1].form
        if units[index - 1].form.hasSuffix("ez"), infinitive.hasSuffix("er"), repairer.spells(String(infinitive.dropLast()) + "z") {
            return false
        }
        let previous = formTags(index - 1)
        // The negation's `pas` is a noun too (a step): right after the finite verb it negates, it is the adverb.
        return readsAsFiniteVerb(index - 1) && !previous.contains(.infi)
            || previous.contains(.negadv) && index > 1 && units[index - 2].kind == .word
                && onlySpaces(units[index - 2].end, units[index - 1].start) && readsAsFiniteVerb(index - 2)
    }

    /// `au premier endroit 00 on doit entrer`, `dans le même environnement 00 elles seront`
    /// → `où`: a scan read the two round letters of `où` as zeroes. Only between a noun
    /// (or a closing bracket) and the subject of a clause — a subject pronoun or a
    /// determiner in small letters — where no number stands and the relative `où` joins
    /// the clause to the noun.
    mutating func zeroesReadForOu(at index: Int) {
        guard index > 0, index + 1 < units.count, units[index + 1].kind == .word, units[index + 1].pattern == .lower,
              onlySpaces(units[index].end, units[index + 1].start) else { return }
        let previous = units[index - 1]
        let gap = scalars[previous.end..<units[index].start]
        let afterNoun = previous.kind == .word && previous.pattern == .lower && gap.allSatisfy({ $0 == " " })
            && formTags(index - 1).contains(.nom) && formTags(index - 1).isDisjoint(with: [.det, .detdem, .detpos, .prep, .nb])
        let afterBracket = gap.first == ")" && gap.dropFirst().allSatisfy({ $0 == " " }) && gap.count >= 2
        let next = formTags(index + 1)
        guard afterNoun || afterBracket, !next.isDisjoint(with: [.propersuj, .det, .detdem, .detpos]),
              next.isDisjoint(with: [.nom, .prep]) || next.contains(.propersuj) else { return }
        replace(index, with: Decision(after: "où", rule: "confusion", confidence: 0.65))
    }

    /// `la boîte de dialogue ou vous pouvez`, `l’endroit ou`, `d’ou` → `où`:
    /// in a document whose scan drops the grave accent (`accentLoss`: its
    /// `à` are read `a`), a plain `ou` beside a neighbour prose puts beside
    /// `où` (`GraveAccentContexts`), and beside none it puts beside `ou`,
    /// lost its accent too. After the elision `d’` only `où` is French.
    mutating func lostGraveOnOu(at index: Int, revising: Bool = false) {
        func choose(confidence: Double) {
            let decision = Decision(after: "où", rule: "accent", confidence: confidence)
            if revising { revise(index, with: decision) } else { replace(index, with: decision) }
        }
        // Grammar decides in any document; prose's neighbours only where the scan drops graves.
        if opensRelativeWithSubject(at: index) || asksWhereWithInfinitive(at: index) || closesPrepositionalLocution(at: index) {
            choose(confidence: 0.65)
            return
        }
        if followsPlaceAdverbThatLostItsGrave(at: index) {
            let place = Decision(after: units[index - 1].pattern == .capitalized ? "Là" : "là", rule: "accent", confidence: 0.65)
            if units[index - 1].edited { revise(index - 1, with: place) } else { replace(index - 1, with: place) }
            choose(confidence: 0.65)
            return
        }
        guard accentLoss >= 0.5 else { return }
        if opensRelativeWithNounSubject(at: index) {
            choose(confidence: 0.6)
            return
        }
        let contexts = GraveAccentContexts.shared
        var votes: [Bool] = []
        // A noun prose puts before `où` many times and `ou` seldom (`le cas où`, `l’endroit où`, `la mesure
        // où`) settles it against a grammatical word after it, which follows either (`où une`, `ou une`).
        var settledBefore = false
        if index > 0, onlySpaces(units[index - 1].end, units[index].start) || units[index - 1].kind == .elision {
            let previous = units[index - 1]
            if previous.kind == .elision, previous.end == units[index].start {
                if previous.form == "d" { votes.append(true) }
            } else if previous.kind == .word, CasePattern(of: previous.form) == .lower,
                      let vote = contexts.favoursAccent(on: "où", .prev, neighbour: previous.form) {
                votes.append(vote)
                settledBefore = vote && formTags(index - 1).contains(.nom)
                    && contexts.favoursAccent(on: "où", .prev, neighbour: previous.form, seen: GraveAccentContexts.settledPhraseMinimum) != nil
            }
        }
        if index + 1 < units.count, units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
           CasePattern(of: units[index + 1].form) == .lower,
           let vote = contexts.favoursAccent(on: "où", .next, neighbour: units[index + 1].form),
           vote || !(settledBefore && opensClauseSubject(index + 1)) {
            votes.append(vote)
        }
        guard votes.contains(true), !votes.contains(false),
              settledBefore && index + 1 < units.count && opensClauseSubject(index + 1) || !joinsLikeWords(around: index) else { return }
        choose(confidence: 0.65)
    }

    /// `Dans la mesure ou les corrections étaient`, `au cas ou ils contiennent` → `où`: a
    /// preposition, a determiner and a noun prose puts before `où` far more than before
    /// `ou` (`GraveAccentContexts`), then a clause with its subject and its own verb. No
    /// coordination of two nouns fits there: the second would be the subject of a verb
    /// the prepositional phrase cannot share, so the conjunction is the relative `où`.
    func closesPrepositionalLocution(at index: Int) -> Bool {
        guard index >= 2, index + 1 < units.count, units[index - 1].kind == .word, units[index - 1].pattern == .lower,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              formTags(index - 1).contains(.nom), opensClauseSubject(index + 1),
              GraveAccentContexts.shared.favoursAccent(on: "où", .prev, neighbour: units[index - 1].form,
                                                        seen: GraveAccentContexts.settledPhraseMinimum) == true else { return false }
        // The noun's determiner, and the preposition before it (or one fused with it: `au`).
        let determiner = units[index - 2]
        let prepositionBefore: Bool
        if determiner.kind == .word, ["au", "aux"].contains(determiner.form.lowercased()) {
            prepositionBefore = true
        } else if determiner.kind == .elision ? determiner.form == "l" : determiner.kind == .word && !formTags(index - 2).isDisjoint(with: [.det]) {
            prepositionBefore = index >= 3 && units[index - 3].kind == .word && formTags(index - 3).contains(.prep)
                && formTags(index - 3).isDisjoint(with: [.det])
        } else {
            prepositionBefore = false
        }
        return prepositionBefore && clauseHasFiniteVerb(after: index)
    }

    /// `placer la ou vous le voulez`, `adapté la ou la fiabilité est` → `là où`: the article
    /// `la` needs a noun after it, and a conjunction `ou` followed by a clause with its
    /// subject and its own verb is none — the place adverb and the relative lost their graves
    /// together. Not before `le` or `les`, which `ou` coordinates with `la` as two determiners
    /// of one noun (`délimiter la ou les zones`, `la ou le responsable doit`).
    func followsPlaceAdverbThatLostItsGrave(at index: Int) -> Bool {
        guard index >= 1, index + 1 < units.count, units[index - 1].kind == .word,
              units[index - 1].form == "la" || units[index - 1].form == "La" && isSentenceStart(units[index - 1].start),
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              opensClauseSubject(index + 1), !["le", "les"].contains(units[index + 1].form.lowercased()) else { return false }
        return clauseHasFiniteVerb(after: index)
    }

    /// Whether the unit at `index` is a determiner or a subject pronoun in small
    /// letters and no preposition: what opens the subject of a clause (`où une
    /// partition comporte`), not a second complement (`ou de poids`).
    func opensClauseSubject(_ index: Int) -> Bool {
        guard units[index].kind == .word, CasePattern(of: units[index].form) == .lower else { return false }
        let tags = formTags(index)
        return !tags.isDisjoint(with: PartsOfSpeech.determiners.union([.propersuj])) && !tags.contains(.prep)
    }

    /// `des lors`, `des le début`, `des l’installation`, `des que` → `dès`: the
    /// article `des` needs a plural noun phrase after it, and an adverb that is
    /// nothing else (`lors`), a definite article or `que` cannot open one; the
    /// preposition `dès` stands there, its accent lost.
    mutating func lostGraveOnDes(at index: Int) {
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let next = units[index + 1], lower = next.form.lowercased()
        let opensNoPluralPhrase: Bool
        switch next.kind {
        case .elision: opensNoPluralPhrase = (lower == "l" || lower == "qu") && index + 2 < units.count && next.end == units[index + 2].start
        case .word: opensNoPluralPhrase = CasePattern(of: next.form) == .lower && ["lors", "le", "la", "les", "que"].contains(lower)
        default: opensNoPluralPhrase = false
        }
        guard opensNoPluralPhrase else { return }
        replace(index, with: Decision(after: units[index].pattern.apply(to: "dès", locale: locale), rule: "accent", confidence: 0.75))
    }

    /// `la` → `là` where neither the article nor the pronoun can stand: the
    /// article needs a noun after it and the pronoun a verb, so before `où`,
    /// `pour` or a determiner (`là où vous l’aurez`, `sont là pour`, `C’est là
    /// un point`) it is the adverb whose accent the scan lost — and so it is
    /// ending a sentence after a verb (`sont prises là.`), in a document that
    /// drops the accent of `à`.
    mutating func lostGraveOnLa(at index: Int) {
        guard index + 1 < units.count, index > 0, units[index - 1].kind == .word else { return }
        let next = units[index + 1]
        let previousTags = formTags(index - 1)
        // de là, par là are as good as de la, par la: only after a verb or an adverb (sont là,
        // bien là), not after a preposition, nor after a noun its determiner shows (la note la).
        guard previousTags.isDisjoint(with: PartsOfSpeech.determiners.union(.prep)),
              !previousTags.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppas, .ppre, .adv, .negadv])),
              !(index > 1 && units[index - 2].kind == .word
                  && !formTags(index - 2).isDisjoint(with: [.det, .detdem, .detpos])) else { return }
        if onlySpaces(units[index].end, next.start) {
            guard next.kind == .word, CasePattern(of: next.form) == .lower else { return }
            let nextTags = formTags(index + 1)
            guard next.form == "où" || next.form == "pour" || !nextTags.isDisjoint(with: [.det, .detdem]) else { return }
        } else {
            let gap = scalars[units[index].end..<next.start]
            guard accentLoss >= 0.5, gap.first == ".", !continuesInLowercase(after: index),
                  !previousTags.isDisjoint(with: PartsOfSpeech.finite.union(.ppas)) else { return }
        }
        replace(index, with: Decision(after: "là", rule: "accent", confidence: 0.7))
    }

    /// Whether the word at `index` stands between two words of one kind — two demonstrative
    /// pronouns, nouns, adjectives, infinitives or numbers (`celui ou celle`, `lire ou écrire`):
    /// then it coordinates them, and is the conjunction `ou`, not the relative `où`.
    /// A determiner after it opens a noun phrase, whatever note it also names
    /// (`dans le cas ou la fonctionnalité`: `la` is no noun there). Two finite verbs join so too,
    /// the second behind its clitic (`il s’étire ou se comprime`): `où` opens a clause after a noun.
    func joinsLikeWords(around index: Int) -> Bool {
        guard index > 0, index + 1 < units.count, units[index - 1].kind == .word, units[index + 1].kind == .word else { return false }
        let coordinated: PartsOfSpeech = [.prodem, .nom, .adj, .infi, .nb]
        let nextTags = formTags(index + 1)
        if readsAsFiniteVerb(index - 1), nextTags.contains(.preverb), nextTags.isDisjoint(with: [.det, .propersuj]),
           index + 2 < units.count, units[index + 2].kind == .word, onlySpaces(units[index + 1].end, units[index + 2].start),
           readsAsFiniteVerb(index + 2) {
            return true
        }
        // A determiner, possessive ones included (`leurs`, also the noun of `les leurs`), opens a noun phrase.
        if !nextTags.isDisjoint(with: [.det, .detpos]), !nextTags.contains(.nb) { return false }
        let shared = formTags(index - 1).intersection(nextTags).intersection(coordinated)
        return !shared.isEmpty
    }

    /// `Ivextend(8)`, `Izma(1)` → `lvextend(8)`, `lzma(1)`: a name with its
    /// manual section is a command, written in small letters; a capital `I`
    /// opening one is the scan's reading of `l` (`ProtectedSpans` keeps the
    /// small-letter ones as they stand).
    mutating func capitalIInManualReference(at index: Int) {
        let unit = units[index]
        // A word of either language (`Index(3)`) may be a real capitalised page name.
        guard unit.pattern == .capitalized, unit.text.unicodeScalars.first == "I", unit.length >= 3, !unit.spells,
              !repairer.isForeign(unit.lower),
              unit.end + 2 < scalars.count, scalars[unit.end] == "(", ("1"..."9").contains(scalars[unit.end + 1]) else { return }
        var close = unit.end + 2
        while close < scalars.count, close - unit.end - 2 < 2, ("a"..."z").contains(scalars[close]) { close += 1 }
        guard close < scalars.count, scalars[close] == ")" else { return }
        replace(index, with: Decision(after: "l" + String(unit.text.dropFirst()), rule: "elision-l", confidence: 0.8))
    }

    /// `nest pas`, `nont plus`, `aucun encodage nest donné` → `n’est pas`,
    /// `n’ont plus`, `n’est donné`: a word that is no French word (English
    /// `nest`, or none), opening with `n` and a vowel, before the second half
    /// of a negation (`pas`, `plus`, `jamais`) or after a negative pronoun or
    /// determiner of its clause (`aucun`), is `ne` elided before a verb whose
    /// apostrophe the scan lost — the negation calls for it, and `n’` + the
    /// rest is a finite verb.
    mutating func lostApostropheBeforeNegation(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        guard units[index].pattern == .lower, (3...10).contains(units[index].length), units[index].text.hasPrefix("n"),
              !units[index].spells else { return }
        let unit = units[index]
        let negationAfter = index + 1 < units.count && units[index + 1].kind == .word && onlySpaces(unit.end, units[index + 1].start)
            && formTags(index + 1).contains(.negadv)
        var negationBefore = false
        var current = index - 1
        while !negationAfter, current >= 0, index - current <= 4, units[current].kind == .word || units[current].kind == .elision,
              onlySpaces(units[current].end, units[current + 1].start) {
            let found = formTags(current)
            if found.contains(.proneg) && !found.contains(.nom) { negationBefore = true; break }
            current -= 1
        }
        guard negationAfter || negationBefore else { return }
        let rest = String(unit.text.dropFirst())
        guard Self.startsWithVowelOrH(rest), repairer.spells(rest), !tags(rest).isDisjoint(with: PartsOfSpeech.finite) else { return }
        replace(index, with: Decision(after: "n" + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: 0.75))
    }

    /// How many `a`, `à`/`À` and capital `A` the input writes as words: the evidence for
    /// how its scan treats the grave accent (`ARuleDecider.accentLossPrior`).
    func countsOfA() -> (plain: Int, grave: Int, capitals: Int) {
        // The words asked about here are one or two bytes long: the length is
        // compared first, so the other units cost no string comparison.
        var plain = 0, grave = 0, capitals = 0
        for unit in units where unit.kind == .word {
            switch unit.text.utf8.count {
            case 1 where unit.text == "a": plain += 1
            case 1 where unit.text == "A": capitals += 1
            case 2 where unit.text == "à" || unit.text == "À": grave += 1
            default: break
            }
        }
        return (plain, grave, capitals)
    }

    /// Whether the document shows that its scan drops the accents of capitals: a
    /// word the word pass repaired by accenting its capital (`Etat` → `État`,
    /// `Ecran` → `Écran`), and no accented capital read intact anywhere.
    /// Tesseract's English model never reads one; a text that writes its
    /// capitals plain by choice has no such word to repair.
    func dropsCapitalAccents() -> Bool {
        var restored = false
        for unit in units where unit.kind == .word {
            guard let first = unit.text.unicodeScalars.first, CharacterClass.isUppercase(first) else { continue }
            if Self.isAccentedCapital(first) { return false }
            if unit.form != unit.text, let repaired = unit.form.unicodeScalars.first, Self.isAccentedCapital(repaired) { restored = true }
        }
        return restored
    }

    /// Whether the document shows that its scan drops circumflexes: at least
    /// two words the word pass repaired by adding one (`controle`, `fenetre`)
    /// and at least four such repairs for every circumflex read intact.
    /// Tesseract's English model never reads one; the French model and
    /// clean text keep theirs.
    func dropsCircumflexes() -> Bool {
        var restored = 0, intact = 0
        for unit in units where unit.kind == .word {
            if CircumflexFrequencies.hasCircumflex(unit.text) { intact += 1 }
            else if unit.form != unit.text, CircumflexFrequencies.hasCircumflex(unit.form) { restored += 1 }
        }
        return restored >= 2 && restored >= 4 * intact
    }

    /// `coté` → `côté`: in a document that drops circumflexes
    /// (`circumflexLoss`), a valid word that French prose almost always
    /// writes with one (`CircumflexFrequencies`), in help texts and at large
    /// alike, lost it too. `tache` stays: French at large writes it (a stain)
    /// too often. Not for a participle (`masqués`: grammar decides those).
    /// French at large is not asked where the plain form is the rectified
    /// spelling of the same word — the 1990 rectification drops the circumflex
    /// of `i` and `u` (`boite`, `parait`): there the general counts measure
    /// unaccented typing, not another word. The help's own odds
    /// (`preferredCircumflexed`, 20 to 1) still rule, and keep `sur`, `du`,
    /// `fut` from their rarer circumflexed homographs.
    mutating func lostCircumflex(at index: Int) {
        let unit = units[index]
        let frequencies = CircumflexFrequencies.shared
        guard unit.spells, unit.pattern == .lower || unit.pattern == .capitalized,
              let preferred = frequencies.preferredCircumflexed(unit.lower) else { return }
        // The comparison folds case: the word as read and its small letters give one answer.
        let rectified = Self.onlyRestoresCircumflexOnIOrU(unit.lower, preferred)
        guard frequencies.writesGenerallyOftener(preferred, than: unit.lower) || rectified,
              repairer.spells(preferred), !tags(preferred).contains(.ppas),
              !(writesRectifiedSpelling && rectified) else { return }
        replace(index, with: Decision(after: unit.pattern.apply(to: preferred, locale: locale), rule: "accent", confidence: 0.7))
    }

    /// The second words of the Latin locutions French writes with a plain `a` (`a priori`,
    /// `a fortiori`, `a minima`): the lexicon tags some as parts of an adverbial locution,
    /// but it tags French ones (`à jeun`, `à l’envi`) alike, so the Latin ones are listed.
    static let latinAblativesAfterA: Set<String> = ["priori", "posteriori", "fortiori", "contrario", "minima", "maxima"]

    /// `a`/`&`/`4` → `à` when grammar says preposition.
    mutating func graveA(at index: Int, followers: [String: Int]) {
        let unit = units[index]
        let afterElision = index > 0 && units[index - 1].kind == .elision && units[index - 1].end == unit.start
        // A word repaired into the head of a prepositional locution (grace → grâce before a)
        // was judged French already: it is no foreign context for the a it governs.
        let locutionHead = index > 0 && units[index - 1].form != units[index - 1].text
            && formTags(index - 1).contains(.prepositionalLocution)
        guard standsAlone(index) || afterElision, !inForeignContext(index, trusting: locutionHead ? index - 1 : nil, ignoringNames: true) else { return }
        let grave = "à"
        // `a priori`, `a posteriori`, `a minima`: the Latin preposition, written without an accent.
        if unit.text == "a", index + 1 < units.count, units[index + 1].kind == .word, onlySpaces(unit.end, units[index + 1].start),
           Self.latinAblativesAfterA.contains(units[index + 1].form.lowercased()) { return }
        var previous = neighbour(index, before: true)
        // A capital A stands for à only right after a lower-case word of the same sentence.
        if unit.text == "A", !(previous.map { !$0.separated && $0.text.first?.isLowercase == true } ?? false) { return }
        if unit.kind == .ampersand || OCRConfusionModel.digitReadingsOfGraveA.contains(unit.text) {
            // Between two capitalised names `&` is a real ampersand (Johnson & Johnson).
            if let p = previous, p.text.first?.isUppercase == true, let n = units.indices.contains(index + 1) ? units[index + 1] : nil,
               n.form.first?.isUppercase == true { return }
            // A scan that reads `à` intact (its usual share of the a's) reads an `&` as one: the page's
            // (`l’aperçu de calque & canal`) — unless the document writes the same words around an
            // intact `à` (`boite & outils` beside `boîte à outils`).
            if unit.kind == .ampersand, accentLoss == 0, index > 0, index + 1 < units.count, readsGraveIntact(),
               !writesGraveBetween(units[index - 1].form, units[index + 1].form) { return }
            // Between two nouns inside a label (`Titre & état`, `Taille de l’aperçu de calque & canal`)
            // an `&` is the label's, unless prose puts à beside either noun (`Boîte & outils`).
            if unit.kind == .ampersand, joinsNounsInLabel(index) { return }
            if OCRConfusionModel.digitReadingsOfGraveA.contains(unit.text) {
                // A digit after a lower-case word (prête 4 l'emploi) may be à; so may one before a
                // lower-case word, where ARuleDecider asks whether a number could stand there
                // (4 une image, 4 partir: no; 4 pages, 4 de la résolution: yes).
                let afterWord = previous.map { !$0.separated && $0.text.first?.isLowercase == true } ?? false
                let next = units.indices.contains(index + 1) && onlySpaces(unit.end, units[index + 1].start) ? units[index + 1] : nil
                let beforeWord = next.map { $0.kind == .elision || ($0.kind == .word && CasePattern(of: $0.form) == .lower) } ?? false
                let range = previous.map { !$0.separated && ARuleDecider.isRange($0.text, next?.text) } ?? false
                guard afterWord || beforeWord || range else { return }
            }
        }
        if let p = previous, units[index - 1].kind == .elision {
            // l’a, n’a, m’a: a clitic before the verb; jusqu’a: the preposition.
            previous?.text = p.text == "jusqu" ? "jusqu" : p.text
            if p.text == "jusqu" {
                edits.append(Edit(offset: unit.start, before: unit.text, after: grave, rule: "grave-a", confidence: 0.9))
                setForm(index, "à")
                return
            }
            if ["l", "n", "m", "t", "s"].contains(p.text) { return }
            // qu’a: the verb (la possibilité qu’a l’administrateur, ce qu’a dit…) unless a negation
            // makes it ne … qu’à (n’avez qu’à saisir) or ainsi opens it (ainsi qu’à leur assigner).
            if p.text == "qu", !restrictsWithQue(before: index - 1) { return }
        }
        guard var next = neighbour(index, before: false) else { return }
        // `défini a « Oblique Bold »`, `Associé a « Maj »`: an opening quotation mark parts no phrase;
        // the quoted name is what follows the `a`.
        if next.separated, index + 1 < units.count,
           case let gap = scalars[units[index].end..<units[index + 1].start],
           gap.filter({ !ProtectedSpans.isWhitespace($0) }).count == 1,
           gap.contains(where: { "«“\"".unicodeScalars.contains($0) }) {
            next.separated = false
        }
        let followCount = followingPair(index).flatMap { followers[$0] } ?? 0
        let afterNext = units.indices.contains(index + 2)
            ? ARuleDecider.Neighbour(text: units[index + 2].form, isElision: units[index + 2].kind == .elision,
                                     separated: !onlySpaces(units[index + 1].end, units[index + 2].start))
            : nil
        let opening: ClauseOpening = nounPhraseOpensClause(before: index) ? .noVerb : clauseOpening(before: index)
        guard let verdict = repairer.aRule.decide(observed: unit.text == "A" ? "A" : unit.text.lowercased(), previous: previous, next: next,
                                                  afterNext: afterNext, followsPreposition: followCount,
                                                  clauseHasVerb: opening == .finiteVerb
                                                      || clauseHasFiniteVerb(after: index, endsAtComma: opening == .subordinate),
                                                  accentLoss: accentLoss),
              verdict.isPreposition else { return }
        edits.append(Edit(offset: unit.start, before: unit.text, after: grave, rule: "grave-a", confidence: verdict.confidence))
        setForm(index, "à")
    }

    /// Whether the `&` at `index` joins two nouns inside a label: a capitalised
    /// word opens the phrase it ends without a sentence's end before it (after a
    /// word, a bracket or a menu separator: `Fenêtres d’image — Titre & état`,
    /// `avec Taille par défaut de l’aperçu de calque & canal`), no punctuation
    /// stands between them, and prose puts `à` beside neither noun (it does
    /// beside `outils`: `la Boîte & outils` is `à`). Interfaces name things so;
    /// a scan's `&` for `à` between two nouns (`bac & sable`) stands in running text.
    func joinsNounsInLabel(_ index: Int) -> Bool {
        guard index > 0, index + 1 < units.count, units[index - 1].kind == .word, units[index + 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start)
        else { return false }
        let previous = units[index - 1].form.lowercased(), next = units[index + 1].form.lowercased()
        guard formTags(index - 1).contains(.nom), formTags(index + 1).contains(.nom),
              formTags(index + 1).isDisjoint(with: [.det, .detdem, .detpos, .detind]),
              GraveAccentContexts.shared.favoursAccent(on: "à", .prev, neighbour: previous) != true,
              GraveAccentContexts.shared.favoursAccent(on: "à", .next, neighbour: next) != true else { return false }
        var current = index - 1
        while current >= 0, index - current <= 10 {
            let unit = units[current]
            guard unit.kind == .word || unit.kind == .elision else { return false }
            // A label names; it conjugates nothing (`Vous disposez d’une pipette & couleur` is a sentence).
            if unit.kind == .word, !formTags(current).isDisjoint(with: PartsOfSpeech.finite),
               formTags(current).isDisjoint(with: [.nom, .adj]) { return false }
            if unit.kind == .word, unit.pattern == .capitalized {
                return !isSentenceStart(unit.start)
                    || PrecedingScalar.before(unit.start, in: scalars).map(MenuArrowRepairer.separatesMenuItems) == true
            }
            guard current > 0, units[current - 1].kind == .elision ? units[current - 1].end == unit.start
                                                                   : onlySpaces(units[current - 1].end, unit.start) else { return false }
            current -= 1
        }
        return false
    }

    /// Whether the scan demonstrably reads `à`: intact between five different
    /// pairs of words at least (`accentLoss` alone is 0 where the evidence is thin too).
    func readsGraveIntact() -> Bool { graveNeighbourPairs().count >= 5 }

    /// Whether the document writes `previous à next` with its `à` intact
    /// (compared without case or accents: `boite` is `boîte` read without its circumflex).
    func writesGraveBetween(_ previous: String, _ next: String) -> Bool {
        graveNeighbourPairs().contains(Self.graveNeighbourKey(previous, next))
    }

    /// The words around every `à` read intact, as `graveNeighbourKey`s; built once.
    func graveNeighbourPairs() -> Set<String> {
        if let known = graveNeighbours.value { return known }
        var pairs: Set<String> = []
        for index in units.indices.dropFirst().dropLast() where units[index].kind == .word && units[index].text == "à" {
            pairs.insert(Self.graveNeighbourKey(units[index - 1].text, units[index + 1].text))
        }
        graveNeighbours.value = pairs
        return pairs
    }

    /// Two neighbours of an `à`, lower case and without accents.
    static func graveNeighbourKey(_ left: String, _ right: String) -> String {
        AccentSkeleton.of(left.lowercased()) + " " + AccentSkeleton.of(right.lowercased())
    }

    /// Whether the `qu’` at `index` belongs to `ne … que` (a `ne`/`n’` earlier
    /// in its clause) or to `ainsi que`: then an `a` after it is the preposition.
    func restrictsWithQue(before index: Int) -> Bool {
        if index > 0, units[index - 1].kind == .word, units[index - 1].form.lowercased() == "ainsi" { return true }
        return negationParticle(before: index, within: 8)
    }

    /// Whether `ne` (or `n’`) stands among the `reach` units before `index`, with no mark
    /// that ends a clause (`.;:!?`, a line break) between.
    func negationParticle(before index: Int, within reach: Int) -> Bool {
        var current = index - 1
        while current >= 0, index - current <= reach {
            let gap = scalars[units[current].end..<units[current + 1].start]
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return false }
            let form = units[current].form.lowercased()
            if units[current].kind == .elision && form == "n" || units[current].kind == .word && form == "ne" { return true }
            current -= 1
        }
        return false
    }

    /// Prepositions that never stand before a bare singular noun opening with a
    /// vowel: `dans image`, `pendant installation` lost the elided article of
    /// `dans l’image`; `de` elides itself before a vowel (`d’origine`), so `de
    /// original` cannot be what was printed either — the thin `l’` of `de
    /// l’original` is what the scan dropped (an elided `d’` it reads as `d`).
    static let prepositionsBeforeArticle: Set<String> = ["dans", "pendant", "de"]
    /// Their lengths in bytes: a cheap test every word passes through first (an
    /// array of three: a hashed set costs more than the comparisons it saves).
    static let prepositionsBeforeArticleLengths = Array(Set(prepositionsBeforeArticle.map(\.utf8.count)))

    /// `pendant installation` → `pendant l’installation`: after `dans`,
    /// `pendant` or `de` a singular noun needs its article, and before a vowel the
    /// scan drops the thin `l’` whole. Only for a noun (no adverb, pronoun,
    /// numeral or infinitive: `dans environ`, `pendant encore`) opening with a
    /// vowel — not with h: Debian's French dictionary accepts `l’` before any
    /// word (`l’hockey`), so it cannot tell an h aspiré.
    mutating func lostArticleAfterPreposition(at index: Int) {
        // The preposition first: two lengths to compare before any string work, on every word.
        guard index > 0, units[index - 1].kind == .word,
              Self.prepositionsBeforeArticleLengths.contains(units[index - 1].form.utf8.count),
              Self.prepositionsBeforeArticle.contains(units[index - 1].form.lowercased()),
              onlySpaces(units[index - 1].end, units[index].start),
              isBareSingularNounOpeningWithVowel(index) || isAcronymTheDocumentElides(index) else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// `L’Atelier de OSCE` → `de l’OSCE`: an acronym opening with a vowel that the
    /// document itself writes after an elided `l’` elsewhere (`l’OSCE`, `l’ONU`) takes
    /// its article: the name's own usage, which a bare `de OSCE` breaks.
    func isAcronymTheDocumentElides(_ index: Int) -> Bool {
        guard units[index].pattern == .upper, units[index].length >= 2,
              let first = units[index].text.unicodeScalars.first, WordToken.opensElidedWord(first) else { return false }
        let text = units[index].text
        return units.indices.contains { other in
            other > 0 && other != index && units[other].text == text && units[other - 1].kind == .elision
                && units[other - 1].end == units[other].start && units[other - 1].form.lowercased() == "l"
        }
    }

    /// `si option est désactivée`, `que image est zoomée` → `l’option`, `l’image`:
    /// the subject of a clause a subordinating conjunction opens, right before
    /// its verb, is a singular noun that needs its determiner, and before a
    /// vowel the scan drops the thin `l’` whole (`lostArticleAfterPreposition`).
    /// Only before a verb that is nothing else or an auxiliary (`est`, `sera`), in
    /// the third person singular; not after `comme`, which also introduces a
    /// bare noun (`comme image de fond`).
    mutating func lostArticleOfSubject(at index: Int) {
        guard index > 0, index + 1 < units.count, units[index - 1].kind == .word, units[index + 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              CasePattern(of: units[index - 1].form) == .lower, formTags(index - 1).contains(.cjsub),
              units[index - 1].form != "comme", CasePattern(of: units[index + 1].form) == .lower else { return }
        // Not before `a`, which in a scan that drops accents may be `à` (`que occasion a développer`).
        let verb = units[index + 1].form
        guard verb != "a", isAuxiliary(verb) || isOnlyFiniteVerb(verb), formTags(index + 1).contains(.thirdSingular),
              isBareSingularNounOpeningWithVowel(index) else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// `améliorer organisation du projet`, `qui facilitait installation` → `l’organisation`,
    /// `l’installation`: a verb that only takes a direct object (`takesOnlyDirectObject`),
    /// and is nothing else, takes it as a noun phrase with its determiner; a bare singular
    /// noun opening with a vowel right after it lost the thin `l’` the scan dropped whole.
    /// The verb must be one prose writes or the document repeats. Not after a reflexive `se`
    /// (`s’améliorer`), which needs no object; the light verbs that do take bare nouns
    /// (`faire appel`, `avoir accès`, `porter atteinte`) are no such verbs.
    mutating func lostArticleOfObject(at index: Int) {
        guard index > 0, units[index - 1].kind == .word, units[index - 1].pattern == .lower,
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        let verb = units[index - 1].form.lowercased()
        let own = formTags(index - 1)
        guard !own.isDisjoint(with: PartsOfSpeech.finite.union([.infi])),
              own.isDisjoint(with: [.nom, .adj, .ppas, .ppre, .adv, .prep, .mg, .npr]) else { return }
        if index >= 2, case let before = units[index - 2].form.lowercased(), before == "se" || units[index - 2].kind == .elision && before == "s" {
            return
        }
        let verbs = lexicon.analyze(verb).filter { $0.contains(utf8: "po:v") }
        // A noun that is also an auxiliary or a participle is the clause's next verb as often (`ce qu’il
        // affiche est`, `quilla été`). A verb prose never writes, and the document nowhere else, is as
        // likely a misread one (`cela tait appel` for `fait appel`).
        guard !verbs.isEmpty, verbs.allSatisfy(Self.takesOnlyDirectObject), isBareSingularNounOpeningWithVowel(index),
              !isAuxiliary(units[index].form), !lowerTags(index).contains(.ppas),
              ProseFormFrequencies.shared.count(verb) > 0 || vocabulary.count(verb) > 1 else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// Whether the unit at `index` is a lower-case singular noun opening with a
    /// vowel (not h) and nothing a bare word could also be there: no adverb,
    /// pronoun, numeral, determiner, name or infinitive (`environ`, `encore`).
    func isBareSingularNounOpeningWithVowel(_ index: Int) -> Bool {
        let unit = units[index]
        guard unit.pattern == .lower, unit.spells, unit.length >= 3, Self.startsWithVowelOrH(unit.text),
              !unit.lower.hasPrefix("h") else { return false }
        let found = lowerTags(index)
        let excluded: PartsOfSpeech = [.adv, .mg, .prep, .nb, .infi, .det, .detdem, .detpos, .detind, .propersuj, .properobj,
                                       .prodem, .proind, .prorel, .proint, .proneg, .proadv, .npr]
        guard found.contains(.nom), found.isDisjoint(with: excluded) else { return false }
        return lexicon.hasSingularNounReading(unit.lower)
    }

    /// Whether the words before the unit at `index` are a noun phrase that
    /// opens its clause: a determiner or an elided article right after the
    /// sentence's start, a colon, a comma or an opening bracket, then nouns (a form
    /// that may be conjugated only right after its article), adjectives,
    /// numbers, names, the prepositions of their complements (`de`, `dans`) and
    /// `ci-dessus`, with a noun among them and no punctuation between
    /// (`Le fichier de socket a`, `…, le projet a`, `(chaque processus a`): a
    /// new clause, whose verb is still to come, whatever verb stood before the comma.
    func nounPhraseOpensClause(before index: Int) -> Bool {
        let determiners: PartsOfSpeech = [.det, .detdem, .detpos, .detind]
        var current = index - 1, sawNoun = false
        while current >= 0, index - current <= 12 {
            let unit = units[current], next = units[current + 1]
            guard unit.kind == .elision ? unit.end == next.start : unit.kind == .word && onlySpaces(unit.end, next.start)
            else { return false }
            let lower = unit.form.lowercased()
            let tags = unit.kind == .elision ? [] : formTags(current)
            let gap = current == 0 ? scalars[0..<0] : scalars[units[current - 1].end..<unit.start]
            let opensClause = current == 0 || isSentenceStart(unit.start) && CharacterClass.isWhitespace(scalars[unit.start - 1])
                || gap.contains("(") || gap.contains(":") || gap.contains(",") && clauseEndsWithVerb(before: current - 1)
            let determiner = unit.kind == .elision ? lower == "l" : !tags.isDisjoint(with: determiners)
            if opensClause { return determiner && sawNoun }
            if unit.kind == .elision {
                guard lower == "l" || lower == "d" else { return false }
            } else if !tags.isDisjoint(with: PartsOfSpeech.finite) || isAuxiliary(unit.form) {
                // A form that may be conjugated is a noun only right after its article (la forme; not
                // Ce chapitre traite, la tendance est).
                guard !isAuxiliary(unit.form), tags.contains(.nom), current > 0,
                      units[current - 1].kind == .elision || !formTags(current - 1).isDisjoint(with: determiners) else { return false }
                sawNoun = true
            } else if unit.isProtected || !tags.isDisjoint(with: [.nom, .npr]) || tags.isEmpty && CasePattern(of: unit.form) == .lower {
                sawNoun = true      // a noun, a name (PPA), or a term the lexicon lacks (socket)
            } else if !(determiner || Self.placeAdverbs.contains(lower) || !tags.isDisjoint(with: [.prep, .adj, .ppas, .nb])) {
                return false
            }
            current -= 1
        }
        return false
    }

    /// Whether the stretch that ends with the unit at `index` (back to the
    /// previous comma, bracket or stop) holds a finite verb: a clause, which
    /// the comma after it ends (`Même si Debian n’a pas vocation…,`), not an
    /// incise a sentence resumes after (`comporte, en plus du code,`).
    func clauseEndsWithVerb(before index: Int) -> Bool {
        var current = index
        while current >= 0, index - current < 40 {
            let unit = units[current]
            if unit.kind == .word, !unit.isProtected, readsAsFiniteVerb(current) { return true }
            guard current > 0 else { return false }
            let gap = scalars[units[current - 1].end..<unit.start]
            if gap.contains(where: { ",;:.!?()\n".unicodeScalars.contains($0) }) { return false }
            current -= 1
        }
        return false
    }

    /// What opens the clause of a unit, read backwards from it.
    enum ClauseOpening {
        /// A finite verb stands between the clause's start and the unit.
        case finiteVerb
        /// A subordinating conjunction opens the clause (`Quand le pointeur a…`,
        /// `Si l’installateur a…`) with no finite verb before the unit: the clause
        /// ends at the next comma, and the verb it needs may be the unit itself.
        case subordinate
        /// No finite verb before the unit in its clause.
        case noVerb
    }

    /// Whether the unit at `index` is the letter or number of an enumeration
    /// (`b)`, `2)`, `(iii)`): one letter or a number, a closing bracket right
    /// after it.
    func isListMarker(_ index: Int) -> Bool {
        let unit = units[index]
        guard unit.end < scalars.count, scalars[unit.end] == ")" else { return false }
        return unit.kind == .number || unit.kind == .word
            && (unit.length == 1 || unit.length <= 4 && unit.text.unicodeScalars.allSatisfy { "ivx".unicodeScalars.contains($0) })
    }

    /// How the clause of the unit at `index` opens: whether a finite verb
    /// stands between the start of the sentence (or `;`, or a new clause: a
    /// subordinating conjunction, a relative pronoun, a coordinating one after
    /// a comma with its own subject, `, mais chaque thread a`) and the unit. A
    /// sentence-initial capitalised verb form counts even if it is also a noun
    /// (operative `Charge`, `Invite`).
    func clauseOpening(before index: Int) -> ClauseOpening {
        let finite: PartsOfSpeech = [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .impe]
        var current = index - 1
        var steps = 0
        while current >= 0, steps < 60 {
            let gap = scalars[units[current].end..<units[current + 1].start]
            if gap.contains(where: { ";!?\n".unicodeScalars.contains($0) })
                || gap.contains(".") && !continuesInLowercase(after: current) { return .noVerb }
            // A parenthesis holds a phrase that needs no verb of its own (accès non uniforme a la mémoire);
            // so does an enumerated item (`; et b) la cybercriminalité et l’utilisation a des fins`).
            if gap.contains("(") || gap.contains(")") && isListMarker(current) { return .finiteVerb }
            let unit = units[current]
            if unit.kind == .word, !unit.isProtected {
                let tags = formTags(current)
                let sentenceInitial = CasePattern(of: unit.form) == .capitalized && isSentenceStart(unit.start)
                // A subordinate or relative clause starts here: its verb is yet to come — unless it is
                // `comme` before a determiner, which introduces a noun phrase far more often than a
                // clause (`considérer le problème comme une menace et un défi a`; `comme le montre`
                // inverts its subject, and its verb still comes after).
                if tags.contains(.cjsub), !(unit.form == "comme" && current + 1 < index && units[current + 1].kind == .word
                                             && !formTags(current + 1).isDisjoint(with: PartsOfSpeech.determiners)
                                             && formTags(current + 1).isDisjoint(with: [.propersuj, .prodem, .proind])) {
                    return .subordinate
                }
                if tags.contains(.prorel) { return .noVerb }
                // `, mais chaque thread a`: a coordinated clause with a subject of its own (a
                // determiner or a pronoun opens it; not `, et prenant note`, `, et conformément`).
                if tags.contains(.cjco), current < index - 1, current > 0,
                   scalars[units[current - 1].end..<unit.start].contains(","),
                   units[current + 1].kind == .word,
                   !formTags(current + 1).isDisjoint(with: [.det, .detdem, .detpos, .detind, .propersuj, .prodem, .proind]) {
                    return .noVerb
                }
                // `car` opens a clause of its own, always (`facile car il a une forme`): unlike `et`
                // or `mais`, it never joins two words or phrases.
                if tags.contains(.cjco), unit.form.lowercased() == "car" { return .noVerb }
                // `Si un client correspond à …, alors la première entrée a la priorité`: `alors`
                // after a comma opens the main clause that follows a fronted condition; its verb is yet to come.
                if current < index - 1, current > 0, unit.form == "alors",
                   scalars[units[current - 1].end..<unit.start].contains(",") {
                    return .noVerb
                }
                if sentenceInitial && (tags.contains(.ppre) || tags.contains(.ppas))
                    && !tags.contains(.prep) && !tags.contains(.mg) { return .finiteVerb }
                if !tags.isDisjoint(with: finite) {
                    let nonVerbal: PartsOfSpeech = [.nom, .adj, .det, .prep, .mg, .adv]
                    if sentenceInitial || tags.isDisjoint(with: nonVerbal) { return .finiteVerb }
                    if isAuxiliary(unit.form) { return .finiteVerb }
                    // il est, elle porte: a form that is also a noun is a verb after a subject pronoun.
                    if current > 0, formTags(current - 1).contains(.propersuj) { return .finiteVerb }
                    if isVerbByPosition(current) { return .finiteVerb }
                }
            }
            current -= 1
            steps += 1
        }
        return current >= 0 ? .finiteVerb : .noVerb
    }

    /// Whether the lower-case word at `index`, which spells both a finite verb
    /// and a noun or adjective, stands where only the verb can: after a
    /// clitic (`se fait`, `s’applique`, `ne donne`), or, as a third-person
    /// singular, after a determiner and a noun (`Ce chapitre traite`, `le
    /// programme demande`: two nouns side by side would need a preposition) —
    /// a place adverb may follow the noun (`La liaison ci-dessous reste`), and an
    /// ordinal precede it (`La sixième section donne`).
    func isVerbByPosition(_ index: Int) -> Bool {
        guard index > 0, CasePattern(of: units[index].form) == .lower,
              onlySpaces(units[index - 1].end, units[index].start) else { return false }
        if isClitic(index - 1) { return true }
        var noun = index - 1
        if units[noun].kind == .word, Self.placeAdverbs.contains(units[noun].form.lowercased()), noun > 0,
           onlySpaces(units[noun - 1].end, units[noun].start) {
            noun -= 1
        }
        let previous = units[noun]
        guard previous.kind == .word else { return false }
        let previousTags = formTags(noun)
        // Only a noun that is nothing else (not `la`, also the note; not `première`, which
        // may qualify the noun after it), after a determiner that is no preposition (`de`).
        guard noun > 0, previousTags.contains(.nom), previousTags.isDisjoint(with: [.adj, .mg, .npr]),
              units[noun - 1].kind == .word, onlySpaces(units[noun - 1].end, previous.start) else { return false }
        var determiner = noun - 1
        if Self.isOrdinal(units[determiner].form.lowercased()), determiner > 0, units[determiner - 1].kind == .word,
           onlySpaces(units[determiner - 1].end, units[determiner].start) {
            determiner -= 1
        }
        let determinerTags = formTags(determiner)
        guard !determinerTags.contains(.prep), !determinerTags.isDisjoint(with: PartsOfSpeech.determiners) else { return false }
        return formTags(index).contains(.thirdSingular)
    }

    /// Adverbs of place that follow the noun they situate (`la liaison ci-dessous`).
    static let placeAdverbs: Set<String> = ["ci-dessus", "ci-dessous", "ci-après", "ci-contre"]

    /// Whether `lower` is an ordinal adjective in letters (`sixième`, `premier`, `dernière`).
    static func isOrdinal(_ lower: String) -> Bool {
        lower.hasSuffix("ième") || lower.hasSuffix("ièmes") || ["premier", "première", "premiers", "premières", "dernier",
                                                                 "dernière", "derniers", "dernières", "second", "seconde"].contains(lower)
    }

    /// Whether the unit at `index` stands only before a verb: an elided clitic
    /// or pronoun (`s’`, `n’`, `j’`, `c’`) or a clitic or subject pronoun that
    /// is no determiner or preposition (`se`, `ne`, `y`, `il`; not `le`, `en`).
    func isClitic(_ index: Int) -> Bool {
        let unit = units[index]
        if unit.kind == .elision { return Self.verbalElisionHeads.contains(unit.form.lowercased()) }
        guard unit.kind == .word else { return false }
        let tags = formTags(index)
        return !tags.isDisjoint(with: [.preverb, .propersuj]) && tags.isDisjoint(with: [.det, .detdem, .detpos, .prep])
    }

    /// Whether the full stop after unit `index` is followed by a lower-case
    /// word: no sentence ends there (`X et Y. pixels par rapport`, `etc. et`),
    /// so the clause runs on through it. An elision's form is its head in lower
    /// case (`c`); its case is the scan's letter's (`C’est` opens a sentence),
    /// where the scan read a letter (`|’` has none: its form tells).
    func continuesInLowercase(after index: Int) -> Bool {
        guard index + 1 < units.count, case let next = units[index + 1], next.kind == .word || next.kind == .elision,
              let read = next.text.unicodeScalars.first, let repaired = next.form.unicodeScalars.first else { return false }
        let first = next.kind == .elision && CharacterClass.isLetter(read) ? read : repaired
        return CharacterClass.isLowercase(first)
    }

    /// `où` → `ou` where the relative adverb is impossible: `où` opens a
    /// clause (où il, où le chemin, où aller, où ne), so an adverb, a
    /// preposition or a bare adjective after it (plus où moins, où pour, où
    /// transparents, `, où bien`), a past participle (où soumis), a gerund (où en utilisant), `de` before a
    /// determiner (où de votre entreprise), or the same kind of word on both
    /// sides (éclaircir où assombrir, un où deux, CD où DVD), means the
    /// conjunction with an accent the scan invented. A grammatical adverb
    /// (plus, même, bien) is read as one, whatever rarer verb form it also spells.
    mutating func inventedGraveOnOu(at index: Int) {
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let next = units[index + 1]
        let adjacent = index > 0 && onlySpaces(units[index - 1].end, units[index].start)
        let nextPattern = CasePattern(of: next.form)
        // Two acronyms or two numbers side by side are alternatives (CD où DVD, 2 où 3, un où deux).
        if adjacent {
            let previous = units[index - 1]
            let bothUpper = previous.kind == .word && nextPattern == .upper && CasePattern(of: previous.form) == .upper
                && previous.form.unicodeScalars.count >= 2 && next.form.unicodeScalars.count >= 2
            func numeral(_ position: Int) -> Bool {
                units[position].kind == .number || units[position].kind == .word && formTags(position).contains(.nb)
                    || units[position].kind == .word && units[position].form.lowercased() == "un"
            }
            if bothUpper || numeral(index - 1) && numeral(index + 1) && (next.kind == .number || formTags(index + 1).contains(.nb)) {
                replace(index, with: Decision(after: "ou", rule: "accent", confidence: 0.7))
                return
            }
        }
        // Between two names inside a sentence (`dans OpenOffice où LibreOffice.`) with no verb after the
        // second, which a relative clause would need (`Debian où Apache tourne`), it joins them.
        func named(_ pattern: CasePattern) -> Bool { pattern == .capitalized || pattern == .mixed }
        if adjacent, next.kind == .word, named(nextPattern), units[index - 1].kind == .word,
           named(CasePattern(of: units[index - 1].form)), !isSentenceStart(units[index - 1].start),
           !relativeClauseHasVerb(after: index + 1) {
            replace(index, with: Decision(after: "ou", rule: "accent", confidence: 0.7))
            return
        }
        guard next.kind == .word || next.kind == .elision, nextPattern == .lower else { return }
        let previous = adjacent && units[index - 1].kind == .word ? formTags(index - 1) : PartsOfSpeech()
        let following = tags(next.form)
        // là où, par où, jusqu’où: the adverb's own company (not a compound preposition: au-dessus où au-dessous).
        if adjacent, previous.contains(.prep) && !units[index - 1].form.contains("-") || units[index - 1].form.lowercased() == "là" { return }
        guard !following.isEmpty else { return }
        let grammaticalAdverb = following.contains(.adv) && following.contains(.mg)
        var clauseOpeners: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .propersuj, .properobj, .preverb, .prodem, .proind]
        if !grammaticalAdverb { clauseOpeners.formUnion(.finite) }
        // `de` before a determiner or an elided article is the preposition (où de votre entreprise, où de l’UEFI),
        // and so is `d’` before one (un objet où d’une propriété); so is either before an infinitive or a
        // bare noun (où de mettre, où de page, où d’armure, où d’aplats): the partitive `de` that may open
        // a relative clause's subject stands before an adjective (où de nombreux paquets).
        func governedByDe(_ position: Int) -> Bool {
            guard position < units.count, units[position].kind == .word, onlySpaces(units[position - 1].end, units[position].start)
            else { return false }
            let tags = formTags(position)
            if !tags.isDisjoint(with: [.det, .detpos, .detdem]) || tags.contains(.infi) { return true }
            return tags.contains(.nom) && !tags.contains(.adj)
        }
        let prepositionDe = next.form == "de" && index + 2 < units.count
            && (units[index + 2].kind == .elision && units[index + 2].form == "l" && onlySpaces(next.end, units[index + 2].start)
                || governedByDe(index + 2))
        let elidedDe = next.kind == .elision && next.form == "d" && governedByDe(index + 2)
        // en + gerund (où en utilisant) opens no relative clause.
        let gerund = next.form == "en" && index + 2 < units.count && units[index + 2].kind == .word
            && onlySpaces(next.end, units[index + 2].start) && formTags(index + 2).contains(.ppre)
        // A bare noun (ADSL où câble, entête où pied de page) opens no clause: où needs a subject
        // or a verb after it; `non` is the alternative's (avoir où non).
        if next.kind == .elision && !elidedDe { return }    // où l’on, où s’arrête: the elided word opens the clause
        // A noun one accent from a determiner or a pronoun may be that word with an accent the scan
        // invented (`où lés droits … ne sont`: `les`), which opens the clause as well.
        let bareNoun = next.kind == .word && following.contains(.nom)
            && following.isDisjoint(with: clauseOpeners.union(PartsOfSpeech.finite).union([.infi, .mg, .adj]))
            && !(repairer.grammaticalWords?.accentVariants(of: next.form) ?? []).contains { !tags($0).isDisjoint(with: clauseOpeners) }
        let alternative = next.kind == .word && following.contains(.negadv) && following.contains(.nom)
        // A conjunction or a relative pronoun cannot open the clause (où lorsque, où qui sort); `où que` is a locution.
        let subordinator = next.kind == .word && !following.isDisjoint(with: [.cjsub, .prorel]) && next.form != "que"
            && following.isDisjoint(with: clauseOpeners.union([.nom, .adj, .adv]))
        // A past participle that is no noun cannot open the clause either (où connecté): it needs a subject and an
        // auxiliary; a bare noun may be a subject (les cas où doigté et hampe vont).
        // An adverb or a preposition may open the clause after a word prose puts before the relative
        // adverb, when a verb follows (`dans la mesure où dans votre société chacun utilise`).
        let adverbialOpening = !following.isDisjoint(with: [.adv, .prep])
            && !(adjacent && units[index - 1].kind == .word && !mayBeConjunction(at: index) && relativeClauseHasVerb(after: index))
        let impossible = prepositionDe || elidedDe || gerund || bareNoun || alternative || subordinator || next.kind == .word
            && following.isDisjoint(with: clauseOpeners)
            && (adverbialOpening || (!following.isDisjoint(with: [.adj, .ppas]) && !following.contains(.nom)))
        // A finite reading only a pronoun could carry (`mis`: je mis) opens no clause after a participle.
        let opensWithoutPronoun = !following.isDisjoint(with: clauseOpeners.subtracting(.finite))
            || !following.isDisjoint(with: .finite) && standsWithoutPronoun(next.form)
        // Not after a verb of knowing or asking, whose indirect question `où` opens (`savoir où chercher`).
        let parallel = !previous.intersection(following).isDisjoint(with: [.infi, .adj, .ppas]) && !opensWithoutPronoun
            && !(previous.contains(.infi) && governsIndirectQuestion(units[index - 1].form.lowercased()))
        // Two finite verbs of one person (`reçoit où envoie`, `modifiez où commentez`): où relates to a
        // noun or an adverb, and a verb is neither.
        // Not where the second may have its subject after it (`on voit où mène le chemin`: an indirect
        // question): a determiner of its number right after a verb of the third person.
        let parallelVerbs = adjacent && units[index - 1].kind == .word && next.kind == .word
            && readsAsFiniteVerb(index - 1) && readsAsFiniteVerb(index + 1) && mayBeConjunction(at: index)
            && sharesPerson(units[index - 1].form.lowercased(), next.form.lowercased())
            && !mayInvertSubject(afterVerbAt: index + 1)
        guard impossible || parallel || parallelVerbs || !relativeClauseHasVerb(after: index) && mayBeConjunction(at: index)
                || coordinatesNounPhrases(at: index) else { return }
        replace(index, with: Decision(after: "ou", rule: "accent", confidence: 0.7))
    }

    /// `un opéra où une œuvre pour grand orchestre`, `dans un paquet où un projet et` → `ou`:
    /// in a scan that invents accents (`showsInventedAccents`), `où` between a noun and a
    /// noun phrase whose determiner opens it, where no verb follows that phrase (its nouns,
    /// adjectives and `de` complements passed over: `où les fichiers de configuration sont`
    /// keeps its relative; so does any word after the noun that may be a finite verb, `où les
    /// fichiers résident`), joins two noun phrases: a relative clause needs its verb after its subject.
    func coordinatesNounPhrases(at index: Int) -> Bool {
        guard index > 0, index + 2 < units.count, mayBeConjunction(at: index), units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              formTags(index - 1).contains(.nom), units[index + 1].kind == .word, CasePattern(of: units[index + 1].form) == .lower,
              !formTags(index + 1).isDisjoint(with: [.det, .detpos, .detdem, .detind]),
              formTags(index + 1).isDisjoint(with: [.propersuj, .properobj, .preverb]), showsInventedAccents() else { return false }
        var current = index + 2, nouns = 0
        while current < units.count, current - index <= 8 {
            guard onlySpaces(units[current - 1].end, units[current].start) || units[current - 1].kind == .elision else { break }
            guard units[current].kind == .word || units[current].kind == .elision else { break }
            let form = units[current].form.lowercased()
            if units[current].kind == .elision { if form == "d" || form == "l" { current += 1; continue } else { return false } }
            let tags = formTags(current)
            // A verb, a clitic or a negation after the subject: the relative's clause.
            if !tags.isDisjoint(with: [.preverb, .negadv, .propersuj]) { return false }
            // Any finite reading after the subject's noun may be its verb (`où les fichiers résident`).
            if nouns > 0, !tags.isDisjoint(with: PartsOfSpeech.finite) { return false }
            // Nouns, adjectives and the `de` and determiners of the noun's complements make the phrase.
            let complement = ["de", "du", "des"].contains(form) || !tags.isDisjoint(with: [.det, .detpos])
            if tags.contains(.nom) { nouns += 1 }
            else if !(tags.contains(.adj) && tags.isDisjoint(with: PartsOfSpeech.finite)) && !complement { break }
            current += 1
        }
        // The phrase ended on a word that opens no clause of its own (a mark, a preposition, `et`): coordination.
        return nouns > 0
    }

    /// Verbs of knowing, asking and showing, which govern an indirect question (`savoir où
    /// chercher`, `se demander où aller`, `indiquer où placer`): by their lemmas.
    static let indirectQuestionVerbs: Set<String> = ["savoir", "demander", "indiquer", "expliquer", "montrer",
                                                      "décider", "choisir", "ignorer", "comprendre", "voir", "préciser"]

    /// Whether `word` is a form of one of `indirectQuestionVerbs`.
    func governsIndirectQuestion(_ word: String) -> Bool {
        lexicon.analyze(word).contains { analysis in
            Self.indirectQuestionVerbs.contains { analysis.contains(utf8: "st:" + $0 + " ") || analysis.hasSuffix("st:" + $0) }
        }
    }

    /// Whether the third-person verb at `index` is followed by a determiner of its number,
    /// which may open its inverted subject (`où mène le chemin`, `où vont les notes`).
    func mayInvertSubject(afterVerbAt index: Int) -> Bool {
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return false }
        let verb = lexicon.analyze(units[index].form.lowercased())
        let singular = verb.contains { $0.contains(utf8: "po:3sg") }, plural = verb.contains { $0.contains(utf8: "po:3pl") }
        guard singular || plural else { return false }
        if units[index + 1].kind == .elision { return singular && ["l", "d"].contains(units[index + 1].form.lowercased()) }
        let determiner = lexicon.analyze(units[index + 1].form.lowercased()).filter { $0.contains(utf8: "po:det") }
        return determiner.contains { analysis in
            singular && !analysis.contains(utf8: "is:pl") || plural && !analysis.contains(utf8: "is:sg")
        }
    }

    /// Whether two verb forms share a finite person (`reçoit`, `envoie`: 3sg; `modifiez`,
    /// `commentez`: 2pl or imperative).
    func sharesPerson(_ first: String, _ second: String) -> Bool {
        let persons = ["po:1sg", "po:2sg", "po:3sg", "po:1pl", "po:2pl", "po:3pl"]
        func of(_ word: String) -> Set<String> {
            Set(lexicon.analyze(word).flatMap { analysis in persons.filter { analysis.contains(utf8: $0) } })
        }
        return !of(first).isDisjoint(with: of(second))
    }

    /// Whether what stands before `où` at `index` leaves room for the conjunction: not
    /// an elided `d’` (`d’où`), a comma (`, où les développeurs`: an aside's relative
    /// clause, whose verb may come after a list), nor a word French prose puts before
    /// the relative adverb (`dans la mesure où`, `les moments où`).
    func mayBeConjunction(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = units[index - 1]
        if previous.kind == .elision { return false }
        if scalars[previous.end..<units[index].start].contains(",") { return false }
        return !(previous.kind == .word && GraveAccentContexts.shared.favoursAccent(on: "où", .prev, neighbour: previous.form.lowercased()) == true)
    }

    /// Whether the clause `où` at `index` would open has a verb before the next mark:
    /// a word with a finite reading, or an infinitive right after it (`savoir où
    /// chercher`). Without one (`un calque où une sélection, ils`, `un glissando où un
    /// soufflet, le`) the word is the conjunction. Any finite reading counts, a noun's
    /// homograph included: a clause taken for a relative one keeps its `où` — but
    /// a first- or second-person form needs its pronoun (`où ne déplaciez`).
    func relativeClauseHasVerb(after index: Int) -> Bool {
        var current = index + 1
        while current < units.count, current - index <= 30 {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(where: { ",;:.!?()\n".unicodeScalars.contains($0) }) { return false }
            if units[current].kind == .word {
                let tags = formTags(current)
                // A subject pronoun opens a clause whatever its verb became (`où il n’y à rien`). A first- or
                // second-person form with no pronoun (`ou ne déplaciez le calque`) is no verb of this clause.
                if tags.contains(.propersuj) || current == index + 1 && tags.contains(.infi) { return true }
                if !tags.isDisjoint(with: PartsOfSpeech.finite) {
                    // A first- or second-person form with no pronoun shares the sentence's subject: the clause
                    // is coordinated (`vous n’agrandissiez le canevas où ne déplaciez le calque`), no relative one.
                    if tags.isDisjoint(with: [.nom, .adj]) { return standsWithoutPronoun(units[current].form) }
                    // A noun's homograph right after a determiner is that noun (`où du calque`, `un masque`).
                    if !followsPlainDeterminer(current) { return true }
                }
                // A word the lexicon does not know may be a verb the scan damaged.
                if tags.isEmpty && !units[current].isProtected && CasePattern(of: units[current].form) == .lower { return true }
            } else if units[current].kind != .elision {
                return true
            }
            current += 1
        }
        // The text ended with no verb; thirty words without a mark are read as a clause that has one.
        return current < units.count
    }

    /// `de lé diviser` → `le`: a short word that is only a noun cannot stand
    /// bare right before a verb (after no article; `de` is a preposition too);
    /// the object pronoun its accent variant spells can (`le`, `les`). The
    /// verb must read as nothing else (an infinitive or a finite form with no
    /// noun or adjective reading), or the noun may be that verb's subject.
    mutating func pronounBeforeVerb(at index: Int) {
        guard units[index].pattern == .lower, units[index].length <= 3, index + 1 < units.count,
              units[index + 1].kind == .word, units[index + 1].pattern == .lower,
              onlySpaces(units[index].end, units[index + 1].start) else { return }
        let own = lowerTags(index)
        guard own.contains(.nom), own.isDisjoint(with: RepairPass.closedClassTags.union([.adv, .mg, .adj])),
              index == 0 || !followsArticle(index) || formTags(index - 1).contains(.prep) else { return }
        let next = lowerTags(index + 1)
        guard !next.isDisjoint(with: PartsOfSpeech.finite.union([.infi])),
              next.isDisjoint(with: [.nom, .adj, .adv, .prep, .mg, .ppas, .det]) else { return }
        let pronoun = onlyAccentVariant(of: units[index].text, kinds: { $0.isAccentOnly || $0 == .inventedAccent }) {
            self.tags($0).contains(.preverb)
        }
        if let pronoun { replace(index, with: Decision(after: pronoun, rule: "accent", confidence: 0.7)) }
    }

    /// Whether the word before `index`, spaces only between, is a determiner
    /// that cannot be an object pronoun (`du`, `un`, `cette`; not `le`, `la`,
    /// `les`, which may stand before a verb): what follows it is a noun.
    func followsPlainDeterminer(_ index: Int) -> Bool {
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let tags = formTags(index - 1)
        return !tags.isDisjoint(with: [.det, .detpos, .detdem, .detind]) && tags.isDisjoint(with: [.properobj, .preverb])
    }

    /// `à été déplacé` → `a été`: the preposition cannot take a past
    /// participle; the French model invents the grave accent on the verb `a`.
    /// `été`, the participle of être, whose noun reading never follows `à`,
    /// and a participle that is nothing else (`une erreur à eu lieu`,
    /// `personne n’à pu`): other participles after `à` are often nouns or
    /// parts of locutions (`à part`, `à côté`, `à condition`). After a noun or
    /// a name, a participle that is also an adjective qualifies too when its
    /// form is the invariable one avoir takes (`Debian à démarré`,
    /// `l’installateur à complètement échoué`): `à` before such a form would
    /// have to govern an adjective, which it does not after a noun.
    /// And after `n’y`: the `ne` of a negation is followed by its verb, with
    /// only clitics between (`il n’y à pas`, `n’y à que`). `il y à` alone
    /// was tried and dropped: it harmed a held-out set, where `il y a à …` had
    /// lost a word; so an infinitive after `n’y à` (`n’y a à faire`) keeps it.
    mutating func inventedGraveOnA(at index: Int) {
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let next = units[index + 1]
        let verb = next.kind == .word && CasePattern(of: next.form) == .lower
            && lexicon.analyze(next.form).contains { $0.contains(utf8: "st:être") && $0.contains(utf8: "po:ppas") }
        guard verb || participleOnlyAfter(index) || participleAfterSubjectNoun(index) || followsSubjectPronoun(index)
                || followsNegatedY(index) && !formTags(index + 1).contains(.infi) else { return }
        replace(index, with: Decision(after: "a", rule: "grave-a", confidence: 0.75))
    }

    /// Whether the unit at `index` follows a pronoun that is only ever a singular subject
    /// (`il`, `on`: `On à alors avantage`) or the `y` of `il y` (`il y à maintenant`): the
    /// verb comes next, and no preposition stands between a subject and its verb.
    func followsSubjectPronoun(_ index: Int) -> Bool {
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let previous = units[index - 1].form.lowercased()
        if previous == "y" {
            return index > 1 && units[index - 2].kind == .word && onlySpaces(units[index - 2].end, units[index - 1].start)
                && units[index - 2].form.lowercased() == "il"
        }
        let tags = formTags(index - 1)
        return tags.contains(.propersuj) && !tags.contains(.properobj)
            && lexicon.analyze(previous).allSatisfy { $0.contains(utf8: "is:sg") }
    }

    /// Whether the unit at `index` follows `n’y` (the clitics of a negated
    /// verb), nothing but the apostrophe and spaces between.
    func followsNegatedY(_ index: Int) -> Bool {
        index >= 2 && units[index - 1].kind == .word && units[index - 1].lower == "y"
            && onlySpaces(units[index - 1].end, units[index].start)
            && units[index - 2].kind == .elision && units[index - 2].form.lowercased() == "n"
    }

    /// Whether the `à` at `index` stands between a noun or a name (its
    /// subject) and the invariable participle of a first-group verb, which
    /// Hunspell also reads as an adjective (`démarré`, `échoué`), up to two
    /// adverbs between (`-ment` adverbs that are also nouns included:
    /// `complètement`).
    func participleAfterSubjectNoun(_ index: Int) -> Bool {
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let before = formTags(index - 1)
        let name = CasePattern(of: units[index - 1].form) == .capitalized && !isSentenceStart(units[index - 1].start)
            && before.isDisjoint(with: [.adj, .ppas, .prep, .det, .mg, .adv])
        let noun = CasePattern(of: units[index - 1].form) == .lower && before.contains(.nom)
            && before.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas, .infi, .prep, .det, .mg, .adv]))
        return (name || noun) && participleOnlyAfter(index, invariableAdjective: true)
    }

    /// Whether a past participle that is nothing else — no noun, adjective,
    /// infinitive or preposition, which `à` may govern or begin a locution with
    /// (`à part`, `à côté`, `à condition`, `tout à fait`) — follows the unit at
    /// `index`, up to two adverbs between (`à eu`, `à aussi pu`). With
    /// `invariableAdjective`, the participle may also be an adjective if it has
    /// the invariable form of a first-group verb (`démarré`), and a `-ment`
    /// adverb that is also a noun may stand before it (`complètement`).
    func participleOnlyAfter(_ index: Int, invariableAdjective: Bool = false) -> Bool {
        var current = index + 1
        while current < units.count, current - index <= 3, units[current].kind == .word,
              onlySpaces(units[current - 1].end, units[current].start), CasePattern(of: units[current].form) == .lower {
            let tags = formTags(current)
            if tags.contains(.ppas) {
                guard invariableAdjective else { return tags.isDisjoint(with: [.nom, .adj, .infi, .prep, .det, .mg]) }
                return units[current].lower.hasSuffix("é") && tags.isDisjoint(with: [.nom, .infi, .prep, .det, .mg])
            }
            let mentAdverb = invariableAdjective && tags.contains(.adv) && units[current].lower.hasSuffix("ment")
                && tags.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .infi, .ppas, .prep, .det]))
            guard mentAdverb || isAdverbBeforeParticiple(current) else { return false }
            current += 1
        }
        return false
    }

    /// `la votre.` → `la vôtre.`, `les notres` → `les nôtres`: a definite
    /// article (or its contraction with à or de) takes no second determiner, so
    /// a possessive determiner right after one is the possessive pronoun whose
    /// circumflex the scan lost — its only accent variant that is a noun.
    mutating func possessivePronounAfterArticle(at index: Int) {
        guard index > 0, units[index].pattern == .lower, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        guard lowerTags(index).contains(.detpos), DefiniteArticle.isOnlyPossessiveDeterminer(units[index].lower, in: lexicon),
              DefiniteArticle.reads(units[index - 1].form.lowercased(), in: lexicon) else { return }
        // A noun right after it would be the determiner's own (`le notre dossier` is a misread elsewhere).
        if index + 1 < units.count, units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
           !formTags(index + 1).isDisjoint(with: [.nom, .adj]), formTags(index + 1).isDisjoint(with: PartsOfSpeech.finite) { return }
        guard let pronoun = onlyAccentVariant(of: units[index].text, kinds: { $0 == .accentLoss }, fits: { tags($0).contains(.nom) })
        else { return }
        replace(index, with: Decision(after: pronoun, rule: "accent", confidence: 0.75))
    }

    /// `la rétrocompatibilité delà sortie` → `de la sortie`: a preposition or
    /// adverb whose letters, accents aside, are a preposition glued to an
    /// article (`de` + `la`), right before a noun that article agrees with, is
    /// the two words a lost space joined — unless the word before makes a
    /// listed compound with it (`au-delà`, `par-delà`), its own use.
    /// A damaged word the word pass read so (`dela` → `delà`) is read again.
    mutating func prepositionGluedToArticle(at index: Int) {
        let revising = units[index].edited
        let own = revising ? formTags(index) : lowerTags(index)
        guard index + 1 < units.count, units[index].pattern == .lower, (4...6).contains(units[index].length),
              own.contains(.prep), own.isDisjoint(with: RepairPass.contentTags.union(.adj)),
              units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let word = revising ? units[index].form.lowercased() : units[index].lower
        let skeleton = AccentSkeleton.of(word)
        guard skeleton != word else { return }
        // Listed, not merely accepted part by part (Hunspell breaks any compound at its hyphens).
        if index > 0, units[index - 1].kind == .word,
           !lexicon.analyze(units[index - 1].form.lowercased() + "-" + word).isEmpty { return }
        let scalars = Array(skeleton.unicodeScalars)
        for cut in 2..<(scalars.count - 1) {
            let preposition = String(String.UnicodeScalarView(scalars[..<cut])), article = String(String.UnicodeScalarView(scalars[cut...]))
            guard tags(preposition).contains(.prep), DefiniteArticle.reads(article, in: lexicon) else { continue }
            let articleAnalyses = lexicon.analyze(article).filter { $0.contains(utf8: "po:det") }
            // A name or an acronym takes any article (`de la RFC 5661`).
            guard units[index + 1].pattern != .lower || agrees(units[index + 1].form.lowercased(), with: articleAnalyses) else { continue }
            let decision = Decision(after: preposition + " " + article, rule: "split", confidence: 0.75)
            if revising { revise(index, with: decision) } else { replace(index, with: decision) }
            return
        }
    }

    /// `par rapport ace cadre`, `demandez ace qu’elles` → `à ce`: `à` that lost its
    /// accent and its space, glued to the determiner after it, may spell a rare noun
    /// (`ace`) the lexicon accepts — which word pass and `splitGluedGraveA` leave as
    /// valid. Where no determiner stands before it (it would be that determiner's
    /// noun: `un ace`) and the next word is a noun the determiner agrees with (or
    /// `que`, after `ce`: `à ce que`), it is the preposition and the determiner.
    mutating func graveGluedToDeterminer(at index: Int) {
        guard units[index].pattern == .lower, (3...5).contains(units[index].length), units[index].text.hasPrefix("a"),
              index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start),
              units[index + 1].kind == .word || units[index + 1].kind == .elision,
              !followsDeterminer(index), !followsArticle(index) else { return }
        let determiner = String(units[index].lower.dropFirst())
        let own = lowerTags(index), determinerTags = tags(determiner)
        guard own.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppas, .prep, .adv])),
              !determinerTags.isDisjoint(with: [.det, .detdem, .detpos]),
              // à contracts with le and les (au, aux): `ale été` is no `à le`.
              determiner != "le", determiner != "les" else { return }
        let next = units[index + 1].form.lowercased()
        let beforeQue = determiner == "ce" && (next == "que" || next == "qu")
        guard beforeQue || units[index + 1].kind == .word && agrees(next, with: lexicon.analyze(determiner).filter { $0.contains(utf8: "po:det") })
        else { return }
        replace(index, with: Decision(after: "à " + determiner, rule: "grave-a", confidence: 0.7))
    }

    /// `là ligne` → `la ligne`, `dés couleurs` → `des couleurs`, `tine image`
    /// → `une image`: a valid word that is no determiner, right before a noun
    /// it cannot modify, whose accent (or, from three letters, shape) variant
    /// is a determiner agreeing with that noun in gender and number. At a
    /// sentence's start too (`Lés exemples`). After an article the word is
    /// that article's noun, unless the article leaves room for another one
    /// (`tous lés pixels`, `un dés mots-clés`: `leavesRoomForArticle`). A
    /// preposition qualifies only before a noun that is only plural, which it
    /// cannot govern bare (`dès espaces` → `des`; `dès réception` stays).
    mutating func determinerBeforeNoun(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        let pattern = units[index].pattern
        guard pattern == .lower || pattern == .capitalized, units[index].length <= 4, index + 1 < units.count,
              onlySpaces(units[index].end, units[index + 1].start), units[index + 1].kind == .word else { return }
        // The noun in small letters, or capitalised as the titles of official texts write theirs
        // (`là Décision No 9/09`) — no name: the form itself is no proper noun.
        let nounPattern = currentPattern(index + 1)
        guard nounPattern == .lower || nounPattern == .capitalized && units[index + 1].length >= 3
                && !tags(units[index + 1].form).contains(.npr) else { return }
        // A capital inside a sentence may be a name's.
        if pattern == .capitalized, !isSentenceStart(units[index].start) { return }
        let own = lowerTags(index)
        // After an article the word is itself the noun (le dé est jeté); `de` is a preposition too (de là brosse).
        let afterArticle = index > 0 && followsArticle(index) && !formTags(index - 1).contains(.prep)
            && !leavesRoomForArticle(index)
        guard !own.isEmpty, own.isDisjoint(with: PartsOfSpeech.determiners), !afterArticle else { return }
        let unit = units[index]
        let word = unit.lower
        // A letter's shape may have changed it too (`tine image` → `une`: u read as ti), in words of
        // three letters or more: determiners are so frequent that a rare noun right before a noun is
        // more likely one — but not before an adjective, which a noun may take (`tons sombres`).
        let shapeEligible = unit.length >= 3
        let shapeKey = word + "\u{1}"
        // Most short words have no determiner variant at all: ask that first (memoised), the noun's analyses after.
        if determinerVariantCache.value[word]?.isEmpty == true,
           !shapeEligible || determinerVariantCache.value[shapeKey]?.isEmpty == true { return }
        let noun = nounPattern == .lower ? units[index + 1].form : units[index + 1].form.lowercased()
        guard !isAuxiliary(noun) else { return }
        let nounAnalyses = lexicon.analyze(noun).filter { $0.contains(utf8: "po:nom") }
        // A noun (possibly also a verb form: ligne, sortie, données); an adverb, preposition or infinitive proves nothing.
        guard !nounAnalyses.isEmpty, tags(noun).isDisjoint(with: [.adv, .prep, .mg, .infi, .det]) else { return }
        if own.contains(.prep), !nounAnalyses.allSatisfy({ $0.contains(utf8: "is:pl") && !$0.contains(utf8: "is:sg") }) { return }
        // A preposition's variants are its accents' only: `sans`, `sous` are no misshapen `ses`.
        let shapes = shapeEligible && !own.contains(.prep) && tags(noun).isDisjoint(with: [.adj, .ppas])
        let key = shapes ? shapeKey : word
        let determinerVariants: [String]
        if let known = determinerVariantCache.value[key] { determinerVariants = known } else {
            determinerVariants = repairer.generator.candidates(for: word, allowed: {
                $0.isAccentOnly || $0 == .inventedAccent || shapes && $0 == .shape
            }) {
                $0 != word && !tags($0).isDisjoint(with: PartsOfSpeech.determiners)
            }.map(\.word)
            determinerVariantCache.value[key] = determinerVariants
        }
        let variants = determinerVariants.filter { candidate in
            lexicon.analyze(candidate).contains { det in det.contains(utf8: "po:det") && nounAnalyses.contains { Self.agree(det, $0) } }
        }
        guard variants.count == 1, let variant = variants.first else { return }
        replace(index, with: Decision(after: pattern.apply(to: variant, locale: locale), rule: "accent", confidence: 0.7))
    }

    /// Whether the article before the unit at `index` may take another
    /// determiner rather than the unit as its noun: a form of `tout`, the one
    /// French predeterminer (`tous les pixels`), or an article the unit does
    /// not agree with (`un dés`: `un des mots-clés`).
    func leavesRoomForArticle(_ index: Int) -> Bool {
        let previous = units[index - 1]
        guard previous.kind == .word else { return false }
        let article = previous.form.lowercased()
        if ["tout", "toute", "tous", "toutes"].contains(article) { return true }
        let articleAnalyses = lexicon.analyze(article).filter { $0.contains(utf8: "po:det") }
        return !articleAnalyses.isEmpty && !agrees(units[index].lower, with: articleAnalyses)
    }

    /// `sûr la poursuite` → `sur`, `dés que` → `dès que`: a valid adjective
    /// or noun one accent away from a preposition, where only the preposition
    /// fits what follows. An adjective is kept as it stands (`bien sûr,`)
    /// except right before a determiner, where it has no place (the French
    /// model invents circumflexes); `de`, `des`, `du` are no proof, an
    /// adjective takes its complement with them (`sûr des résultats`). A noun
    /// not led by an article (`les dés que…` stays) cannot take a determiner,
    /// an elided article, a conjunction or a grammatical adverb after it
    /// either (`dés l’adjonction`, `dés lors`). The preposition must be the
    /// one grammatical variant that is no determiner (`dés`: `dès`, not `des`).
    mutating func prepositionVariant(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        let pattern = units[index].pattern
        let sentenceStart = pattern == .capitalized && isSentenceStart(units[index].start)
        guard pattern == .lower || sentenceStart, (2...6).contains(units[index].length), index + 1 < units.count,
              onlySpaces(units[index].end, units[index + 1].start) else { return }
        let unit = units[index]
        let lower = unit.lower
        let own = lowerTags(index)
        guard own.isDisjoint(with: Self.grammaticalTags) else { return }
        let adjective = own.contains(.adj) && own.isDisjoint(with: Self.contentTags)
        let noun = own.contains(.nom) && own.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas])) && !(index > 0 && followsArticle(index))
        guard adjective || noun else { return }
        let next = units[index + 1]
        let nextForm = next.form.lowercased()
        let nextTags = next.kind == .word ? formTags(index + 1) : PartsOfSpeech()
        let determiner = next.kind == .elision ? nextForm == "l"
            : next.kind == .word && !nextTags.isDisjoint(with: [.det, .detdem, .detpos]) && !["de", "des", "du"].contains(nextForm)
        let clauseWord = next.kind == .word && (nextTags.contains(.cjsub) || nextTags.contains(.adv) && nextTags.contains(.mg))
            && nextTags.isDisjoint(with: [.nom, .adj])
        guard determiner || noun && clauseWord else { return }
        let variants = (repairer.grammaticalWords?.accentVariants(of: lower) ?? []).filter {
            isGrammaticalWord($0) && tags($0).contains(.prep) && !tags($0).contains(.det)
        }
        guard variants.count == 1, let variant = variants.first else { return }
        replace(index, with: Decision(after: unit.pattern.apply(to: variant, locale: locale), rule: "accent", confidence: 0.7))
    }

    /// `l’imagé`, `la formé`, `deux secondés` → `image`, `forme`, `secondes`:
    /// right after a determiner a noun is expected, and a past participle
    /// that is no noun (`imagé`; `le résumé` is one) seldom stands there.
    /// When removing an accent the French model invented gives a noun that
    /// agrees with the determiner, that noun was printed — in a document that
    /// shows invented accents elsewhere (`showsInventedAccents`): clean text's
    /// `les dérivés` is a participle used as a noun.
    mutating func participleAfterDeterminer(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        guard index > 0, units[index].pattern == .lower, units[index].length >= 4,
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        let own = lowerTags(index)
        guard own.contains(.ppas), own.isDisjoint(with: [.nom, .adv, .prep, .mg]), showsInventedAccents() else { return }
        let unit = units[index]
        let previous = units[index - 1]
        let determinerAnalyses: [String]
        if previous.kind == .elision, previous.form == "l" {
            determinerAnalyses = ["po:det is:epi is:sg"]   // l’: singular, either gender
        } else if previous.kind == .word, !formTags(index - 1).isDisjoint(with: [.det, .detdem, .detpos, .detind, .nb]),
                  !quantifiesPronoun(index - 1, qualified: units[index].lower) {
            determinerAnalyses = lexicon.analyze(previous.form.lowercased()).filter { $0.contains(utf8: "po:det") || $0.contains(utf8: "po:nb") }
        } else if index >= 2, previous.kind == .word, formTags(index - 1).contains(.adj), formTags(index - 1).contains(.mg),
                  units[index - 2].kind == .word, onlySpaces(units[index - 2].end, previous.start),
                  !formTags(index - 2).isDisjoint(with: [.det, .detdem, .detpos, .detind]) {
            // `une telle approché`, `la même approché`: a grammatical adjective stands between the
            // determiner and its noun (not a content adjective, which may be the noun itself: `un portable`).
            determinerAnalyses = lexicon.analyze(units[index - 2].form.lowercased()).filter { $0.contains(utf8: "po:det") }
        } else { return }
        guard !determinerAnalyses.isEmpty else { return }
        let noun = onlyAccentVariant(of: unit.text, kinds: { $0 == .inventedAccent }) { agrees($0, with: determinerAnalyses) }
        if let noun { replace(index, with: Decision(after: noun, rule: "accent", confidence: 0.7)) }
    }

    /// `tous les deux centrés`: a number after `tous les` may be a pronoun, which the
    /// participle `qualified` after it then agrees with; one of the other gender
    /// (`toutes les deux secondés`) cannot, and the phrase counts nouns (`secondes`).
    func quantifiesPronoun(_ index: Int, qualified: String) -> Bool {
        guard index >= 2, formTags(index).contains(.nb), units[index - 1].form.lowercased() == "les" else { return false }
        switch units[index - 2].form.lowercased() {
        case "tous": return !qualified.hasSuffix("ées")
        case "toutes": return qualified.hasSuffix("ées")
        default: return false
        }
    }

    /// `qu’elle utilisé le tampon` → `utilise`, `vous étés` → `êtes`: a
    /// subject pronoun takes a finite verb, never a bare participle (that
    /// needs an auxiliary) nor a noun, so such a word right after il, elle,
    /// on, nous, vous, ils or elles (a `ne` between allowed) whose accent
    /// variant is a finite form of that person is that verb. Inverted
    /// pronouns are part of their hyphenated word (`est-elle partie`).
    mutating func verbAfterSubject(at index: Int) {
        // The unit is read in place, not copied (a copy retains its three strings).
        guard units[index].pattern == .lower, units[index].length >= 4 else { return }
        let own = lowerTags(index)
        guard own.isDisjoint(with: PartsOfSpeech.finite.union([.adv, .prep, .mg, .infi])), !own.isDisjoint(with: [.ppas, .nom]),
              let person = subjectPerson(before: index) ?? subjectOfBareParticiple(before: index) else { return }
        let verb = onlyAccentVariant(of: units[index].text, kinds: { $0.isAccentOnly || $0 == .inventedAccent }) {
            fits($0, .finiteVerb(person: person))
        }
        if let verb { replace(index, with: Decision(after: verb, rule: "accent", confidence: 0.7)) }
    }

    /// The person of the verb a participle standing alone must be, where no
    /// auxiliary can have been lost: right after the subject relative `qui`
    /// (`qui remplacé en général` → `remplace`), after `ne` following a noun
    /// (`Cette page ne documenté que` → `documente`), or — in a document whose
    /// scan invents accents — between a noun in a clause with no verb yet and the
    /// determiner of its object (`la souris représenté une loupe`): a participle
    /// takes no direct object. The noun's number gives the person.
    func subjectOfBareParticiple(before index: Int) -> String? {
        guard index >= 2, units[index - 1].kind == .word || units[index - 1].kind == .elision else { return nil }
        let previous = units[index - 1]
        // A noun, or a word a determiner or `de` makes one (`le livre`, `page de manuel`), whatever
        // verb it also spells.
        func person(ofNounAt position: Int) -> String? {
            guard position >= 1, units[position].kind == .word, units[position].pattern == .lower,
                  case let tags = formTags(position), !tags.isDisjoint(with: [.nom, .adj]), !tags.contains(.mg) else { return nil }
            let before = units[position - 1]
            let afterDeterminer = before.kind == .elision ? before.form == "l" || before.form == "d"
                : before.kind == .word && (before.form == "de" || !formTags(position - 1).isDisjoint(with: [.det, .detdem, .detpos]))
            guard afterDeterminer || tags.contains(.nom) && tags.isDisjoint(with: PartsOfSpeech.finite.union([.ppas])) else { return nil }
            let analyses = lexicon.analyze(units[position].form).filter { $0.contains(utf8: "po:nom") || $0.contains(utf8: "po:adj") }
            if analyses.allSatisfy({ $0.contains(utf8: "is:sg") || $0.contains(utf8: "is:inv") }) { return "3sg" }
            if analyses.allSatisfy({ $0.contains(utf8: "is:pl") }) { return "3pl" }
            return nil
        }
        if previous.kind == .word, previous.form == "qui", onlySpaces(previous.end, units[index].start),
           index >= 2, units[index - 2].kind == .word, formTags(index - 2).isDisjoint(with: [.prep]) {
            return "3sg"
        }
        if previous.kind == .elision ? previous.form == "n" : previous.form == "ne" {
            guard previous.kind == .elision || onlySpaces(previous.end, units[index].start),
                  onlySpaces(units[index - 2].end, previous.start) else { return nil }
            return person(ofNounAt: index - 2)
        }
        guard previous.kind == .word, onlySpaces(previous.end, units[index].start), index + 1 < units.count,
              units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
              !formTags(index + 1).isDisjoint(with: [.det, .detdem, .detpos]), !["de", "des", "du", "au", "aux"].contains(units[index + 1].form),
              // An infinitive is no subject (`Après avoir terminé le`, `avoir` is a noun too).
              formTags(index - 1).isDisjoint(with: [.infi]), !isAuxiliary(previous.form),
              clauseOpening(before: index) == .noVerb, showsInventedAccents() else { return nil }
        return person(ofNounAt: index - 1)
    }

    /// The one variant of `text`, through confusions of `kinds`, that `fits`
    /// what its context requires; nil when none or several fit (the context
    /// then does not decide).
    func onlyAccentVariant(of text: String, kinds: (OCRConfusionModel.Kind) -> Bool, fits: (String) -> Bool) -> String? {
        let variants = repairer.generator.candidates(for: text, allowed: kinds) { $0 != text && fits($0) }
        return variants.count == 1 ? variants.first?.word : nil
    }

    /// Hunspell's tags of the indicative and the conditional: a main clause's verb.
    static let indicativeMoods = ["po:ipre", "po:ipsi", "po:ifut", "po:iimp", "po:cond"]
    /// The moods that take a subject (not the imperative).
    static let personalMoods = indicativeMoods + ["po:spre", "po:simp"]

    /// The person a subject pronoun gives its verb, as Hunspell tags it. The
    /// demonstratives `cela`, `ceci`, `ça` are subjects too when a verb
    /// follows them directly (`cela signifie`); as objects they end a phrase
    /// (`à cela près`, `pour cela,`), so a word right after them is their verb.
    static let personOfSubjectPronoun: [String: String] = ["il": "3sg", "elle": "3sg", "on": "3sg", "nous": "1pl",
                                                           "vous": "2pl", "ils": "3pl", "elles": "3pl",
                                                           "cela": "3sg", "ceci": "3sg", "ça": "3sg"]

    /// Whether `word` can be a noun that agrees with one of `determinerAnalyses`
    /// (Hunspell analyses of the determiner before it).
    func agrees(_ word: String, with determinerAnalyses: [String]) -> Bool {
        lexicon.analyze(word).contains { analysis in
            analysis.contains(utf8: "po:nom")
                && determinerAnalyses.contains { Self.agree($0, analysis) }
        }
    }

    /// Whether two Hunspell analyses agree in gender and number (`is:` tags;
    /// `epi` and `inv`, or a missing tag, agree with anything).
    static func agree(_ first: String, _ second: String) -> Bool {
        func values(_ analysis: String, _ options: [String]) -> Set<String> {
            Set(options.filter { analysis.contains(utf8: "is:" + $0) })
        }
        let genders = ["fem", "mas"], numbers = ["sg", "pl"]
        let g1 = values(first, genders), g2 = values(second, genders), n1 = values(first, numbers), n2 = values(second, numbers)
        let genderOK = g1.isEmpty || g2.isEmpty || first.contains(utf8: "is:epi") || second.contains(utf8: "is:epi") || !g1.isDisjoint(with: g2)
        let numberOK = n1.isEmpty || n2.isEmpty || first.contains(utf8: "is:inv") || second.contains(utf8: "is:inv") || !n1.isDisjoint(with: n2)
        return genderOK && numberOK
    }

    /// Auxiliaries (est, sont, ont) are verbs even where Hunspell also lists a noun (l’est).
    func isAuxiliary(_ form: String) -> Bool {
        // Memoised by the form's bytes: the rules ask it of the word before nearly every word.
        let key = ByteKey(form)
        if let known = auxiliaryCache.value[key] { return known }
        let found = lexicon.analyze(form.lowercased()).contains {
            ($0.contains(utf8: "st:être") || $0.contains(utf8: "st:avoir")) && !$0.contains(utf8: "po:nom")
        }
        auxiliaryCache.value[key] = found
        return found
    }

    /// Whether an unambiguous finite verb follows the unit at `index` in the
    /// same clause (`Les échecs de mise a jour … sont fréquents`): then the
    /// `a` is not the verb the clause needs. Only forms that cannot be nouns
    /// or adjectives count (`sont`, `peut`; not `forme`), a first- or
    /// second-person one only after its pronoun (`standsWithoutPronoun`), and the search stops
    /// at a subordinate or relative clause, whose verb is its own.
    /// `endsAtComma`: the unit's clause is subordinate (`Quand le pointeur a
    /// la forme…, vous pouvez`), so the verb after a comma is the main clause's.
    func clauseHasFiniteVerb(after index: Int, endsAtComma: Bool = false) -> Bool {
        var current = index + 1
        // Where the gap before the current unit opens: past a bracketed aside, its `)`.
        var gapStart = units[index].end
        while current < units.count, current - index <= 40 {
            let gap = scalars[gapStart..<units[current].start]
            gapStart = units[current].end
            // A short aside in brackets (`Cette option (cochée par défaut) vous permet`) is not the clause's.
            if gap.contains("("), let after = unitAfterBracketedAside(opening: current - 1) {
                gapStart = units[after].start
                current = after
                continue
            }
            if gap.contains(where: { ";:!?()\n".unicodeScalars.contains($0) })
                || gap.contains(".") && !continuesInLowercase(after: current - 1) { return false }
            if endsAtComma, gap.contains(",") { return false }
            let unit = units[current]
            // Another `a` is undecided itself: it proves nothing about this one.
            if unit.kind == .word, !unit.isProtected, unit.text != "a" {
                let tags = formTags(current)
                // `de bac a sable et de sécurité est`: a conjunction before a preposition joins two
                // complements inside the clause, whose verb is still to come; any other opens a clause.
                if tags.contains(.cjco), !tags.contains(.cjsub), !tags.contains(.prorel), joinsComplements(after: current) {
                    current += 1
                    continue
                }
                if tags.contains(.cjsub) || tags.contains(.prorel) || tags.contains(.cjco) { return false }
                if readsAsFiniteVerb(current), standsWithoutPronoun(unit.form) || formTags(current - 1).contains(.propersuj) {
                    return true
                }
            }
            current += 1
        }
        return false
    }

    /// Whether the conjunction at `index` is followed, after spaces only, by a
    /// preposition that is nothing a clause opens with (`et de`, `ou pour`; not
    /// `d’autres`, an indefinite subject): it coordinates two complements, not two clauses.
    func joinsComplements(after index: Int) -> Bool {
        guard index + 1 < units.count, units[index + 1].kind == .word,
              onlySpaces(units[index].end, units[index + 1].start) else { return false }
        let tags = formTags(index + 1)
        return tags.contains(.prep) && tags.isDisjoint(with: [.nom, .adj, .cjsub, .prorel, .propersuj, .properobj, .adv])
    }

    /// Whether the word at `index` can only be read as a conjugated verb
    /// (`sont`, `peut`; not `forme`, also a noun) or is a conjugated être or avoir.
    func readsAsFiniteVerb(_ index: Int) -> Bool {
        let tags = formTags(index)
        return !tags.isDisjoint(with: ARuleDecider.finiteTags)
            && (tags.isDisjoint(with: [.nom, .adj, .det, .prep, .mg, .adv, .ppas, .infi]) || isAuxiliary(units[index].form))
    }

    /// Whether `word` can be a finite verb with no pronoun before it: a
    /// third-person form (a noun phrase's verb) or an imperative
    /// (`sélectionnez`). A first- or second-person form alone (`suifes`, made
    /// of a mangled `autres`) is no verb of the clause.
    func standsWithoutPronoun(_ word: String) -> Bool {
        lexicon.analyze(word).contains {
            $0.contains(utf8: "po:3sg") || $0.contains(utf8: "po:3pl") || $0.contains(utf8: "po:impe")
        }
    }

    /// Whether some analysis of `word` is an indicative or conditional form in
    /// the third person singular: what `il` needs after it (`est`, `peut`).
    func isThirdSingularFiniteVerb(_ word: String) -> Bool {
        isVerbForm(word, person: "3sg", moods: Self.indicativeMoods)
    }

    /// Whether some analysis of `word` is a verb form of `person` (`3sg`,
    /// `2pl`…) in one of `moods` (Hunspell's `po:` tags).
    func isVerbForm(_ word: String, person: String, moods: [String]) -> Bool {
        lexicon.analyze(word).contains { analysis in
            analysis.contains(utf8: "po:" + person) && moods.contains { analysis.contains(utf8: $0) }
        }
    }

    /// `SI vous voulez`, `NI lui` → `Si`, `Ni`: a sentence's first word read in
    /// capitals whose second letter is a dotless `i` the scan made a capital
    /// (`OCRConfusionModel.capitalsOfDotlessSmall`), before a lower-case word,
    /// is the grammatical word it spells in small letters (`si` also names a
    /// note: a grammatical reading is enough) — unless the document
    /// writes the capitals inside a sentence too, where they are an acronym (`le SI`).
    mutating func dotlessCapitalInShortWord(at index: Int) {
        let unit = units[index]
        guard isSentenceStart(unit.start), let next = neighbour(index, before: false), !next.separated,
              let first = next.text.unicodeScalars.first, CharacterClass.isLowercase(first) else { return }
        let small = CasePattern.lower(unit.text, locale: locale)
        guard !tags(small).isDisjoint(with: Self.grammaticalTags),
              !units(withText: unit.text).contains(where: { $0 != index && units[$0].length == unit.length && !isSentenceStart(units[$0].start) })
        else { return }
        replace(index, with: Decision(after: CasePattern.capitalized.apply(to: small, locale: locale), rule: "confusion", confidence: 0.75))
    }

    /// `Il. Modalités d’organisation` → `II.`: a paragraph opening with one of
    /// `OCRConfusionModel.romanTwoReadings` and a full stop before a capital is a section heading
    /// numbered II — no sentence is a subject pronoun alone (`Il.`), and the
    /// annexes of decisions number their parts with Roman numerals.
    func romanTwoOpensHeading(at index: Int) -> Bool {
        let unit = units[index]
        guard unit.start == 0 || scalars[unit.start - 1] == "\n", unit.end + 2 < scalars.count,
              scalars[unit.end] == ".", scalars[unit.end + 1] == " " else { return false }
        return CharacterClass.isUppercase(scalars[unit.end + 2])
    }

    /// `le travail de détective.` ¶ `il est conseillé` → `Il est conseillé`: the
    /// scan read the capital I of a paragraph's first `Il` as a small one. Only
    /// after a paragraph that ends a sentence (a full stop, `!` or `?`, not an
    /// abbreviation's `etc.`) and before the pronoun's own verb — a list item
    /// opened by a dash, or a text that opens in small letters (an excerpt), keeps it.
    /// (Inside a paragraph, `. il` is `periodBeforeLowercase`'s.)
    mutating func smallPronounOpeningSentence(at index: Int) {
        var before = units[index].start - 1
        while before >= 0, scalars[before] == " " || scalars[before] == "\n" { before -= 1 }
        guard before >= 0, ".!?".unicodeScalars.contains(scalars[before]),
              scalars[(before + 1)..<units[index].start].contains("\n") else { return }
        if scalars[before] == ".", index > 0, units[index - 1].end >= before, units[index - 1].kind == .word {
            let previous = units[index - 1].lower.filter { $0 != "." }
            guard previous.count > 1, previous != "etc" else { return }
        }
        guard opensWithItsSubject(index) else { return }
        replace(index, with: Decision(after: units[index].text == "il" ? "Il" : "Ils", rule: "case", confidence: 0.7))
    }

    /// Elided clitics that stand between a subject pronoun and its verb (`s’agit`, `n’est`, `l’a`).
    static let cliticElisions: Set<String> = ["s", "n", "l", "m", "t"]

    /// `11 est`/`IL est` mid-text → `il est`: a finite third-person verb follows.
    /// A lone `I`, `1` or `i` is the pronoun with a letter lost only where a
    /// sentence opens (`I est aussi basé`, `1 vous suffit`, `, i est possible`
    /// after a comma for the small one), before such a verb or the clitics
    /// of one (a letter or a number is the subject of no `vous suffit`).
    mutating func pronounIl(at index: Int, lone: Bool = false) {
        let unit = units[index]
        guard var next = neighbour(index, before: false), !next.separated, next.text == next.text.lowercased() else { return }
        // Clitics may stand between the pronoun and its verb: `II s’agit`, `11 n’est`, `IL y a`, `II n’y a`.
        var position = index + 1, clitics = 0
        while next.isElision || formTags(position).contains(.preverb) {
            guard !next.isElision || Self.cliticElisions.contains(next.text), clitics < 3,
                  let following = neighbour(position, before: false), !following.separated else { return }
            next = following
            position += 1
            clitics += 1
        }
        guard next.text == next.text.lowercased(), isThirdSingularFiniteVerb(next.text) else { return }
        let start = isSentenceStart(unit.start)
        if lone {
            // A letter or a number opening a sentence may be its subject (`1 page suffit`): only
            // before the clitics no such subject takes, an auxiliary, or a verb that is nothing else.
            // Not an option named (`-I`, `-1`).
            guard unit.start == 0 || scalars[unit.start - 1] != "-",
                  start || unit.text == "i" && (neighbour(index, before: true)?.separated ?? false),
                  clitics > 0 || isAuxiliary(next.text) || formTags(position).isDisjoint(with: [.nom, .adj, .ppas]) else { return }
        }
        if unit.text == "IL" && !start || unit.text == "ll" && !start {
            // Inside a sentence an all-caps IL is only wrong among lower-case words (a sentence's
            // first IL before a lower-case verb is always the pronoun).
            guard let previous = neighbour(index, before: true), previous.text == previous.text.lowercased() else { return }
        } else if !start {
            guard let previous = neighbour(index, before: true) else { return }
            let tags = self.tags(previous.text.lowercased())
            guard previous.separated || previous.isElision && previous.text == "qu"
                    || tags.contains(.cjco) || tags.contains(.cjsub) else { return }
        }
        let after = start ? "Il" : "il"
        edits.append(Edit(offset: unit.start, before: unit.text, after: after, rule: "pronoun-il", confidence: 0.8))
        setForm(index, after)
    }

    /// `de là plus grande utilité`, `de là même façon`, `n’a pas là même signification` →
    /// `la`: the adverb `là` stands before no comparative or `même` that an adjective or a
    /// noun the article agrees with follows — that is the superlative's or the identity's
    /// article with an accent the scan invented. `là même où` (the very place) stays.
    mutating func inventedGraveOnLa(at index: Int) {
        guard index + 2 < units.count, units[index + 1].kind == .word, units[index + 2].kind == .word,
              onlySpaces(units[index].end, units[index + 1].start), onlySpaces(units[index + 1].end, units[index + 2].start),
              ["plus", "moins", "même"].contains(units[index + 1].form), units[index + 2].pattern == .lower else { return }
        let article = lexicon.analyze("la").filter { $0.contains(utf8: "po:det") }
        let following = units[index + 2].form
        let agrees = lexicon.analyze(following).contains { analysis in
            (analysis.contains(utf8: "po:adj") || analysis.contains(utf8: "po:nom")) && article.contains { Self.agree($0, analysis) }
        }
        guard agrees, formTags(index + 2).isDisjoint(with: RepairPass.closedClassTags) else { return }
        replace(index, with: Decision(after: "la", rule: "accent", confidence: 0.7))
    }

    /// `vous devriez Vous assurer` → `vous`: a capitalised grammatical word
    /// (pronoun, determiner, conjunction) between two lower-case words — or,
    /// when a finished clause stands before it and its own clause has a verb,
    /// the start of a sentence whose full stop the scan lost (`premier. Ces`).
    mutating func capitalMidSentence(at index: Int) {
        let pattern = units[index].pattern
        // Most words are in small letters: they are turned away before the unit is copied.
        guard pattern == .capitalized || pattern == .upper, units[index].length >= 2,
              !isSentenceStart(units[index].start) else { return }
        let unit = units[index]
        guard let previous = neighbour(index, before: true), !previous.separated, !previous.isElision,
              previous.text.first?.isLetter == true else { return }
        // The sentence runs on in small letters after the word — or the word, a noun after its
        // determiner, ends a clause (`de la Cybersécurité, Réaffirmant`): only that rule judges it then.
        let next = neighbour(index, before: false)
        let runsOn = next.map { !$0.separated && $0.text == $0.text.lowercased() && $0.text.first?.isLetter == true } ?? false
        let closesClause = !runsOn && unit.end < scalars.count && ",;.:".unicodeScalars.contains(scalars[unit.end])
        guard runsOn || closesClause else { return }
        let lower = CasePattern.lower(unit.text, locale: locale)
        // Only capitals shaped like their small letter (V/v, S/s, C/c, O/o…) are OCR size confusions —
        // save a determiner, or a preposition before one, right after a verb (`exigent Le chargement`,
        // `appuyez Sur la touche`), where a scan capitalises any letter and no label opens (labels
        // follow the noun that names them: `la commande Depuis le chemin`).
        // `tous Les éléments`: after `tous`/`toutes` in small letters comes the article of their noun.
        // A determiner is judged by its grammatical reading (`un`, `une` are nouns too: `la une`).
        guard let initial = unit.text.unicodeScalars.first else { return }
        // `à extraire Ce ne sera`: an infinitive takes no subject after it, so a subject pronoun before
        // its verb (or `ne`) opens the next sentence, whose stop the scan lost — its capital is right.
        if runsOn, let next, formTags(index - 1).contains(.infi), !self.tags(lower).isDisjoint(with: [.propersuj, .prodem]),
           next.text == "ne" || next.text == "n" || index + 1 < units.count && readsAsFiniteVerb(index + 1) { return }
        if runsOn, let next, pattern == .capitalized, !OCRConfusionModel.capitalReadingsOfL.contains(initial),
           case let own = self.tags(lower), own.contains(.mg) && !own.isDisjoint(with: PartsOfSpeech.determiners)
            // A preposition only before the determiner of its phrase: a label may open with one (`Pour cent`).
            || isGrammaticalWord(lower) && own.contains(.prep) && !self.tags(next.text).isDisjoint(with: PartsOfSpeech.determiners),
           case let previousTags = formTags(index - 1),
           !previousTags.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppas, .ppre])) && previousTags.isDisjoint(with: [.nom, .adj, .npr])
            || own.contains(.det) && (units[index - 1].text == "tous" || units[index - 1].text == "toutes")
            // A determiner right after a subordinating conjunction (its rare homographs aside: `si` the note),
            // its noun in small letters, opens its clause (`Si Un service a`). Not after a preposition: a
            // label (`Cliquez sur Une image`) or a section's title, capitalised on its first word only,
            // stands there (`dans Les expressions musicales en clair`).
            || !own.isDisjoint(with: PartsOfSpeech.determiners) && previousTags.contains(.mg) && previousTags.contains(.cjsub)
                && previousTags.isDisjoint(with: [.npr, .prep]) {
            // `peuvent aussi changer Le type de table peut être différent`: the determiner's noun phrase
            // is the subject of a verb of its own, agreeing with it — a sentence the scan ran on.
            if !own.isDisjoint(with: PartsOfSpeech.determiners), !previousTags.contains(.cjsub), opensSubjectOfOwnVerb(index) {
                edits.append(Edit(offset: units[index - 1].end, before: "", after: ".", rule: "punctuation", confidence: 0.6))
                return
            }
            lowerCapital(at: index, confidence: 0.7)
            return
        }
        // So does a subject pronoun before its verb, `ne` or a clitic (`Quand Il existe`, `Quand Il n’y a`,
        // `Si Vous appuyez`): no label stands between a conjunction and the verb of its clause.
        // The verb must agree with the pronoun (`que Je fait` is `que le fait`, a misread article).
        if runsOn, pattern == .capitalized, let person = Self.personOfSubjectPronoun[lower], self.tags(lower).contains(.propersuj),
           case let previousTags = formTags(index - 1), previousTags.contains(.mg), previousTags.contains(.cjsub),
           previousTags.isDisjoint(with: [.npr, .prep]), index + 1 < units.count,
           units[index + 1].kind == .elision || !formTags(index + 1).isDisjoint(with: [.preverb, .negadv])
            || isVerbForm(units[index + 1].form.lowercased(), person: person, moods: Self.personalMoods) {
            lowerCapital(at: index, confidence: 0.7)
            return
        }
        guard OCRConfusionModel.capitalsAScanMakes.contains(initial) else { return }
        guard repairer.spells(lower) else { return }
        let tags = self.tags(lower)
        // `écrite Par notre ancien expert`, `requis Pour amorcer`: a preposition shaped like its small
        // letter, between two words in small letters, after a participle, an infinitive or a verb that
        // is no command — whose complement it opens. Not after a noun, where the scan may have lost the
        // full stop of a sentence it opens (`de ces programmes Par exemple`), nor after a command, a
        // preposition or a determiner, which a label follows (`choisissez Pour cent`, `sur Par défaut`).
        if runsOn, pattern == .capitalized, isGrammaticalWord(lower), tags.contains(.prep), tags.isDisjoint(with: [.nom, .npr]),
           previous.text == previous.text.lowercased(), case let previousTags = formTags(index - 1),
           previousTags.isDisjoint(with: PartsOfSpeech.determiners.union([.prep, .impe, .cjco, .cjsub])),
           !previousTags.isDisjoint(with: PartsOfSpeech.finite.union([.ppas, .infi, .ppre])),
           // A noun that is also a verb form (`programmes`, `saisie`) is a verb only after an auxiliary
           // or a subject (`est produit Par un graveur`).
           previousTags.isDisjoint(with: [.nom]) || index >= 2 && units[index - 2].kind == .word
               && (isAuxiliary(units[index - 2].form.lowercased()) || formTags(index - 2).contains(.propersuj)) {
            lowerCapital(at: index, confidence: 0.65)
            return
        }
        // `droits Sur un ouvrage`, `directement Sur le canevas`: where the scan capitalises that letter in
        // grammatical words again and again (`strayCapitalCount`: twice or more), a preposition shaped like
        // its small letter between words in small letters is the scan's after any word but one a label
        // follows (a determiner, a preposition, a command).
        if runsOn, pattern == .capitalized, isGrammaticalWord(lower), tags.contains(.prep), tags.isDisjoint(with: [.nom, .npr, .det]),
           previous.text == previous.text.lowercased(),
           formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners.union([.prep, .impe, .cjco, .cjsub])),
           strayCapitalCount(initial: initial) >= 2 {
            lowerCapital(at: index, confidence: 0.65)
            return
        }
        // `ne connaît Pas par avance`, `n’êtes Pas satisfait`: the second half of a negation whose `ne`
        // stands a verb (and its clitics) before it; no label sits there.
        if pattern == .capitalized, tags.contains(.negadv), negationOpens(before: index) {
            lowerCapital(at: index, confidence: 0.7)
            return
        }
        // `Vous Pouvez choisir`: a verb form right after its subject pronoun is no label; nor is one
        // that can only be a finite verb anywhere (`ce qui Signifie`, `ses propriétés Sont`): labels
        // name things or actions (nouns, infinitives), they do not conjugate.
        // (Not a name whose small-letter form is a verb: `à Vienne`, `Lily Pond`; nor a form that may be
        // an imperative, which opens a sentence whose full stop the scan may have lost, `décrite ici
        // Veuillez`, unless the word before calls for a verb: `ce qui Signifie`; nor a grammatical word
        // a rare verb spells too: `Cela`, of `celer`, is the pronoun, judged below.)
        let finiteOnly = !tags.isDisjoint(with: PartsOfSpeech.finite) && tags.isDisjoint(with: [.nom, .npr, .adj, .infi, .ppas, .adv, .prep, .mg])
            && previous.text == previous.text.lowercased() && !self.tags(unit.text).contains(.npr)
            && (!tags.contains(.impe) || !formTags(index - 1).isDisjoint(with: Self.callsForMore))
        if runsOn, CasePattern(of: previous.text) != .upper, finiteOnly || self.tags(previous.text.lowercased()).contains(.propersuj),
           !tags.isDisjoint(with: PartsOfSpeech.finite), tags.isDisjoint(with: [.nom, .npr, .adj]) {
            lowerCapital(at: index, confidence: 0.7)
            return
        }
        // `inclut Seulement les variables`, `lui et Seulement lui`: an adverb that is nothing else, between
        // two words in small letters, after no word a label follows (a determiner, a preposition: `sur
        // Toujours`) — labels name things and actions; the capital is the scan's.
        if runsOn, tags.contains(.adv), tags.isDisjoint(with: [.nom, .npr, .adj, .infi, .ppas, .prep, .mg]),
           !self.tags(unit.text).contains(.npr), previous.text == previous.text.lowercased(),
           formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners.union([.prep])) {
            lowerCapital(at: index, confidence: 0.7)
            return
        }
        let grammatical: PartsOfSpeech = [.propersuj, .properobj, .det, .detdem, .detpos, .prorel, .proint, .prodem, .cjco, .cjsub]
        guard previous.text == previous.text.lowercased() else { return }
        // `indiqué ici.\nji Cette section`: two letters that are no word before the capital are a
        // speck the scan read, not the end of a clause running on.
        guard previous.text.unicodeScalars.count > 2 || !formTags(index - 1).isEmpty else { return }
        if tags.isDisjoint(with: grammatical) || tags.contains(.nom) || tags.contains(.npr) || tags.contains(.adj) {
            // `la Sortie standard`, `des Paquets sur`: a content word right after a determiner, whose
            // capital the document writes nowhere else inside a sentence (in either number) while it
            // writes the word in small letters elsewhere. A label (`la Symétrie Mandala`, `commande Coller` ×3) or a
            // name (`la Conférence`) keeps its capital wherever it recurs.
            // At a clause's end only a noun: buttons and commands named by their verb close lists of labels
            // (`de Redémarrer ou de Continuer.`).
            guard pattern == .capitalized, !tags.contains(.npr), !formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners),
                  runsOn || !tags.contains(.infi),
                  !inCapitalisedTitle(before: index - 1), !inListOfCapitalisedItems(index) else { return }
            let usage = caseUsage(of: unit.lower)
            // The same noun in its other number, capitalised inside a sentence too, names the same label
            // (`dans le Chemins de l’utilisateur` beside `dans le Chemin de l’utilisateur`).
            let otherNumber = unit.lower.hasSuffix("s") ? String(unit.lower.dropLast()) : unit.lower + "s"
            guard usage.capitalisedInside == 1, usage.lower >= 1, caseUsage(of: otherNumber).capitalisedInside == 0 else { return }
            lowerCapital(at: index, confidence: 0.65)
            return
        }
        guard runsOn else { return }
        // `comparé avec le premier Ces deux mots devront`: a clause ends before the capital and
        // another, with a verb of its own, starts at it — the scan lost a full stop, not a small letter.
        // Not after a word that calls for what follows: a verb takes the determiner as its object's
        // (qui modifie Ses identifiants), a conjunction or preposition never ends a sentence (et Vous).
        // Nor after an adverb set off by a comma (`conservées, ainsi Vous pouvez`): it opens the clause that
        // follows far more often than it closes one; nor where the clause after shows the scan capitalising
        // inside a sentence (`Il la Zoomera`); nor inside an aside the sentence has not closed (`(mais en
        // faisant cela Il devient`), nor in a clause a conjunction opened that has no verb yet (`, mais parfois Ils`).
        // Nor after an interrogative determiner's noun (`dire quels paquets Vous avez compilés`): the
        // indirect question it opens has its verb after the noun.
        let question = (max(0, index - 3)..<index).contains { units[$0].kind == .word && formTags($0).contains(.detex) }
        if !question, formTags(index - 1).isDisjoint(with: Self.callsForMore) || canEndSentence(index - 1),
           !isAdverbSetOffBefore(index - 1), !clauseShowsStrayCapital(after: index),
           clauseOpening(before: index) == .finiteVerb || subjectAfterVerblessClause(index),
           clauseHasFiniteVerb(after: index) || opensWithItsSubject(index),
           !coordinatedClauseLacksVerb(before: index), !insideOpenBracket(at: units[index - 1].end) {
            edits.append(Edit(offset: units[index - 1].end, before: "", after: ".", rule: "punctuation", confidence: 0.6))
            return
        }
        lowerCapital(at: index, confidence: 0.7)
    }

    /// Whether the capitalised word at `index` is a subject pronoun whose verb
    /// follows it, past clitics and `ne` (`essai Cela demande`, `suivante Vous en
    /// trouverez`): the clause it opens has its subject and its verb, so the
    /// capital marks a sentence whose full stop the scan lost. The verb must
    /// agree with the pronoun; after `Cela` a form that is also a noun
    /// (`demande`) is the verb by its place.
    func opensWithItsSubject(_ index: Int) -> Bool {
        guard let person = Self.personOfSubjectPronoun[units[index].lower] else { return false }
        var next = index + 1
        while next < units.count, next - index <= 3, onlySpaces(units[next - 1].end, units[next].start) || units[next - 1].kind == .elision,
              units[next].kind == .elision || !formTags(next).isDisjoint(with: [.preverb, .negadv]) {
            next += 1
        }
        guard next < units.count, units[next].kind == .word, next - index <= 3,
              onlySpaces(units[next - 1].end, units[next].start) || units[next - 1].kind == .elision else { return false }
        return isVerbForm(units[next].form.lowercased(), person: person, moods: Self.personalMoods)
    }

    /// Whether the determiner at `index` opens the subject of a verb of its own
    /// (`opensSubjectOfOwnVerb`) after a clause that a conjunction opened and no verb
    /// completed (`plutôt que par le responsable afin de garantir une cohérence globale Ces
    /// informations se trouvent`): that clause cannot take the noun phrase, so it ended.
    func subjectAfterVerblessClause(_ index: Int) -> Bool {
        !lowerTags(index).isDisjoint(with: PartsOfSpeech.determiners) && clauseOpening(before: index) == .subordinate
            && opensSubjectOfOwnVerb(index)
    }

    /// Whether the determiner at `index` opens a noun phrase — nouns, adjectives, `de`
    /// and the determiners of its complements, no mark between — that a conjugated verb
    /// follows, one that can be nothing else and agrees in number with the determiner
    /// (`Le type de table de partitions peut`, `Cette commande agit`): the subject of a
    /// clause of its own, not the object of the verb before it.
    func opensSubjectOfOwnVerb(_ index: Int) -> Bool {
        guard let number = number(ofDeterminerAt: index) else { return false }
        let person = number == "is:sg" ? "3sg" : "3pl"
        var current = index + 1, nouns = 0
        var clitics = false
        while current < units.count, current - index <= 8 {
            guard onlySpaces(units[current - 1].end, units[current].start) || units[current - 1].kind == .elision else { return false }
            // Clitics and `ne` stand between the subject and its verb (`Ces informations se trouvent`).
            if nouns > 0, units[current].kind == .elision && Self.cliticElisions.contains(units[current].form)
                || units[current].kind == .word && !formTags(current).isDisjoint(with: [.preverb, .negadv]) {
                clitics = true
                current += 1
                continue
            }
            guard units[current].kind == .word, units[current].pattern == .lower else { return false }
            let tags = formTags(current)
            if nouns > 0, readsAsFiniteVerb(current), tags.isDisjoint(with: [.nom, .adj]) {
                return isVerbForm(units[current].form, person: person, moods: Self.indicativeMoods)
            }
            if clitics { return false }
            if tags.contains(.nom) { nouns += 1 }
            else if tags.isDisjoint(with: [.adj, .det, .detpos, .detdem]) && units[current].form != "de" { return false }
            current += 1
        }
        return false
    }

    /// The unit right after a bracketed aside that opens after the unit at `index`
    /// (`option (cochée par défaut) vous`): a `(` and nothing but spaces before it, its `)` on
    /// the same line within sixty scalars, and only spaces between that and the next unit.
    func unitAfterBracketedAside(opening index: Int) -> Int? {
        guard index + 1 < units.count else { return nil }
        var position = units[index].end
        while position < units[index + 1].start, scalars[position] == " " { position += 1 }
        guard position < units[index + 1].start, scalars[position] == "(" else { return nil }
        var close = position + 1
        while close < scalars.count, close - position <= 60, scalars[close] != ")" {
            if scalars[close] == "\n" || scalars[close] == "(" { return nil }
            close += 1
        }
        guard close < scalars.count, scalars[close] == ")" else { return nil }
        guard let next = units[(index + 1)...].firstIndex(where: { $0.start > close }), onlySpaces(close + 1, units[next].start) else { return nil }
        return next
    }

    /// The word at `index` in small letters: a capital the scan made inside a sentence.
    mutating func lowerCapital(at index: Int, confidence: Double) {
        let lower = CasePattern.lower(units[index].text, locale: locale)
        edits.append(Edit(offset: units[index].start, before: units[index].text, after: lower, rule: "case", confidence: confidence))
        setForm(index, lower)
    }

    /// Whether a verb form stands right before `index` and `ne` (or `n’`) at most three words
    /// before that verb: the negation the word at `index` completes.
    func negationOpens(before index: Int) -> Bool {
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start),
              !formTags(index - 1).isDisjoint(with: PartsOfSpeech.finite.union([.infi])) else { return false }
        return negationParticle(before: index - 1, within: 3)
    }

    /// `d’un Plan, d’une Sphère, d’une Boîte ou d’un Cylindre`: a capitalised
    /// noun set off by a comma, `et` or `ou` from another list item (its own
    /// determiner before it) that is capitalised inside the sentence too — a
    /// run of labels or names the writer capitalised alike, not one capital a
    /// scan made.
    func inListOfCapitalisedItems(_ index: Int) -> Bool {
        /// A piece of a determiner phrase: an elided `d’`, a determiner in small letters (`d’une`, `la`, `aux`).
        func inDeterminerPhrase(_ unit: Int) -> Bool {
            units[unit].kind == .elision || units[unit].kind == .word && units[unit].pattern == .lower
                && !formTags(unit).isDisjoint(with: PartsOfSpeech.determiners)
        }
        /// Where the determiner phrase of the noun at `noun` starts (the noun itself when none stands before it).
        func phraseStart(_ noun: Int) -> Int {
            var start = noun
            while start > 0, start > noun - 3, inDeterminerPhrase(start - 1) { start -= 1 }
            return start
        }
        /// The noun a determiner phrase starting at `first` leads to (`d’une Sphère`), at most three units on.
        func noun(after first: Int) -> Int? {
            var current = first
            while current < units.count, current < first + 3, inDeterminerPhrase(current) { current += 1 }
            return current > first && current < units.count && units[current].kind == .word ? current : nil
        }
        // Items of one list open alike (`d’un Plan, d’une Sphère`, `la Sphère et le Cube`) — not `aux
        // Supports, le Chapitre 4`, a noun and its apposition.
        func opensWithPreposition(_ phrase: Int) -> Bool {
            units[phrase].kind == .elision ? units[phrase].form.lowercased() == "d" : formTags(phrase).contains(.prep)
        }
        func capitalisedItem(_ noun: Int, opening: Bool) -> Bool {
            units[noun].pattern == .capitalized && !isSentenceStart(units[noun].start)
                && phraseStart(noun) < noun && opensWithPreposition(phraseStart(noun)) == opening
        }
        let ownPhrase = phraseStart(index)
        guard ownPhrase < index else { return false }
        let opening = opensWithPreposition(ownPhrase)
        // The next item: a comma or `et`/`ou`, then a determiner phrase and its capitalised noun.
        if index + 1 < units.count {
            let conjunction = ["et", "ou"].contains(units[index + 1].text) && onlySpaces(units[index].end, units[index + 1].start)
            let first = conjunction ? index + 2 : index + 1
            let separated = conjunction ? first < units.count && onlySpaces(units[index + 1].end, units[first].start)
                : scalars[units[index].end..<units[first].start].elementsEqual([",", " "])
            if separated, let next = noun(after: first), capitalisedItem(next, opening: opening) { return true }
        }
        // The item before: its noun, a comma or `et`/`ou`, then this word's determiner phrase.
        let head = ownPhrase - 1
        guard head >= 0 else { return false }
        let conjunction = ["et", "ou"].contains(units[head].text) && head > 0
        let previous = conjunction ? head - 1 : head
        let separated = conjunction
            ? onlySpaces(units[previous].end, units[head].start) && onlySpaces(units[head].end, units[ownPhrase].start)
            : scalars[units[head].end..<units[ownPhrase].start].elementsEqual([",", " "])
        return separated && units[previous].kind == .word && capitalisedItem(previous, opening: opening)
    }

    /// Whether one of the three words before `index` is a word capitalised inside its
    /// sentence (not an acronym, not a damaged word): a title or a label runs there (`Options des Outils`, `à J’entends
    /// des Voix`), and its capitals are the writer's.
    func inCapitalisedTitle(before index: Int) -> Bool {
        for current in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            let unit = units[current]
            guard unit.kind == .word || unit.kind == .elision else { return false }
            guard let first = unit.text.unicodeScalars.first, CharacterClass.isUppercase(first) else { continue }
            // An acronym is no title word; nor is a damaged word (`(Taction la Plus importante`).
            if unit.kind == .word, CasePattern(of: unit.text) == .upper || !unit.spells { continue }
            if !isSentenceStart(unit.start) { return true }
        }
        return false
    }

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
    mutating func stopBeforeCapitalisedOpener() {
        let openers: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .propersuj, .prodem, .proind, .cjsub]
        for index in units.indices.dropFirst().dropLast() where !units[index].edited && !units[index].isProtected
            && (units[index].kind == .word || units[index].kind == .elision) {
            let right = units[index], left = units[index - 1]
            guard right.start == left.end + 1, scalars[left.end] == " ",
                  let initial = right.text.unicodeScalars.first, CharacterClass.isUppercase(initial),
                  right.text.unicodeScalars.dropFirst().allSatisfy({ !CharacterClass.isUppercase($0) }) else { continue }
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
                  !coordinatedClauseLacksVerb(before: index), !insideOpenBracket(at: left.end) else { continue }
            edits.append(Edit(offset: left.end, before: "", after: ".", rule: "punctuation", confidence: 0.6))
        }
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

    /// Whether the word at `index` is an adverb with a comma right before it (`, ainsi`, `, puis`).
    func isAdverbSetOffBefore(_ index: Int) -> Bool {
        guard index > 0, units[index].kind == .word, formTags(index).contains(.adv) else { return false }
        return scalars[units[index - 1].end..<units[index].start].contains(",")
    }

    /// Elided words that open no clause: the preposition `jusque` and the adverb `presque`.
    static let nonOpeningElisionHeads: Set<String> = ["jusqu", "presqu"]

    /// Words that call for what follows them (a verb its object, a preposition or a
    /// determiner its noun, a subject pronoun its verb): no sentence ends on one.
    static let callsForMore: PartsOfSpeech = PartsOfSpeech.finite.union([.infi, .ppre, .cjco, .cjsub, .prep, .det, .detdem,
                                                                         .detpos, .detind, .propersuj, .properobj, .prorel])

    /// `sur L’entrée standard`, `que vous N’avez pas`, `d’activer L’option`: an elided
    /// word capitalised after a word that calls for more (`callsForMore`) and before a
    /// lower-case word. A title or a label that opens with an elision (`voir L’Éditeur`)
    /// capitalises the word after it too, so it keeps its capital; after a noun, even one
    /// that is also a verb form (`l’image source L’outil`), or a lone letter (`. ÿ L’outil`),
    /// the scan may have lost a full stop instead.
    mutating func capitalElisionMidSentence(at index: Int) {
        let unit = units[index]
        guard let first = unit.text.unicodeScalars.first, CharacterClass.isUppercase(first),
              unit.text.unicodeScalars.dropFirst().allSatisfy({ !CharacterClass.isUppercase($0) }),
              !isSentenceStart(unit.start), index > 0, index + 1 < units.count else { return }
        let previous = units[index - 1], next = units[index + 1]
        guard previous.kind == .word, previous.pattern == .lower, onlySpaces(previous.end, unit.start),
              next.kind == .word, next.start == unit.end, next.pattern == .lower, next.length >= 2,
              previous.length >= 2, !formTags(index - 1).isDisjoint(with: Self.callsForMore), !formTags(index - 1).contains(.nom)
        else { return }
        let lower = unit.text.lowercased()
        edits.append(Edit(offset: unit.start, before: unit.text, after: lower, rule: "case", confidence: 0.7))
        units[index].edited = true
    }

    /// How the document writes the lower-cased `form`: how often in small
    /// letters, how often capitalised inside a sentence. The table is built
    /// over the units in place (a copy of each unit retained its three strings).
    func caseUsage(of form: String) -> CaseUsage {
        if let table = caseUsageTable.value { return table[ByteKey(form)] ?? CaseUsage() }
        var table: [ByteKey: CaseUsage] = [:]
        for index in units.indices where units[index].kind == .word {
            switch units[index].pattern {
            case .lower: table[ByteKey(units[index].lower), default: CaseUsage()].lower += 1
            case .capitalized where !isSentenceStart(units[index].start):
                table[ByteKey(units[index].lower), default: CaseUsage()].capitalisedInside += 1
            default: break
            }
        }
        caseUsageTable.value = table
        return table[ByteKey(form)] ?? CaseUsage()
    }

    /// `sélectionné) Le curseur`, `du déplacement) Si le` → `).`: a closing
    /// bracket after a word, then a capitalised determiner, pronoun or
    /// conjunction that opens a clause with its own verb — the full stop
    /// after the bracket is what the scan lost (a bracket that closes a
    /// sentence of its own, `(Voir plus bas.) Le`, keeps its stop inside).
    mutating func stopAfterClosingBracket() {
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

    /// `efforts. notamment` → `efforts, notamment`: a full stop cannot end a
    /// sentence that continues in lower case, unless it ends an abbreviation.
    /// Nor one that continues with an elided word as read (`des notes.
    /// d’ornement`, `Notez. qu’il`, `comme. c’est`, `sur. l’attaque`): no name
    /// is written so, the stop is a speck. A French `il` after the stop is the
    /// stop's sentence's `Il`, its capital read small (`titre. il offre`).
    mutating func periodBeforeLowercase() {
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
            // `les nuances. sont centrées`: a noun before a verb that can only be finite, in small letters —
            // no sentence opens so; the noun is its subject.
            if right.kind == .word, leftCase == .lower, leftTags.contains(.nom), CasePattern(of: right.form) == .lower,
               isOnlyFiniteVerb(right.form) {
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
            let closed: PartsOfSpeech = [.det, .detdem, .detpos, .prep, .cjco]
            if let initial = right.text.unicodeScalars.first, CharacterClass.isLowercase(initial), !leftTags.isEmpty,
               !leftTags.isDisjoint(with: closed), !leftTags.contains(.nom), !leftTags.contains(.adj) {
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
            if french, right.kind == .word, !right.edited, right.text == "il" || right.text == "ils",
               index + 2 < units.count, units[index + 2].kind == .word || units[index + 2].kind == .elision {
                replace(index + 1, with: Decision(after: right.text == "il" ? "Il" : "Ils", rule: "case", confidence: 0.65))
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

    /// Whether the word at `index`, no noun, is one prose puts before `à` (its
    /// government, by its lemma's counts: `appartiennent à`, `accessibles à`,
    /// `se référer à`) and `à`, `au` or `aux` follows: the word and the
    /// complement it governs, which no mark parts (`appartiennent. à la même`).
    func governsA(at index: Int) -> Bool {
        guard index + 1 < units.count, units[index].kind == .word, units[index + 1].kind == .word,
              ["à", "au", "aux"].contains(units[index + 1].form) else { return false }
        let tags = formTags(index)
        guard tags.isDisjoint(with: [.nom, .npr, .prn]) else { return false }
        let lower = units[index].form.lowercased(), lexicon = repairer.lexicon
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
                && units[determiner].form.lowercased() == "l"
            || units[determiner].kind == .word && onlySpaces(units[determiner].end, units[index].start)
                && !formTags(determiner).isDisjoint(with: PartsOfSpeech.determiners)
                && !["de", "du", "des"].contains(units[determiner].form.lowercased())
        guard opensPhrase else { return false }
        if determiner > 0, ["de", "du", "des", "d", "à", "au", "aux"].contains(units[determiner - 1].form.lowercased()) { return false }
        let next = units[index + 2]
        if next.kind == .elision { return units[index + 1].form == "de" && ["l", "d"].contains(next.form.lowercased()) }
        guard next.kind == .word, next.pattern == .lower, onlySpaces(units[index + 1].end, next.start) else { return false }
        // `du moment que`, `de façon que`: a conjunctive locution opens a clause of its own.
        if index + 3 < units.count, ["que", "qu"].contains(units[index + 3].form.lowercased()) { return false }
        let tags = formTags(index + 2)
        return tags.contains(.nom) && tags.isDisjoint(with: [.adv, .negadv])
            || units[index + 1].form == "de" && !tags.isDisjoint(with: [.det, .detdem, .detpos]) && !tags.contains(.adv)
    }

    /// Removes the full stop right after `unit` as a speck (`punctuation`): the
    /// one repair every case of `periodBeforeLowercase` that finds no sentence end makes.
    mutating func dropStop(after unit: Unit, confidence: Double) {
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
    /// elided `multiples: L’un`), and after a comma between two clauses that each have their verb
    /// (`separatesClauses`: `texture, Notez qu’il est`). After a bare number only when a
    /// bracket closed it (`noire (0), Le curseur`): `Chapitre 8, Les
    /// prochaines étapes` cites a title. Not before `Il`/`Ils`: a scan reads the small `i`
    /// whose dot it lost as the capital (`particulier, Il serait`) as often as it breaks a stop —
    /// after a phrase the sentence fronts it is that small `i` (`Avec un motif, Il` → `il`).
    mutating func commaBeforeSentenceStart() {
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
            guard units[index + 1].kind == .word else { continue }
            var mark = units[index].end
            // A closing bracket or quote, or a footnote's mark (`réseaux¹, Les`), may stand before the comma.
            while mark < units[index + 1].start, scalars[mark] == ")" || scalars[mark] == "»" || scalars[mark] == "\""
                    || FootnoteRelocator.isSuperscriptDigit(scalars[mark]) { mark += 1 }
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
            let opener = !tags.isDisjoint(with: openers) || sentenceAdverb || gluedColon
            guard repairer.spells(lower), opener || scalars[mark] == "," && separatesClauses(at: index + 1),
                  !tags.contains(.npr), !gluedColon || self.tags(right.form).isDisjoint(with: [.npr, .prn]) else { continue }
            edits.append(Edit(offset: mark, before: String(scalars[mark]), after: ".", rule: "punctuation", confidence: 0.6))
        }
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
            // A stop ending the gap ends the sentence before, a bracket before it or not (`Précise). Si`).
            if gap.last(where: { $0 != " " && $0 != "\n" }) == "." { break }
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
        guard current < index, opening.kind == .word || opening.kind == .elision, isSentenceStart(opening.start),
              opening.text.unicodeScalars.first.map(CharacterClass.isUppercase) == true else { return false }
        // An elided conjunction (`Lorsqu’il`, `Puisqu’on`) is judged in its full form.
        let tags = opening.kind == .elision ? self.tags(CasePattern.lower(opening.form, locale: locale) + "e") : formTags(current)
        if tags.contains(.cjsub) { return true }
        // So does one fronted inside a `que` clause (`Notez que lorsque les insertions sont activées,
        // vous pouvez`): the conjunction right after `que` opens the clause the comma closes.
        for position in current..<index where units[position + 1].kind == .word
            && (units[position].kind == .word && units[position].form.lowercased() == "que"
                || units[position].kind == .elision && units[position].form.lowercased() == "qu")
            && formTags(position + 1).contains(.cjsub) && formTags(position + 1).isDisjoint(with: [.prorel, .proint]) {
            return true
        }
        // `Avec ce curseur,`, `Dans le mode expert,`: a phrase the sentence opens with a preposition,
        // no verb in it, comes before the clause it qualifies — a noun that is also a verb form is the
        // noun there (`Pour une image,`: `image` conjugates `imager`).
        guard tags.contains(.prep), tags.isDisjoint(with: PartsOfSpeech.finite) else { return false }
        return (current + 1...index).allSatisfy { units[$0].kind != .word || !readsAsFiniteVerb($0) }
    }

    /// `est utilise`, `a été déplace`, `est aussi utilise`, `ne soit pas
    /// trouve` → `utilisé`, `déplacé`, `trouvé`: after an auxiliary (and the
    /// adverbs or negation that may stand between) a finite verb form is
    /// impossible, its participle expected; the scan lost the final accent.
    /// Only when the form is not itself a participle, an adjective or a noun
    /// (la fenêtre est active, ils ont envie, le fichier est pipe) and one
    /// accent restores a participle. Letting every noun through after `être`
    /// (`sera demande`, `soient collectes`) mended four words on the
    /// development sets but harmed a held-out one more: a bare noun is a
    /// predicate after `être` in technical prose (`le fichier est pipe`).
    /// A form that is also a noun is read as the participle only where the
    /// noun cannot stand (`nounGivesWayToParticiple`).
    mutating func participleAfterAuxiliary(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        guard index > 0, units[index].pattern == .lower, units[index].length >= 4,
              units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return }
        let own = lowerTags(index)
        guard own.contains(.ipre), own.isDisjoint(with: [.ppas, .adj, .adv, .prep, .mg]) else { return }
        let unit = units[index]
        let auxiliary = auxiliaryPosition(before: index)
        let previous = units[auxiliary].form.lowercased()
        // A capital inside a sentence is a label's letter or a name, no auxiliary (la lettre A représente).
        if units[auxiliary].pattern != .lower && !isSentenceStart(units[auxiliary].start) { return }
        guard previous == "été" || (previous != "a" && isAuxiliary(previous)) || (previous == "a" && !units[auxiliary].edited) else { return }
        if own.contains(.nom), !nounGivesWayToParticiple(at: index, auxiliary: previous) { return }
        let participle = onlyAccentVariant(of: unit.text, kinds: { $0 == .accentLoss }) { fits($0, .participle) }
        if let participle { replace(index, with: Decision(after: participle, rule: "accent", confidence: 0.7)) }
    }

    /// `sur le système installe.`, `le démarrage sécurise)` → `installé`, `sécurisé`:
    /// a verb that only takes a direct object (Hunspell's `v1__t…` conjugation
    /// flags: not intransitive, not indirect) cannot close its clause right after a
    /// determiner and a noun — it would have no object. The form is the past
    /// participle qualifying the noun, its final accent lost, when one accent
    /// restores a participle that agrees with the noun. Only before a full stop,
    /// `;` or a closing bracket: before a comma or a colon the object may follow
    /// (`Le système installe, configure et lance les services`), and a form that
    /// is also a noun or an adjective is left (`la donne.`, `le mode active.`).
    mutating func participleClosingNounPhrase(at index: Int) {
        guard index >= 2, units[index].pattern == .lower, units[index].length >= 5, units[index].end < scalars.count,
              ".;)".unicodeScalars.contains(scalars[units[index].end]),
              units[index - 1].kind == .word, units[index - 2].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index - 2].end, units[index - 1].start),
              units[index - 1].pattern == .lower else { return }
        let own = lowerTags(index)
        guard own.contains(.ipre), own.isDisjoint(with: [.nom, .adj, .ppas, .adv, .prep, .mg]),
              formTags(index - 1).contains(.nom), formTags(index - 1).isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas])),
              !formTags(index - 2).isDisjoint(with: [.det, .detdem, .detpos]) else { return }
        let verbs = lexicon.analyze(units[index].lower).filter { $0.contains(utf8: "po:ipre") }
        guard !verbs.isEmpty, verbs.allSatisfy(Self.takesOnlyDirectObject) else { return }
        let noun = lexicon.analyze(units[index - 1].form.lowercased()).filter { $0.contains(utf8: "po:nom") }
        let participle = onlyAccentVariant(of: units[index].text, kinds: { $0 == .accentLoss }) { candidate in
            lexicon.analyze(candidate).contains { analysis in
                analysis.contains(utf8: "po:ppas") && noun.contains { Self.agree($0, analysis) }
            }
        }
        if let participle { replace(index, with: Decision(after: participle, rule: "accent", confidence: 0.65)) }
    }

    /// Whether a Hunspell verb analysis flags its verb as taking a direct object
    /// and nothing else: `po:v1__t___zz` (sécuriser), not `po:v1_it_q__a`
    /// (signer, also intransitive) nor `po:v1_itnq__a` (donner, also indirect).
    static func takesOnlyDirectObject(_ analysis: String) -> Bool {
        guard let range = analysis.range(of: "po:v") else { return false }
        let flags = Array(analysis[range.upperBound...].unicodeScalars.prefix(5))
        // The conjugation group's digit, then `_`, then the intransitive, direct and indirect flags.
        guard flags.count == 5, flags[1] == "_" else { return false }
        return flags[2] == "_" && flags[3] == "t" && flags[4] == "_"
    }

    /// `peut âtre affichée`, `doit tre supprimé`, `devrait âtre le cas` →
    /// `être`: after a form of pouvoir, devoir or vouloir (adverbs and a
    /// negation may stand between: `ne peut pas`) comes the infinitive they
    /// govern, so a word that is none is the scan's damage of one: the
    /// infinitive among its confusion-model readings, or, when it is no word,
    /// among the words one letter away — its first letter included, which a
    /// scan loses whole (`tre`), though no generic search adds one there.
    mutating func infinitiveAfterModal(at index: Int) {
        guard index > 0, units[index].pattern == .lower, units[index].kind == .word,
              units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return }
        // The word pass read a damaged word as one that is no infinitive (`ére` → `ère`): between a
        // modal and an attribute the slot says otherwise, and that reading gives way.
        let revising = units[index].edited
        if revising, units[index].spells { return }
        let own = revising ? formTags(index) : lowerTags(index)
        // An adverb, a pronoun or a preposition stands before the infinitive (`peut encore`, `doit le`).
        guard !own.contains(.infi), own.isDisjoint(with: RepairPass.closedClassTags.union([.adv, .negadv, .mg, .preverb])) else { return }
        let modal = auxiliaryPosition(before: index)
        // The memoised tags first, and the units read in place (a copy retains its three strings):
        // most words follow no verb at all.
        guard !formTags(modal).isDisjoint(with: PartsOfSpeech.finite.union([.ppas])),
              units[modal].pattern == .lower || isSentenceStart(units[modal].start),
              isModal(units[modal].form.lowercased()) else { return }
        // `puis` is the adverb far more than `je puis`: a modal form that is also an adverb or a
        // conjunction governs the infinitive only after its subject pronoun (`il hésita puis partit`).
        if !formTags(modal).isDisjoint(with: [.adv, .cjco]),
           !(modal > 0 && units[modal - 1].kind == .word && formTags(modal - 1).contains(.propersuj)) { return }
        if revising {
            if let copula = copulaBeforeAttribute(at: index) { revise(index, with: Decision(after: copula, rule: "confusion", confidence: 0.65)) }
            return
        }
        let unit = units[index]
        // Locals, not `self`: a closure that reads a property of this mutating pass copied
        // the whole pass (its arrays retained one by one) on every word.
        let repairer = self.repairer, lexicon = repairer.lexicon
        let isInfinitive = { (word: String) in lexicon.tags(of: word).contains(.infi) }
        var found = repairer.generator.candidates(for: unit.lower, allowed: { $0 != .faintAscender }, accept: isInfinitive)
            .map { (word: $0.word, cost: $0.cost) }
        if !unit.spells, unit.text.unicodeScalars.allSatisfy(CharacterClass.isLetter) {
            found += repairer.oneLetterEdits.candidates(for: unit.lower) { lexicon.spell(utf8: $0) }
                .filter { isInfinitive($0.word) }.map { (word: $0.word, cost: $0.cost) }
            for letter in repairer.oneLetterEdits.letters {
                let word = String(letter) + unit.lower
                if lexicon.spell(word), isInfinitive(word) { found.append((word: word, cost: OneLetterEdits.anyLetterCost)) }
            }
        }
        let ranked = found.sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.word < $1.word }
        guard let top = ranked.first else {
            if let copula = copulaBeforeAttribute(at: index) {
                replace(index, with: Decision(after: copula, rule: "confusion", confidence: 0.65))
            }
            return
        }
        guard !ranked.contains(where: { $0.word != top.word && $0.cost - top.cost < 0.3 }) else { return }
        replace(index, with: Decision(after: top.word, rule: "confusion", confidence: 0.7))
    }

    /// The verbs that take a participle or an adjective straight after them
    /// as their attribute (`être compressés`, `avoir supprimé`, `rester ouvert`):
    /// the only infinitives a modal and an attribute can frame.
    static let attributeInfinitives = ["être", "avoir", "devenir", "rester", "sembler", "paraître", "demeurer"]

    /// `peuvent ère compressés`, `peut eve partiellement sélectionnés`,
    /// `peuvent eue utiles` → `être`: between a modal and a participle or an
    /// adjective (adverbs may stand before it) only an infinitive that takes
    /// an attribute fits, so a word there that is none, which no confusion
    /// reading made an infinitive of, is the scan's wreck of one — the one
    /// whose letters it keeps best (at most two edits apart, accents aside,
    /// and closer than any other). A noun in that slot is no French.
    func copulaBeforeAttribute(at index: Int) -> String? {
        let word = AccentSkeleton.of(units[index].lower)
        guard (2...6).contains(word.count) else { return nil }
        var next = index + 1
        while next < units.count, next - index <= 3, units[next].kind == .word,
              onlySpaces(units[next - 1].end, units[next].start), units[next].pattern == .lower,
              isAdverbBeforeParticiple(next) {
            next += 1
        }
        guard next < units.count, units[next].kind == .word, onlySpaces(units[next - 1].end, units[next].start),
              units[next].pattern == .lower else { return nil }
        let tags = formTags(next)
        guard !tags.isDisjoint(with: [.ppas, .adj]), tags.isDisjoint(with: RepairPass.closedClassTags.union([.infi])) else { return nil }
        let scored = Self.attributeInfinitives.map { (verb: $0, distance: Self.editDistance(word, AccentSkeleton.of($0))) }
            .sorted { $0.distance < $1.distance }
        guard let best = scored.first, best.distance <= 2, best.distance < word.count,
              scored.dropFirst().first.map({ $0.distance > best.distance }) ?? true else { return nil }
        return best.verb
    }

    /// Levenshtein distance between two short words, by Unicode scalar.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...y.count {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[y.count]
    }

    /// `vous pouvez, éditer`, `doivent, pouvoir être` → no comma: nothing parts
    /// pouvoir, devoir or vouloir from the infinitive it governs, so a comma
    /// between them is a speck — unless it closes a phrase the sentence opened
    /// with (`Si vous voulez, éditer`) or an aside that a comma before the verb
    /// opened (`vous pouvez, si vous voulez, éditer`). A comma before the
    /// modal's subject pronoun closed a phrase of its own and opened no aside
    /// (`Dans ces dialogues, vous pouvez, définir`).
    mutating func commaBetweenModalAndInfinitive(at index: Int) {
        guard index > 0, units[index].start == units[index - 1].end + 2, scalars[units[index - 1].end] == ",",
              scalars[units[index - 1].end + 1] == " ", governsInfinitive(index - 1),
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

    /// `vous ne, connaissez`, `Nous vous, recommandons`, `pouvez vous,
    /// déplacer` → no comma: nothing parts `ne`, or an object pronoun inside
    /// the verb's group of pronouns (after its subject, `ne`, another such
    /// pronoun or a modal verb), from the verb that follows; such a comma is
    /// a speck. (`Et vous, recommandez-vous…`: `vous` after a conjunction is
    /// no object pronoun, and stays.)
    mutating func commaInsidePronounGroup(at index: Int) {
        guard index > 1, units[index].kind == .word, units[index].pattern == .lower,
              units[index - 1].kind == .word, units[index - 1].pattern != .upper,
              units[index].start == units[index - 1].end + 2, scalars[units[index - 1].end] == ",",
              scalars[units[index - 1].end + 1] == " ", formTags(index - 1).contains(.preverb),
              !lowerTags(index).isDisjoint(with: PartsOfSpeech.finite.union([.infi])) else { return }
        if units[index - 1].lower != "ne" {
            let before = index - 2
            guard units[before].kind == .word || units[before].kind == .elision,
                  onlySpaces(units[before].end, units[index - 1].start) || units[before].kind == .elision else { return }
            let lower = units[before].kind == .elision ? units[before].form.lowercased() : units[before].lower
            let inGroup = Self.personOfSubjectPronoun[lower] != nil || lower == "ne" || lower == "n"
                || units[before].kind == .word && formTags(before).contains(.preverb)
                || units[before].kind == .word && !formTags(before).isDisjoint(with: PartsOfSpeech.finite) && isModal(lower)
            guard inGroup else { return }
        }
        edits.append(Edit(offset: units[index - 1].end, before: ",", after: "", rule: "punctuation", confidence: 0.7))
    }

    /// Whether the word at `index` is a finite form of pouvoir, devoir or vouloir
    /// and the next one an infinitive, which it governs (`pouvez éditer`).
    func governsInfinitive(_ index: Int) -> Bool {
        guard index + 1 < units.count, units[index].kind == .word, units[index + 1].kind == .word,
              units[index + 1].pattern == .lower, lowerTags(index + 1).contains(.infi),
              !formTags(index).isDisjoint(with: PartsOfSpeech.finite) else { return false }
        return isModal(units[index].form.lowercased())
    }

    /// Whether `form` is a finite form (or the participle) of a verb that
    /// governs a bare infinitive: pouvoir, devoir, vouloir.
    func isModal(_ form: String) -> Bool {
        let key = ByteKey(form)
        if let known = modalCache.value[key] { return known }
        let found = lexicon.analyze(form).contains { analysis in
            Self.modalLemmas.contains { analysis.contains(utf8: $0) }
                && (analysis.contains(utf8: "po:ppas") || Self.personalMoods.contains { analysis.contains(utf8: $0) })
        }
        modalCache.value[key] = found
        return found
    }

    /// Hunspell's lemma tags of the verbs `isModal` asks about.
    static let modalLemmas = ["st:pouvoir", "st:devoir", "st:vouloir"]

    /// Whether the form at `index`, a noun as well as a finite verb, stands
    /// after the auxiliary `auxiliary` where no bare noun does. After a form
    /// of avoir other than `a` (which may be à) or after `été`, a bare noun
    /// only makes a locution that `de` or `que` continues (`ont force de
    /// loi`, `a été cause de`, `ont envie que`), that `ou` or `et`
    /// coordinates (`ont envie ou besoin`) or that ends a clause (`s’ils en
    /// ont envie.`): another word after it calls for the participle (`ont
    /// participe à`), and so does punctuation after `été` (`a été monte.`).
    /// After `être` a bare noun is a predicate (`est pipe`, `est source
    /// de`): only a preposition that opens no complement of a noun (`dans`,
    /// `par`, `sur`; not `de`), possibly after an adverb (`est copie
    /// automatiquement sur`), shows the passive (`est place dans`).
    func nounGivesWayToParticiple(at index: Int, auxiliary: String) -> Bool {
        guard auxiliary != "a" else { return false }
        let avoir = auxiliary == "été" || lexicon.analyze(auxiliary).contains { $0.contains(utf8: "st:avoir") }
        // Punctuation or the text's end right after it: only `été` takes no bare noun there
        // (`il a été monte.`); a locution of avoir may end a clause (`s’ils en ont envie.`).
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return auxiliary == "été" }
        var next = index + 1
        let nextForm = units[next].form.lowercased()
        switch units[next].kind {
        case .elision where Self.complementOfNounOpeners.contains(nextForm + "e"): return false
        case .word where Self.complementOfNounOpeners.contains(nextForm): return false
        default: break
        }
        // `ont envie ou besoin de`: a noun coordinated with another of the locution.
        if avoir { return units[next].kind != .word || !formTags(next).contains(.cjco) }
        if isAdverbBeforeParticiple(next), next + 1 < units.count, onlySpaces(units[next].end, units[next + 1].start) { next += 1 }
        guard units[next].kind == .word else { return false }
        let tags = formTags(next)
        return tags.contains(.prep) && tags.isDisjoint(with: [.det, .detind])
            && !Self.complementOfNounOpeners.contains(units[next].form.lowercased())
    }

    /// `de` and its forms, and `que`: after a bare noun they open its complement (`est cause de`,
    /// `force de loi`, `ont peur que`).
    static let complementOfNounOpeners: Set<String> = ["de", "du", "des", "que"]

    /// Where the auxiliary of a participle at `index` would stand: the word
    /// right before it, or before the adverbs (up to three) between them
    /// (`est aussi`, `soit pas`, `est continuellement`, `doit pas non plus`).
    func auxiliaryPosition(before index: Int) -> Int {
        var auxiliary = index - 1
        while auxiliary > 0, index - auxiliary <= 3, isAdverbBeforeParticiple(auxiliary),
              units[auxiliary - 1].kind == .word, onlySpaces(units[auxiliary - 1].end, units[auxiliary].start) {
            auxiliary -= 1
        }
        return auxiliary
    }

    /// Whether the unit at `index` is an adverb that may stand between an
    /// auxiliary and its participle (`aussi`, `pas`, `automatiquement`): a
    /// pure adverb, or a negation (`pas` is also a noun).
    func isAdverbBeforeParticiple(_ index: Int) -> Bool {
        guard units[index].kind == .word else { return false }
        let tags = formTags(index)
        if tags.contains(.negadv) { return true }
        return tags.contains(.adv) && tags.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adj, .infi, .ppas, .prep, .det]))
    }

    /// `dans l’index. : Les images`, `vous fermez GIMP. . Si`: marks standing
    /// alone between a finished sentence and the capital of the next one
    /// belong to neither: specks — also when they end the paragraph
    /// (`dans l’index. :` before a blank line). A glued doubled full stop
    /// (`dégradé..Les`) is one full stop and a lost space.
    mutating func specksBetweenSentences() {
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

    /// Marks that open a list item when they open a paragraph.
    static let bulletMarks: Set<Unicode.Scalar> = ["-", "—", "*", "·"]

    /// `d’ordonnancement . d’entrées`, `écrase ‘ complètement`: a mark
    /// standing alone between two words of one sentence is a speck. Only marks
    /// that never stand alone in French typography (`:` `;` `!` `?` `»` and
    /// dashes do) and only before a lower-case word.
    mutating func loneSpecks() {
        specksBetweenSentences()
        let specks: Set<Unicode.Scalar> = [".", "‘", "_", "*", "~", "·", "¢", "°", "©"]
        for index in units.indices.dropLast() {
            let left = units[index], right = units[index + 1]
            guard left.kind == .word || left.kind == .elision, right.kind == .word || right.kind == .elision,
                  right.start == left.end + 3, scalars[left.end] == " ", scalars[left.end + 2] == " ",
                  specks.contains(scalars[left.end + 1]), let first = right.form.unicodeScalars.first,
                  CharacterClass.isLowercase(first) else { continue }
            edits.append(Edit(offset: left.end + 1, before: String(scalars[left.end + 1]) + " ", after: "",
                              rule: "punctuation", confidence: 0.7))
        }
    }
}

extension RepairPass {
    /// Whether a word of the other language (and not of this one) stands
    /// within two words of the unit at `index`: then the unit is part of a
    /// quotation (`for a user`, `the package is`), not damaged text.
    /// `trusted` is a neighbour the caller already knows to be French.
    /// `ignoringNames`: a capitalised word inside the sentence counts as a
    /// name (`n’hésitez pas a ajouter Quilt`), not as English — for the `a`
    /// rule, where a program's name beside the `a` says nothing of its
    /// language. Spelling repairs keep counting them: an English title
    /// (`« Security Considerations »`) is written that way.
    func inForeignContext(_ index: Int, trusting trusted: Int? = nil, ignoringNames: Bool = false) -> Bool {
        for offset in [-2, -1, 1, 2] {
            let other = index + offset
            guard units.indices.contains(other), other != trusted, units[other].kind == .word, !units[other].isProtected,
                  // Acronyms (ICC, GIMP) are shared by both languages: only words count.
                  CasePattern(of: units[other].text) != .upper,
                  !ignoringNames || units[other].pattern != .capitalized || isSentenceStart(units[other].start) else { continue }
            // Two words away, a French word only between them ends the English stretch (`markups, puis a joindre`).
            if abs(offset) == 2, case let between = units[index + offset / 2], between.kind == .word,
               repairer.spells(between.text), repairer.foreignLexicon?.spell(between.text) == false { continue }
            // The word as the scan read it: one repaired from an English spelling (grace → grâce)
            // still counts — reading it as French here harmed a held-out set more than it helped.
            // Only a grammatical word whose accents alone were restored (tres → très) is no
            // English: a quotation of English never writes it.
            // Nor is an English word that reads as a common French word misshapen (`puls il dolt`):
            // the English model's readings of French come in clusters.
            if repairer.isForeign(units[other].text),
               !(units[other].form != units[other].text && Self.restoresDiacritics(units[other].text, units[other].form)
                 && isGrammaticalWord(units[other].form.lowercased())),
               !(units[other].pattern == .lower && isEnglishReadingOfFrench(units[other].lower)) { return true }
        }
        return false
    }
}
