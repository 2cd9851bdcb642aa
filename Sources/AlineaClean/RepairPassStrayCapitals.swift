import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: capitals inside a sentence, and the case
/// of the pronoun `il`. A scan makes a capital of a small letter of the same
/// shape (`vous devriez Vous assurer`, `sur L’entrée`), reads `il` as `11`,
/// `IL` or a small `il` opening a paragraph, and `II` as `Il`; a writer
/// capitalises labels, titles, lists of items and names. These rules tell the
/// two apart by the clause around the word and the document's own usage
/// (`caseUsage`) — and where the capital is right inside a running sentence,
/// the full stop the scan lost goes before it.
extension RepairPass {
    /// `Ivextend(8)`, `Izma(1)` → `lvextend(8)`, `lzma(1)`: a name with its
    /// manual section is a command, written in small letters; a capital `I`
    /// opening one is the scan's reading of `l` (`ProtectedSpans` keeps the
    /// small-letter ones as they stand).
    func capitalIInManualReference(at index: Int) {
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

    /// `SI vous voulez`, `NI lui` → `Si`, `Ni`: a sentence's first word read in
    /// capitals whose second letter is a dotless `i` the scan made a capital
    /// (`OCRConfusionModel.capitalsOfDotlessSmall`), before a lower-case word,
    /// is the grammatical word it spells in small letters (`si` also names a
    /// note: a grammatical reading is enough) — unless the document
    /// writes the capitals inside a sentence too, where they are an acronym (`le SI`).
    func dotlessCapitalInShortWord(at index: Int) {
        let unit = units[index]
        guard isSentenceStart(unit.start), let next = neighbour(index, before: false), !next.separated,
              let first = next.text.unicodeScalars.first, CharacterClass.isLowercase(first) else { return }
        let small = CasePattern.lower(unit.text, locale: locale)
        guard !tags(small).isDisjoint(with: Self.grammaticalTags),
              !units(sharingTextWith: index).contains(where: { $0 != index && units[$0].length == unit.length && !isSentenceStart(units[$0].start) })
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
    func smallPronounOpeningSentence(at index: Int) {
        var before = units[index].start - 1
        while before >= 0, scalars[before] == " " || scalars[before] == "\n" { before -= 1 }
        guard before >= 0, ".!?".unicodeScalars.contains(scalars[before]),
              scalars[(before + 1)..<units[index].start].contains("\n") else { return }
        if scalars[before] == ".", index > 0, units[index - 1].end >= before, units[index - 1].kind == .word {
            let previous = units[index - 1].lower.filter { $0 != "." }
            guard previous.count > 1, previous != "etc" else { return }
        }
        guard opensWithItsSubject(index) else { return }
        capitalisePronoun(at: index, confidence: 0.7)
    }

    /// `espace blanc. l’est aussi possible`, `pour ce pays. lest temps` → `Il est`: a sentence that
    /// opens in small letters on an elided `l’` before `est` (or on `lest`) lost the `I` of
    /// `Il` and read the space as an apostrophe (or lost it) — the object pronoun would carry the
    /// sentence's capital. Not before `de`, `du`, `des` or `d’`: the noun (`l’est de la France`).
    func pronounIlReadAsElidedL(at index: Int) {
        let unit = units[index]
        guard isSentenceStart(unit.start), index + 1 < units.count else { return }
        var end = index + 1
        if unit.kind == .elision {
            guard unit.text.unicodeScalars.first == "l", units[index + 1].kind == .word, units[index + 1].start == unit.end,
                  units[index + 1].text == "est" else { return }
            end = index + 2
        } else {
            // (`lest`, ballast, is a noun too: a bare noun opens no sentence in small letters.)
            guard unit.kind == .word, unit.text == "lest" else { return }
        }
        guard end < units.count, units[end].kind == .word, onlySpaces(units[end - 1].end, units[end].start),
              units[end].pattern == .lower, !isFormOfDe(end) else { return }
        if unit.kind == .elision {
            edits.append(Edit(offset: unit.start, before: unit.text, after: "Il ", rule: "pronoun-il", confidence: 0.7))
            units[index].edited = true
        } else {
            // The word pass may have read `lest` as `l’est` where the document writes that pair: it gives way.
            let decision = Decision(after: "Il est", rule: "pronoun-il", confidence: 0.7)
            if unit.edited { revise(index, with: decision) } else { replace(index, with: decision) }
        }
    }

    /// `il`/`ils` at `index` with its capital back: the sentence it opens is the one
    /// a stop ended, and the scan read its capital I as the small letter.
    func capitalisePronoun(at index: Int, confidence: Double) {
        replace(index, with: Decision(after: CasePattern.capitalized.apply(to: units[index].text, locale: locale),
                                      rule: "case", confidence: confidence))
    }

    /// Whether a conjunction that is nothing else (`clauseConjunctionIsNoAdverb`) opened the
    /// clause before the pronoun at `index` and that clause has no verb yet (`tandis que pour
    /// les fichiers spéciaux. ils définissent`): the pronoun is that clause's subject, and the
    /// stop before it a speck, not a sentence's end.
    func pronounCompletesOpenClause(_ index: Int) -> Bool {
        clauseOpening(before: index) == .subordinate && clauseConjunctionIsNoAdverb(before: index)
    }

    /// Elided clitics that stand between a subject pronoun and its verb (`s’agit`, `n’est`, `l’a`).
    static let cliticElisions: Set<String> = ["s", "n", "l", "m", "t"]

    /// `11 est`/`IL est` mid-text → `il est`: a finite third-person verb follows.
    /// A lone `I`, `1` or `i` is the pronoun with a letter lost only where a
    /// sentence opens (`I est aussi basé`, `1 vous suffit`, `, i est possible`
    /// after a comma for the small one), before such a verb or the clitics
    /// of one (a letter or a number is the subject of no `vous suffit`), or
    /// before a verb that is also a noun when its object follows (`1 montre une
    /// brève aide`: `opensObject`).
    func pronounIl(at index: Int, lone: Bool = false) {
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
                  clitics > 0 || isAuxiliary(next.text) || formTags(position).isDisjoint(with: [.nom, .adj, .ppas])
                    || opensObject(after: position) else { return }
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

    /// Whether a determiner or an elided article follows the unit at `index` on
    /// the same line (`montre une brève aide`, `découpe l’image`): the object of
    /// that unit read as a verb — a noun (`1 montre`, `1 découpe`: a number of
    /// watches, of cuttings) is followed by its own verb, never by a new noun phrase.
    func opensObject(after index: Int) -> Bool {
        guard let after = neighbour(index, before: false), !after.separated else { return false }
        if after.isElision { return ["l", "d"].contains(after.text.lowercased()) }
        let found = tags(after.text)
        return !found.isDisjoint(with: PartsOfSpeech.determiners) && !found.contains(.propersuj)
    }

    /// Whether the preposition at `index` opens its phrase right there — a determiner or an
    /// elided article follows it (`un clic Sur la note`, `Sur l’aperçu`) — and that phrase runs on into the sentence rather than opening one whose full
    /// stop the scan lost before it: closing a fronted phrase with a comma (`programmes Sur le
    /// bureau, cliquez`; a comma before `et`, `mais` or `ou` coordinates instead: `Sur les disques
    /// sains, mais`) or before a pronominal verb whose subject comes after it (`couleur Sur la
    /// gauche se trouve`; not one a relative pronoun opens: `Sur ce qui s’est passé`). Not a presentative (`voici`, `voilà`), which makes a sentence of its own.
    func opensItsPhrase(after index: Int) -> Bool {
        guard index + 2 < units.count, onlySpaces(units[index].end, units[index + 1].start),
              !Self.presentatives.contains(lowerForm(index)) else { return false }
        let next = units[index + 1]
        let opens = next.kind == .elision && ["l", "d"].contains(next.form.lowercased())
            || next.kind == .word && next.pattern == .lower && !formTags(index + 1).isDisjoint(with: PartsOfSpeech.determiners)
        guard opens else { return false }
        // The phrase's end: the first mark within a few words.
        var current = index + 1
        while current + 1 < units.count, current - index <= 6 {
            let gap = scalars[units[current].end..<units[current + 1].start]
            // A comma before `et`, `mais` or `ou` coordinates; it closes no fronted phrase (`Sur les disques sains, mais`).
            if gap.contains(",") {
                return units[current + 1].kind == .word && ["et", "mais", "ou"].contains(units[current + 1].text)
            }
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return true }
            current += 1
            // A reflexive verb after a relative pronoun is the relative clause's (`Sur ce qui s’est passé`).
            if current - index >= 3, units[current].kind == .word && lowerForm(current) == "se"
                || units[current].kind == .elision && lowerForm(current) == "s",
               !(index + 1..<current).contains(where: { units[$0].kind == .word && formTags($0).contains(.prorel) }) { return false }
        }
        return true
    }

    /// The prepositions that present what follows as a sentence of its own (`Voici un extrait`).
    static let presentatives: Set<String> = ["voici", "voilà"]

    /// `vous devriez Vous assurer` → `vous`: a capitalised grammatical word
    /// (pronoun, determiner, conjunction) between two lower-case words — or,
    /// when a finished clause stands before it and its own clause has a verb,
    /// the start of a sentence whose full stop the scan lost (`premier. Ces`).
    func capitalMidSentence(at index: Int) {
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
            // A form of être or avoir is the verb, whatever noun it also spells (`est`, the east: `le curseur est Sur une valeur`).
            || units[index - 1].kind == .word && isAuxiliary(units[index - 1].form)
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
            || isVerbForm(lowerForm(index + 1), person: person, moods: Self.personalMoods) {
            lowerCapital(at: index, confidence: 0.7)
            return
        }
        // `gestion de La mémoire`, `pour Le bénéfice de`: where the scan capitalises grammatical words of that
        // letter again and again (`strayCapitalCount`: twice or more; clean text cites a title so once at most),
        // a determiner right after a preposition, before a word in small letters, is the scan's: no sentence
        // ends on a preposition (elsewhere the capital may open one whose stop the scan lost: `performance Les`);
        // not in a run of capitalised items.
        // (`la` is read by its grammatical reading: the note's name is a noun too.)
        if runsOn, pattern == .capitalized, case let own = self.tags(lower), own.contains(.mg),
           !own.isDisjoint(with: [.det, .detdem, .detpos]), own.isDisjoint(with: [.npr]),
           previous.text == previous.text.lowercased(), case let governor = formTags(index - 1),
           governor.contains(.prep) && governor.contains(.mg),
           strayCapitalCount(initial: initial) >= 2, !inListOfCapitalisedItems(index) {
            lowerCapital(at: index, confidence: 0.65)
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
               && (isAuxiliary(lowerForm(index - 2)) || formTags(index - 2).contains(.propersuj)) {
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
           strayCapitalCount(initial: initial) >= 2 || opensItsPhrase(after: index) {
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
           !tags.isDisjoint(with: PartsOfSpeech.finite), tags.isDisjoint(with: [.nom, .npr, .adj]), !closesListOfLikeCapitals(index) {
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
            // Elsewhere than after a determiner, only where the scan shows that it capitalises this letter
            // (`strayCapitalCount`) and the sentence runs on after the word (`sans Changer leurs numéros`).
            let afterDeterminer = !formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners)
            guard pattern == .capitalized, !tags.contains(.npr),
                  afterDeterminer || runsOn && strayCapitalCount(initial: initial) >= 2,
                  runsOn || !tags.contains(.infi),
                  !inCapitalisedTitle(before: index - 1), !inListOfCapitalisedItems(index) else { return }
            let usage = caseUsage(of: unit.lower)
            // The same noun in its other number, capitalised inside a sentence too, names the same label
            // (`dans le Chemins de l’utilisateur` beside `dans le Chemin de l’utilisateur`).
            let otherNumber = unit.lower.hasSuffix("s") ? String(unit.lower.dropLast()) : unit.lower + "s"
            // In small letters elsewhere — in its other number only where the scan shows that it capitalises
            // this letter in grammatical words (`d’un Paquet` beside `des paquets`); a label names its thing in
            // one number (`la Valeur` beside `des valeurs`).
            let other = caseUsage(of: otherNumber)
            guard usage.capitalisedInside == 1, other.capitalisedInside == 0,
                  usage.lower >= 1 || other.lower >= 1 && strayCapitalCount(initial: initial) >= 1 else { return }
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
        if !question, !objectAwaitedPastAdverbs(before: index),
           formTags(index - 1).isDisjoint(with: Self.callsForMore) || canEndSentence(index - 1),
           !isAdverbSetOffBefore(index - 1), !clauseShowsStrayCapital(after: index),
           clauseOpening(before: index) == .finiteVerb || subjectAfterVerblessClause(index),
           clauseHasFiniteVerb(after: index) || opensWithItsSubject(index),
           !coordinatedClauseLacksVerb(before: index), !insideOpenBracket(at: units[index - 1].end) {
            edits.append(Edit(offset: units[index - 1].end, before: "", after: ".", rule: "punctuation", confidence: 0.6))
            return
        }
        lowerCapital(at: index, confidence: 0.7)
    }

    /// `d’ajuster rigoureusement La sélection`, `vous n’avez pas Le droit`: one or two
    /// adverbs (a negation's `pas` among them) stand between the unit at `index` and
    /// a verb that takes a direct object and has none yet (no object pronoun before
    /// it: `de le recommander plus largement Ce manuel`) — the determiner opens that
    /// object, so its capital is the scan's, and no sentence ends before it.
    func objectAwaitedPastAdverbs(before index: Int) -> Bool {
        var current = index - 1, adverbs = 0
        while current > 0, adverbs < 2, units[current].kind == .word, units[current].pattern == .lower,
              onlySpaces(units[current].end, units[current + 1].start),
              case let tags = formTags(current), tags.contains(.negadv) || tags.contains(.adv) && tags.isDisjoint(with: [.nom, .adj, .prep]) {
            adverbs += 1
            current -= 1
        }
        guard adverbs > 0, current >= 0, units[current].kind == .word, units[current].pattern == .lower,
              onlySpaces(units[current].end, units[current + 1].start),
              !formTags(current).isDisjoint(with: PartsOfSpeech.finite.union([.infi])) else { return false }
        // An object pronoun before the verb is its object already (`de le recommander plus largement Ce`);
        // a subject pronoun that is also an object one (`vous`) is read as the subject.
        if current > 0, onlySpaces(units[current - 1].end, units[current].start) || units[current - 1].kind == .elision {
            let objectPronoun = units[current - 1].kind == .elision ? lowerForm(current - 1) == "l"
                : !formTags(current - 1).isDisjoint(with: [.properobj, .preverb]) && !formTags(current - 1).contains(.propersuj)
            if objectPronoun { return false }
        }
        return lexicon.analyze(lowerForm(current)).contains { analysis in
            (analysis.contains(utf8: "po:infi") || !PartsOfSpeech(analysis: analysis).isDisjoint(with: PartsOfSpeech.finite))
                && (Self.takesDirectObject(analysis) || analysis.contains(utf8: "st:avoir"))
        }
    }

    /// The word at `index` in small letters: a capital the scan made inside a sentence.
    func lowerCapital(at index: Int, confidence: Double) {
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

    /// `quand vous Coupez, Copiez ou Collez des données`: a capitalised word that `et` or `ou`
    /// joins to a capitalised word of its own kind (both finite verbs here) that a comma or
    /// a conjunction joins to a third — commands named as a run of labels the writer
    /// capitalised alike, not a capital the scan made.
    func closesListOfLikeCapitals(_ index: Int) -> Bool {
        guard index >= 4, ["et", "ou"].contains(units[index - 1].text), onlySpaces(units[index - 1].end, units[index].start),
              onlySpaces(units[index - 2].end, units[index - 1].start) else { return false }
        let own = tags(units[index].lower)
        func likeItem(_ item: Int) -> Bool {
            units[item].kind == .word && units[item].pattern == .capitalized && !isSentenceStart(units[item].start)
                && !tags(units[item].lower).intersection(own).isDisjoint(with: PartsOfSpeech.finite)
        }
        return likeItem(index - 2) && scalars[units[index - 3].end..<units[index - 2].start].elementsEqual([",", " "]) && likeItem(index - 3)
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
            units[phrase].kind == .elision ? lowerForm(phrase) == "d" : formTags(phrase).contains(.prep)
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

    /// Whether the word at `index` is an adverb with a comma right before it (`, ainsi`, `, puis`).
    func isAdverbSetOffBefore(_ index: Int) -> Bool {
        guard index > 0, units[index].kind == .word, formTags(index).contains(.adv) else { return false }
        return scalars[units[index - 1].end..<units[index].start].contains(",")
    }

    /// `sur L’entrée standard`, `que vous N’avez pas`, `d’activer L’option`: an elided
    /// word capitalised after a word that calls for more (`callsForMore`) and before a
    /// lower-case word. A title or a label that opens with an elision (`voir L’Éditeur`)
    /// capitalises the word after it too, so it keeps its capital; after a noun, even one
    /// that is also a verb form (`l’image source L’outil`), or a lone letter (`. ÿ L’outil`),
    /// the scan may have lost a full stop instead.
    func capitalElisionMidSentence(at index: Int) {
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
        if let table = caseUsageTable { return table[ByteKey(form)] ?? CaseUsage() }
        // Counted on each text's first unit, then hashed once per text, not once per word.
        var usage = [CaseUsage](repeating: CaseUsage(), count: units.count)
        for index in units.indices where units[index].kind == .word {
            switch units[index].pattern {
            case .lower: usage[textRepresentative[index]].lower += 1
            case .capitalized where !isSentenceStart(units[index].start): usage[textRepresentative[index]].capitalisedInside += 1
            default: break
            }
        }
        var table: [ByteKey: CaseUsage] = [:]
        for index in units.indices where textRepresentative[index] == index && units[index].kind == .word
            && (usage[index].lower > 0 || usage[index].capitalisedInside > 0) {
            let counted = usage[index]
            func add(_ entry: inout CaseUsage) {
                entry.lower += counted.lower
                entry.capitalisedInside += counted.capitalisedInside
            }
            add(&table[ByteKey(units[index].lower), default: CaseUsage()])
        }
        caseUsageTable = table
        return table[ByteKey(form)] ?? CaseUsage()
    }
}
