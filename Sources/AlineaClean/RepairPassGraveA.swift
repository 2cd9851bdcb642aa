import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: `à` and `a`. The preposition and the verb
/// differ by one grave accent that a scan drops (`a la ligne`), invents (`il
/// à été`), reads as a digit or an ampersand (`4 partir`, `& des fins`), or
/// loses with a space (`demander  l’application`, `ace cadre`); a capital
/// `A` opening a sentence may have lost it too (`A partir de`). Kept apart
/// because these rules share `ARuleDecider`'s verdict and the document's own
/// evidence of how its scan treats that accent (`countsOfA`,
/// `graveNeighbourPairs`, `prepositionFollowers`).
extension RepairPass {
    /// `demander  l’application`, `inhérents  la stabilité`, `en bas  gauche`
    /// → ` à `: a scan that loses a lone `à` whole often keeps the space on
    /// each side of it, so two spaces between two words of one line mark the
    /// place of a lost word. Where grammar, as `ARuleDecider` reads it, wants
    /// the preposition there with confidence (its threshold raised: nothing
    /// may have been lost at all), the `à` is put back.
    func lostGraveInWideGaps() {
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
            if formTags(index).contains(.infi), modalGovernsBare(infinitiveAt: index) { continue }
            let next = ARuleDecider.Neighbour(text: units[index].form, isElision: units[index].kind == .elision)
            let afterNext = wordAfter(at: index + 1)
            guard let verdict = repairer.aRule.decide(observed: "a", previous: previous, next: next, afterNext: afterNext,
                                                      followsPreposition: 0, clauseHasVerb: true, accentLoss: 0),
                  verdict.isPreposition, verdict.confidence >= Self.lostGraveConfidence else { continue }
            edits.append(Edit(offset: units[index - 1].end, before: "  ", after: " à ", rule: "grave-a", confidence: verdict.confidence))
        }
    }

    /// `le répertoire partir duquel`, `directement partir des définitions`, `inversé partir
    /// d’une note` → `à partir`: a scan that loses a lone `à` whole may take one space with it.
    /// Only before an infinitive that prose writes after `à` a hundred times or more
    /// (`locutionAfterGraveMinimum`: `à partir`, `à utiliser`), with the word after it as
    /// prose writes the pair after `à` (`GraveAccentContexts`: `à partir de`, `à utiliser
    /// pour`), where no word before governs the infinitive bare: a noun, an adjective or a participle (over
    /// adverbs, `est produite directement partir`) takes no bare infinitive, nor does a reflexive
    /// infinitive (`s’utiliser partir de`) — unless an interrogative determiner asks the question
    /// the infinitive completes (`Quel format utiliser pour`); a verb, a preposition, a clitic, a negation or a
    /// conjunction may (`peut partir de`, `pour partir de`, `ne pas partir de`, `et partir de`).
    func lostGraveBeforeLocution() {
        for index in units.indices.dropFirst() where units[index].kind == .word && units[index].pattern == .lower
            && index + 1 < units.count && Self.wordsOftenAfterGrave.contains(units[index].lower)
            && units[index - 1].kind == .word && units[index - 1].end + 1 == units[index].start
            && scalars[units[index - 1].end] == " " && formTags(index).contains(.infi) {
            let next = units[index + 1]
            guard next.kind == .word || next.kind == .elision, next.pattern == .lower || next.kind == .elision,
                  next.kind == .elision ? next.start == units[index].end + 1 : onlySpaces(units[index].end, next.start),
                  GraveAccentContexts.shared.favoursAccent(on: "à", .next2, neighbours: lowerForm(index), lowerForm(index + 1),
                                                           seen: GraveAccentContexts.settledPhraseMinimum) == true,
                  governsNoBareInfinitive(before: index) else { continue }
            edits.append(Edit(offset: units[index].start, before: "", after: "à ", rule: "grave-a", confidence: Self.lostGraveConfidence))
        }
    }

    /// How often prose must have written an infinitive after `à` before a lost `à` is put back before it.
    static let locutionAfterGraveMinimum = 100

    /// The words prose wrote after `à` `locutionAfterGraveMinimum` times or more: each word of a text
    /// is looked up here before anything is asked of it.
    static let wordsOftenAfterGrave = GraveAccentContexts.shared.neighboursAccented("à", atLeast: locutionAfterGraveMinimum)

    /// Whether the words right before the infinitive at `index` leave it ungoverned: over adverbs that
    /// are nothing else, a noun, an adjective or a past participle in small letters that is no finite verb,
    /// or an infinitive whose reflexive clitic stands before it — none takes an infinitive bare.
    func governsNoBareInfinitive(before index: Int) -> Bool {
        var current = index - 1
        while current > 0, units[current].kind == .word, units[current].pattern == .lower, formTags(current).isAdverbOnly,
              onlySpaces(units[current - 1].end, units[current].start) { current -= 1 }
        guard units[current].kind == .word, units[current].pattern == .lower else { return false }
        let tags = formTags(current)
        if tags.contains(.infi) {
            return current > 0 && units[current - 1].kind == .elision && units[current - 1].end == units[current].start
                && ["s", "se"].contains(lowerForm(current - 1))
        }
        // `Quel format utiliser pour`: after an interrogative determiner's noun the infinitive asks the question.
        let question = (max(0, current - 2)..<current).contains { units[$0].kind == .word && formTags($0).contains(.detex) }
        return !question && !tags.isDisjoint(with: [.nom, .adj, .ppas])
            && tags.isDisjoint(with: PartsOfSpeech.finite.union([.prep, .mg, .det, .detind, .detdem, .detpos, .negadv, .adv, .infi]))
    }

    /// Whether a modal a few words before the infinitive at `index` governs it bare (`vous
    /// devez d’abord  comprendre`): not where the modal's own infinitive stands between them
    /// (`vous pouvez être amené  réinstaller`), which filled the modal's slot.
    func modalGovernsBare(infinitiveAt index: Int) -> Bool {
        for modal in max(0, index - 4)..<index where units[modal].kind == .word && isModal(lowerForm(modal))
            && !formTags(modal).isDisjoint(with: PartsOfSpeech.finite) {
            let between = (modal + 1)..<max(modal + 1, index - 1)
            if !between.contains(where: { units[$0].kind == .word && formTags($0).contains(.infi) }) { return true }
        }
        return false
    }

    /// The unit at `position` as a neighbour read after the one before it (`ARuleDecider`'s
    /// `afterNext`), parted from it by anything but spaces when `separated`; nil past the text's end.
    func wordAfter(at position: Int) -> ARuleDecider.Neighbour? {
        guard position > 0, position < units.count else { return nil }
        return ARuleDecider.Neighbour(text: units[position].form, isElision: units[position].kind == .elision,
                                      separated: !onlySpaces(units[position - 1].end, units[position].start))
    }

    /// How sure grammar must be before an `à` is put into a wide gap.
    static let lostGraveConfidence = 0.7

    /// The two words after the unit at `index`, as a key (`des fins`), when
    /// only spaces separate them.
    func followingPair(_ index: Int) -> String? {
        guard index + 2 < units.count, onlySpaces(units[index].end, units[index + 1].start),
              onlySpaces(units[index + 1].end, units[index + 2].start) else { return nil }
        return lowerForm(index + 1) + " " + lowerForm(index + 2)
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
    func capitalGraveOpeningSentence(at index: Int) {
        guard capitalAccentLoss >= 0.5 || capitalAccentsDropped, index + 1 < units.count,
              units[index + 1].start == units[index].end + 1, scalars[units[index].end] == " " else { return }
        let next = units[index + 1]
        guard next.kind == .word || next.kind == .elision,
              next.text.unicodeScalars.first.map(CharacterClass.isLowercase) == true,
              !lexicon.analyze(next.form.lowercased()).contains(where: { $0.contains(utf8: "po:loc.adv") }) else { return }
        replace(index, with: Decision(after: "À", rule: "grave-a", confidence: 0.7))
    }

    /// How often the input writes `4`, and the most frequent other single digit, alone between
    /// a word in small letters and a word: the evidence for whether its scan makes digits of `à`
    /// (`ARuleDecider.showsDigitLoss`).
    func countsOfLoneDigits() -> (fours: Int, others: Int) {
        var counts = [Int](repeating: 0, count: 10)
        for index in units.indices.dropFirst().dropLast() where units[index].length == 1 && units[index].kind != .word {
            guard let digit = units[index].text.unicodeScalars.first, ("0"..."9").contains(digit),
                  units[index - 1].kind == .word, units[index - 1].pattern == .lower, onlySpaces(units[index - 1].end, units[index].start),
                  units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start) else { continue }
            counts[Int(digit.value - 48)] += 1
        }
        let fours = counts[4]
        counts[4] = 0
        return (fours, counts.max() ?? 0)
    }

    /// How many `a`, `à`/`À` and capital `A` the input writes as words: the evidence for
    /// how its scan treats the grave accent (`ARuleDecider.accentLossPrior`). An `&` between
    /// two words in small letters counts as a plain `a`: running French writes none there, so
    /// it is an `à` the scan did not read (`Internet & des fins`).
    func countsOfA() -> (plain: Int, grave: Int, capitals: Int) {
        // The words asked about here are one or two bytes long: the length is
        // compared first, so the other units cost no string comparison.
        // Read in place: a copy of a unit retains its three strings.
        var plain = 0, grave = 0, capitals = 0
        for index in units.indices {
            if units[index].kind == .ampersand {
                if index > 0, index + 1 < units.count, units[index - 1].kind == .word, units[index - 1].pattern == .lower,
                   units[index + 1].kind == .word || units[index + 1].kind == .elision,
                   CasePattern(of: units[index + 1].text) == .lower { plain += 1 }
                continue
            }
            guard units[index].kind == .word else { continue }
            switch units[index].text.utf8.count {
            case 1 where units[index].text == "a": plain += 1
            case 1 where units[index].text == "A": capitals += 1
            case 2 where units[index].text == "à" || units[index].text == "À": grave += 1
            default: break
            }
        }
        return (plain, grave, capitals)
    }

    /// The second words of the Latin locutions French writes with a plain `a` (`a priori`,
    /// `a fortiori`, `a minima`): the lexicon tags some as parts of an adverbial locution,
    /// but it tags French ones (`à jeun`, `à l’envi`) alike, so the Latin ones are listed.
    static let latinAblativesAfterA: Set<String> = ["priori", "posteriori", "fortiori", "contrario", "minima", "maxima"]

    /// Whether the clause of the unit at `index` may still lack its verb, which an
    /// `a` there would then be: `ARuleDecider`'s `clauseHasVerb`, read from the clause.
    func clauseHasVerb(around index: Int) -> Bool {
        let opening: ClauseOpening = nounPhraseOpensClause(before: index) ? .noVerb : clauseOpening(before: index, roleIsNoClause: true)
        return opening == .finiteVerb || clauseHasFiniteVerb(after: index, endsAtComma: opening == .subordinate)
    }

    /// `il ala charge`, `la barre d’outils aun bouton` → `a la`, `a un`: a token
    /// glued from `a` and a determiner is split as `à` (`ala fin`) by the word
    /// alone; where the words around it make the `a` the verb of its clause
    /// (`ARuleDecider.favoursVerb`, weighed as for a spaced `a`), it is the verb.
    func verbForGluedGraveA(_ decision: Decision, at index: Int) -> Decision? {
        guard decision.rule == "grave-a", let space = decision.after.firstIndex(of: " "),
              decision.after[..<space] == "à", units[index].text.hasPrefix("a") else { return nil }
        let rest = String(decision.after[decision.after.index(after: space)...])
        let afterNext = units.indices.contains(index + 1) && units[index + 1].kind != .number ? wordAfter(at: index + 1) : nil
        guard repairer.aRule.favoursVerb(previous: neighbour(index, before: true), next: ARuleDecider.Neighbour(text: rest),
                                         afterNext: afterNext, clauseHasVerb: clauseHasVerb(around: index), accentLoss: accentLoss)
        else { return nil }
        return Decision(after: "a " + rest, rule: "split-word", confidence: decision.confidence)
    }

    /// `a`/`&`/`4` → `à` when grammar says preposition.
    func graveA(at index: Int, followers: [String: Int]) {
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
           Self.latinAblativesAfterA.contains(lowerForm(index + 1)) { return }
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
            // A letter read for the grave (`qu’é chaque mesure`) was no verb: the verb has no accent to misread.
            // Nor before an infinitive, which the auxiliary never takes (`plutôt qu’a améliorer`).
            let infinitiveAfter = index + 1 < units.count && units[index + 1].kind == .word
                && onlySpaces(unit.end, units[index + 1].start) && ARuleDecider.isOnlyInfinitive(formTags(index + 1))
            if p.text == "qu", !restrictsWithQue(before: index - 1), !infinitiveAfter,
               !OCRConfusionModel.letterReadingsOfGraveA.contains(unit.text) { return }
        }
        // `sur a partition` (`la` that lost its `l`): no preposition governs `à` (a participle used as
        // one does: `passé à`, `vu à`).
        if unit.kind == .word, index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, unit.start),
           case let before = formTags(index - 1), before.contains(.mg), before.contains(.prep),
           before.isDisjoint(with: PartsOfSpeech.finite.union([.adv, .infi, .ppas])) { return }
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
        let afterNext = wordAfter(at: index + 2)
        guard let verdict = repairer.aRule.decide(observed: unit.text == "A" ? "A" : unit.text.lowercased(), previous: previous,
                                                  next: next, afterNext: afterNext, followsPreposition: followCount,
                                                  clauseHasVerb: clauseHasVerb(around: index), accentLoss: accentLoss,
                                                  digitLoss: digitLoss),
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
        let previous = lowerForm(index - 1), next = lowerForm(index + 1)
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
        if let known = graveNeighbours { return known }
        var pairs: Set<String> = []
        // The length first: most words are not one letter long, and a comparison with `à` is a slow one.
        for index in units.indices.dropFirst().dropLast() where units[index].kind == .word && units[index].length == 1
            && units[index].text == "à" {
            pairs.insert(Self.graveNeighbourKey(units[index - 1].text, units[index + 1].text))
        }
        graveNeighbours = pairs
        return pairs
    }

    /// Two neighbours of an `à`, lower case and without accents.
    static func graveNeighbourKey(_ left: String, _ right: String) -> String {
        AccentSkeleton.of(left.lowercased()) + " " + AccentSkeleton.of(right.lowercased())
    }

    /// Whether the `qu’` at `index` belongs to `ne … que` (a `ne`/`n’` earlier
    /// in its clause), to `ainsi que`, or to a comparison (`plutôt qu’`, `plus qu’`,
    /// `autant qu’`): then an `a` after it is the preposition, the second term of the
    /// comparison taking the à of the first (`au sens plutôt qu’à sa présentation`).
    func restrictsWithQue(before index: Int) -> Bool {
        if index > 0, units[index - 1].kind == .word,
           ["ainsi", "plutôt", "plus", "moins", "autant", "davantage", "mieux"].contains(lowerForm(index - 1)) { return true }
        return negationParticle(before: index, within: 8)
    }

    /// Whether `ne` (or `n’`) stands among the `reach` units before `index`, with no mark
    /// that ends a clause (`.;:!?`, a line break) between — and, when `alone`, no negation's
    /// adverb between either (`ne … que` restricts; `ne … pas que` negates a clause).
    func negationParticle(before index: Int, within reach: Int, alone: Bool = false) -> Bool {
        var current = index - 1
        while current >= 0, index - current <= reach {
            let gap = scalars[units[current].end..<units[current + 1].start]
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return false }
            let form = lowerForm(current)
            if units[current].kind == .elision && form == "n" || units[current].kind == .word && form == "ne" { return true }
            if alone, units[current].kind == .word, formTags(current).contains(.negadv) { return false }
            current -= 1
        }
        return false
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
    func inventedGraveOnA(at index: Int) {
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let next = units[index + 1]
        let verb = next.kind == .word && CasePattern(of: next.form) == .lower
            && lexicon.analyze(next.form).contains { $0.contains(utf8: "st:être") && $0.contains(utf8: "po:ppas") }
        guard verb || participleOnlyAfter(index) || participleAfterSubjectNoun(index) || followsSubjectPronoun(index)
                || followsNegatedY(index) && !formTags(index + 1).contains(.infi) || grammarWantsVerb(at: index) else { return }
        replace(index, with: Decision(after: "a", rule: "grave-a", confidence: 0.75))
    }

    /// Whether, in a scan that shows invented accents (`showsInventedAccents`), the grammar
    /// `ARuleDecider` weighs for a plain `a` reads the `à` at `index` as the verb by a wide
    /// margin (`Cela à permis`, `le tutoriel nous à montré`, `GPG à besoin`): the grave is the
    /// scan's, as on the other words it accented. Clean text keeps its `à`. Only between two
    /// words with nothing but spaces around it, the second in small letters: a bracket or a
    /// mark before it may close a range's first end (`de léger (0.1) à marqué`), and a
    /// capital opens a label (`semblable à Normalisé`).
    func grammarWantsVerb(at index: Int) -> Bool {
        guard showsInventedAccents(), index > 0, index + 1 < units.count, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), units[index + 1].kind == .word,
              CasePattern(of: units[index + 1].form) == .lower else { return false }
        let afterNext = wordAfter(at: index + 2)
        guard let weights = repairer.aRule.weigh(observed: "a", previous: neighbour(index, before: true),
                                                 next: neighbour(index, before: false), afterNext: afterNext,
                                                 followsPreposition: 0, clauseHasVerb: clauseHasVerb(around: index),
                                                 accentLoss: 0) else { return false }
        return weights.verb >= weights.preposition + Self.inventedGraveMargin
    }

    /// How far the verb's weight must exceed the preposition's for an `à` to lose its grave.
    static let inventedGraveMargin = 2.0

    /// Whether the unit at `index` follows a pronoun that is only ever a singular subject
    /// (`il`, `on`: `On à alors avantage`) or the `y` of `il y` (`il y à maintenant`): the
    /// verb comes next, and no preposition stands between a subject and its verb.
    func followsSubjectPronoun(_ index: Int) -> Bool {
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let previous = lowerForm(index - 1)
        if previous == "y" {
            return index > 1 && units[index - 2].kind == .word && onlySpaces(units[index - 2].end, units[index - 1].start)
                && lowerForm(index - 2) == "il"
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
            && units[index - 2].kind == .elision && lowerForm(index - 2) == "n"
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

    /// `par rapport ace cadre`, `demandez ace qu’elles` → `à ce`: `à` that lost its
    /// accent and its space, glued to the determiner after it, may spell a rare noun
    /// (`ace`) the lexicon accepts — which word pass and `splitGluedGraveA` leave as
    /// valid. Where no determiner stands before it (it would be that determiner's
    /// noun: `un ace`) and the next word is a noun the determiner agrees with (or
    /// `que`, after `ce`: `à ce que`), it is the preposition and the determiner.
    func graveGluedToDeterminer(at index: Int) {
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
        let next = lowerForm(index + 1)
        let beforeQue = determiner == "ce" && (next == "que" || next == "qu")
        guard beforeQue || units[index + 1].kind == .word && agrees(next, with: lexicon.analyze(determiner).filter { $0.contains(utf8: "po:det") })
        else { return }
        let preposition = Decision(after: "à " + determiner, rule: "grave-a", confidence: 0.7)
        replace(index, with: verbForGluedGraveA(preposition, at: index) ?? preposition)
    }
}
