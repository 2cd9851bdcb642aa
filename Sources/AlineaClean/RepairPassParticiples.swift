import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: the verb form a slot demands, one accent
/// or a few letters from what the scan read. After an auxiliary comes a
/// participle (`est utilise` → `utilisé`), after a subject a finite verb
/// (`vous étés` → `êtes`), after a determiner a noun rather than a
/// participle (`l’imagé` → `image`), after a modal an infinitive (`peut âtre`
/// → `être`). Kept together because they share the reading of auxiliaries,
/// modals and the adverbs that may stand between (`auxiliaryPosition`,
/// `isAdverbBeforeParticiple`).
extension RepairPass {
    /// `l’imagé`, `la formé`, `deux secondés` → `image`, `forme`, `secondes`:
    /// right after a determiner a noun is expected, and a past participle
    /// that is no noun (`imagé`; `le résumé` is one) seldom stands there.
    /// When removing an accent the French model invented gives a noun that
    /// agrees with the determiner, that noun was printed — in a document that
    /// shows invented or misread accents elsewhere (`showsInventedAccents`):
    /// clean text's `les dérivés` is a participle used as a noun. So is a grave
    /// the English model read as an acute (`les paramétrés d’amorçage`, `une
    /// réglé souple` → `paramètres`, `règle`).
    func participleAfterDeterminer(at index: Int) {
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
                  // `chaque point placé`: a negation's adverb is grammatical too, and its noun reading is no adjective.
                  formTags(index - 1).isDisjoint(with: [.negadv]),
                  units[index - 2].kind == .word, onlySpaces(units[index - 2].end, previous.start),
                  !formTags(index - 2).isDisjoint(with: [.det, .detdem, .detpos, .detind]) {
            // `une telle approché`, `la même approché`: a grammatical adjective stands between the
            // determiner and its noun (not a content adjective, which may be the noun itself: `un portable`).
            determinerAnalyses = lexicon.analyze(lowerForm(index - 2)).filter { $0.contains(utf8: "po:det") }
        } else { return }
        guard !determinerAnalyses.isEmpty else { return }
        let noun = onlyAccentVariant(of: unit.text, kinds: { $0 == .inventedAccent || $0 == .wrongAccent }) {
            agrees($0, with: determinerAnalyses)
        }
        // `les dérivés`: a participle French itself writes more often than the noun is one it uses as a noun —
        // unless the document writes the noun more often than the participle (`le calqué actif` beside `calque`).
        if let noun, case let participle = GeneralFormFrequencies.shared.perBillion(unit.lower), participle > 0,
           participle >= GeneralFormFrequencies.shared.perBillion(noun),
           vocabulary.count(noun) <= vocabulary.count(unit.lower) { return }
        if let noun { replace(index, with: Decision(after: noun, rule: "accent", confidence: 0.7)) }
    }

    /// `tous les deux centrés`: a number after `tous les` may be a pronoun, which the
    /// participle `qualified` after it then agrees with; one of the other gender
    /// (`toutes les deux secondés`) cannot, and the phrase counts nouns (`secondes`).
    func quantifiesPronoun(_ index: Int, qualified: String) -> Bool {
        guard index >= 2, formTags(index).contains(.nb), lowerForm(index - 1) == "les" else { return false }
        switch lowerForm(index - 2) {
        case "tous": return !qualified.hasSuffix("ées")
        case "toutes": return qualified.hasSuffix("ées")
        default: return false
        }
    }

