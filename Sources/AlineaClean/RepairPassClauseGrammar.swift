import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: the grammar the context rules ask of a
/// clause — where it opens (`clauseOpening`), whether it has its finite verb
/// before or after a unit (`clauseHasFiniteVerb`), which words are verbs by
/// their form or their place, auxiliaries, subjects and their persons, the
/// agreement of a determiner and its noun, bracketed asides. Nothing here
/// edits the text; it is kept apart so that the rules of every concept (à,
/// où, capitals, stops, verb forms) read one and the same grammar.
extension RepairPass {
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

    /// Whether the `que` at `index` is the second half of a restriction (`elles ne
    /// fonctionnent que sur`, `il n’y a que`): a `ne` a few words before it, and no
    /// negation's adverb between (`il ne faut pas que` opens a clause). It opens none:
    /// the clause's verb stands before it.
    func restrictsWithNeQue(_ index: Int) -> Bool {
        units[index].kind == .word && lowerForm(index) == "que" && negationParticle(before: index, within: 4, alone: true)
    }

    /// Whether `comme` before a word with these tags introduces a noun phrase (`comme une
    /// menace`) rather than a clause: a determiner — or, with `bareNoun`, a noun that stands
    /// bare (`comme couleur de fond`), which no subject does (no verb form, pronoun or name reads it).
    func commeIntroducesNounPhrase(_ next: PartsOfSpeech, bareNoun: Bool) -> Bool {
        let pronouns: PartsOfSpeech = [.propersuj, .prodem, .proind]
        if !next.isDisjoint(with: PartsOfSpeech.determiners) { return next.isDisjoint(with: pronouns) }
        return bareNoun && next.contains(.nom) && next.isDisjoint(with: pronouns.union(PartsOfSpeech.finite).union([.npr, .mg]))
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
    /// With `roleIsNoClause`, `comme` before a bare noun (`comme couleur de fond`) is read
    /// as the role it names, inside the clause before it — for the `a` after it, whose
    /// clause is that one; a sentence's end is judged without it, since `Si vous travaillez
    /// comme administrateur` still waits for its main clause.
    func clauseOpening(before index: Int, roleIsNoClause: Bool = false) -> ClauseOpening {
        let finite: PartsOfSpeech = [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .impe]
        var current = index - 1
        var steps = 0
        while current >= 0, steps < 60 {
            let gap = scalars[units[current].end..<units[current + 1].start]
            if gap.contains(where: { ";!?\n".unicodeScalars.contains($0) })
                || gap.contains(".") && stopEndsSentence(after: current) { return .noVerb }
            // A parenthesis holds a phrase that needs no verb of its own (accès non uniforme a la mémoire);
            // so does an enumerated item (`; et b) la cybercriminalité et l’utilisation a des fins`).
            // Read back from after an aside in brackets, the reading stops at it too: the conjunction or
            // verb inside (`des informations (comme l’auteur, etc.) a son sujet`) is none of the clause's.
            if gap.contains("(") || gap.contains(")") && (isListMarker(current) || closesBracketedAside(after: current)) {
                return .finiteVerb
            }
            let unit = units[current]
            // `lorsqu’on a`, `puisqu’il a`: an elided conjunction opens its clause as the whole word does.
            if unit.kind == .elision, ["lorsqu", "puisqu", "quoiqu"].contains(lowerForm(current)) { return .subordinate }
            if unit.kind == .word, !unit.isProtected {
                let tags = formTags(current)
                let sentenceInitial = CasePattern(of: unit.form) == .capitalized && isSentenceStart(unit.start)
                // A subordinate or relative clause starts here: its verb is yet to come — unless it is
                // `comme` before a determiner, which introduces a noun phrase far more often than a
                // clause (`considérer le problème comme une menace et un défi a`; `comme le montre`
                // inverts its subject, and its verb still comes after), or before a bare noun, which
                // only a role takes (`sélectionnée comme couleur d’arrière-plan, a la différence`).
                if tags.contains(.cjsub), !(unit.form == "comme" && current + 1 < index && units[current + 1].kind == .word
                                             && commeIntroducesNounPhrase(formTags(current + 1), bareNoun: roleIsNoClause)),
                   !restrictsWithNeQue(current) {
                    return .subordinate
                }
                if tags.contains(.prorel), !restrictsWithNeQue(current) { return .noVerb }
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

    /// Whether the gap after the unit at `index` closes a bracketed aside that
    /// opens on the same line, within 80 characters, after some other unit.
    func closesBracketedAside(after index: Int) -> Bool {
        var position = units[index].start - 1
        while position >= 0, units[index].start - position <= 80 {
            switch scalars[position] {
            case "(": return units[0].end <= position
            case ")", "\n": return false
            default: position -= 1
            }
        }
        return false
    }

    /// Whether the lower-case word at `index`, which spells both a finite verb
    /// and a noun or adjective, stands where only the verb can: after a
    /// clitic (`se fait`, `s’applique`, `ne donne`), or, as a third-person
    /// singular, after a determiner and a noun (`Ce chapitre traite`, `le
    /// programme demande`, `L’éditeur fait`: two nouns side by side would need a preposition) —
    /// a place adverb may follow the noun (`La liaison ci-dessous reste`), and an
    /// ordinal precede it (`La sixième section donne`).
    func isVerbByPosition(_ index: Int) -> Bool {
        guard index > 0, CasePattern(of: units[index].form) == .lower,
              onlySpaces(units[index - 1].end, units[index].start) else { return false }
        if isClitic(index - 1) { return true }
        // After a noun, a form that is also a preposition is the preposition (`l’équilibre entre`, `le match contre`).
        guard !formTags(index).contains(.prep) else { return false }
        var noun = index - 1
        if units[noun].kind == .word, Self.placeAdverbs.contains(lowerForm(noun)), noun > 0,
           onlySpaces(units[noun - 1].end, units[noun].start) {
            noun -= 1
        }
        let previous = units[noun]
        guard previous.kind == .word else { return false }
        let previousTags = formTags(noun)
        // Only a noun that is nothing else (not `la`, also the note; not `première`, which
        // may qualify the noun after it), after a determiner that is no preposition (`de`).
        guard noun > 0, previousTags.contains(.nom), previousTags.isDisjoint(with: [.adj, .mg, .npr]) else { return false }
        // `L’éditeur fait suite`, `l’option permet`: the elided article determines its noun as `le` does.
        if units[noun - 1].kind == .elision, units[noun - 1].end == previous.start {
            return lowerForm(noun - 1) == "l" && formTags(index).contains(.thirdSingular)
        }
        guard units[noun - 1].kind == .word, onlySpaces(units[noun - 1].end, previous.start) else { return false }
        var determiner = noun - 1
        if Self.isOrdinal(lowerForm(determiner)), determiner > 0, units[determiner - 1].kind == .word,
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

    /// Whether the full stop in the gap after unit `index` ends a sentence: not
    /// before a lower-case word (`continuesInLowercase`), nor glued between two
    /// numbers it joins into one (`version 1.7.20,`, `0.5`: a version or a decimal).
    func stopEndsSentence(after index: Int) -> Bool {
        if continuesInLowercase(after: index) { return false }
        func digits(_ unit: Unit) -> Bool { unit.text.unicodeScalars.allSatisfy(CharacterClass.isDigit) }
        guard index + 1 < units.count, digits(units[index]), digits(units[index + 1]) else { return true }
        return !scalars[units[index].end..<units[index + 1].start].elementsEqual(["."])
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

    /// Hunspell's tags of the indicative and the conditional: a main clause's verb.
    static let indicativeMoods = ["po:ipre", "po:ipsi", "po:ifut", "po:iimp", "po:cond"]
    /// The moods that take a subject (not the imperative).
    static let personalMoods = indicativeMoods + ["po:spre", "po:simp"]

    /// The person a subject pronoun gives its verb, as Hunspell tags it. The
    /// demonstratives `cela`, `ceci`, `ça` are subjects too when a verb
    /// follows them directly (`cela signifie`); as objects they end a phrase
    /// (`à cela près`, `pour cela,`), so a word right after them is their verb.
    static let personOfSubjectPronoun: WordTable<String> = ["il": "3sg", "elle": "3sg", "on": "3sg", "nous": "1pl",
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
        if let known = auxiliaryCache[key] { return known }
        let found = lexicon.analyze(form.lowercased()).contains {
            ($0.contains(utf8: "st:être") || $0.contains(utf8: "st:avoir")) && !$0.contains(utf8: "po:nom")
        }
        auxiliaryCache[key] = found
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
                || gap.contains(".") && stopEndsSentence(after: current - 1) { return false }
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

    /// Whether a conjugated verb stands after the unit at `index` before its sentence ends (a full
    /// stop, a question or exclamation mark, a semicolon, a colon or a paragraph's end), whatever
    /// commas or relative clauses come between (`Dans le cas qui nous occupe, il s’agit`): what the
    /// unit opens is a sentence, not a phrase closed at once (`Jusque dans la version 1.7.`).
    func sentenceHasFiniteVerb(after index: Int) -> Bool {
        var current = index + 1
        while current < units.count, current - index <= 40 {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(where: { ";:!?\n".unicodeScalars.contains($0) })
                || gap.contains(".") && stopEndsSentence(after: current - 1) { return false }
            if units[current].kind == .word, !units[current].isProtected, readsAsFiniteVerb(current) { return true }
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

    /// Whether the capitalised word at `index` is a subject pronoun whose verb
    /// follows it, past clitics and `ne` (`essai Cela demande`, `suivante Vous en
    /// trouverez`): the clause it opens has its subject and its verb, so the
    /// capital marks a sentence whose full stop the scan lost. The verb must
    /// agree with the pronoun; after `Cela` a form that is also a noun
    /// (`demande`) is the verb by its place.
    func opensWithItsSubject(_ index: Int) -> Bool {
        guard let person = Self.personOfSubjectPronoun[units[index].lower] else { return false }
        return verbOfPersonFollows(index, person: person)
    }

    /// Whether a verb form of `person` (`3sg`) follows the unit at `index`, past
    /// the clitics and `ne` that may stand between a subject and its verb.
    func verbOfPersonFollows(_ index: Int, person: String) -> Bool {
        var next = index + 1
        while next < units.count, next - index <= 3, onlySpaces(units[next - 1].end, units[next].start) || units[next - 1].kind == .elision,
              units[next].kind == .elision || !formTags(next).isDisjoint(with: [.preverb, .negadv]) {
            next += 1
        }
        guard next < units.count, units[next].kind == .word, next - index <= 3,
              onlySpaces(units[next - 1].end, units[next].start) || units[next - 1].kind == .elision else { return false }
        return isVerbForm(lowerForm(next), person: person, moods: Self.personalMoods)
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
}
