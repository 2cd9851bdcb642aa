import AlineaLexicon
import AlineaText

/// Elisions whose apostrophe the scan lost where the glued letters happen to
/// spell a word: `limage` (filing) for `l’image`, `dune` for `d’une`,
/// `Lune` for `L’une`, `Sil` (clay) for `S’il`. The lexicon accepts the token, so only the document can
/// tell: a scan that drops one apostrophe drops others, and the same text
/// writes the elided pair intact elsewhere.
extension RepairPass {
    /// The elision heads read this way: `qu` is left out, for `quelle` and
    /// `qu’elle` are both everyday French (and `n`, `m`, `t`, `j`, whose glued
    /// forms are no words the lexicon takes for others).
    static let gluedElisionHeads: [String] = ["l", "d", "s"]

    /// `limage` → `l’image` where the document writes `l’image` intact: a
    /// lower-case word (or a capitalised one opening a sentence) of three
    /// letters or more, made of `l`, `d` or `s` and a word that opens with a vowel
    /// or h, written fewer times than the elided pair and no grammatical word
    /// (`deux`, not `d’eux`), not after a determiner (`le limage` is the noun) nor after a word
    /// that can only be a noun or an adjective (`une personne laide`), nor in a
    /// foreign quotation.
    func splitWordAtLostApostrophe(at index: Int) -> Decision? {
        // Asked of every word: the cheap tests first, on the unit in place — the document
        // must write the glued letters as an elided pair at all.
        guard french, units[index].kind == .word, units[index].spells, !units[index].afterElision,
              units[index].length >= 3, let first = units[index].lower.utf8.first, first == 0x6C || first == 0x64 || first == 0x73
        else { return nil }
        guard elidedPairCount(units[index].lower) > 0 else { return splitGluedElisionByPrior(at: index) }
        let unit = units[index]
        guard let head = Self.gluedElisionHeads.first(where: { unit.lower.utf8.first == $0.utf8.first }) else { return nil }
        // The word must be no grammatical word, which no misreading outnumbers, and the document must
        // write the pair intact more often than the word itself (`deux` beside `d’eux`).
        guard lowerTags(index).isDisjoint(with: Self.closedClassTags.union([.nb])), case let pairs = elidedPairCount(unit.lower),
              pairs > 0, vocabulary.count(unit.lower) <= pairs else { return nil }
        let rest = String(unit.lower.unicodeScalars.dropFirst())
        guard Self.startsWithVowelOrH(rest) else { return nil }
        let sentenceStart = isSentenceStart(unit.start)
        guard unit.pattern == .lower || unit.pattern == .capitalized && sentenceStart else { return nil }
        if index > 0, !sentenceStart, units[index - 1].kind == .word {
            let previous = lowerTags(index - 1)
            let determiner: PartsOfSpeech = [.det, .detdem, .detpos, .detind]
            let nominal: PartsOfSpeech = [.nom, .adj, .npr]
            let governing = PartsOfSpeech.finite.union([.infi, .ppas, .ppre, .prep, .adv, .negadv, .cjco, .cjsub, .verbClass])
            // `de` is a preposition as much as an article (`la taille de limage`); `du`, `au` contract one.
            // After a noun, only an article that opens its own noun phrase (`l’objet dune maintenance`).
            guard previous.isDisjoint(with: determiner) || units[index - 1].lower == "de",
                  previous.isDisjoint(with: nominal) || !previous.isDisjoint(with: governing)
                    || head == "d" && gluedArticleOpensItsPhrase(head: head, rest: rest, at: index) else { return nil }
            // An infinitive right after a preposition or a modal (`servent à décrire`, `peut décrire`): `d’`
            // opens no infinitive there (`à d’écrire` is no French), so the word is the verb as written.
            if head == "d", lowerTags(index).contains(.infi), onlySpaces(units[index - 1].end, unit.start),
               previous.contains(.prep) || !previous.isDisjoint(with: PartsOfSpeech.finite) && isModal(units[index - 1].lower) {
                return nil
            }
        }
        guard !inForeignContext(index) else { return nil }
        let outHead = unit.pattern == .capitalized ? CasePattern.capitalized.apply(to: head, locale: locale) : head
        return Decision(after: outHead + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: 0.7)
    }

