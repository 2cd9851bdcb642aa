import AlineaText
import AlineaLexicon

/// Decides whether an `a` (or an `&`/`4` that the scan made of a letter) is
/// the verb *avoir* (`il a été`) or the preposition `à` whose accent the
/// scan lost (`a des fins`, `invités a échanger`), from the grammar of its
/// neighbours as Hunspell's French morphology tags them: a past participle
/// or an adverb after it, or a subject pronoun before it, mean the verb; an
/// infinitive, a determiner, a relative pronoun, a number, a proper noun or
/// a bare noun after it, or an infinitive, a plural, a plural finite verb or
/// the head of a prepositional locution (`grâce`) before it, mean the preposition; a clause that has no finite verb yet
/// leans to the verb (not before a capitalised word that is no name: a label's second half), and so do `le`/`les` after it (à contracts with them: `a les moyens`) unless an
/// infinitive follows them (`à le faire`); `un`/`une` weigh half a determiner (`le correctif a un nom`). What follows a lone `&` elsewhere in the same
/// document adds evidence, and so does what French prose puts beside each
/// (`GraveAccentContexts`: `à gauche`, `a lieu`; `correspond à`, `cela a`; for a
/// verb, adjective or participle prose never showed in its form, its lemma's counts; and
/// the locutions it writes whole, by the two words after it or one on each side:
/// `à la fois`, `côte à côte` — not after an indefinite or plural determiner).
/// Before the `a`, prose speaks with full weight only for words that cannot
/// be its subject (verbs, adjectives, participles): which nouns are subjects
/// depends on the text (`le pointeur a la forme` in a manual whose counts
/// say `pointeur à`).
public struct ARuleDecider: Sendable {
    /// A word next to the `a`, in its repaired form.
    public struct Neighbour: Sendable {
        public var text: String
        /// An elided article or pronoun (`l’`, `d’`) rather than a full word.
        public var isElision: Bool
        /// Punctuation stands between it and the `a`.
        public var separated: Bool
        /// It follows `de`/`d’`/`des`/`du` (`la barre d’outils a`): the complement of an earlier
        /// noun, which may be the subject, so its own number says little about the `a`.
        public var complementOfNoun: Bool
        /// It follows a clitic or a subject pronoun (`s’applique`, `se place`, `il place`):
        /// whatever else it spells, it stands there as a verb.
        public var afterClitic: Bool

        /// It may be an adjective and no determiner stands before it (`la place minimale nécessaire a`,
        /// `est inférieure a`): an adjective there, whatever noun it also spells, and no subject.
        public var postposedAdjective: Bool

        /// It follows a preposition or a verb that governs it (`en rien a`, `garder cela a`): a pronoun
        /// there is that word's object, not the subject of the `a`.
        public var afterGovernor: Bool

        public init(text: String, isElision: Bool = false, separated: Bool = false, complementOfNoun: Bool = false,
                    afterClitic: Bool = false, postposedAdjective: Bool = false, afterGovernor: Bool = false) {
            self.text = text
            self.isElision = isElision
            self.separated = separated
            self.complementOfNoun = complementOfNoun
            self.afterClitic = afterClitic
            self.postposedAdjective = postposedAdjective
            self.afterGovernor = afterGovernor
        }
    }

    /// The decision, when one can be made.
    public struct Verdict: Sendable, Equatable {
        public var isPreposition: Bool
        public var confidence: Double
    }

    let lexicon: HunspellDictionary
    /// What French prose puts beside `à` and beside `a` (`GraveAccentContexts`).
    let contexts = GraveAccentContexts.shared

    public init(lexicon: HunspellDictionary) { self.lexicon = lexicon }

    /// Tags of finite (conjugated) verb forms.
    static let finiteTags: PartsOfSpeech = [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp]

    /// Whether every analysis of `word` is plural: it cannot be the subject of `a`.
    func isOnlyPlural(_ word: String) -> Bool {
        let analyses = lexicon.analyze(word)
        guard !analyses.isEmpty else { return false }
        // Plural forms, possibly also a non-third-person verb (prises: 2sg of priser).
        return analyses.contains { $0.contains(utf8: "is:pl") }
            && !analyses.contains { $0.contains(utf8: "is:sg") || $0.contains(utf8: "is:inv") || $0.contains(utf8: "po:3sg") }
    }