    /// `qu’elle utilisé le tampon` → `utilise`, `vous étés` → `êtes`,
    /// `lorsqu’elles différent` → `diffèrent`: a subject pronoun takes a finite
    /// verb, never a bare participle (that needs an auxiliary), a noun or an
    /// adjective, so such a word right after il, elle, on, nous, vous, ils or
    /// elles (a `ne` between allowed) whose accent variant is a finite form of
    /// that person is that verb. Inverted pronouns are part of their hyphenated
    /// word (`est-elle partie`).
    func verbAfterSubject(at index: Int) {
        // The unit is read in place, not copied (a copy retains its three strings).
        guard units[index].pattern == .lower, units[index].length >= 4 else { return }
        let own = lowerTags(index)
        guard own.isDisjoint(with: PartsOfSpeech.finite.union([.adv, .prep, .mg, .infi])), !own.isDisjoint(with: [.ppas, .nom, .adj]),
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
              clauseOpening(before: index) != .finiteVerb, showsInventedAccents() else { return nil }
        return person(ofNounAt: index - 1)
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
    func participleAfterAuxiliary(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        guard index > 0, units[index].pattern == .lower, units[index].length >= 4,
              units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return }
        let own = lowerTags(index)
        guard own.contains(.ipre), own.isDisjoint(with: [.ppas, .adj, .adv, .prep, .mg]) else { return }
        let unit = units[index]
        let auxiliary = auxiliaryPosition(before: index)
        let previous = lowerForm(auxiliary)
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
    func participleClosingNounPhrase(at index: Int) {
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
        let noun = lexicon.analyze(lowerForm(index - 1)).filter { $0.contains(utf8: "po:nom") }
        let participle = onlyAccentVariant(of: units[index].text, kinds: { $0 == .accentLoss }) { candidate in
            lexicon.analyze(candidate).contains { analysis in
                analysis.contains(utf8: "po:ppas") && noun.contains { Self.agree($0, analysis) }
            }
        }
        if let participle { replace(index, with: Decision(after: participle, rule: "accent", confidence: 0.65)) }
    }

    /// The first five flags of a Hunspell verb analysis's `po:v` tag — the
    /// conjugation group's digit, `_`, then the intransitive, direct and indirect
    /// flags (`po:v1_itnq__a`: `1`, `_`, `i`, `t`, `n`) — or nil for no verb, or
    /// an auxiliary, whose second flag is its own (`po:v0ait`).
    static func verbFlags(_ analysis: String) -> [Unicode.Scalar]? {
        guard let range = analysis.range(utf8: "po:v") else { return nil }
        let flags = Array(analysis[range.upperBound...].unicodeScalars.prefix(5))
        return flags.count == 5 && flags[1] == "_" ? flags : nil
    }

    /// Whether a Hunspell verb analysis flags its verb as taking a direct object,
    /// whatever else it takes (`po:v1_it_q__a`, signer; `po:v1_itnq__a`, donner).
    static func takesDirectObject(_ analysis: String) -> Bool {
        verbFlags(analysis).map { $0[3] == "t" } ?? false
    }

    /// Whether a Hunspell verb analysis flags its verb as taking a direct object
    /// and nothing else: `po:v1__t___zz` (sécuriser), not `po:v1_it_q__a`
    /// (signer, also intransitive) nor `po:v1_itnq__a` (donner, also indirect).
    static func takesOnlyDirectObject(_ analysis: String) -> Bool {
        verbFlags(analysis).map { $0[2] == "_" && $0[3] == "t" && $0[4] == "_" } ?? false
    }

    /// `peut âtre affichée`, `doit tre supprimé`, `devrait âtre le cas` →
    /// `être`: after a form of pouvoir, devoir or vouloir (adverbs and a
    /// negation may stand between: `ne peut pas`) comes the infinitive they
    /// govern, so a word that is none is the scan's damage of one: the
    /// infinitive among its confusion-model readings, or, when it is no word,
    /// among the words one letter away — its first letter included, which a
    /// scan loses whole (`tre`), though no generic search adds one there.
    func infinitiveAfterModal(at index: Int) {
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
              isModal(lowerForm(modal)) else { return }
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

    /// Whether the word at `index` is a finite form of pouvoir, devoir or vouloir
    /// and the next one an infinitive, which it governs (`pouvez éditer`) — or
    /// the infinitive's clitic (`devrait se lancer`) or an adverb that is nothing
    /// else (`pouvez ainsi stocker`) stands between them, one space from it: the
    /// mark the rules that ask this judge is the one after the modal.
    func governsInfinitive(_ index: Int) -> Bool {
        guard index + 1 < units.count, units[index].kind == .word, units[index + 1].kind == .word,
              units[index + 1].pattern == .lower,
              !formTags(index).isDisjoint(with: PartsOfSpeech.finite) else { return false }
        if !readsAsInfinitive(index + 1) {
            let between = formTags(index + 1)
            let clitic = between.contains(.preverb)
            let adverb = between.isAdverbOnly
            guard clitic || adverb, index + 2 < units.count, units[index + 2].kind == .word,
                  units[index + 2].pattern == .lower, onlySpaces(units[index + 1].end, units[index + 2].start),
                  readsAsInfinitive(index + 2) else { return false }
        }
        return isModal(lowerForm(index))
    }

    /// Whether the unit at `index` is an infinitive as read, or a damaged word (no
    /// word as read) that the word pass repaired into one (`étre` → `être`).
    func readsAsInfinitive(_ index: Int) -> Bool {
        let asRead = lowerTags(index)
        if asRead.contains(.infi) { return true }
        return asRead.isEmpty && units[index].edited && formTags(index).contains(.infi)
    }

    /// Whether `form` is a finite form (or the participle) of a verb that
    /// governs a bare infinitive: pouvoir, devoir, vouloir.
    func isModal(_ form: String) -> Bool {
        let key = ByteKey(form)
        if let known = modalCache[key] { return known }
        let found = lexicon.analyze(form).contains { analysis in
            Self.modalLemmas.contains { analysis.contains(utf8: $0) }
                && (analysis.contains(utf8: "po:ppas") || Self.personalMoods.contains { analysis.contains(utf8: $0) })
        }
        modalCache[key] = found
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
        let nextForm = lowerForm(next)
        switch units[next].kind {
        case .elision where Self.complementOfNounOpeners.contains(nextForm + "e"): return false
        case .word where Self.complementOfNounOpeners.contains(nextForm): return false
        default: break
        }
        // `ont envie ou besoin de`: a noun coordinated with another of the locution; `aurez envie en
        // premier lieu de lire`: an adverbial phrase between the noun and its complement.
        if avoir { return units[next].kind != .word || !formTags(next).contains(.cjco) && !complementOfNounFollows(index) }
        if isAdverbBeforeParticiple(next), next + 1 < units.count, onlySpaces(units[next].end, units[next + 1].start) { next += 1 }
        guard units[next].kind == .word else { return false }
        let tags = formTags(next)
        return tags.contains(.prep) && tags.isDisjoint(with: [.det, .detind])
            && !Self.complementOfNounOpeners.contains(lowerForm(next))
    }

    /// Whether the word after unit `index` is a preposition or adverb opening an
    /// adverbial phrase, and `de` or `que` (whole or elided) then opens a complement
    /// within the four words after it, no mark between (`envie en premier lieu de`).
    func complementOfNounFollows(_ index: Int) -> Bool {
        guard index + 1 < units.count, units[index + 1].kind == .word,
              !formTags(index + 1).isDisjoint(with: [.prep, .adv]), formTags(index + 1).isDisjoint(with: [.det, .detind]) else { return false }
        var current = index + 2
        while current < units.count, current <= index + 5, onlySpaces(units[current - 1].end, units[current].start) {
            let form = lowerForm(current)
            if units[current].kind == .elision ? form == "d" || form == "qu" : form == "de" || form == "que" { return true }
            current += 1
        }
        return false
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
}
