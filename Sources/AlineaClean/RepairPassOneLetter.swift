import AlineaLexicon
import AlineaText

/// The last resort of pass 2: a word nothing else repairs, one letter away
/// from a word (`OneLetterEdits`) — a long one, or a short one inside running
/// French that one very common word explains (`danis` → `dans`).
extension RepairPass {
    /// The shortest word (in scalars) searched one letter away: shorter words
    /// have many neighbours, and a unique one says little (`lancet`, `saisit`).
    static let oneLetterMinimumLength = 6
    /// The shortest word searched at all, inside running French only (`shortWordInProse`).
    static let shortOneLetterMinimumLength = 3
    /// How often prose must write the one reading of a short word that repairs it.
    static let shortWordRepairCount = 200

    /// Whether the short word at `index` stands between two French words, spaces
    /// only around it: a command, a variable or a foreign word a scan did not
    /// damage (`iconv`, `aps`, `una corda`) stands among code, marks or words of
    /// its own kind.
    func shortWordInProse(_ index: Int) -> Bool {
        guard index > 0, index + 1 < units.count else { return false }
        return [index - 1, index + 1].allSatisfy { other in
            let unit = units[other]
            let (from, to) = other < index ? (unit.end, units[index].start) : (units[index].end, unit.start)
            return unit.kind == .word && unit.spells && !unit.isProtected && unit.pattern == .lower && onlySpaces(from, to)
        }
    }

    /// How often French at large must write the one reading of a short word that repairs it,
    /// per billion words: `shortWordRepairCount` in the help corpus's 889,194 words.
    static let shortWordRepairPerBillion = 225_000

    /// The one of a short damaged word's readings that prose writes constantly and every
    /// other rarely — `shortWordRepairCount` times in the help corpus and twenty times as often
    /// as each rival, or where the help's register cannot tell (`vraiment`, `très` and `aura` are
    /// running prose, not help), as often in French at large (`dominantInFrench`) — or nil.
    static func dominantShortReading(_ words: [String]) -> String? {
        dominantInProse(words, minimum: shortWordRepairCount, dominance: proseDominance * 2)
            ?? dominantInFrench(words, minimum: shortWordRepairPerBillion, dominance: proseDominance * 2)
    }

    /// How much cheaper than every rival the chosen word must be (costs are
    /// sums of tenths: the comparison allows for their rounding).
    static let oneLetterMargin = 0.3

