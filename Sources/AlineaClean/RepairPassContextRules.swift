import AlineaLexicon

/// Pass 3 of `RepairPass`: valid tokens that are wrong in context. Each rule
/// reads the repaired forms of the neighbours, so it runs after pass 2.
/// This file holds the dispatch (`applyContextRules`) and the navigation
/// between units every rule shares (`unitIndex`, `neighbour`); the rules live
/// in one file per concept: `RepairPassGraveA` (à and a), `RepairPassGraveOu`
/// (où and ou), `RepairPassAccentVariants`, `RepairPassParticiples`,
/// `RepairPassLostArticles`, `RepairPassStrayCapitals`,
/// `RepairPassSentenceEnds`, `RepairPassCommas`, and the grammar they ask of a
/// clause in `RepairPassClauseGrammar`.
extension RepairPass {
    func applyContextRules() {
        let followers = prepositionFollowers()
        circumflexLoss = french && dropsCircumflexes()
        capitalAccentsDropped = french && dropsCapitalAccents()
        // Strokes read for `Il` first: the rules below read the pronoun as the verb's subject (`|| a été`).
        misreadPronounIl()
        misreadPronounOpeningClause()
        // Each rule reads the unit in place: a copy of a unit retains its three strings,
        // and the rules are asked of every word.
        for index in units.indices where !units[index].isProtected {
            // `pays. lest temps` → `Il est`, whether the word pass left `lest` alone or read `l’est` there.
            if french, units[index].length == 4, units[index].kind == .word, units[index].text == "lest" { pronounIlReadAsElidedL(at: index) }
            // A damaged word the word pass read is final — unless the infinitive slot after a
            // modal overrules that reading (`peut ére compressé`: not `ère`).
            if units[index].edited {
                if french, units[index].kind == .word, !units[index].spells {
                    let before = edits.count
                    infinitiveAfterModal(at: index)
                    if edits.count == before { prepositionGluedToArticle(at: index) }
                    if edits.count == before { misreadNegationParticle(at: index) }
                    // `où` with its `ù` read as two i's, which the word pass read as the `u` of `ou`:
                    // the grammar that restores a lost grave decides, and that reading gives way.
                    if edits.count == before, units[index].text == "oii", units[index].form == "ou" {
                        lostGraveOnOu(at: index, revising: true)
                    }
                }
                // `placer Ia où`: the article the word pass read there may be the adverb.
                if french, units[index].form == "la", units[index].text != "la" { lostGraveOnLa(at: index) }
                // The mark before it reads the word as repaired (`peut, étre appliqué`).
                specksBeforeUnit(index)
                if french, units[index].kind == .word { specksInsideVerbGroup(before: index) }
                continue
            }
            let text = units[index].text, kind = units[index].kind
            let bytes = text.utf8.count
            // The mark before the unit, whatever the unit is (`Pour mémoire; il`, `En effet; l’absence`).
            specksBeforeUnit(index)
            // A capital A opening a sentence is left alone: unaccented capitals are a legitimate
            // French style (A partir de). Inside a sentence it is a label's letter or a lost à.
            if french, kind == .ampersand || bytes == 1 && (text == "a" || OCRConfusionModel.digitReadingsOfGraveA.contains(text)
                || text == "A" && !isSentenceStart(units[index].start))
                || bytes == 2 && OCRConfusionModel.letterReadingsOfGraveA.contains(text) {
                graveA(at: index, followers: followers)
            } else if french, bytes == 1, text == "A" {
                capitalGraveOpeningSentence(at: index)
            } else if french, bytes == 2, text == "00" {
                zeroesReadForOu(at: index)
            } else if bytes == 2, OCRConfusionModel.romanTwoReadings.contains(text), romanTwoOpensHeading(at: index) {
                replace(index, with: Decision(after: "II", rule: "confusion", confidence: 0.8))
            } else if french, bytes == 2, OCRConfusionModel.pronounIlReadings.contains(text) {
                pronounIl(at: index)
            } else if french, bytes == 1, text == "I" || text == "1" || text == "i" || text == "H" {
                pronounIl(at: index, lone: true)
            } else if french, bytes <= 3, text == "il" || text == "ils" {
                smallPronounOpeningSentence(at: index)
            } else if french, bytes == 2, units[index].pattern == .upper, let last = text.unicodeScalars.last,
                      OCRConfusionModel.capitalsOfDotlessSmall.contains(last) {
                dotlessCapitalInShortWord(at: index)
            } else if french, bytes == 2, text == "je" {
                articleReadAsJe(at: index)
            } else if french, bytes == 3, text == "où" {
                inventedGraveOnOu(at: index)
            } else if french, bytes == 2, text == "à" {
                inventedGraveOnA(at: index)
            } else if french, bytes == 2, text == "ou" {
                lostGraveOnOu(at: index)
            } else if french, bytes == 2, text == "la" {
                if !demonstrativeLa(at: index) { lostGraveOnLa(at: index) }
            } else if french, bytes == 3, text == "des" || text == "Des" {
                lostGraveOnDes(at: index)
                if !units[index].edited, text == "Des" { capitalMidSentence(at: index) }
            } else if french, bytes == 2, text == "or" {
                misreadGraveOnOu(at: index)
            } else if french, bytes == 2, text == "1a" {
                // `placer 1a où`, `n’est 1a qu’à titre`: a one read for the `l` of `la`, where only the adverb fits.
                lostGraveOnLa(at: index)
            } else if french, kind == .elision {
                capitalElisionMidSentence(at: index)
                if !units[index].edited, bytes <= 4, text.hasPrefix("l") { pronounIlReadAsElidedL(at: index) }
            } else if french, kind == .word {
                capitalMidSentence(at: index)
                if !units[index].edited, bytes == 3, text == "là" { inventedGraveOnLa(at: index) }
                if !units[index].edited, bytes == 4, text == "dés" || text == "Dés" { lostGraveOnDes(at: index) }
                if !units[index].edited { determinerBeforeNoun(at: index) }
                if !units[index].edited { pluralDeterminerBeforeModifier(at: index) }
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
                specksInsideVerbGroup(before: index)
                if !units[index].edited { misreadDeterminerL(at: index) }
                if !units[index].edited { lostArticleAfterPreposition(at: index) }
                if !units[index].edited { lostArticleOfSubject(at: index) }
                if !units[index].edited { lostArticleOfSubjectAfterMark(at: index) }
                if !units[index].edited { lostArticleOfObject(at: index) }
                if !units[index].edited { lostArticleInCoordination(at: index) }
                if !units[index].edited, circumflexLoss { lostCircumflex(at: index) }
                if !units[index].edited { lostApostropheBeforeNegation(at: index) }
                if bytes <= 3 { misreadNegationParticle(at: index) }
                if !units[index].edited, bytes == 2, text == "eh" { interjectionReadForEn(at: index) }
                if !units[index].edited { contentWordReadForDeterminer(at: index) }
                if !units[index].edited { capitalIInManualReference(at: index) }
                if !units[index].edited { secondPersonMisreading(at: index) }
                if !units[index].edited { participleAfterNoun(at: index) }
            }
        }
        periodBeforeLowercase()
        lostArticlesOpeningSentences()
        stopBeforeSmallLetter()
        smallPronounAfterNumberOrBracket()
        commaBeforeSentenceStart()
        stopAfterClosingBracket()
        stopBeforeCapitalisedOpener()
        repairParagraphEnds()
        loneSpecks()
        strayOpeningQuotes()
        strayQuoteMarks()
        colonAfterGrammaticalWord()
        spacedHyphens()
        if french {
            lostGraveInWideGaps()
            lostGraveBeforeLocution()
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
            // `une de ces fonctions a`, `l’un de ses fichiers a`: a demonstrative, possessive or indefinite
            // determiner between `de` and the noun leaves it the complement of the word before.
            if !complement, head.kind == .word, other >= 2, onlySpaces(head.end, units[other].start),
               !formTags(other - 1).isDisjoint(with: [.detdem, .detpos, .detind]) {
                let de = units[other - 2]
                complement = de.kind == .elision ? de.end == head.start && de.form == "d"
                                                 : de.form.lowercased() == "de" && onlySpaces(de.end, head.start)
            }
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
        if form.utf8.contains(UInt8(ascii: " ")) {
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
            // A word glued to a French elision is French, read without its accents (`a l’execution`):
            // English writes no `l’` or `d’` before its words.
            if other > 0, units[other - 1].kind == .elision, units[other - 1].end == units[other].start { continue }
            // The word as the scan read it: one repaired from an English spelling (grace → grâce)
            // still counts — reading it as French here harmed a held-out set more than it helped.
            // Only a grammatical word whose accents alone were restored (tres → très) is no
            // English: a quotation of English never writes it.
            // Nor is an English word that reads as a common French word misshapen (`puls il dolt`):
            // the English model's readings of French come in clusters.
            if isForeignAsRead(other),
               !(units[other].form != units[other].text && Self.restoresDiacritics(units[other].text, units[other].form)
                 && isGrammaticalWord(lowerForm(other))),
               !(units[other].pattern == .lower && isEnglishReadingOfFrench(units[other].lower)) { return true }
        }
        return false
    }
}
