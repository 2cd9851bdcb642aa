import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: `où` and `ou`. The relative adverb and the
/// conjunction differ by a grave a scan drops (`l’endroit ou`), invents (`un
/// où deux`) or misreads (`or`, `00`); `la ou` may be `là où` with both graves
/// lost. Only the clause after the word tells them apart — a relative clause
/// with its subject and its verb, an indirect question (`savoir où
/// chercher`), or two like words or noun phrases that `ou` coordinates. Kept
/// apart from `à` (`RepairPassGraveA`): these rules read clauses, not
/// `ARuleDecider`.
extension RepairPass {
    /// `dans les cas or il`, `l’endroit or on` → `où`: the ù read as an r. The
    /// conjunction `or` opens a clause after a mark (`…, or il`), never right after a
    /// noun, and the noun `or` takes a determiner or a preposition (`l’or`, `en or`);
    /// so an `or` between a noun and the clause it opens (a subject or a
    /// determiner next) is the relative `où`. Not in English words' company (`files or the`).
    func misreadGraveOnOu(at index: Int) {
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
    /// subject: a verb or a clitic follows it. So does a reflexive verb, its subject after it (`le fichier ou
    /// se trouve l’erreur`).
    func opensRelativeWithSubject(at index: Int) -> Bool {
        guard index > 0, index + 2 < units.count, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let previous = formTags(index - 1)
        guard !previous.isDisjoint(with: [.nom, .adj]), previous.isDisjoint(with: Self.closedClassTags.union(PartsOfSpeech.finite))
        else { return false }
        // `le fichier ou se trouve l’erreur`: a reflexive verb whose subject follows it; `ou` joins a second
        // verb with its `se` only after a first one (`il s’arrête ou se bloque`).
        let clitic = units[index + 1], verb = index + 2
        let reflexive = clitic.kind == .word && clitic.form == "se" && onlySpaces(clitic.end, units[verb].start)
            || clitic.kind == .elision && clitic.form == "s" && clitic.end == units[verb].start
        if reflexive, onlySpaces(units[index].end, clitic.start), units[verb].kind == .word {
            return readsAsFiniteVerb(verb) && formTags(verb).isDisjoint(with: [.nom, .adj])
        }
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
        let verb = lowerForm(position)
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
    func zeroesReadForOu(at index: Int) {
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
    /// lost its accent too. After the elision `d’` only `où` is French, in
    /// any document.
    func lostGraveOnOu(at index: Int, revising: Bool = false) {
        func choose(confidence: Double) {
            let decision = Decision(after: "où", rule: "accent", confidence: confidence)
            if revising { revise(index, with: decision) } else { replace(index, with: decision) }
        }
        // Grammar decides in any document; prose's neighbours only where the scan drops graves.
        // The conjunction elides nothing and takes no elided `de` before it: `d’ou` is `d’où`.
        let afterElidedDe = index > 0 && units[index - 1].kind == .elision && units[index - 1].form == "d"
            && units[index - 1].end == units[index].start
        if afterElidedDe || opensRelativeWithSubject(at: index) || asksWhereWithInfinitive(at: index) || closesPrepositionalLocution(at: index) {
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
              opensClauseSubject(index + 1), !["le", "les"].contains(lowerForm(index + 1)) else { return false }
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

    /// `où` → `ou` where the relative adverb is impossible: `où` opens a
    /// clause (où il, où le chemin, où aller, où ne), so an adverb, a
    /// preposition or a bare adjective after it (plus où moins, où pour, où
    /// transparents, `, où bien`), a past participle (où soumis), a gerund (où en utilisant), `de` before a
    /// determiner (où de votre entreprise), or the same kind of word on both
    /// sides (éclaircir où assombrir, un où deux, CD où DVD), means the
    /// conjunction with an accent the scan invented. A grammatical adverb
    /// (plus, même, bien) is read as one, whatever rarer verb form it also spells.
    func inventedGraveOnOu(at index: Int) {
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
                    || units[position].kind == .word && lowerForm(position) == "un"
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
        // `l’outil Balance où l’outil Courbes, mais`: an elided article opens a noun phrase no verb follows.
        if next.kind == .elision, next.form == "l", coordinatesNounPhrases(at: index) {
            replace(index, with: Decision(after: "ou", rule: "accent", confidence: 0.7))
            return
        }
        let previous = adjacent && units[index - 1].kind == .word ? formTags(index - 1) : PartsOfSpeech()
        let following = tags(next.form)
        // là où, par où, jusqu’où: the adverb's own company (not a compound preposition: au-dessus où au-dessous).
        if adjacent, previous.contains(.prep) && !units[index - 1].form.utf8.contains(UInt8(ascii: "-")) || lowerForm(index - 1) == "là" { return }
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
            && !(previous.contains(.infi) && governsIndirectQuestion(lowerForm(index - 1)))
        // Two finite verbs of one person (`reçoit où envoie`, `modifiez où commentez`): où relates to a
        // noun or an adverb, and a verb is neither.
        // Not where the second may have its subject after it (`on voit où mène le chemin`: an indirect
        // question): a determiner of its number right after a verb of the third person.
        let parallelVerbs = adjacent && units[index - 1].kind == .word && next.kind == .word
            && readsAsFiniteVerb(index - 1) && readsAsFiniteVerb(index + 1) && mayBeConjunction(at: index)
            && sharesPerson(lowerForm(index - 1), next.form.lowercased())
            && !mayInvertSubject(afterVerbAt: index + 1)
        // After a word prose puts before the relative adverb, and not before the conjunction (`n’importe où
        // dans`, `là où`), the adverb stands without a clause of its own: nothing after it is impossible.
        let settledAdverb = adjacent && units[index - 1].kind == .word
            && GraveAccentContexts.shared.favoursAccent(on: "où", .prev, neighbour: units[index - 1].form.lowercased()) == true
        guard !settledAdverb, impossible || parallel || parallelVerbs || !relativeClauseHasVerb(after: index) && mayBeConjunction(at: index)
                || coordinatesNounPhrases(at: index) else { return }
        replace(index, with: Decision(after: "ou", rule: "accent", confidence: 0.7))
    }

    /// `un opéra où une œuvre pour grand orchestre`, `dans un paquet où un projet et`, `l’outil
    /// Balance où l’outil Courbes,` → `ou`: in a scan that invents accents (`showsInventedAccents`),
    /// `où` between a noun and a noun phrase whose determiner (or elided article) opens it, where no verb follows that phrase (its nouns,
    /// adjectives and `de` complements passed over: `où les fichiers de configuration sont`
    /// keeps its relative; so does any word after the noun that may be a finite verb, `où les
    /// fichiers résident`), joins two noun phrases: a relative clause needs its verb after its subject.
    func coordinatesNounPhrases(at index: Int) -> Bool {
        guard index > 0, index + 2 < units.count, mayBeConjunction(at: index), units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index].end, units[index + 1].start),
              formTags(index - 1).contains(.nom), CasePattern(of: units[index + 1].form) == .lower,
              units[index + 1].kind == .word && !formTags(index + 1).isDisjoint(with: [.det, .detpos, .detdem, .detind])
                && formTags(index + 1).isDisjoint(with: [.propersuj, .properobj, .preverb])
                // An elided article before a noun (`où l’outil`), not before `on` (`où l’on`), opens one too.
                || units[index + 1].kind == .elision && lowerForm(index + 1) == "l" && units[index + 1].end == units[index + 2].start
                    && units[index + 2].kind == .word && lowerForm(index + 2) != "on",
              showsInventedAccents() else { return false }
        var current = index + 2, nouns = 0
        while current < units.count, current - index <= 8 {
            guard onlySpaces(units[current - 1].end, units[current].start) || units[current - 1].kind == .elision else { break }
            guard units[current].kind == .word || units[current].kind == .elision else { break }
            let form = lowerForm(current)
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
        let verb = lexicon.analyze(lowerForm(index))
        let singular = verb.contains { $0.contains(utf8: "po:3sg") }, plural = verb.contains { $0.contains(utf8: "po:3pl") }
        guard singular || plural else { return false }
        if units[index + 1].kind == .elision { return singular && ["l", "d"].contains(lowerForm(index + 1)) }
        let determiner = lexicon.analyze(lowerForm(index + 1)).filter { $0.contains(utf8: "po:det") }
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
        // Object pronouns only, so far: an infinitive after them is the clause's verb (`– où les placer`)
        // where a mark stands before the word; after a word it may coordinate two infinitives (`les
        // aligner sur la barre ou les afficher`).
        var clitics = index > 0 && !onlySpaces(units[index - 1].end, units[index].start)
        while current < units.count, current - index <= 30 {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(where: { ",;:.!?()\n".unicodeScalars.contains($0) }) { return false }
            if units[current].kind == .word {
                let tags = formTags(current)
                // A subject pronoun opens a clause whatever its verb became (`où il n’y à rien`). A first- or
                // second-person form with no pronoun (`ou ne déplaciez le calque`) is no verb of this clause.
                if tags.contains(.propersuj) || (clitics || current == index + 1) && tags.contains(.infi) { return true }
                clitics = clitics && !tags.isDisjoint(with: [.properobj, .preverb]) && tags.isDisjoint(with: [.nom, .adj])
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

    /// Whether the word before `index`, spaces only between, is a determiner
    /// that cannot be an object pronoun (`du`, `un`, `cette`; not `le`, `la`,
    /// `les`, which may stand before a verb): what follows it is a noun.
    func followsPlainDeterminer(_ index: Int) -> Bool {
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let tags = formTags(index - 1)
        return !tags.isDisjoint(with: [.det, .detpos, .detdem, .detind]) && tags.isDisjoint(with: [.properobj, .preverb])
    }
}