    /// `diagrammme` → `diagramme`, `parfos` → `parfois`, `toujcurs` →
    /// `toujours`, `mañière` → `manière`, and with its accents lost too,
    /// `préfevable` → `préférable` (`OneLetterEdits.accentedCandidates`): a
    /// lower-case word inside a sentence (or a capitalised one opening it) the
    /// lexicon rejects, that no confusion, split or elision repairs, one letter
    /// away from a word clearly likelier than any other one letter away — by
    /// the edit's cost, and by the document, which writes the word elsewhere;
    /// of a near tie, the word prose writes far more often than each rival
    /// (`impotant` → `important`, not `impotent`). Names, foreign words, other
    /// spellings (`colour`), words in a short quotation (`« sempre pp »`), and forms the document repeats (a term the
    /// lexicon lacks is used again; a misreading rarely is, and never three times more often than the word it
    /// would be) are left alone.
    /// A piece of a word a line break cut (`sugges-`) is no word either, and
    /// is left for the hyphenation to join. After a determiner the word must be able to be a noun or an adjective
    /// (`le partitionneur` is no `partitionner`) of the determiner's number (`du noyaui` is no `noyaux`,
    /// `le fichiert` no `fichiers`).
    func oneLetterRepair(at index: Int) -> Decision? {
        let unit = units[index]
        // A short word is searched too, but only inside running French (`shortWordInProse`), and only a
        // very common word far commoner than every other one letter away repairs it.
        let short = units[index].length < Self.oneLetterMinimumLength
        guard isLastResortCandidate(index, minimumLength: Self.shortOneLetterMinimumLength, allowingTermForms: true),
              !short || shortWordInProse(index) else { return nil }
        let nominal = index > 0 && followsArticle(index)
        // `de`/`d’` is as often the preposition before an infinitive (`capable de détecter`).
        let afterDe = nominal && (units[index - 1].kind == .elision ? units[index - 1].form == "d" : lowerForm(index - 1) == "de")
        let slotTags: PartsOfSpeech = afterDe ? [.nom, .adj, .infi] : [.nom, .adj]
        // Lower-case words only: a capitalised one opening a sentence is
        // accepted when its lower-case form is (names are not repairs).
        let key = ByteKey(unit.lower)
        let searched = oneLetterCache[key] ?? {
            var lower = unit.lower
            let refusal = lower.withUTF8 { repairer.lexicon.screenRefusal(utf8: $0) }
            let edits = repairer.oneLetterEdits
            return OneLetterEdits.merged(edits.candidates(for: unit.lower, refusal: refusal, accept: repairer.lexicon.spell(utf8:)),
                                         edits.accentedCandidates(for: unit.lower, forms: repairer.lexicon.acceptedForms(withSkeleton:)))
        }()
        oneLetterCache[key] = searched
        let determinerNumber = nominal ? number(ofDeterminerAt: index - 1) : nil
        let found = searched.filter { candidate in
            (!unit.afterElision || Self.startsWithVowelOrH(candidate.word))
                && (!nominal || !tags(candidate.word).isDisjoint(with: slotTags))
                && determinerNumber.map { !disagrees(candidate.word, inNumberWith: $0) } != false
                && !lacksPluralPersonSubject(candidate.word, at: index)
        }
        // The document writing a word elsewhere outweighs a dearer edit.
        func score(_ candidate: OneLetterEdits.Candidate) -> Double {
            candidate.cost - (isWrittenElsewhere(candidate.word) ? 0.5 : 0)
        }
        if short {
            // `danis`, `cetle`, `dané` → `dans`, `cette`: among a short word's many neighbours, one prose
            // writes constantly and every other rarely — in a document that writes the form once. Only one
            // edit in all, accents counted: a command's name is no word with a letter and an accent changed
            // (`iconv` is no `icône`).
            let words = found.filter { Self.editDistance(unit.lower, $0.word) == 1 }.map(\.word)
            guard vocabulary.runningCount(unit.lower) <= 1,
                  let word = Self.dominantShortReading(words), !keepsRectifiedSpelling(unit.lower, repairedAs: word) else { return nil }
            return Decision(after: unit.pattern.apply(to: word, locale: locale), rule: "one-letter", confidence: 0.55)
        }
        let ranked = Self.ranked(found, word: \.word, score: score)
        guard let first = ranked.first else { return nil }
        // A near tie (`impotant`: `important`, `impotent`) goes to the word prose writes far more often
        // than each rival within the margin; none such, the word is left.
        let rivals = ranked.filter { $0.score - first.score < Self.oneLetterMargin - 1e-9 }
        guard let top = rivals.count == 1 ? first.candidate
                : Self.dominantReading(rivals.map(\.candidate.word)).flatMap({ word in rivals.first { $0.candidate.word == word }?.candidate })
        else { return nil }
        // The 1990 spelling's `i` and `u` without circumflex, and its `cèdera`, are the writer's.
        guard !keepsRectifiedSpelling(unit.lower, repairedAs: top.word) else { return nil }
        let attested = isWrittenElsewhere(top.word)
        let repeated = vocabulary.runningCount(unit.lower) > 1
        guard attested || !repeated else { return nil }
        // Other forms of the word, read the same way, are the document's term (`désaturez` beside
        // `Désaturer`) — unless the one letter between the word and its repair is a shape the
        // scan misreads (`tonctionnalite`, `tonctionnalites`: the poor scan's `f` on every form).
        if inflectsDocumentTerm(index), !repairer.oneLetterEdits.misreadsOneShape(observed: unit.lower, intended: top.word) {
            return nil
        }
        // Read the same way three times or more, and no less often than the word is written whole
        // (accents aside), the form is a term the lexicon lacks (`systemd` beside `système`), not a misreading.
        let seen = vocabulary.count(unit.lower), plain = AccentSkeleton.of(top.word)
        let written = vocabulary.count(top.word) + (plain == top.word ? 0 : vocabulary.count(plain))
        guard seen < 3 || seen < written else { return nil }
        let confidence = (attested ? 0.75 : 0.6) - (repeated ? 0.1 : 0)
        return Decision(after: unit.pattern.apply(to: top.word, locale: locale), rule: "one-letter", confidence: confidence)
    }

