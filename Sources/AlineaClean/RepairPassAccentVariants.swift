import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: a valid word one accent (or, for a short
/// determiner, one letter's shape) away from the word its context needs —
/// `là ligne` → `la ligne`, `des lors` → `dès lors`, `sûr la poursuite` →
/// `sur`, `la votre` → `la vôtre`, `de lé diviser` → `le`, and `coté` →
/// `côté` in a scan that drops circumflexes (`dropsCircumflexes`). Kept
/// apart from `à` and `où`, which have rules of their own, and from the verb
/// forms a slot demands (`RepairPassParticiples`).
extension RepairPass {
    /// `des lors`, `des le début`, `des l’installation`, `des que` → `dès`: the
    /// article `des` needs a plural noun phrase after it, and an adverb that is
    /// nothing else (`lors`), a definite article or `que` cannot open one; the
    /// preposition `dès` stands there, its accent lost. `dés` (dice), the grave read as an
    /// acute, is a noun: the preposition only where no determiner stands before it (`traitées
    /// dés qu’elles`, `dés à présent`; not `les dés que`).
    func lostGraveOnDes(at index: Int) {
        guard index + 1 < units.count, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let acute = units[index].lower == "dés"
        if acute, index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start),
           !formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners) { return }
        let next = units[index + 1], lower = next.form.lowercased()
        let opensNoPluralPhrase: Bool
        switch next.kind {
        case .elision: opensNoPluralPhrase = (lower == "l" || lower == "qu") && index + 2 < units.count && next.end == units[index + 2].start
        case .word: opensNoPluralPhrase = CasePattern(of: next.form) == .lower
            && (["lors", "le", "la", "les", "que"].contains(lower) || acute && lower == "à")
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
    func lostGraveOnLa(at index: Int) {
        guard index + 1 < units.count, index > 0, units[index - 1].kind == .word else { return }
        let next = units[index + 1]
        let previousTags = formTags(index - 1)
        // de là, par là are as good as de la, par la: only after a verb or an adverb (sont là,
        // bien là), not after a preposition, nor after a noun its determiner shows (la note la;
        // an infinitive after an object pronoun that is a determiner too is no noun: `le placer la où`).
        guard previousTags.isDisjoint(with: PartsOfSpeech.determiners.union(.prep)),
              !previousTags.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppas, .ppre, .adv, .negadv])),
              !(index > 1 && units[index - 2].kind == .word && previousTags.contains(.nom)
                  && !formTags(index - 2).isDisjoint(with: [.det, .detdem, .detpos])
                  && !(previousTags.contains(.infi) && formTags(index - 2).contains(.properobj))) else { return }
        if onlySpaces(units[index].end, next.start) {
            // An elided article or `qu’` glued to its word (`il s’agit la d’un lot`, `c’est donc la qu’il faut`).
            let elided = next.kind == .elision && ["l", "d", "qu"].contains(next.form)
                && index + 2 < units.count && next.end == units[index + 2].start
            guard elided || next.kind == .word, elided || CasePattern(of: next.form) == .lower else { return }
            let nextTags = formTags(index + 1)
            guard elided || next.form == "où" || next.form == "pour" || next.form == "que"
                    || !nextTags.isDisjoint(with: [.det, .detdem]) else { return }
        } else {
            let gap = scalars[units[index].end..<next.start]
            guard accentLoss >= 0.5, gap.first == ".", !continuesInLowercase(after: index),
                  !previousTags.isDisjoint(with: PartsOfSpeech.finite.union(.ppas)) else { return }
        }
        // `placer 1a où`: the word pass read the digit as the article's `l`; the adverb is the reading.
        let decision = Decision(after: "là", rule: "accent", confidence: 0.7)
        if units[index].edited { revise(index, with: decision) } else { replace(index, with: decision) }
    }

    /// `à ce moment la.`, `ces outils la,` → `moment-là`, `outils-là`: after a noun a demonstrative
    /// determiner opened, a `la` that a mark closes is neither the article (no noun follows) nor the
    /// pronoun (no verb): it is the adverb the demonstrative calls for, joined by the hyphen the scan lost
    /// with its accent. Returns whether it repaired.
    func demonstrativeLa(at index: Int) -> Bool {
        guard index >= 2, units[index].pattern == .lower, units[index - 1].kind == .word, units[index - 2].kind == .word,
              units[index - 1].pattern == .lower, units[index - 2].pattern != .upper,
              onlySpaces(units[index - 1].end, units[index].start), onlySpaces(units[index - 2].end, units[index - 1].start),
              formTags(index - 1).contains(.nom), formTags(index - 2).contains(.detdem) else { return false }
        let end = units[index].end
        guard end == scalars.count || ".,;:!?)\n".unicodeScalars.contains(scalars[end]) else { return false }
        let start = units[index - 1].end
        edits.append(Edit(offset: start, before: String(scalars: scalars[start..<end]), after: "-là", rule: "accent", confidence: 0.7))
        setForm(index, "là")
        units[index].edited = true
        return true
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
    /// one time in four, and a tutorial about coffee stains writes it five
    /// times — but since the evaluation references write the task fifteen
    /// times as often, a word French at large merely writes less often than
    /// its circumflexed form is offered as a suggestion below the default
    /// confidence (`suggestedCircumflexConfidence`), for the translator to
    /// accept, instead of applied. Not for a participle (`masqués`: grammar decides those).
    /// French at large is not asked where the plain form is the rectified
    /// spelling of the same word — the 1990 rectification drops the circumflex
    /// of `i` and `u` (`boite`, `parait`): there the general counts measure
    /// unaccented typing, not another word. The help's own odds
    /// (`preferredCircumflexed`, 20 to 1) still rule, and keep `sur`, `du`,
    /// `fut` from their rarer circumflexed homographs.
    func lostCircumflex(at index: Int) {
        let unit = units[index]
        let frequencies = CircumflexFrequencies.shared
        guard unit.spells, unit.pattern == .lower || unit.pattern == .capitalized else { return }
        guard let preferred = frequencies.preferredCircumflexed(unit.lower) else {
            rectifiedCircumflexUnknownToHelp(at: index)
            return
        }
        // The comparison folds case: the word as read and its small letters give one answer.
        let rectified = Self.onlyRestoresCircumflexOnIOrU(unit.lower, preferred)
        let dominant = frequencies.writesGenerallyOftener(preferred, than: unit.lower) || rectified
        guard dominant || frequencies.writesGenerallyOftener(preferred, than: unit.lower, dominance: 1),
              repairer.spells(preferred), !tags(preferred).contains(.ppas),
              !keepsRectifiedSpelling(unit.lower, repairedAs: preferred) else { return }
        replace(index, with: Decision(after: unit.pattern.apply(to: preferred, locale: locale), rule: "accent",
                                      confidence: dominant ? 0.7 : Self.suggestedCircumflexConfidence))
    }

    /// `parait` → `paraît` in a document that drops circumflexes: a valid word whose one
    /// reading with `î` or `û` (the pair the 1990 spelling joins) the help prose never writes,
    /// nor its plain form, so that no help odds speak. French at large decides
    /// (`GeneralFormFrequencies`): the circumflexed form at least twice as often as the plain
    /// one — a lower bar than other pairs', since the plain form's count there is mostly the
    /// same word typed the 1990 way (`parait` 17,800 per billion, `paraît` 47,900; but `sur`,
    /// `du`, `fut`, `mur`, `croit` far outnumber their circumflexed homographs and stay).
    func rectifiedCircumflexUnknownToHelp(at index: Int) {
        let unit = units[index], lower = unit.lower
        let frequencies = CircumflexFrequencies.shared
        guard frequencies.counts[lower] == nil else { return }
        var readings: [String] = []
        let scalars = Array(lower.unicodeScalars)
        for (position, scalar) in scalars.enumerated() where scalar == "i" || scalar == "u" {
            var variant = scalars
            variant[position] = scalar == "i" ? "î" : "û"
            let word = String(String.UnicodeScalarView(variant))
            if frequencies.counts[word] == nil, repairer.spells(word) { readings.append(word) }
        }
        guard readings.count == 1, let preferred = readings.first, !tags(preferred).contains(.ppas),
              !keepsRectifiedSpelling(lower, repairedAs: preferred) else { return }
        let general = GeneralFormFrequencies.shared
        guard general.perBillion(preferred) >= Self.rectifiedPairDominance * max(1, general.perBillion(lower)) else { return }
        replace(index, with: Decision(after: unit.pattern.apply(to: preferred, locale: locale), rule: "accent", confidence: 0.7))
    }

    /// How many times as often French at large must write the circumflexed form of a 1990 pair.
    static let rectifiedPairDominance = 2

    /// The confidence of a circumflex restored where French at large writes the
    /// circumflexed word oftener, but less than ten times as often (`tâche`,
    /// `tache`): below `CleanOptions`' default threshold (0.5), so that it is a
    /// suggestion the report shows, unless the user lowers `--min-confidence`.
    static let suggestedCircumflexConfidence = 0.45

    /// `de lé diviser` → `le`: a short word that is only a noun cannot stand
    /// bare right before a verb (after no article; `de` is a preposition too);
    /// the object pronoun its accent variant spells can (`le`, `les`). The
    /// verb must read as nothing else (an infinitive or a finite form with no
    /// noun or adjective reading), or the noun may be that verb's subject.
    func pronounBeforeVerb(at index: Int) {
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

    /// `la votre.` → `la vôtre.`, `les notres` → `les nôtres`: a definite
    /// article (or its contraction with à or de) takes no second determiner, so
    /// a possessive determiner right after one is the possessive pronoun whose
    /// circumflex the scan lost — its only accent variant that is a noun.
    func possessivePronounAfterArticle(at index: Int) {
        guard index > 0, units[index].pattern == .lower, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        guard lowerTags(index).contains(.detpos), DefiniteArticle.isOnlyPossessiveDeterminer(units[index].lower, in: lexicon),
              DefiniteArticle.reads(lowerForm(index - 1), in: lexicon) else { return }
        // A noun right after it would be the determiner's own (`le notre dossier` is a misread elsewhere).
        if index + 1 < units.count, units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
           !formTags(index + 1).isDisjoint(with: [.nom, .adj]), formTags(index + 1).isDisjoint(with: PartsOfSpeech.finite) { return }
        guard let pronoun = onlyAccentVariant(of: units[index].text, kinds: { $0 == .accentLoss }, fits: { tags($0).contains(.nom) })
        else { return }
        replace(index, with: Decision(after: pronoun, rule: "accent", confidence: 0.75))
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
    func determinerBeforeNoun(at index: Int) {
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
        if determinerVariantCache[word]?.isEmpty == true,
           !shapeEligible || determinerVariantCache[shapeKey]?.isEmpty == true { return }
        let noun = nounPattern == .lower ? units[index + 1].form : lowerForm(index + 1)
        guard !isAuxiliary(noun) else { return }
        let nounAnalyses = lexicon.analyze(noun).filter { $0.contains(utf8: "po:nom") }
        // A noun (possibly also a verb form: ligne, sortie, données); an adverb, preposition or infinitive proves nothing.
        guard !nounAnalyses.isEmpty, tags(noun).isDisjoint(with: [.adv, .prep, .mg, .infi, .det]) else { return }
        if own.contains(.prep), !nounAnalyses.allSatisfy({ $0.contains(utf8: "is:pl") && !$0.contains(utf8: "is:sg") }) { return }
        // A preposition's variants are its accents' only: `sans`, `sous` are no misshapen `ses`.
        let shapes = shapeEligible && !own.contains(.prep) && tags(noun).isDisjoint(with: [.adj, .ppas])
        let key = shapes ? shapeKey : word
        let determinerVariants: [String]
        if let known = determinerVariantCache[key] { determinerVariants = known } else {
            determinerVariants = repairer.generator.candidates(for: word, allowed: {
                $0.isAccentOnly || $0 == .inventedAccent || shapes && $0 == .shape
            }) {
                $0 != word && !tags($0).isDisjoint(with: PartsOfSpeech.determiners)
            }.map(\.word)
            determinerVariantCache[key] = determinerVariants
        }
        let variants = determinerVariants.filter { candidate in
            lexicon.analyze(candidate).contains { det in det.contains(utf8: "po:det") && nounAnalyses.contains { Self.agree(det, $0) } }
        }
        guard variants.count == 1, let variant = variants.first else { return }
        replace(index, with: Decision(after: pattern.apply(to: variant, locale: locale), rule: "accent", confidence: 0.7))
    }

    /// `lés trois autres cartouches`, `dés deux prochaines parties`, `lés mêmes fonctionnalités`
    /// → `les`, `des`: a plural noun one invented accent from a plural determiner (`dé`, `lé`:
    /// rare words of dice and strips of cloth), before a numeral, or before a plural adjective
    /// that itself stands before a plural noun, opens that noun phrase — the slot of a
    /// determiner, where the noun phrase has none (`determinerBeforeNoun` asks only before a
    /// noun). Not after an article or a determiner, whose noun the word is (`les dés deux fois`).
    func pluralDeterminerBeforeModifier(at index: Int) {
        let unit = units[index]
        guard unit.pattern == .lower || unit.pattern == .capitalized && isSentenceStart(unit.start),
              unit.length == 3, unit.lower.unicodeScalars.contains("é"), index + 1 < units.count,
              units[index + 1].kind == .word, currentPattern(index + 1) == .lower,
              onlySpaces(unit.end, units[index + 1].start),
              lowerTags(index).isDisjoint(with: Self.closedClassTags), !(index > 0 && followsArticle(index)) else { return }
        let plain = unit.lower.replacingOccurrences(of: "é", with: "e")
        guard lexicon.analyze(plain).contains(where: { $0.contains(utf8: "po:det") && $0.contains(utf8: "is:pl") }) else { return }
        let next = formTags(index + 1), nextForm = lowerForm(index + 1)
        let numeral = next.contains(.nb) && next.isDisjoint(with: [.nom, .adj]) && nextForm != "un" && nextForm != "une"
        var modifier = false
        if !numeral, next.contains(.adj), next.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adv])),
           index + 2 < units.count, units[index + 2].kind == .word, currentPattern(index + 2) == .lower,
           onlySpaces(units[index + 1].end, units[index + 2].start) {
            let analyses = lexicon.analyze(lowerForm(index + 2)).filter { $0.contains(utf8: "po:nom") }
            modifier = !analyses.isEmpty && analyses.allSatisfy { $0.contains(utf8: "is:pl") }
                && lexicon.analyze(nextForm).contains { $0.contains(utf8: "is:pl") }
        }
        guard numeral || modifier else { return }
        replace(index, with: Decision(after: unit.pattern.apply(to: plain, locale: locale), rule: "accent", confidence: 0.7))
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
    func prepositionVariant(at index: Int) {
        // The unit is read in place until it qualifies (a copy retains its three strings).
        let pattern = units[index].pattern
        let sentenceStart = pattern == .capitalized && isSentenceStart(units[index].start)
        guard pattern == .lower || sentenceStart, (2...6).contains(units[index].length), index + 1 < units.count,
              onlySpaces(units[index].end, units[index + 1].start) else { return }
        let own = lowerTags(index)
        guard own.isDisjoint(with: Self.grammaticalTags) else { return }
        let adjective = own.contains(.adj) && own.isDisjoint(with: Self.contentTags)
        let noun = own.contains(.nom) && own.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas])) && !(index > 0 && followsArticle(index))
        guard adjective || noun else { return }
        let unit = units[index]
        let lower = unit.lower
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

    /// The one variant of `text`, through confusions of `kinds`, that `fits`
    /// what its context requires; nil when none or several fit (the context
    /// then does not decide).
    func onlyAccentVariant(of text: String, kinds: (OCRConfusionModel.Kind) -> Bool, fits: (String) -> Bool) -> String? {
        let variants = repairer.generator.candidates(for: text, allowed: kinds) { $0 != text && fits($0) }
        return variants.count == 1 ? variants.first?.word : nil
    }

    /// `de là plus grande utilité`, `de là même façon`, `n’a pas là même signification` →
    /// `la`: the adverb `là` stands before no comparative or `même` that an adjective or a
    /// noun the article agrees with follows — that is the superlative's or the identity's
    /// article with an accent the scan invented. `là même où` (the very place) stays.
    func inventedGraveOnLa(at index: Int) {
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
}
