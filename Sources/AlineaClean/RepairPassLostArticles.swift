import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: elisions and articles the scan lost or
/// glued to the word before. Before a vowel the thin `l’` goes whole
/// (`pendant installation`, `améliorer organisation`) or leaves only a quote
/// (`de ‘OSCE`); `n’` loses its apostrophe before a negation (`nest pas`); a
/// preposition and its article lose the space between them (`delà sortie`).
/// Unlike `RepairPassLostApostrophes`, which splits glued letters the
/// document writes elided elsewhere, these words are valid or foreign as
/// read, and only the grammar of their neighbours shows what is missing.
extension RepairPass {
    /// An opening quote glued to the start of a word opening with a vowel that
    /// nothing in its sentence closes (`unclosedOpenings`; before a consonant
    /// `findStrayQuotes` took it for a speck already) is no quotation mark.
    /// After a preposition, or where no determiner stands before a noun
    /// (`de ‘OSCE`, `à 'OSCE`, `régler ’axe`, `possédant "extension`), it is
    /// what the scan kept of an elided `l’`, whose letter it lost. Otherwise a
    /// `‘` is a speck; any other mark stays for the reader (`nom 'indique`:
    /// the lost head may be `l’`, `n’` or `s’`).
    func strayOpeningQuotes() {
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

    /// `nest pas`, `nont plus`, `aucun encodage nest donné` → `n’est pas`,
    /// `n’ont plus`, `n’est donné`: a word that is no French word (English
    /// `nest`, or none), opening with `n` and a vowel, before the second half
    /// of a negation (`pas`, `plus`, `jamais`) or after a negative pronoun or
    /// determiner of its clause (`aucun`), is `ne` elided before a verb whose
    /// apostrophe the scan lost — the negation calls for it, and `n’` + the
    /// rest is a finite verb.
    func lostApostropheBeforeNegation(at index: Int) {
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

    /// `si vous he trouvez pas`, `caractères, hé pas comporter` → `ne`: a short
    /// word that is no grammatical word (an interjection, a noun, a word of no
    /// class) standing where `ne` opens a negation — before a finite verb the
    /// second half of the negation follows (`pas`, `jamais`), or before that half
    /// and an infinitive — is the scan's reading of `ne`, when the confusion
    /// model reads it so (the word pass's repair of it gives way: `he` → `hé`, `le`).
    func misreadNegationParticle(at index: Int) {
        let unit = units[index]
        // The word as read (`he`, which the word pass may have made `hé` or `le`): a grammatical word
        // read intact stands in its own slot.
        guard unit.pattern == .lower, unit.length == 2, lowerForm(index) != "ne", index + 2 < units.count,
              lowerTags(index).isDisjoint(with: Self.closedClassTags.union([.preverb, .negadv, .adv])) else { return }
        let first = index + 1, second = index + 2
        guard [first, second].allSatisfy({ units[$0].kind == .word && units[$0].pattern == .lower }),
              onlySpaces(unit.end, units[first].start), onlySpaces(units[first].end, units[second].start) else { return }
        let verbThenNegation = !formTags(first).isDisjoint(with: PartsOfSpeech.finite) && formTags(second).contains(.negadv)
            && !formTags(first).contains(.negadv)
        let negationThenInfinitive = formTags(first).contains(.negadv) && formTags(second).contains(.infi)
        guard verbThenNegation || negationThenInfinitive else { return }
        let readings = repairer.generator.candidates(for: unit.lower, allowed: { _ in true }, lengthLimits: false) { $0 == "ne" }
        guard !readings.isEmpty else { return }
        let decision = Decision(after: "ne", rule: "confusion", confidence: 0.7)
        if unit.edited { revise(index, with: decision) } else { replace(index, with: decision) }
    }

    /// `prendre eh main`, `nous sommes eh cours`, `eh anglais` → `en`: an interjection
    /// (tagged nothing but `.other`) stands apart from the sentence (a mark after it, or
    /// the adverb it calls up: `eh bien`, `eh oui`), never before a word of the sentence
    /// it runs into; there the scan read the `n` of `en` with an ascender
    /// (`OCRConfusionModel`: `h` for `n`).
    func interjectionReadForEn(at index: Int) {
        let unit = units[index]
        guard unit.pattern == .lower, index > 0, index + 1 < units.count, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, unit.start), lowerTags(index) == .other,
              units[index + 1].kind == .word, units[index + 1].pattern == .lower, onlySpaces(unit.end, units[index + 1].start),
              formTags(index + 1).isDisjoint(with: [.adv]), formTags(index + 1) != .other,
              !repairer.generator.candidates(for: unit.lower, allowed: { $0 == .shape }, lengthLimits: false, accept: { $0 == "en" }).isEmpty
        else { return }
        replace(index, with: Decision(after: "en", rule: "confusion", confidence: 0.7))
    }

    /// `satisfont celte norme`, `changer celte situation` → `cette`: a content word (an adjective,
    /// a noun, a verb form) of a few letters, between a word that takes a noun phrase — a verb that is
    /// nothing nominal, or a preposition that takes no bare noun (`dans`, `sur`: `prepositionsBeforeDeterminer`)
    /// — and a noun, stands where the noun's determiner must; when the confusion model reads it, by a
    /// letter's shape, as exactly one determiner that agrees with that noun, the scan misread it.
    func contentWordReadForDeterminer(at index: Int) {
        let unit = units[index]
        guard unit.pattern == .lower, (3...6).contains(unit.length), index > 0, index + 1 < units.count,
              units[index - 1].kind == .word, units[index - 1].pattern == .lower, onlySpaces(units[index - 1].end, unit.start),
              units[index + 1].kind == .word, units[index + 1].pattern == .lower, onlySpaces(unit.end, units[index + 1].start),
              lowerTags(index).isDisjoint(with: PartsOfSpeech.determiners.union([.mg, .prep, .npr, .propersuj, .properobj, .preverb]))
        else { return }
        let before = formTags(index - 1)
        let verb = !before.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppre])) && before.isDisjoint(with: [.nom, .adj, .ppas, .mg])
        let preposition = before.contains(.prep) && Self.prepositionsBeforeDeterminer.contains(lowerForm(index - 1))
        guard verb || preposition, formTags(index + 1).contains(.nom),
              formTags(index + 1).isDisjoint(with: PartsOfSpeech.determiners.union([.mg, .adj, .ppas])) else { return }
        let readings = Set(repairer.generator.candidates(for: unit.lower, allowed: { $0 == .shape }, lengthLimits: false, accept: {
            !self.tags($0).isDisjoint(with: [.det, .detdem, .detpos])
        }).map(\.word))
        guard readings.count == 1, let reading = readings.first,
              agrees(lowerForm(index + 1), with: lexicon.analyze(reading).filter { $0.contains(utf8: "po:det") }) else { return }
        replace(index, with: Decision(after: reading, rule: "confusion", confidence: 0.7))
    }

    /// The prepositions of `prepositionsBeforeArticle` and `prepositionsMostlyBeforeArticle` before which
    /// an adjective cannot open the noun phrase either (`de grande taille`, `à bas prix` can).
    static let prepositionsBeforeDeterminer = Set(prepositionsBeforeArticle + prepositionsMostlyBeforeArticle).subtracting(["de", "à"])

    /// Prepositions that never stand before a bare singular noun opening with a
    /// vowel: `dans image`, `pendant installation` lost the elided article of
    /// `dans l’image`; `de` elides itself before a vowel (`d’origine`), so `de
    /// original` cannot be what was printed either — the thin `l’` of `de
    /// l’original` is what the scan dropped (an elided `d’` it reads as `d`).
    /// Nor before an acronym the document elides (`de OSCE`).
    static let prepositionsBeforeArticle = ["dans", "pendant", "de"]
    /// Prepositions that stand before a bare noun opening with a vowel only in
    /// set phrases and names (`à usage unique`, `sur internet`), which the clean
    /// pages and the sets’ references write with the article about 24 times as often
    /// (`à l’aide`, `sur l’interface`, `selon l’ordre`): there a bare noun that is
    /// no name lost its `l’` too. (`avec` and `après` take bare nouns as often as
    /// a scan drops the article: `avec empattement`, `après utilisation` — `avec` only before a code
    /// its noun names, `namesCodeOrQuote`; `avant`
    /// opens headings: `Avant application de la rotation`.)
    static let prepositionsMostlyBeforeArticle = ["à", "sur", "selon", "depuis", "durant"]
    /// The lengths in bytes of both lists' words: a cheap test every word passes through first
    /// (an array of six: a hashed set costs more than the comparisons it saves).
    static let prepositionsBeforeArticleLengths = Array(Set((prepositionsBeforeArticle + prepositionsMostlyBeforeArticle)
        .map(\.utf8.count)))

    /// `pendant installation` → `pendant l’installation`: after `dans`,
    /// `pendant` or `de` a singular noun needs its article, and before a vowel the
    /// scan drops the thin `l’` whole. Only for a noun (no adverb, pronoun,
    /// numeral or infinitive: `dans environ`, `pendant encore`) opening with a
    /// vowel — not with h: Debian's French dictionary accepts `l’` before any
    /// word (`l’hockey`), so it cannot tell an h aspiré. After `à`, `sur`,
    /// `selon` and the like (`prepositionsMostlyBeforeArticle`, `à ajout`,
    /// `sur utilisation`), the same for a word that is nothing but a noun (`à été`:
    /// the participle of `a été` misread), no name once capitalised (`sur internet`),
    /// and not one prose writes bare after `à`.
    func lostArticleAfterPreposition(at index: Int) {
        // The preposition first: two lengths to compare before any string work, on every word. An `&`
        // the grave rule read as `à` (`demander & application`) is that preposition too.
        guard index > 0, units[index - 1].kind == .word || units[index - 1].kind == .ampersand && units[index - 1].form == "à",
              Self.prepositionsBeforeArticleLengths.contains(units[index - 1].form.utf8.count),
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        let preposition = lowerForm(index - 1)
        if Self.prepositionsBeforeArticle.contains(preposition) {
            guard isBareSingularNounOpeningWithVowel(index) || isAcronymTheDocumentElides(index) else { return }
        } else if preposition == "avec" {
            // `avec` takes bare nouns (`avec empattement`), but not one that names the code or the quoted
            // label after it: `avec option -k`, `avec option « -a »` lost the article of `l’option`.
            guard isBareSingularNounOpeningWithVowel(index), lowerTags(index).isDisjoint(with: [.ppas, .ppre, .adj]),
                  namesCodeOrQuote(after: index) else { return }
        } else {
            // No finite verb follows a preposition: a noun that also conjugates a verb is the noun there (`sur
            // image`, `sur interface`) — but `à` may be the verb `a` with an accent the scan invented.
            let excluded: PartsOfSpeech = preposition == "à" ? PartsOfSpeech.finite.union([.ppas, .ppre, .adj]) : [.ppas, .ppre, .adj]
            guard Self.prepositionsMostlyBeforeArticle.contains(preposition), isBareSingularNounOpeningWithVowel(index),
                  lowerTags(index).isDisjoint(with: excluded), !isAuxiliary(units[index].form), !namesWhenCapitalised(index),
                  !labelsCode(after: index),
                  preposition != "à" || !isSetPhraseAfterA(index)
            else { return }
        }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// Whether the noun at `index` labels the code or name after it (`sur architecture i386`,
    /// `sur interface eth0`, `sur port COM1`): a technical writer's bare label, not a noun
    /// that lost its article.
    func labelsCode(after index: Int) -> Bool {
        index + 1 < units.count && onlySpaces(units[index].end, units[index + 1].start) && isCode(at: index + 1)
    }

    /// Whether a code or a quoted label follows the noun at `index`, an option's hyphen or an
    /// opening quotation mark between (`option -k`, `option « -a »`, `appel pipe(2)`).
    func namesCodeOrQuote(after index: Int) -> Bool {
        guard index + 1 < units.count else { return false }
        let gap = scalars[units[index].end..<units[index + 1].start]
        guard gap.first == " ", gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "«" || $0 == "\u{A0}" || $0 == "\u{202F}" || $0 == "“" })
        else { return false }
        return gap.contains("«") || gap.contains("“") || isCode(at: index + 1)
    }

    /// Whether the unit at `position` names a code rather than a word of the sentence: a number, a
    /// protected span, a word with a digit (`i386`) or in capitals (`COM1`), or an option's letter
    /// after its hyphen (`-t`).
    func isCode(at position: Int) -> Bool {
        let unit = units[position]
        if unit.kind == .number || unit.isProtected { return true }
        guard unit.kind == .word else { return false }
        return unit.text.unicodeScalars.contains(where: CharacterClass.isDigit) || unit.pattern == .upper && unit.length >= 2
            || unit.length <= 2 && unit.start > 0 && scalars[unit.start - 1] == "-"
    }

    /// Whether the bare noun at `index`, after `à`, makes a set phrase with it: one prose
    /// writes bare after `à` (`à argument`, `à intervalles`), or the second noun of a
    /// compound, after a noun that is nothing else (`instruments à archet`, `moteur à essence`).
    func isSetPhraseAfterA(_ index: Int) -> Bool {
        if GraveAccentContexts.shared.timesAccented("à", before: units[index].lower) > 0 { return true }
        guard index >= 2, units[index - 2].kind == .word, onlySpaces(units[index - 2].end, units[index - 1].start) else { return false }
        let head = formTags(index - 2)
        return head.contains(.nom) && head.isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas, .prep, .adv]))
    }

    /// Whether the word at `index`, capitalised, is also a name (`internet`: `Internet`), which
    /// French writes without an article (`sur internet`, `à internet`).
    func namesWhenCapitalised(_ index: Int) -> Bool {
        let lower = units[index].lower
        guard let first = lower.unicodeScalars.first else { return false }
        return tags(String(first).uppercased() + String(lower.unicodeScalars.dropFirst())).contains(.npr)
    }

    /// `cette page. installation à partir`, `plus aisée. utilisation d’un` → `L’installation`,
    /// `L’utilisation`: no sentence opens in small letters, and none on a bare singular noun — the
    /// scan dropped the thin `L’` whole before a vowel and, with it, the sentence's capital. Only
    /// after a full stop, a question or an exclamation mark the word before may end a sentence on
    /// (a content word, a number or a bracket: not a determiner, preposition, conjunction or relative,
    /// `de. installation`, `un. ouvrage`, where the stop is the speck `periodBeforeLowercase` drops;
    /// nor an abbreviation, nor an ellipsis), on the same line, before the small letters of the
    /// sentence going on — and only a word that is nothing but a noun (`code. est`: the verb).
    /// Run after `periodBeforeLowercase`, whose dropped stops end no sentence, and before
    /// `stopBeforeSmallLetter`, which would take this stop for a speck.
    func lostArticlesOpeningSentences() {
        guard french else { return }
        for index in units.indices.dropFirst() where !units[index].edited && !units[index].isProtected {
            lostArticleOpeningSentence(at: index)
        }
    }

    /// The test and repair of `lostArticlesOpeningSentences` on the unit at `index`.
    func lostArticleOpeningSentence(at index: Int) {
        // The cheap tests first: most words stand after a space and a letter, not after a stop.
        guard index + 1 < units.count, units[index].kind == .word, units[index].pattern == .lower,
              let (stop, afterBracket) = stopAndSpace(before: index, marks: [".", "!", "?"]),
              isBareSingularNounOpeningWithVowel(index),
              // Only a noun: a verb or a participle it also spells goes on the sentence before (`le code. est`).
              lowerTags(index).isDisjoint(with: PartsOfSpeech.finite.union([.adj, .ppas, .ppre])) else { return }
        // What ends the sentence before: a word that may close one, a number or a bracket.
        // Its word as read: one the word pass repaired (`méme.` → `même.`) has its stop judged again once
        // the inline pass can read it (`un même. empilement`: a speck).
        let previous = units[index - 1]
        guard !previous.edited else { return }
        if previous.kind == .word {
            guard previous.length >= 3, !isAbbreviation(index - 1),
                  formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners.union([.prep, .cjco, .cjsub, .prorel])) else { return }
        } else {
            guard previous.kind == .number || afterBracket else { return }
        }
        // A stop another rule took for a speck ends no sentence.
        if edits.contains(where: { $0.offset == stop && $0.before == String(scalars[stop]) }) { return }
        // The sentence goes on in small letters after the noun (`d’un`, `du`, `à partir`).
        let next = units[index + 1]
        guard onlySpaces(units[index].end, next.start) || next.kind == .elision && next.start == units[index].end + 1,
              next.kind == .word || next.kind == .elision, CasePattern(of: next.text) == .lower else { return }
        replace(index, with: Decision(after: "L" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
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
                && units[other - 1].end == units[other].start && lowerForm(other - 1) == "l"
        }
    }

    /// `si option est désactivée`, `que image est zoomée` → `l’option`, `l’image`:
    /// the subject of a clause a subordinating conjunction opens, right before
    /// its verb, is a singular noun that needs its determiner, and before a
    /// vowel the scan drops the thin `l’` whole (`lostArticleAfterPreposition`).
    /// Only before a verb that is nothing else or an auxiliary (`est`, `sera`), in
    /// the third person singular — the clitics of a verb may stand between (`si
    /// installation se fait`, `si utilisateur n’est pas`), and so may an option or a
    /// code the noun names (`si option -t est`); not after `comme`, which also
    /// introduces a bare noun (`comme image de fond`).
    func lostArticleOfSubject(at index: Int) {
        // The conjunction in small letters, or capitalised opening its sentence (`Si option est`).
        guard index > 0, index + 1 < units.count, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start),
              case let conjunctionCase = CasePattern(of: units[index - 1].form),
              conjunctionCase == .lower || conjunctionCase == .capitalized && isSentenceStart(units[index - 1].start),
              formTags(index - 1).contains(.cjsub), lowerForm(index - 1) != "comme" else { return }
        // The verb: after at most two clitics (`se`, `n’`: an elision, or a word the lexicon tags so)
        // or one code (`-t`, `eth0`), nothing but spaces (or an option's hyphen) between.
        var position = index + 1
        while position < units.count, position - index <= 2 {
            guard isVerbClitic(position) || position == index + 1 && isCode(at: position) else { break }
            position += 1
        }
        func adjoins(_ unit: Int) -> Bool {
            units[unit].kind == .elision || scalars[units[unit].end..<units[unit + 1].start].allSatisfy { $0 == " " || $0 == "-" }
        }
        guard isBareSingularNounOpeningWithVowel(index) else { return }
        // Not before `a`, which in a scan that drops accents may be `à` (`que occasion a développer`).
        // After a clitic (`se fait`, `n’est`) the word is the verb, whatever noun or participle it also spells.
        let verbFollows = position < units.count && units[position].kind == .word && CasePattern(of: units[position].form) == .lower
            && (index..<position).allSatisfy(adjoins) && units[position].form != "a"
            && (isAuxiliary(units[position].form) || isOnlyFiniteVerb(units[position].form) || position > index + 1 && !isCode(at: index + 1))
            && formTags(position).contains(.thirdSingular)
        // Or the noun phrase runs on to its verb (`si option respective est`, `que installation des programmes se fait`).
        guard verbFollows || isPlainSubjectNoun(index) && nounPhraseReachesVerb(from: index) else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// `de façon arbitraire, image sera déformée`, `un effet de gravure : image passe en noir`,
    /// `pas de problème, utilisateur ne voit jamais` → `l’image`, `l’utilisateur`: a clause that
    /// opens after a comma, a colon or a semicolon on a singular noun in small letters, whose
    /// noun phrase runs on to its verb with no mark between (`entrée correspondante du cache est`),
    /// has that noun for subject, and French gives a subject its determiner — before a vowel
    /// the scan dropped the thin `l’` whole. A noun in apposition (`Debian, ensemble de
    /// paquets, est`) or in an enumeration (`taille, orientation, position`) meets a mark or a
    /// conjunction before any verb, and a plural verb has a plural subject.
    func lostArticleOfSubjectAfterMark(at index: Int) {
        // One mark between the words, spaces around it (`gravure : image`, `arbitraire, image`). The gap's
        // width first: asked of every word, and most stand one space after the word before.
        guard index + 1 < units.count, clauseMarkBefore(index),
              isBareSingularNounOpeningWithVowel(index), !isAuxiliary(units[index].form),
              isPlainSubjectNoun(index),
              // A mark after a determiner or a preposition is a speck (`d’un, ouvrage`).
              units[index - 1].kind != .word
                || formTags(index - 1).isDisjoint(with: PartsOfSpeech.determiners.union([.prep, .cjco, .cjsub])),
              !labelsCode(after: index), nounPhraseReachesVerb(from: index) else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// Whether the unit at `index` is the preposition `de` in one of its forms (`d’`, `de`,
    /// `du`, `des`): what opens a noun's complement (`entrée du cache`) or a partitive (`l’une des`).
    func isFormOfDe(_ index: Int) -> Bool {
        units[index].kind == .elision ? lowerForm(index) == "d" : units[index].kind == .word && Self.formsOfDe.contains(lowerForm(index))
    }

    /// The preposition `de` and its contractions with the article, written whole.
    static let formsOfDe: Set<String> = ["de", "du", "des"]

    /// Whether one comma, colon or semicolon stands between the unit before `index` and
    /// the unit at `index`, spaces around it (`gravure : image`, `arbitraire, image`): a
    /// clause or a phrase opens at the unit. The gap's width first: asked of every word,
    /// and most stand one space after the word before.
    func clauseMarkBefore(_ index: Int) -> Bool {
        guard index > 0, (2...4).contains(units[index].start - units[index - 1].end),
              ProtectedSpans.isWhitespace(scalars[units[index].start - 1]) else { return false }
        // One walk, no copy: every word after a comma asks this.
        var marks = 0
        for scalar in scalars[units[index - 1].end..<units[index].start] where !ProtectedSpans.isWhitespace(scalar) {
            guard scalar == "," || scalar == ":" || scalar == ";" else { return false }
            marks += 1
        }
        return marks == 1
    }

    /// Whether the bare noun at `index` may head a subject by itself: no participle, nor an
    /// adjective or participle, which qualifies the noun before (`un chapitre, entier est`, `un
    /// masque, appelé masque de calque`), unless the document writes it after `l’` elsewhere
    /// (`l’entrée`); and one prose writes, for a noun it never does is as likely a garbled
    /// word (`ost`).
    func isPlainSubjectNoun(_ index: Int) -> Bool {
        !lowerTags(index).contains(.ppre) && ProseFormFrequencies.shared.count(units[index].lower) > 0
            && (lowerTags(index).isDisjoint(with: [.ppas, .adj]) || documentElidesArticle(before: index))
    }

    /// Whether the unit at `position` is a clitic of the verb after it, by the lexicon's tags: a word
    /// (`se`, `ne`, `y`) or an elided head by its full form (`n’`, `s’`, `l’`; not `d’`, `qu’`, `j’`).
    func isVerbClitic(_ position: Int) -> Bool {
        (units[position].kind == .word || units[position].kind == .elision)
            && !fullFormTags(position).isDisjoint(with: [.preverb, .negadv])
    }

    /// Whether the noun at `index` heads a subject: its phrase (adjectives, participles, a
    /// complement opened by `de`) runs, within a few words and no mark, to a finite verb in the
    /// third person singular — one that is nothing else, an auxiliary, or any finite form right
    /// after the noun or after a clitic (`image passe`, `interface se présente`).
    func nounPhraseReachesVerb(from index: Int) -> Bool {
        var position = index + 1
        var inComplement = false
        while position < units.count, position - index <= 6 {
            let previous = units[position - 1]
            guard previous.kind == .elision && previous.end == units[position].start || onlySpaces(previous.end, units[position].start),
                  units[position].kind == .word || units[position].kind == .elision,
                  currentPattern(position) == .lower else { return false }
            let found = formTags(position)
            let form = lowerForm(position)
            let afterClitic = position > index + 1 && isVerbClitic(position - 1)
            // `a` may be `à` in a scan that drops accents (`que occasion a développer`).
            if form == "a" { return false }
            if units[position].kind == .word, found.contains(.thirdSingular), !found.isDisjoint(with: PartsOfSpeech.finite),
               isAuxiliary(units[position].form) || isOnlyFiniteVerb(form) || afterClitic
                || position == index + 1 && found.isDisjoint(with: [.adj, .ppas, .prep, .mg]) {
                return true
            }
            if isFormOfDe(position) {
                // `d’une espace`, `du cache`: a complement opens.
                inComplement = true
            } else if isVerbClitic(position) {
                // `ne`, `se`, `n’`, `l’` before the verb.
            } else if inComplement && !found.isDisjoint(with: PartsOfSpeech.determiners) {
                // `d’une espace`: the complement's determiner.
            } else if !found.isDisjoint(with: [.nom, .adj, .ppas]), found.isDisjoint(with: [.prep, .cjco, .cjsub, .prorel, .mg, .adv]) {
                // An adjective or a participle of the noun, or the complement's noun.
                guard inComplement || !found.isDisjoint(with: [.adj, .ppas]) else { return false }
            } else {
                return false
            }
            position += 1
        }
        return false
    }

    /// `le statut et affectation du bogue`, `la notification et interception des événements` →
    /// `et l’affectation`, `et l’interception`: French repeats the determiner in each noun phrase
    /// it coordinates, so a bare singular noun opening with a vowel right after `et` or `ou`, where
    /// the first phrase is a determiner and its noun, lost the thin `l’` the scan dropped whole.
    /// Not where a comma parts the two (an enumeration may end on a bare noun), nor before a code.
    func lostArticleInCoordination(at index: Int) {
        guard index >= 3, units[index - 1].kind == .word, units[index - 2].kind == .word,
              case let conjunction = lowerForm(index - 1), conjunction == "et" || conjunction == "ou",
              (index - 3..<index).allSatisfy({ onlySpaces(units[$0].end, units[$0 + 1].start)
                  || units[$0].kind == .elision && units[$0].end == units[$0 + 1].start }),
              isBareSingularNounOpeningWithVowel(index),
              // A verb it also spells coordinates with the clause's verb (`d’accès et affiche`).
              lowerTags(index).isDisjoint(with: PartsOfSpeech.finite.union([.ppas, .ppre, .adj])),
              !isAuxiliary(units[index].form), !labelsCode(after: index) else { return }
        // The first phrase: a noun (nothing a verb could be) after its determiner or elided article.
        let noun = formTags(index - 2)
        guard noun.contains(.nom), noun.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .adv, .prep, .mg])) else { return }
        // The article, not a preposition's complement (`du traitement et interprétation`, `d’installation`).
        let head = units[index - 3]
        let determined = head.kind == .elision ? lowerForm(index - 3) == "l"
            : head.kind == .word && !formTags(index - 3).isDisjoint(with: [.det, .detdem, .detpos]) && !formTags(index - 3).contains(.prep)
                && !["du", "des", "au", "aux"].contains(lowerForm(index - 3))
        guard determined else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// `améliorer organisation du projet`, `qui facilitait installation` → `l’organisation`,
    /// `l’installation`: a verb that only takes a direct object (`takesOnlyDirectObject`),
    /// and is nothing else, takes it as a noun phrase with its determiner; a bare singular
    /// noun opening with a vowel right after it lost the thin `l’` the scan dropped whole.
    /// The verb must be one prose writes or the document repeats. Not after a reflexive `se`
    /// (`s’améliorer`), which needs no object; the light verbs that do take bare nouns
    /// (`faire appel`, `avoir accès`, `porter atteinte`) are no such verbs.
    func lostArticleOfObject(at index: Int) {
        guard index > 0, units[index - 1].kind == .word, units[index - 1].pattern == .lower,
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        // `ne fait pas installation`: the second half of a negation may stand between the verb and its
        // object, which is then `d’` as often as `l’` — only the document's own usage tells (below).
        var verbIndex = index - 1
        if index >= 2, formTags(index - 1).contains(.negadv), units[index - 2].kind == .word, units[index - 2].pattern == .lower,
           onlySpaces(units[index - 2].end, units[index - 1].start), negationOpens(before: index - 1) {
            verbIndex = index - 2
        }
        let negated = verbIndex != index - 1
        // The verb, nothing else it could be — `ne` before it and `pas` after show it is one.
        let own = formTags(verbIndex)
        // A present participle takes its object as the verb does (`en utilisant option`).
        guard !own.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .ppre])),
              negated || own.isDisjoint(with: [.nom, .adj, .ppas, .adv, .prep, .mg, .npr]) else { return }
        // The object first: asked after every verb, and most words after one are no bare noun. A noun that
        // is also a participle may be the next verb's (`il a été`), unless the document writes it after
        // `l’` elsewhere (`utilise empreinte`, `l’empreinte`).
        guard isBareSingularNounOpeningWithVowel(index),
              !lowerTags(index).contains(.ppas) || documentElidesArticle(before: index) else { return }
        if verbIndex >= 1, case let before = lowerForm(verbIndex - 1), before == "se" || units[verbIndex - 1].kind == .elision && before == "s" {
            return
        }
        let verb = lowerForm(verbIndex)
        let verbs = lexicon.analyze(verb).filter { $0.contains(utf8: "po:v") }
        // A noun that is also an auxiliary or a participle is the clause's next verb as often (`ce qu’il
        // affiche est`, `quilla été`). A verb prose never writes, and the document nowhere else, is as
        // likely a misread one (`cela tait appel` for `fait appel`).
        // A verb that may also stand alone or take an indirect object (`tourner`, `réaliser`) takes this
        // noun as its object where the document itself writes it with the article (`l’image`), and no
        // English stands beside it (`graphical user interface`).
        guard !verbs.isEmpty, !isAuxiliary(units[index].form),
              verbs.allSatisfy(Self.takesOnlyDirectObject) && !negated
                || verbs.allSatisfy(Self.takesDirectObject) && documentElidesArticle(before: index) && !inForeignContext(index),
              ProseFormFrequencies.shared.count(verb) > 0 || GeneralFormFrequencies.shared.perBillion(verb) >= Self.everydayVerbPerBillion
                || vocabulary.count(verb) > 1 else { return }
        replace(index, with: Decision(after: "l" + String(apostrophe) + units[index].text, rule: "elision-l", confidence: 0.6))
    }

    /// How often French at large must write a verb form (per billion words) for
    /// `lostArticleOfObject` to trust it as read when the help-text counts never saw it
    /// (`évoque`, 20,000): five per million, which the rarer forms a scan makes of an
    /// everyday verb stay under (`tait`, 3,160, for `fait`).
    static let everydayVerbPerBillion = 5_000

    /// Whether the document writes the word at `index` at least twice elsewhere
    /// right after an elided `l’` (`l’option`): a noun it uses with its article,
    /// whose bare occurrence after a verb is more likely the scan's loss than the
    /// writer's. Once is not enough: a locution writes the noun bare beside its
    /// article (`chercher asile et de bénéficier de l’asile`).
    func documentElidesArticle(before index: Int) -> Bool {
        if formsAfterElidedArticle == nil {
            var found: [ByteKey: Int] = [:]
            for other in units.indices.dropFirst() where units[other].kind == .word && units[other - 1].kind == .elision
                && units[other - 1].end == units[other].start && lowerForm(other - 1) == "l" {
                found[ByteKey(lowerForm(other)), default: 0] += 1
            }
            formsAfterElidedArticle = found
        }
        return formsAfterElidedArticle?[ByteKey(lowerForm(index))] ?? 0 >= 2
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

    /// `la rétrocompatibilité delà sortie` → `de la sortie`: a preposition or
    /// adverb whose letters, accents aside, are a preposition glued to an
    /// article (`de` + `la`), right before a noun that article agrees with, is
    /// the two words a lost space joined — unless the word before makes a
    /// listed compound with it (`au-delà`, `par-delà`), its own use.
    /// A damaged word the word pass read so (`dela` → `delà`) is read again.
    func prepositionGluedToArticle(at index: Int) {
        let revising = units[index].edited
        let own = revising ? formTags(index) : lowerTags(index)
        guard index + 1 < units.count, units[index].pattern == .lower, (4...6).contains(units[index].length),
              own.contains(.prep), own.isDisjoint(with: RepairPass.contentTags.union(.adj)),
              units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start) else { return }
        let word = revising ? lowerForm(index) : units[index].lower
        let skeleton = AccentSkeleton.of(word)
        guard skeleton != word else { return }
        // Listed, not merely accepted part by part (Hunspell breaks any compound at its hyphens).
        if index > 0, units[index - 1].kind == .word,
           !lexicon.analyze(lowerForm(index - 1) + "-" + word).isEmpty { return }
        let scalars = Array(skeleton.unicodeScalars)
        for cut in 2..<(scalars.count - 1) {
            let preposition = String(String.UnicodeScalarView(scalars[..<cut])), article = String(String.UnicodeScalarView(scalars[cut...]))
            guard tags(preposition).contains(.prep), DefiniteArticle.reads(article, in: lexicon) else { continue }
            let articleAnalyses = lexicon.analyze(article).filter { $0.contains(utf8: "po:det") }
            // A name or an acronym takes any article (`de la RFC 5661`).
            guard units[index + 1].pattern != .lower || agrees(lowerForm(index + 1), with: articleAnalyses) else { continue }
            let decision = Decision(after: preposition + " " + article, rule: "split", confidence: 0.75)
            if revising { revise(index, with: decision) } else { replace(index, with: decision) }
            return
        }
    }
}