    /// `l’rdre`, `l’6rdre` → `l’ordre`: an elision proves that the word after it
    /// opens with a vowel or h, so a word the lexicon rejects that opens with a
    /// consonant or a digit lost that vowel, or the scan misread it. The one
    /// vowel added in front, or put for the digit, that makes a word is the
    /// repair — of several, the one prose writes far more often than the others
    /// (`ordre`, not the archaic `ardre`); none, or a tie, leave it (`l’xterm`).
    func lostInitialVowel(at index: Int) -> Decision? {
        let unit = units[index]
        guard french, unit.afterElision, unit.kind == .word, !unit.spells, unit.pattern == .lower, unit.length >= 3,
              let first = unit.lower.unicodeScalars.first, !Self.startsWithVowelOrH(unit.lower) else { return nil }
        let rest = String(unit.lower.unicodeScalars.dropFirst())
        guard rest.unicodeScalars.allSatisfy(CharacterClass.isLetter) else { return nil }
        let digit = ("0"..."9").contains(first)
        guard digit || CharacterClass.isLetter(first) else { return nil }
        let found = Set(WordToken.lowerElisionOpeners.compactMap { vowel -> String? in
            let word = String(vowel) + (digit ? rest : unit.lower)
            return repairer.spells(word) ? word : nil
        }).sorted()
        // Several words (`ordre`, the archaic `ardre`): the one prose writes, far more than the others.
        guard let repaired = found.count == 1 ? found.first : Self.dominantReading(found) else { return nil }
        return Decision(after: repaired, rule: "one-letter", confidence: 0.6)
    }

    /// The grammatical number of the determiner at `index` — `is:sg` or `is:pl` in
    /// every one of its determiner analyses (`du`, `chaque`; `des`, `ces`) — or nil
    /// where it has none or both (`leur`, an elided `l’`).
    func number(ofDeterminerAt index: Int) -> String? {
        guard units[index].kind == .word else { return nil }
        let analyses = repairer.lexicon.analyze(lowerForm(index)).filter { $0.contains(utf8: "po:det") }
        for number in ["is:sg", "is:pl"] where !analyses.isEmpty && analyses.allSatisfy({ $0.contains(utf8: number) }) {
            return number
        }
        return nil
    }

    /// Whether `word` can only be a verb of the first or second person plural (`discordiez`,
    /// `rangeons`) and neither its subject (`nous`, `vous`) stands among the five words before
    /// it in its sentence or right after it (`pouvez-vous`), and it is no imperative (which
    /// needs none): no repair makes a verb of a person the sentence never names (`au format
    /// discordien` is no `discordiez`).
    func lacksPluralPersonSubject(_ word: String, at index: Int) -> Bool {
        let analyses = repairer.lexicon.analyze(word)
        guard !analyses.isEmpty else { return false }
        var subjects: Set<String> = []
        for analysis in analyses {
            if analysis.contains(utf8: "po:1pl") { subjects.insert("nous") }
            else if analysis.contains(utf8: "po:2pl") { subjects.insert("vous") }
            else { return false }
        }
        // An imperative needs none (`puis cliquez`, `n’hésitez pas`).
        if analyses.contains(where: { $0.contains(utf8: "po:impe") }) { return false }
        // The pronoun, alone or reinforced (`vous-même`), or with one inner letter misread (`que vols distribriez`).
        func isSubject(_ unit: Int) -> Bool {
            let form = lowerForm(unit)
            return subjects.contains { subject in
                form == subject || form.hasPrefix(subject + "-")
                    || form.count == subject.count && form.first == subject.first && form.last == subject.last
                        && zip(form, subject).filter { $0 != $1 }.count == 1
            }
        }
        if index + 1 < units.count, isSubject(index + 1) { return false }
        var back = index - 1
        while back >= 0, index - back <= 5 {
            // A sentence's end between the two parts them.
            let gap = scalars[units[back].end..<units[back + 1].start]
            if gap.contains(where: { ".!?…".unicodeScalars.contains($0) }) { break }
            if isSubject(back) { return false }
            back -= 1
        }
        return true
    }