    /// Whether `word` is a noun with no plural or invariable reading (it may
    /// also be a singular verb form: `cause`): no number above one can stand
    /// before it.
    func isOnlySingularNoun(_ word: String) -> Bool {
        let analyses = lexicon.analyze(word)
        return analyses.contains { $0.contains(utf8: "po:nom") }
            && !analyses.contains { $0.contains(utf8: "is:pl") || $0.contains(utf8: "is:inv") || $0.contains(utf8: "po:3pl") }
    }

    /// Whether `word` (in small letters, tagged `tags`) is only a finite verb — nothing `à`
    /// could introduce — ending in the `e` (or `es`) whose acute accent would make it a past
    /// participle (`signale` of `signalé`): after `a`, the auxiliary's participle as a scan that
    /// drops accents reads it. `à` never precedes a finite verb, and a participle is the
    /// commonest word after the verb `a`.
    func isParticipleLostItsAccent(_ word: String, tags: PartsOfSpeech) -> Bool {
        guard !tags.isDisjoint(with: Self.finiteTags),
              tags.isDisjoint(with: [.infi, .ppas, .ppre, .nom, .adj, .adv, .det, .detind, .detdem, .detpos, .prep, .mg, .npr])
        else { return false }
        var scalars = Array(word.unicodeScalars)
        let last = scalars.last == "s" ? scalars.count - 2 : scalars.count - 1
        guard last >= 2, scalars[last] == "e" else { return false }
        scalars[last] = "é"
        return lexicon.tags(of: String(String.UnicodeScalarView(scalars))).contains(.ppas)
    }

    /// Whether `tags` read as an infinitive and as nothing a participle or a
    /// noun phrase could also be (`insérer`, not `dîner` or `devoir`).
    static func isOnlyInfinitive(_ tags: PartsOfSpeech) -> Bool {
        tags.contains(.infi) && tags.isDisjoint(with: [.ppas, .nom, .adj])
    }

    /// Whether `low` and `high` are numbers, the first below the second: the
    /// ends of a range, which `à` joins (`de 0 à 255`, `de 0,0 à 1,0`). French
    /// writes a decimal comma; a point is read too (`de 0.5 à 2`).
    public static func isRange(_ low: String?, _ high: String?) -> Bool {
        guard let low, let high, let from = decimalValue(low), let to = decimalValue(high) else { return false }
        return from < to
    }