    /// `façon ou dune autre`, `sur lune d’entre elles`, `monter limage ISO` → `d’une`,
    /// `l’une`, `l’image`, in a document that writes no such pair intact (a page of its
    /// own): French writes the word after the head at least `gluedElisionOdds` times as
    /// often as the glued word (`GeneralFormFrequencies`), and the glued word stands
    /// where it could not as read — a singular noun or an adjective with no determiner,
    /// right after a verb, an adverb, a conjunction or a preposition, or opening a
    /// sentence that goes on in small letters (`Limage de gauche est`); an adjective only
    /// after a preposition (`à laide de`: `la moins laide` is its own). Not after `de`
    /// or `en`, which take bare nouns (`clair de lune`, `en aide`); not for a word the
    /// document writes after a determiner elsewhere (`la lune`): it is its own word there.
    /// Only `l` and `d`: `s` elides before `il` alone, which `splitLostShortElision` reads.
    func splitGluedElisionByPrior(at index: Int) -> Decision? {
        let unit = units[index]
        // Asked of most words opening with `l` or `d`: the second letter first, before any string is made.
        guard unit.length >= 4, let head = ["l", "d"].first(where: { unit.lower.utf8.first == $0.utf8.first }),
              let second = unit.lower.unicodeScalars.dropFirst().first, second != "h", WordToken.opensElidedWord(second)
        else { return nil }
        let rest = String(unit.lower.unicodeScalars.dropFirst())
        // The glued word as read: a noun or an adjective, and nothing a bare word could also be.
        let own = lowerTags(index)
        let excluded = Self.closedClassTags.union(PartsOfSpeech.finite).union([.nb, .infi, .ppas, .ppre, .adv, .npr, .mg])
        guard !own.isDisjoint(with: [.nom, .adj]), own.isDisjoint(with: excluded),
              !own.contains(.nom) || lexicon.hasSingularNounReading(unit.lower) else { return nil }
        let general = GeneralFormFrequencies.shared
        // A word rarer than once per million counts as that often: the table keeps no rarer one.
        guard general.perBillion(rest) >= Self.gluedElisionOdds * max(general.perBillion(unit.lower), Self.rarestTabledPerBillion),
              repairer.spells(rest) else { return nil }
        // An auxiliary after `l’` is the object pronoun's (`il l’est`), whose subject a glued word lacks.
        let restTags = tags(rest)
        let elidable: PartsOfSpeech = head == "l" ? [.nom, .adj, .proind] : [.nom, .adj, .det, .detind, .proind, .infi]
        guard !restTags.isDisjoint(with: elidable), !isAuxiliary(rest) else { return nil }
        let sentenceStart = isSentenceStart(unit.start)
        if unit.pattern == .capitalized {
            // A sentence goes on after it in small letters: a heading may name the moon (`Lune`).
            guard sentenceStart, index + 1 < units.count, onlySpaces(unit.end, units[index + 1].start),
                  units[index + 1].kind == .word || units[index + 1].kind == .elision,
                  CasePattern(of: units[index + 1].text) == .lower else { return nil }
        } else {
            guard unit.pattern == .lower, index > 0 else { return nil }
            let article = gluedArticleOpensItsPhrase(head: head, rest: rest, at: index)
            // After a comma, a colon or a semicolon, an article that opens its phrase (`suivant : lune des pages`):
            // the mark itself is the evidence, no word before it governs the glued word. Elsewhere the word before.
            if !(article && clauseMarkBefore(index)) {
                guard units[index - 1].kind == .word, onlySpaces(units[index - 1].end, unit.start) else { return nil }
                let previous = formTags(index - 1), previousWord = lowerForm(index - 1)
                let governing = PartsOfSpeech.finite.union([.infi, .ppas, .ppre, .prep, .adv, .negadv, .cjco, .cjsub])
                // After a noun, only `d’un`/`d’une` opening a noun phrase of its own (`au début dune ligne`):
                // a noun takes no bare noun after it; `l’une` there is the moon's adjective's (`pleine lune`).
                let afterNoun = head == "d" && article && previous.contains(.nom)
                guard previous.isDisjoint(with: [.det, .detdem, .detpos, .detind]), afterNoun || !previous.isDisjoint(with: governing),
                      previousWord != "de", previousWord != "en" else { return nil }
                // An adjective stands bare after a verb or an adverb (`est laide`, `la moins laide`): only
                // a preposition shows it lacks its noun (`à laide de`).
                if own.contains(.adj), !previous.contains(.prep) || !previous.isDisjoint(with: [.adv, .negadv]) { return nil }
            }
        }
        guard !writesAfterDeterminer(besides: index), !inForeignContext(index) else { return nil }
        let outHead = unit.pattern == .capitalized ? CasePattern.capitalized.apply(to: head, locale: locale) : head
        return Decision(after: outHead + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: 0.6)
    }