    /// Whether no analysis of `word` carries `number` (`is:sg` or `is:pl`) nor
    /// is invariable: `noyaux` after `du`, `fichier` after `des`.
    func disagrees(_ word: String, inNumberWith number: String) -> Bool {
        let analyses = repairer.lexicon.analyze(word)
        return !analyses.isEmpty && !analyses.contains { $0.contains(utf8: number) || $0.contains(utf8: "is:inv") }
    }

    /// Whether the word at `index` may go to a last-resort search (one letter away, or
    /// among the document's forms): a lower-case word inside a sentence, or a capitalised
    /// one opening it (a sentence opening in lower case opens with a name: `setterm
    /// affiche`), of letters only and `minimumLength` at least, that the lexicon rejects
    /// and that is no foreign word, other spelling, quotation, piece of a compound,
    /// participle the lexicon lacks (or one borrowed from English), inflection of a term of
    /// the document or prefixed word the lexicon lacks (`réouvert`: `isPrefixedBeforeVowel`).
    /// `allowingTermForms` leaves the inflection test to the caller, which can tell a term
    /// from a word the scan misread the same way on every form.
    func isLastResortCandidate(_ index: Int, minimumLength: Int, allowingTermForms: Bool = false) -> Bool {
        // The cheap tests in place, before a copy of the unit retains its three strings.
        guard units[index].kind == .word, !units[index].spells, units[index].length >= minimumLength else { return false }
        let unit = units[index]
        return (unit.pattern == .lower || unit.pattern == .capitalized) && (unit.pattern == .capitalized) == isSentenceStart(unit.start)
            && unit.text.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) })
            && !isForeignAsRead(index) && !repairer.isVariantSpelling(unit.text) && !isQuoted(index, reach: 3)
            && !touchesHyphen(index) && !touchesCodeOrSymbol(index) && !isUnlistedParticiple(unit.lower) && !isBorrowedParticiple(unit.lower)
            && (allowingTermForms || !inflectsDocumentTerm(index)) && !isPrefixedBeforeVowel(unit.lower) && !isListedPrefixCompound(unit.lower)
            && !amongUnknownWords(index)
    }

    /// `unbindable, rprivate, rslave, rshared`, `nodiratime, relatime et nosymfollow`:
    /// a word in a list between two items the lexicon does not know, set off by commas (or `et`, `ou` before the last) — a run of terms
    /// (options, commands, names) the writer typed, not French a scan damaged.
    /// (Between unknown words without commas the neighbours are as often
    /// damaged French: `sat bait stuictement`.)
    func amongUnknownWords(_ index: Int) -> Bool {
        guard index > 0, index + 1 < units.count else { return false }
        func unknownItem(_ other: Int) -> Bool {
            let unit = units[other]
            let (from, to) = other < index ? (unit.end, units[index].start) : (units[index].end, unit.start)
            return unit.kind == .word && !unit.spells && unit.pattern == .lower && unit.length >= 3
                && scalars[from..<to].elementsEqual([",", " "])
        }
        // The list's last item follows `et` or `ou` (`nodiratime, relatime et nosymfollow`).
        func unknownLastItem() -> Bool {
            guard index + 2 < units.count, units[index + 1].kind == .word, ["et", "ou"].contains(units[index + 1].text),
                  onlySpaces(units[index].end, units[index + 1].start), onlySpaces(units[index + 1].end, units[index + 2].start) else { return false }
            let unit = units[index + 2]
            return unit.kind == .word && !unit.spells && unit.pattern == .lower && unit.length >= 3
        }
        return unknownItem(index - 1) && (unknownItem(index + 1) || unknownLastItem())
    }

    /// `multidisques`, `semiautomatique`: a prefix the dictionary lists as one
    /// (`po:pfx`: `multi`, `anti`, `semi`, `proto`…; four letters or more) glued
    /// to a word of four letters or more. French makes such compounds at will
    /// and the lexicon lists few; a scan that damaged a word seldom leaves a
    /// listed prefix and a whole word (`multidisques` is no `multirisques`).
    func isListedPrefixCompound(_ lower: String) -> Bool {
        let scalars = Array(lower.unicodeScalars)
        guard scalars.count >= 8 else { return false }
        for cut in 4...(scalars.count - 4) {
            let prefix = String(scalars: scalars[..<cut])
            guard lexicon.analyze(prefix).contains(where: { $0.contains(utf8: "po:pfx") }) else { continue }
            if repairer.spells(String(scalars: scalars[cut...])) { return true }
        }
        return false
    }

    /// `réouvert`, `réindexés`, `préassemblé`: `ré-`, `pré-` or `dé-` before a word of the
    /// lexicon that opens with a vowel — French makes such words at will, and the
    /// lexicon lists only some. The word is the writer's, not a misreading of its
    /// neighbour (`rouvert`). (Before a consonant the prefix would be `re-`, and a
    /// lost letter often leaves one: `recontrer` is `rencontrer`.)
    func isPrefixedBeforeVowel(_ lower: String) -> Bool {
        for prefix in ["ré", "pré", "dé"] where lower.hasPrefix(prefix) {
            let rest = String(lower.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            guard rest.unicodeScalars.count >= 4, let first = rest.unicodeScalars.first,
                  "aeiouyéèêâîôû".unicodeScalars.contains(first) else { continue }
            if repairer.spells(rest) { return true }
        }
        return false
    }

    /// `désaturez` beside `Désaturer`: another form of a word the lexicon lacks, which the
    /// document writes with the same stem (all but its last three letters, five at least),
    /// is the document's own term, inflected — not a misreading of the word one letter away
    /// (`dénaturez`).
    func inflectsDocumentTerm(_ index: Int) -> Bool {
        let lower = units[index].lower
        let stemLength = lower.unicodeScalars.count - 3
        guard stemLength >= 5 else { return false }
        if unknownStemCounts == nil {
            var counts: WordTable<Int> = [:]
            let unknown = Set(units.lazy.filter { $0.kind == .word && !$0.spells }.map(\.lower))
            for word in unknown {
                let scalars = Array(word.unicodeScalars)
                guard scalars.count >= 5 else { continue }
                for length in 5...scalars.count { counts[String(scalars: scalars[0..<length]), default: 0] += 1 }
            }
            unknownStemCounts = counts
        }
        // The word itself is one of the words with its stem: another makes two.
        return (unknownStemCounts?[String(scalars: lower.unicodeScalars.prefix(stemLength))] ?? 0) >= 2
    }

    /// Whether the word at `index` is a name in code (`execve(2)`, `printf()`:
    /// an opening bracket right after it) or a piece of a token a digit or a
    /// symbol runs through (`extr€émement`, `fat32`, `mon_outil`, `a/b`): a
    /// repair of its letters alone would mend a fragment, not a word.
    func touchesCodeOrSymbol(_ index: Int) -> Bool {
        let unit = units[index]
        func glues(_ scalar: Unicode.Scalar) -> Bool {
            if CharacterClass.isDigit(scalar) || "@&#_/\\".unicodeScalars.contains(scalar) { return true }
            switch scalar.properties.generalCategory {
            case .currencySymbol, .mathSymbol, .otherSymbol: return true
            default: return false
            }
        }
        return unit.start > 0 && glues(scalars[unit.start - 1])
            || unit.end < scalars.count && (scalars[unit.end] == "(" || glues(scalars[unit.end]))
    }

    /// Whether a hyphen touches the word at `index` on either side: it is a
    /// piece of a compound or of a word cut at a line's end.
    func touchesHyphen(_ index: Int) -> Bool {
        let unit = units[index]
        let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{00AD}"]
        return unit.start > 0 && hyphens.contains(scalars[unit.start - 1])
            || unit.end < scalars.count && hyphens.contains(scalars[unit.end])
    }
}