    /// The value of a number written with digits and at most one decimal
    /// comma or point (`255`, `0,5`); nil for anything else (`1.2.3`, `4e`).
    static func decimalValue(_ text: String) -> Double? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        return Double(parts.joined(separator: "."))
    }

    /// `Reportez-vous`, `rendez-vous`: a verb form joined by a hyphen to a
    /// personal pronoun, the shape of an imperative.
    static func isImperativeWithPronoun(_ word: String) -> Bool {
        let parts = word.lowercased().split(separator: "-")
        guard parts.count == 2, parts[0].count >= 3 else { return false }
        return ["vous", "nous", "toi", "moi", "lui", "leur"].contains(String(parts[1]))
    }

    /// How strongly a document's own counts show that its scan drops the
    /// accent of `à`: French prose has about two `à` for one verb `a`, so a
    /// text with many `a` and few `à` has lost them (1 when no `à` survived
    /// among at least four, 0 when `à` holds its usual share or the evidence
    /// is too thin).
    public static func accentLossPrior(plainA: Int, graveA: Int) -> Double {
        let total = plainA + graveA
        guard total >= 4 else { return 0 }
        let share = Double(graveA) / Double(total)
        return min(1, max(0, (0.45 - share) / 0.45))
    }

    /// Whether a document's scan shows that it reads `à` as a digit: it writes `4` alone
    /// between words (`lone4`) at least twice, more than twice as often as any other single
    /// digit so (`otherLoneDigits`, the most frequent of them), and its `à` are lost
    /// (`accentLoss`, `accentLossPrior`). Clean text writes numbers, not a 4 above all others.
    public static func showsDigitLoss(lone4: Int, otherLoneDigits: Int, accentLoss: Double) -> Bool {
        accentLoss >= 0.5 && lone4 >= 2 && lone4 > 2 * otherLoneDigits
    }

    /// Reads `observed` (`a`, `&`, `@`, `€`, `4`, or a capital `A` inside a sentence) between `previous` and `next`.
    /// `followsPreposition` is how many times the next two words follow a
    /// lone `&` (an OCR reading of `à`) elsewhere in the document.
    /// `clauseHasVerb` says whether the clause has a finite verb besides the
    /// `a` (`Toute personne a droit`: none, so `a` is likely it).
    /// `afterNext` is the word after `next` (`a ce que`).
    /// `accentLoss` (0–1) is how strongly the document itself shows that its
    /// scan drops the grave accent of `à` (see `accentLossPrior`); it tips an
    /// otherwise undecided `a` towards the preposition, never against grammar.
    /// `digitLoss` says that the document's scan makes digits of `à` (`ARuleDecider.showsDigitLoss`): a
    /// digit there is `à` before a plural too (`visibles 4 différents endroits`), where the word before
    /// (a verb, an adjective, a noun) governs it.
    public func decide(observed: String, previous: Neighbour?, next: Neighbour?, afterNext: Neighbour? = nil,
                       followsPreposition: Int, clauseHasVerb: Bool = true, accentLoss: Double = 0,
                       digitLoss: Bool = false) -> Verdict? {
        guard let next, let weights = weigh(observed: observed, previous: previous, next: next, afterNext: afterNext,
                                            followsPreposition: followsPreposition, clauseHasVerb: clauseHasVerb,
                                            accentLoss: accentLoss) else { return nil }
        var preposition = weights.preposition
        let verb = weights.verb
        let nextLower = next.text.lowercased()
        let first = next.text.unicodeScalars.first!

        // `&`, `@` and `4` in running French text are themselves OCR errors; only
        // the grammar of what follows decides whether they stood for à.
        switch observed {
        case "&":
            // A scan makes `&` of `à`, never of the verb `a`: what speaks for the verb
            // (a participle after it: `tout & fait`) speaks against nothing here. Only a
            // capitalised word that is no proper noun (a name: `Procter & Gamble`) leaves it.
            if CharacterClass.isUppercase(first), !lexicon.tags(of: next.text).contains(.npr) { return nil }
            return Verdict(isPreposition: true, confidence: min(0.95, 0.7 + 0.1 * max(0, preposition)))
        case "@", "€":
            guard preposition > 0, verb == 0 else { return nil }
            return Verdict(isPreposition: true, confidence: min(0.95, 0.7 + 0.1 * preposition))
        case "A":
            // A capital `A` inside a sentence is no verb (that would be lower-case): the
            // letter of a label (`l’annexe A`, `la colonne A et`) or `à` whose accent the scan
            // lost. Only before what a label never precedes: a determiner, an elided article,
            // an infinitive, a relative pronoun.
            // Not before `du`, `de` (`l’annexe A du rapport`): à contracts with the article (au)
            // and never precedes `de`; nor before `des` after a noun a label may follow (`l’annexe A
            // des règles`) — after a participle or an adjective it is à (`affectés A des notes`).
            let afterNoun = previous.map { lexicon.tags(of: $0.text.lowercased()).contains(.nom) } ?? true
            guard preposition >= 1, next.isElision || !["du", "de"].contains(nextLower) && (nextLower != "des" || !afterNoun)
            else { return nil }
            return Verdict(isPreposition: true, confidence: min(0.9, 0.6 + 0.1 * preposition))
        case _ where OCRConfusionModel.digitReadingsOfGraveA.contains(observed):
            // `à` holds the preposition of `au` and `aux` already: `ajouter 3 au résultat` adds a number.
            if !next.isElision, nextLower == "au" || nextLower == "aux" { return nil }
            // One number never stands before another read for à: of `la valeur 2 4 ce paramètre`, the à is the second
            // (after a number, the first is the range's: `de 1 4 4 poignées`).
            if !next.isElision, OCRConfusionModel.digitReadingsOfGraveA.contains(next.text),
               previous.map({ !$0.text.unicodeScalars.allSatisfy(CharacterClass.isDigit) }) ?? true { return nil }
            // A determiner is followed by a number, never by à (`le 2 juin`, `ses 4 pixels`); not one that is
            // also a pronoun standing alone (`ce 4 quoi`, `tout 4 droite`).
            if let previous, !previous.separated, case let tags = lexicon.tags(of: previous.text.lowercased()),
               !tags.isDisjoint(with: [.det, .detdem, .detpos, .detind]), tags.isDisjoint(with: [.prodem, .proind]) {
                return nil
            }
            // After a plural noun, a digit before a number or an `à` is one end of a range (`chapitres 3 à 5`,
            // `chapitres 3 45` for `3 à 5`); after what governs à it is à (`inférieure 4 512`), and so after
            // a singular noun that holds one value (`un alpha 4 0.2`).
            if !next.isElision, ("0"..."9").contains(first) || nextLower == "à" || nextLower == "a",
               let previous, case let lower = previous.text.lowercased(), isOnlyPlural(lower),
               case let tags = lexicon.tags(of: lower), tags.contains(.nom), tags.isDisjoint(with: [.adj, .ppas, .infi]),
               contexts.favoursAccent(on: "à", .prev, neighbour: previous.text.lowercased()) != true {
                return nil
            }
            // A number other than one never stands before a noun that is only singular (4 cause de);
            // before one that is only plural it is what stands there (maintenant 4 thèmes) — not before
            // a plural determiner or pronoun, which no number precedes (communes 4 tous les outils).
            // An acronym is no noun of the lexicon's (`couche 2 OST` is no `ost`, an army).
            let acronym = next.text.unicodeScalars.count >= 2 && CasePattern(of: next.text) == .upper
            if !next.isElision, !acronym, isOnlySingularNoun(nextLower) { preposition += 1 }
            // Where the scan shows that it makes digits of `à`, a content word before the digit governs it
            // (`visibles 4 différents endroits`, `aboutirait 4 des`, `les champs 4 lignes multiples`); an adverb,
            // a preposition, a determiner or a conjunction takes the number (`maintenant 4 thèmes`, `sur 4
            // milliards`), and so does any word before `du` or `de`, which follow numbers (`la version 4 du`).
            let governed = digitLoss && !next.isElision && nextLower != "du" && nextLower != "de" && previous.map { word in
                guard !word.separated, word.text == word.text.lowercased() else { return false }
                let tags = lexicon.tags(of: word.text)
                return !tags.isDisjoint(with: Self.finiteTags.union([.infi, .ppas, .ppre, .adj, .nom]))
                    && tags.isDisjoint(with: [.adv, .prep, .det, .detind, .detdem, .detpos, .nb, .mg])
            } ?? false
            if !next.isElision, isOnlyPlural(nextLower), case let tags = lexicon.tags(of: nextLower),
               !tags.isDisjoint(with: [.nom, .adj]), tags.isDisjoint(with: [.det, .detind, .detdem, .detpos, .proind, .prodem]),
               !governed {
                return nil
            }
            // A number never stands before an article, demonstrative or possessive (4 une image,
            // 4 la fin), an indefinite determiner or a demonstrative pronoun (4 chaque section,
            // 4 plusieurs reprises, 4 celle de la note): that alone is enough. Not before
            // `de`/`du`/`des`, the preposition's forms, which do follow numbers (paragraphe 4 de la résolution).
            // Nor before a number written out (`chœur 4 quatre voix`): one number never stands before another.
            let beforeDeterminer = !next.isElision && lexicon.analyze(nextLower).contains { analysis in
                (analysis.contains(utf8: "po:det") && (analysis.contains(utf8: "st:le") || analysis.contains(utf8: "st:un")))
                    || analysis.contains(utf8: "po:detdem") || analysis.contains(utf8: "po:detpos")
                    || analysis.contains(utf8: "po:detind") || analysis.contains(utf8: "po:prodem")
                    || analysis.contains(utf8: "po:nb") && !analysis.contains(utf8: "po:nom")
            }
            // A scan reads the verb `a` as a letter: a 4 is à or a number, so what speaks for the verb
            // (a pronoun before it: `tout 4 droite`, `ceux 4 gauche`) only has to be outweighed.
            guard preposition >= 1.5 || (beforeDeterminer || governed) && preposition >= 1, verb == 0 || preposition > verb + 1
            else { return nil }
            return Verdict(isPreposition: true, confidence: min(0.9, 0.5 + 0.1 * preposition))
        default:
            let margin = preposition - verb
            guard margin > 0 else { return nil }
            return Verdict(isPreposition: true, confidence: min(0.95, 0.35 + 0.25 * margin))
        }
    }

    /// Whether the plain `a` between these neighbours reads as the verb more than as the
    /// preposition — a verdict `decide` does not give, since it acts only for `à`. For a
    /// reading that must choose either way (`ala`: `a la` or `à la`), not for a plain `a`,
    /// which stays as read unless `decide` finds the preposition.
    public func favoursVerb(previous: Neighbour?, next: Neighbour, afterNext: Neighbour? = nil,
                            clauseHasVerb: Bool = true, accentLoss: Double = 0) -> Bool {
        guard let weights = weigh(observed: "a", previous: previous, next: next, afterNext: afterNext,
                                  followsPreposition: 0, clauseHasVerb: clauseHasVerb, accentLoss: accentLoss) else { return false }
        return weights.verb > weights.preposition
    }

    /// What speaks for the preposition and for the verb, as `decide` weighs them; nil where
    /// neither reading is grammatical enough to weigh (`a de`, `a est`) or nothing follows.
    func weigh(observed: String, previous: Neighbour?, next: Neighbour?, afterNext: Neighbour?,
               followsPreposition: Int, clauseHasVerb: Bool, accentLoss: Double) -> (preposition: Double, verb: Double)? {
        guard let next, !next.separated else { return nil }
        var verb = 0.0, preposition = 0.0
        // Only a real `a` can be the verb the clause still lacks — not before a capitalised word
        // that is no name, the second half of a label (`la Boite a Outils`), which no object is.
        let labelAfter = CharacterClass.isUppercase(next.text.unicodeScalars.first!) && !lexicon.tags(of: next.text).contains(.npr)
        let mayBeTheVerb = !clauseHasVerb && !labelAfter
        if mayBeTheVerb && observed == "a" { verb += 1 }
        // The document's accent loss only tips an `a` the clause does not need as its verb.
        if !mayBeTheVerb && observed == "a" { preposition += 0.75 * min(1, max(0, accentLoss)) }

        if let previous, !previous.separated, Self.isImperativeWithPronoun(previous.text) {
            preposition += 1.5      // Reportez-vous a, Référez-vous a: an imperative takes no auxiliary after it
        } else if let previous, !previous.separated {
            let tags = lexicon.tags(of: previous.text.lowercased())
            // il a, elle a, on a, qui a, y a, en a, cela a: a subject or a clitic before the verb.
            let pronoun = !tags.isDisjoint(with: .nonObjectPronouns) && !tags.contains(.detdem)
            if tags.contains(.prepositionalLocution) {
                // grâce a, face a, quant a: the head of a locution that a preposition ends. One that
                // is no noun (quant, auprès) cannot be a subject either: nothing else can stand there.
                preposition += tags.contains(.nom) ? 1.5 : 3
            } else if !previous.afterGovernor, !OCRConfusionModel.digitReadingsOfGraveA.contains(observed),
                      previous.text == previous.text.lowercased() && (pronoun || tags.contains(.preverb))
                        || (tags.contains(.propersuj) || tags.contains(.prodem) && !tags.contains(.detdem))
                        && previous.text.unicodeScalars.dropFirst().allSatisfy({ !CharacterClass.isUppercase($0) }) {
                // il a, qui a, quelqu’un a, y a; Il a, Elle a, On a, Cela a opening a sentence (not
                // `Rien a craindre`: an indefinite subject takes `ne`, `Rien n’a`; nor `ce à quoi`; nor
                // a pronoun a preposition or a verb governs: `en rien a`, `garder cela a`). A digit is à or
                // a number, and no number follows a subject pronoun either (`tout 4 droite`, `ceux 4 gauche`).
                // A pronoun that is only ever a subject (`il`, `on`; not `elle`, `lui`) stands before no
                // preposition at all: its verb follows, whatever prose puts after `à` (`on a l’impression`).
                let subjectOnly = tags.subtracting([.mg, .other, .thirdSingular]) == .propersuj
                verb += subjectOnly ? 6 : 2
            } else if tags.contains(.cjsub), tags.isDisjoint(with: [.nom, .propersuj, .prorel, .prodem, .proind]) {
                // comme a l’accoutumée, quand a (quant à): a conjunction opens a clause whose subject
                // comes before its verb; only an impersonal passive (`comme a été dit`) skips it, and its
                // participle votes for the verb below.
                preposition += 1.5
            } else if tags.contains(.infi) {
                preposition += 2    // remédier a, porter a: a finite verb cannot follow an infinitive
            } else if !tags.isDisjoint(with: Self.finiteTags), tags.isDisjoint(with: [.nom, .adj, .ppas, .mg, .adv, .prep]),
                      !tags.contains(.thirdSingular) {
                // appartiennent a la: two finite verbs cannot follow each other (a singular
                // one may end a subject clause: Quiconque travaille a droit).
                preposition += 2
            } else if isOnlyPlural(previous.text.lowercased()) {
                // les initiatives prises a: a plural subject cannot take the singular a — unless the
                // plural is a complement (la barre d’outils a un bouton: the subject is barre).
                if !previous.complementOfNoun { preposition += 1.5 }
            } else if clauseHasVerb, tags.contains(.ppas) || tags.contains(.ppre) {
                // liés a, invités a, veillant a, prises a — but without a verb in the
                // clause the participle belongs to the subject (la distribution diffusée a un nom).
                preposition += tags.contains(.nom) ? 0.5 : 1
            } else if tags == .adv {
                preposition += 0.5  // conformément a
            }
            // What prose puts after each word (correspond à, appartenant à, identique à; cela a):
            // a verb's, an adjective's or a participle's own government. A noun or pronoun before
            // `a` is as often the verb's subject, whatever prose says (`le pointeur a la forme` in
            // a manual whose counts say `pointeur à`): its vote counts for a third, and not at all
            // for a digit, which after a noun is a number (`paragraphe 4 de la résolution`).
            // Government is the lemma's, so a verb, adjective or participle prose never showed in
            // this form votes as its lemma (`nécessaire a` as `nécessaires à`); a noun does not.
            let lower = previous.text.lowercased()
            let nominal = !(previous.afterClitic && !tags.isDisjoint(with: Self.finiteTags)) && !previous.postposedAdjective
                && (!tags.isDisjoint(with: [.nom, .npr]) || !tags.isDisjoint(with: .nonObjectPronouns))
            if !previous.isElision, previous.text == lower, !(nominal && observed != "a"),
               let favoured = contexts.favoursAccent(on: "à", .prev, neighbour: lower,
                                                     stems: { nominal ? [] : lexicon.stems(lower) }) {
                let weight = nominal ? 0.5 : 1.5
                if favoured { preposition += weight } else { verb += weight }
            }
        }

        let nextLower = next.text.lowercased()
        let first = next.text.unicodeScalars.first!
        if next.isElision {
            // a l’, a d’: elided article after the preposition (à l’échelle).
            if nextLower.hasPrefix("l") || nextLower.hasPrefix("d") { preposition += 1.5 }
            // a s’étendre, a m’envoyer: a reflexive clitic opens an infinitive; it never follows the auxiliary.
            else if nextLower == "s" || nextLower == "m" || nextLower == "t" { preposition += 2 }
        } else if ("0"..."9").contains(first) {
            preposition += 1        // à 10 heures, à 45 %
            // The verb counts something (`a 3 enfants`; `en a 3` has its clitic before): a number
            // that nothing nominal follows is a value set or reached (`un rayon a 0,6.`).
            let counted = afterNext.map { !$0.separated && !$0.isElision
                && !lexicon.tags(of: $0.text.lowercased()).isDisjoint(with: [.nom, .adj]) } ?? false
            if !counted, !(previous.map { lexicon.tags(of: $0.text.lowercased()).contains(.preverb) } ?? false) {
                preposition += 1
            }
        } else {
            let capitalised = CharacterClass.isUppercase(first)
            let tags = lexicon.tags(of: nextLower)
            // a est, a sont: neither à nor the auxiliary stands before a conjugated être or avoir;
            // the `a` is a letter or an option named (`la catégorie a est prise`).
            if !tags.isDisjoint(with: Self.finiteTags), !tags.contains(.ppas),
               lexicon.analyze(nextLower).contains(where: { $0.contains(utf8: "st:être") || $0.contains(utf8: "st:avoir") }) {
                return nil
            }
            let properTags = capitalised ? lexicon.tags(of: next.text) : []
            if capitalised && properTags.contains(.npr) {
                preposition += 1.5  // à Vienne (an unknown capitalised word says nothing: a Debian package)
            } else if tags.contains(.preverb),
                      tags.isDisjoint(with: [.propersuj, .det, .detpos, .prep, .nom, .proadv, .ppas]) {
                preposition += 2    // a se connecter, a me dire: clitics precede the auxiliary (il s’est), never follow it
            } else if tags.contains(.preverb), let afterNext, !afterNext.separated, !afterNext.isElision,
                      Self.isOnlyInfinitive(lexicon.tags(of: afterNext.text.lowercased())) {
                // a y présenter, a en faire, et 4 vous tourner, a leur donner: a clitic that is also something
                // else (`y`, `en`, `vous`, `leur`) before an infinitive is that infinitive's, and clitics
                // come before the auxiliary (il y a, il vous a), never between it and a verb.
                preposition += 2
            } else if tags.contains(.ppas) && !tags.contains(.infi) && tags.isDisjoint(with: [.propersuj, .properobj]) {
                verb += 2           // a été, a permis (not lui, the pronoun far more than luire's participle)
            } else if tags.contains(.infi) {
                preposition += 2    // a échanger, a envisager
            } else if !capitalised, isParticipleLostItsAccent(nextLower, tags: tags) {
                verb += 2           // a signale l’erreur: `signalé`, read without its accent (à takes no finite verb)
            } else if tags.contains(.adv) && tags.isDisjoint(with: [.nom, .det, .mg, .adj]) {
                // a notamment été, a également; but an infinitive after the adverb is what the
                // preposition introduces (invitons a toujours insérer), never what the auxiliary does.
                // An infinitive that is also a noun (`a proprement parler`) counts: a noun never follows the
                // auxiliary and its adverb, a participle does.
                let infinitiveAfter = afterNext.map { word in
                    guard !word.separated, !word.isElision else { return false }
                    let tags = lexicon.tags(of: word.text.lowercased())
                    return tags.contains(.infi) && !tags.contains(.ppas)
                } ?? false
                if infinitiveAfter { preposition += 2 } else { verb += 1.5 }
            } else if tags.contains(.adv), let afterNext, !afterNext.separated, !afterNext.isElision,
                      case let participle = lexicon.tags(of: afterNext.text.lowercased()),
                      participle.contains(.ppas), participle.isDisjoint(with: [.infi, .mg]) {
                // a même été, a bien été, a déjà été: an adverb that is also an adjective or a grammatical word
                // before a past participle stands between the auxiliary and its participle; `à` takes none there.
                verb += 1.5
            } else if tags.contains(.prorel) || tags.contains(.proint), !tags.contains(.cjsub) {
                preposition += 2    // à laquelle, à quoi (not `que`, also a conjunction: n’y en a que seize)
            } else if nextLower == "le" || nextLower == "les" {
                // à contracts with these articles (au, aux): after à they are pronouns before an
                // infinitive (à le faire); otherwise the verb stands there (il a le droit, a les moyens).
                let infinitiveAfter = afterNext.map { !$0.separated && lexicon.tags(of: $0.text.lowercased()).contains(.infi) } ?? false
                if infinitiveAfter { preposition += 1 } else { verb += 1 }
            } else if nextLower == "un" || nextLower == "une" {
                // Possession is as common as the preposition here (le correctif a un nom; à un fournisseur).
                preposition += 0.5
            } else if tags.contains(.det) || tags.contains(.detdem) || tags.contains(.detpos) || tags.contains(.detind) {
                preposition += 1    // a la, a des, a ce
                if nextLower == "ce", let afterNext, !afterNext.separated,
                   afterNext.text == "que" || afterNext.text == "qu" || afterNext.isElision && afterNext.text == "qu" {
                    preposition += 1    // à ce que
                }
            } else if tags.contains(.nb) || tags.contains(.prodem) {
                preposition += 1    // a deux niveaux, a celle du pixel (il a deux enfants: rare in decisions)
            } else if tags.contains(.prep), tags.contains(.adv), let afterNext, !afterNext.separated,
                      ["que", "qu", "de", "d"].contains(afterNext.text.lowercased()), observed != "a" || clauseHasVerb {
                // à moins que, à moins d’être: an adverb between à and the `de`/`que` it takes makes a
                // locution; the verb's reading (il a moins de temps) needs the clause's verb to be the `a`.
                preposition += 2
            } else if tags.contains(.prep) || tags.contains(.cjco) || tags.contains(.cjsub) {
                return nil          // a de, a et: neither reading is grammatical enough to act on
            } else if tags.contains(.nom) || tags.contains(.adj) {
                preposition += 0.5  // a caractère, a titre (but: il a droit, a lieu)
            }
            // What prose puts after each (à gauche, à mesure, à outils; a lieu): a content word's own habit.
            if !capitalised, tags.isDisjoint(with: RepairPass.closedClassTags),
               let favoured = contexts.favoursAccent(on: "à", .next, neighbour: nextLower) {
                if favoured { preposition += 1.5 } else { verb += 1.5 }
            }
        }
        // The locutions prose writes with à whole (à la fois, à moins que, tout à fait, côte à côte; n’a pas):
        // the words after it, or on either side, as a pair. Not after a determiner other than the singular
        // definite article (à la fois, à l’endroit): `à des objets`, `à toutes les` are no locutions, and the
        // verb has its object so (`il y a des objets`, `le socket a toutes les permissions`) as often as help
        // texts do not.
        func determinerPair() -> Bool {
            guard !next.isElision, !lexicon.tags(of: nextLower).isDisjoint(with: [.det, .detind, .detdem, .detpos, .nb]) else { return false }
            return !lexicon.analyze(nextLower).contains {
                $0.contains(utf8: "po:det") && $0.contains(utf8: "st:le") && $0.contains(utf8: "is:sg")
            }
        }
        if let afterNext, !afterNext.separated, case let afterLower = afterNext.text.lowercased(), afterLower == afterNext.text,
           let favoured = contexts.favoursAccent(on: "à", .next2, neighbours: nextLower, afterLower), !determinerPair() {
            if favoured { preposition += 2 } else { verb += 2 }
        }
        // The words on either side are the very pair whose grammar voted above (`tout`, a pronoun; `fait`,
        // a participle): where prose wrote that whole phrase often, it is the more specific evidence, and
        // decides (`tout a fait` → `à`, whatever the pronoun and the participle say one by one).
        if let previous, !previous.separated, case let previousLower = previous.text.lowercased(), previousLower == previous.text,
           let favoured = contexts.favoursAccent(on: "à", .around, neighbours: previousLower, nextLower) {
            let settled = contexts.favoursAccent(on: "à", .around, neighbours: previousLower, nextLower,
                                                 seen: GraveAccentContexts.settledPhraseMinimum) != nil
            if favoured { preposition = settled ? max(preposition + 2, verb + 1.5) : preposition + 2 }
            else { verb = settled ? max(verb + 2, preposition + 1.5) : verb + 2 }
        }
        if followsPreposition > 0 { preposition += min(1.0, 0.5 * Double(followsPreposition)) }
        // Between two numbers rising, the letter is the à of a range (de 0 a 255, de 0,0 4 1,0,
        // les chapitres 3 4 5): a number is no subject the verb would follow with another number.
        if let previous, !previous.separated, Self.isRange(previous.text, next.text) { preposition += 1 }
        return (preposition, verb)
    }
}