    /// `dune maintenance`, `lune des pages` (`d’une`, `l’une`): the glued word's rest is the
    /// indefinite article or pronoun (`un`, `une`) and the next word is what it opens — a noun
    /// after `d’` (an adjective alone may qualify the glued noun: `sable, dune mouvante`), the
    /// `de` of a partitive after `l’` (`l’une des`, `l’un d’eux`).
    /// The glued word as read (a dune, the moon) would need a determiner of its own there.
    func gluedArticleOpensItsPhrase(head: String, rest: String, at index: Int) -> Bool {
        guard rest == "un" || rest == "une", index + 1 < units.count,
              onlySpaces(units[index].end, units[index + 1].start) else { return false }
        if head == "l" { return isFormOfDe(index + 1) }
        guard head == "d", units[index + 1].kind == .word, units[index + 1].pattern == .lower else { return false }
        let tags = formTags(index + 1)
        return tags.contains(.nom) && tags.isDisjoint(with: Self.closedClassTags)
    }

    /// How many times as often French must write the word after the head as the glued word,
    /// for `splitGluedElisionByPrior` (`une` is 245 times as frequent as `lune`, `aide` 85 times
    /// as `laide`): a scan loses the apostrophe of a few elisions in a hundred, so only a glued
    /// word far rarer than its parts is likelier the loss than the writer's word.
    static let gluedElisionOdds = 50

    /// The frequency `GeneralFormFrequencies` gives its rarest form (once per million words).
    static let rarestTabledPerBillion = 1000

    /// Whether the document writes the word at `index`, as read, right after a determiner elsewhere.
    func writesAfterDeterminer(besides index: Int) -> Bool {
        units(sharingTextWith: index).contains { $0 != index && followsArticle($0) }
    }

    /// How often the document writes `glued` (`limage`, lower case) as an elided pair
    /// with its apostrophe (`l’image`, any apostrophe).
    func elidedPairCount(_ glued: String) -> Int {
        if elidedPairs == nil {
            var counts: [ByteKey: Int] = [:]
            for index in units.indices.dropFirst() where units[index].kind == .word && units[index].afterElision
                && units[index - 1].kind == .elision {
                counts[ByteKey(lowerForm(index - 1) + units[index].lower), default: 0] += 1
            }
            elidedPairs = counts
        }
        return elidedPairs?[ByteKey(glued)] ?? 0
    }

    /// `sa propre version de echo`: a French head that elides before a vowel
    /// (`de`, `le`, `que`…), written whole before a word opening with one. French
    /// would have written `d’écho`; the writer names something English spells
    /// (a command, a term), which keeps its letters. (A scan that loses an
    /// apostrophe glues or spaces the head's letter, `d echo`, `decho`; it does
    /// not add the `e`.) Four letters at least: a short word there is more
    /// often a misread one (`de ear` for `de car`).
    func followsUnelidedHead(_ index: Int) -> Bool {
        guard french, index > 0, units[index].pattern == .lower, units[index].length >= 4, let first = units[index].lower.unicodeScalars.first,
              OneLetterEdits.plainVowels.contains(first) else { return false }
        let previous = units[index - 1]
        guard previous.kind == .word, previous.end + 1 == units[index].start, scalars[previous.end] == " " else { return false }
        // The whole word of an elision head: the head and its vowel (`d` + `e`, `l` + `a`, `qu` + `e`).
        let head = previous.form.lowercased()
        return (head.hasSuffix("e") || head.hasSuffix("a")) && Self.elisionHeads.contains(String(head.dropLast()))
    }
}
