import AlineaLexicon
import AlineaText

/// One run of the word repairer over one text: cuts it into units (words,
/// elided articles, numbers, `&`), with elision fixes and words glued by a
/// speck (`de.contrôle`) found on the way, then proposes edits in three
/// passes — words split by a space, damaged words (confusion-model
/// candidates, lost apostrophes, false hyphens), and context rules on valid
/// tokens (`a`/`à`, `11`/`il`, capitals, stray `.` and `‘`).
/// Internal to `WordRepairer`; holds the per-document caches.
///
/// A class, used by one thread for one run: as a 400-byte struct, every call
/// from a rule (mutating) to a question (non-mutating) copied the whole pass
/// first (about 5 % of the instructions of a run). Its mutable fields skip the
/// run-time exclusivity check (`@exclusivity(unchecked)`), which a class's
/// fields otherwise pay at every access and which cost more than the copies
/// saved; the code was written as a struct, whose accesses the compiler checked
/// statically, and the test suite passes with the checks on. Its memos are
/// plain fields, which the questions fill as they are asked.
final class RepairPass {
    /// What a unit is.
    enum Kind { case word, number, ordinal, ampersand, elision }

    /// A piece of the text the passes reason about.
    struct Unit {
        var start: Int
        var end: Int
        var text: String
        var kind: Kind
        /// The form after repair (what context rules look at).
        var form: String
        var afterElision = false
        var isProtected = false
        var edited = false
        /// The case pattern of `text` (filled once the units are cut).
        var pattern = CasePattern.mixed
        /// Whether the lexicon accepts `text` (filled once the units are cut, for unprotected words).
        var spells = false
        /// `text` in lower case (filled once the units are cut, for words).
        var lower = ""
        /// The number of Unicode scalars in `text`: a unit's text is the
        /// input between its offsets, so this costs no walk over the string.
        var length: Int { end - start }
    }

    /// A proposed replacement for one word.
    struct Decision {
        var after: String
        var rule: String
        var confidence: Double
    }

    let repairer: WordRepairer
    let scalars: [Unicode.Scalar]
    @exclusivity(unchecked) var units: [Unit] = []
    @exclusivity(unchecked) var edits: [Edit] = []
    /// The document's word counts: empty while the units are cut (decisions
    /// taken then see no counts), complete once they are described.
    @exclusivity(unchecked) var vocabulary = DocumentVocabulary() {
        // What is derived from the counts is taken again after any change.
        didSet { (prefixIndexStorage, repeatedFormsStorage) = (nil, nil) }
    }
    @exclusivity(unchecked) private var prefixIndexStorage: DocumentVocabulary.PrefixIndex?
    @exclusivity(unchecked) private var repeatedFormsStorage: DocumentVocabulary.Fingerprints?

    /// `vocabulary`'s forms by their bytes (`writesFamily`), taken on first need.
    var vocabularyPrefixIndex: DocumentVocabulary.PrefixIndex {
        if let index = prefixIndexStorage { return index }
        let index = vocabulary.prefixIndex
        prefixIndexStorage = index
        return index
    }

    /// The forms the document writes twice or more (`isIntactDocumentForm`), as
    /// fingerprints a candidate search asks of its guesses' bytes; taken on first need.
    var repeatedForms: DocumentVocabulary.Fingerprints {
        if let forms = repeatedFormsStorage { return forms }
        let forms = vocabulary.fingerprints(minimumCount: 2)
        repeatedFormsStorage = forms
        return forms
    }
    /// Memo of `decide`: a word is judged once per context, however many
    /// passes ask (the join pass asks of every piece next to a non-word).
    @exclusivity(unchecked) var decisionCache: [DecisionKey: Decision?] = [:]
    /// Memo of `judge`'s confusion-model reading of a damaged word, which depends on the
    /// word alone (its case, length and language choose the kinds of confusion), on whether
    /// a capitalised word stands inside a sentence, and on an elided head before it — not on
    /// the other neighbours `decide`'s memo keys: a word judged after `la` and after `de` is read once.
    @exclusivity(unchecked) var readingCache: [ReadingKey: Decision?] = [:]

    /// The key of `readingCache`.
    struct ReadingKey: Hashable {
        var word: ByteKey
        var capitalInsideSentence: Bool
        var mustStartWithVowel: Bool
    }

    /// Memo of `isAuxiliary` by the form's bytes.
    @exclusivity(unchecked) var auxiliaryCache: [ByteKey: Bool] = [:]
    /// Memo of `isModal`, by the form's bytes: asked of the verb before many words.
    @exclusivity(unchecked) var modalCache: [ByteKey: Bool] = [:]
    /// Memo of the one-letter search (`oneLetterRepair`) by lower-case word:
    /// a long text repeats its damaged words, and each search tries hundreds of strings.
    @exclusivity(unchecked) var oneLetterCache: [ByteKey: [OneLetterEdits.Candidate]] = [:]
    /// For every prefix (five letters or more) of the words the lexicon lacks, how many
    /// distinct such words start with it (`inflectsDocumentTerm`); built on first need.
    @exclusivity(unchecked) var unknownStemCounts: WordTable<Int>?
    /// The elided pairs the document writes intact (`l’image`, `d’une`), by their letters
    /// glued (`limage`) in lower case, with their counts (`elidedPairCount`); built on first need.
    @exclusivity(unchecked) var elidedPairs: [ByteKey: Int]?
    /// Memo of `writesGraveBetween`: the neighbours of every `à` read intact, as skeletons.
    @exclusivity(unchecked) var graveNeighbours: Set<String>?
    /// The document's intact words as a matcher (`documentForms`); built on first need.
    @exclusivity(unchecked) var documentFormMatcher: DocumentFormMatcher?
    /// The document's mixed-case names and their counts (`documentNames`), built on first need.
    @exclusivity(unchecked) var documentNameCounts: [String: Int]?
    /// Whether the scan invents accents (`showsInventedAccents`); found on first need.
    @exclusivity(unchecked) var inventedAccentsSeen: Bool?
    /// What `strayCapitalCount(initial:)` counts, by the capital's scalar value; built on first need.
    @exclusivity(unchecked) var strayCapitalCounts: [UInt32: Int]?
    /// How clearly the document drops the accent of `à` (`ARuleDecider.accentLossPrior`).
    @exclusivity(unchecked) var accentLoss = 0.0
    /// How many edits the word pass made (`showsScanDamage`).
    @exclusivity(unchecked) var wordRepairs = 0
    /// Memo of `showsScanDamage`, asked once the word pass is done.
    @exclusivity(unchecked) var scanDamageSeen: Bool?
    /// Whether the document's scan makes digits of `à` (`ARuleDecider.showsDigitLoss`).
    @exclusivity(unchecked) var digitLoss = false
    /// `accentLoss` with the capital `A`s counted as plain ones: the evidence for
    /// a sentence-opening `A` (`capitalGraveOpeningSentence`), where a short
    /// document may have no other.
    @exclusivity(unchecked) var capitalAccentLoss = 0.0
    /// Whether the document's scan drops the accents of capitals (`dropsCapitalAccents`).
    @exclusivity(unchecked) var capitalAccentsDropped = false
    /// Whether the document drops circumflexes (`CircumflexFrequencies`).
    @exclusivity(unchecked) var circumflexLoss = false
    /// Whether the document follows the 1990 spelling, which drops the circumflex of `i`
    /// and `u` (`apparaitre`, `enchainement`): see `showsRectifiedSpelling`.
    @exclusivity(unchecked) var writesRectifiedSpelling = false
    /// What `readsLettersAsBars` found, once asked.
    @exclusivity(unchecked) var barsForLetters: Bool?
    /// Offsets of specks between glued words that the pass turns into spaces (`de.contrôle`).
    @exclusivity(unchecked) var speckSpaces: Set<Int> = []
    /// Offsets of quotes glued to a word that nothing opens or closes: specks the pass
    /// removes (`findStrayQuotes`), and which the rules read as spaces meanwhile.
    @exclusivity(unchecked) var strayQuotes: Set<Int> = []
    /// Offsets of opening quotes glued to a word that nothing in their sentence closes
    /// (`findStrayQuotes`): specks, or what the scan kept of an elided head (`strayOpeningQuotes`).
    @exclusivity(unchecked) var unclosedOpenings: Set<Int> = []

    /// What a word's repair depends on besides the word.
    struct DecisionKey: Hashable {
        /// The word, hashed by its bytes (a `String` key would normalise every French word on each lookup).
        var text: ByteKey
        var sentenceStart: Bool
        var afterElision: Bool
        /// The determiner right before the word (lower case), if any: the repair must agree with it.
        var determiner: String?
        var afterArticle: Bool
        /// What the previous word calls for, if anything.
        var expected: Expectation?

        /// The word's byte hash (`ByteKey`) with the context folded in: the memo is asked
        /// of every word, and the synthesised hash ran each field through `Hasher`.
        /// Equal keys have equal fields, so equal hashes.
        func _rawHashValue(seed: Int) -> Int {
            var context = (sentenceStart ? 1 : 0) | (afterElision ? 2 : 0) | (afterArticle ? 4 : 0)
            switch expected {
            case nil: break
            case .participle: context |= 8
            case .predicate: context |= 16
            case .finiteVerb(let person): context = context | 32 ^ ByteKey(person)._rawHashValue(seed: seed) << 6
            }
            if let determiner { context ^= ByteKey(determiner)._rawHashValue(seed: seed &+ 1) << 7 }
            return text._rawHashValue(seed: seed) ^ (context &* 0x2545_F491_4F6C_DD1D)
        }
    }

    /// The form the previous word calls for: a participle after an auxiliary
    /// (`a été deplace`), a finite verb of the pronoun's person after a subject
    /// pronoun (`vous etes`). A damaged word is first repaired among such forms.
    enum Expectation: Hashable {
        case participle
        /// After a form of être, a predicate: the participle of a passive or an
        /// adjective (`est complète` as much as `est complété`).
        case predicate
        case finiteVerb(person: String)
    }
    /// Memo of `isIntactDocumentForm`.
    @exclusivity(unchecked) var intactCache: [String: Bool] = [:]

    /// For each word unit, the next word unit with the same text as read (-1
    /// after the last), filled by `describeWords`: a question about every other
    /// unit with a word's text (`dotlessCapitalInShortWord`) walks those alone,
    /// from the text's first unit (`textRepresentative`).
    @exclusivity(unchecked) var nextWithSameText: [Int] = []

    /// The indices of the word units whose text (as read) is that of word unit `index`, in order.
    func units(sharingTextWith index: Int) -> [Int] {
        var found: [Int] = []
        var current = textRepresentative[index]
        while current >= 0 {
            found.append(current)
            current = nextWithSameText[current]
        }
        return found
    }
    /// Per lower-cased form, how often the document writes it in small
    /// letters and how often capitalised inside a sentence (`caseUsage`),
    /// built on first need. Keyed by bytes: every word of the document goes
    /// in, and a `String` key normalised each one to hash it; the forms are
    /// the units' own lower-cased text, so equal forms have equal bytes.
    @exclusivity(unchecked) var caseUsageTable: [ByteKey: CaseUsage]?
    /// Whether the document ever addresses its reader as `tu` (`addressesReaderAsTu`), once asked.
    @exclusivity(unchecked) var tuCache: Bool?

    /// How a document writes one word: in small letters, or capitalised inside a sentence.
    struct CaseUsage {
        var lower = 0
        var capitalisedInside = 0
    }
    /// Memo of the determiners one accent away from a word (`là` → [`la`]).
    @exclusivity(unchecked) var determinerVariantCache: WordTable<[String]> = [:]
    /// Hunspell's `po:` tags for `word` (memoised by the dictionary).
    func tags(_ word: String) -> PartsOfSpeech { lexicon.tags(of: word) }

    /// The current form of unit `index` in lower case: a word's `lower` while
    /// the form is still its text as read (most are), instead of a new
    /// lower-cased string each time a rule asks of a neighbour.
    func lowerForm(_ index: Int) -> String {
        units[index].kind == .word && units[index].form == units[index].text ? units[index].lower : units[index].form.lowercased()
    }

    /// Per unit, the tags of its current form in lower case, once asked
    /// (rules ask of the same neighbours again and again; `setForm` forgets).
    @exclusivity(unchecked) var formTagMemo: [PartsOfSpeech?] = []

    /// The tags of the lower-cased current form of unit `index`.
    func formTags(_ index: Int) -> PartsOfSpeech {
        if let known = formTagMemo[index] { return known }
        let unit = units[index]
        let found = unit.kind == .word && unit.form == unit.text ? lowerTags(index) : tags(unit.form.lowercased())
        formTagMemo[index] = found
        return found
    }

    /// Per unit, the tags of its text as read, in lower case (`Unit.lower`),
    /// filled by `describeWords`: that text never changes, and every context
    /// rule asks of its word and neighbours, so an array slot next to theirs
    /// spares a hashed lookup (and a memo on the text's first unit, far away).
    @exclusivity(unchecked) var tagsAsRead: [PartsOfSpeech] = []

    /// The words the document writes in lower case, as `Unit.lower` holds them
    /// (`writesInLowerCase`): filled with the units' case patterns by
    /// `describeWords`, empty before, when no unit has its pattern yet. A
    /// scan of the units cost 2 % of the cleaning time.
    @exclusivity(unchecked) var formsWrittenInLowerCase: Set<ByteKey> = []

    /// How often the document writes each word right after an elided `l’`
    /// (`l’option`), in lower case as repaired: counted once, at the first
    /// question (`documentElidesArticle`), when the word pass is over.
    @exclusivity(unchecked) var formsAfterElidedArticle: [ByteKey: Int]?

    /// Per unit, whether its text as read is a word of the other language only
    /// (`WordRepairer.isForeign`), memoised on the text's first unit: asked of every
    /// unknown word and of the neighbours of many, each a lookup in both lexicons.
    @exclusivity(unchecked) var foreignMemo: [Bool?] = []

    /// `repairer.isForeign(units[index].text)`, memoised per text.
    func isForeignAsRead(_ index: Int) -> Bool {
        let first = textRepresentative[index]
        if let known = foreignMemo[first] { return known }
        let found = repairer.isForeign(units[first].text)
        foreignMemo[first] = found
        return found
    }

    /// The tags of `units[index].lower`, the word as read in lower case.
    func lowerTags(_ index: Int) -> PartsOfSpeech { tagsAsRead[index] }

    /// For each unit, the first unit with the same text (itself if none came
    /// before): what depends only on the text is computed and memoised there.
    @exclusivity(unchecked) var textRepresentative: [Int] = []

    /// The case pattern of unit `index`'s current form: the one computed when
    /// the units were cut while the word is unrepaired (most are), measured
    /// again otherwise. Valid once `run` has filled the patterns.
    func currentPattern(_ index: Int) -> CasePattern {
        let unit = units[index]
        return unit.kind == .word && unit.form == unit.text ? unit.pattern : CasePattern(of: unit.form)
    }

    /// Gives unit `index` its repaired form. Every new form goes through here,
    /// so the per-unit tag memo never answers for a form the unit no longer has.
    func setForm(_ index: Int, _ form: String) {
        units[index].form = form
        if index < formTagMemo.count { formTagMemo[index] = nil }
    }

    /// Replaces the whole text of unit `index` as `decision` says: the edit, the new form, and the mark.
    func replace(_ index: Int, with decision: Decision) {
        let unit = units[index]
        let after = french ? casedElision(decision.after, at: unit.start) : decision.after
        edits.append(Edit(offset: unit.start, before: unit.text, after: after, rule: decision.rule, confidence: decision.confidence))
        setForm(index, after)
        units[index].edited = true
    }

    /// `replace`, for a unit the word pass already repaired that the context
    /// rules read otherwise (`ére` → `ère` → `être`, `dela` → `delà` → `de
    /// la`): the word pass's edit gives way, so that the log holds one edit of
    /// the unit's text, and reverts it.
    func revise(_ index: Int, with decision: Decision) {
        let unit = units[index]
        edits.removeAll { $0.offset == unit.start && $0.before == unit.text }
        replace(index, with: decision)
    }

    /// The repairer's locale, language and lexicon, stored: the rules ask them of every word,
    /// and reading them through `repairer` copied the whole repairer each time.
    let locale: String
    /// The apostrophe the document mostly uses, for apostrophes the repair inserts.
    @exclusivity(unchecked) var apostrophe: Unicode.Scalar = "’"
    let french: Bool
    let lexicon: HunspellDictionary

    /// How many headwords must open with a rejected word for it to be a combining form
    /// or a word's head (`cyber`: `cybercrime`, `cybernetics`, `cyberspace`).
    static let combiningFormHeadwords = 3

    /// Heads of French elisions (`l’`, `d’`, `qu’`…).
    static let elisionHeads: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]
    /// The elision heads that end in `qu`: no word on their own, so one a space parts from a
    /// vowel is still an elision whose apostrophe the scan read as that space.
    static let quElisionHeads = elisionHeads.filter { $0.hasSuffix("qu") }
    /// The length in scalars of the longest of `quElisionHeads` (`lorsqu`, `puisqu`, `quoiqu`, `presqu`).
    static let longestQuElisionHead = quElisionHeads.map(\.unicodeScalars.count).max() ?? 0
    /// `elisionHeads`, longest first (a token opening with `qu` is tried as `qu’`, not as `q…`).
    /// Elided heads that only stand before a verb (`s’agit`, `n’est`, `m’appelle`,
    /// `j’imagine`, `c’était`), unlike the articles and `qu’`, which elide before anything;
    /// `s’il`s and `n’y`/`n’en` are words too short to come to this test.
    static let verbalElisionHeads: Set<String> = ["s", "n", "m", "t", "j", "c"]
    static let elisionHeadsLongestFirst = elisionHeads.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    /// The final letters a scan reads as a glued `!`: a stem with a dot or a foot under it.
    static let lettersReadAsExclamation = ["l", "i"]
    /// Heads read for an elided `l` (`I’OSCE`, `1’homme`, `|’OSCE`, `\\’échange`, `!’ombre`, `]’image`, `V’OSCE`:
    /// no French elision is written with a `v`).
    static let misreadL: Set<String> = ["I", "1", "|", "\\", "!", "]", "V"]
    /// The readings of `l` that stand before a double quote read for the apostrophe (`|"image`):
    /// `misreadL` without the digit, the exclamation mark, the bracket and the capital V, which
    /// end a measure, a sentence, an aside or a name before a real quote (the tokenizer keeps a
    /// stroke there: `WordToken.readsQuoteForApostrophe`).
    static let quotedMisreadL: Set<String> = ["I", "|", "\\"]
    /// French ordinal endings (1er, 2e, 3ème, 1re…), the only letters allowed after digits.
    /// Signs cut as units of their own (`ampersand`): `&`, and `@` and `€`, which a scan makes of `à`.
    static let ampersandLike: Set<Unicode.Scalar> = ["&", "@", "€"]

    static let ordinalSuffixes: Set<String> = ["e", "es", "er", "ers", "re", "res", "ère", "ères", "ème", "èmes", "nd", "nde", "nds", "ndes", "d", "de"]

    init(repairer: WordRepairer, scalars: [Unicode.Scalar]) {
        self.repairer = repairer
        self.scalars = scalars
        locale = repairer.language.locale
        french = repairer.language == .french
        lexicon = repairer.lexicon
    }

    /// Whether `scalar` is a capital with an accent or a cedilla (`À`, `É`, `Ç`…): one that
    /// ICU's decomposition strips a mark from (`AccentSkeleton`).
    static func isAccentedCapital(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII, CharacterClass.isUppercase(scalar) else { return false }
        let letter = String(scalar)
        return AccentSkeleton.of(letter) != letter
    }

    func run() -> [Edit] {
        buildUnits()
        formTagMemo = Array(repeating: nil, count: units.count)
        describeWords()
        // Decisions taken while cutting units saw no document counts yet.
        decisionCache.removeAll()
        readingCache.removeAll()
        // What the input's a, à and A say of its grave accents (asked by the context rules and
        // by the spelling check), counted once before any repair.
        let (plain, grave, capitals) = countsOfA()
        accentLoss = ARuleDecider.accentLossPrior(plainA: plain, graveA: grave)
        capitalAccentLoss = ARuleDecider.accentLossPrior(plainA: plain + capitals, graveA: grave)
        let (fours, otherDigits) = countsOfLoneDigits()
        digitLoss = ARuleDecider.showsDigitLoss(lone4: fours, otherLoneDigits: otherDigits, accentLoss: accentLoss)
        writesRectifiedSpelling = french && showsRectifiedSpelling()
        (strayQuotes, unclosedOpenings) = findStrayQuotes()
        joinSplitWords()
        repairWords()
        wordRepairs = edits.count
        applyContextRules()
        return edits
    }

    /// Fills each word unit's case pattern, lower-case form and verdict, and
    /// counts the document's vocabulary. A document repeats most of its words:
    /// a unit whose text came before takes what was computed for the first
    /// one (one hashed lookup instead of a lower-casing, a case scan, two
    /// lexicon lookups and two counts).
    func describeWords() {
        var firstWithText: [ByteKey: Int] = [:]
        var occurrences = Array(repeating: 0, count: units.count)
        var verdicts = [Bool?](repeating: nil, count: units.count)
        textRepresentative = Array(units.indices)
        nextWithSameText = Array(repeating: -1, count: units.count)
        foreignMemo = Array(repeating: nil, count: units.count)
        var lastWithText = Array(repeating: -1, count: units.count)
        // Units that are no words keep an empty `lower`, and the tags of that.
        tagsAsRead = Array(repeating: tags(""), count: units.count)
        for index in units.indices where units[index].kind == .word {
            let text = units[index].text
            let key = ByteKey(text)
            let first: Int
            if let known = firstWithText[key] {
                first = known
                units[index].pattern = units[first].pattern
                units[index].lower = units[first].lower
                tagsAsRead[index] = tagsAsRead[first]
                textRepresentative[index] = first
                nextWithSameText[lastWithText[first]] = index
                lastWithText[first] = index
            } else {
                first = index
                units[index].pattern = CasePattern(of: text)
                units[index].lower = CasePattern.lower(text, locale: locale)
                tagsAsRead[index] = tags(units[index].lower)
                firstWithText[key] = index
                lastWithText[index] = index
            }
            occurrences[first] += 1
            if !units[index].isProtected {
                if verdicts[first] == nil { verdicts[first] = repairer.spells(text) }
                units[index].spells = verdicts[first] ?? false
            }
        }
        for index in units.indices where occurrences[index] > 0 {
            vocabulary.add(units[index].lower, inRunningText: units[index].pattern != .upper, occurrences: occurrences[index])
            if units[index].pattern == .lower { formsWrittenInLowerCase.insert(ByteKey(units[index].lower)) }
        }
    }

    // MARK: - Units

    func buildUnits() {
        var straight = 0, curly = 0
        for scalar in scalars where scalar == "'" || scalar == "’" { if scalar == "'" { straight += 1 } else { curly += 1 } }
        apostrophe = straight > curly ? "'" : "’"
        let allProtected = ProtectedSpans.find(in: scalars)
        // Asked once per span: the test weighs every part of the span against the lexicon.
        let glued = allProtected.map(isGluedWords)
        let protected = zip(allProtected, glued).filter { !$0.1 }.map(\.0)
        for (span, isGlued) in zip(allProtected, glued) where isGlued {
            var end = span.upperBound
            while end > span.lowerBound, ",;.".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            for mark in span.lowerBound..<end where scalars[mark] == "." || scalars[mark] == ":" {
                edits.append(Edit(offset: mark, before: String(scalars[mark]), after: " ", rule: "punctuation", confidence: 0.7))
                speckSpaces.insert(mark)
            }
        }
        var spanIndex = 0
        var pendingElision = false
        let tokens = WordToken.tokens(in: scalars)
        // About one unit per token: one allocation instead of a growing array's copies.
        units.reserveCapacity(tokens.count)
        for token in tokens {
            while spanIndex < protected.count, protected[spanIndex].upperBound <= token.start { spanIndex += 1 }
            let isProtected = spanIndex < protected.count && protected[spanIndex].lowerBound < token.end
            let afterElision = pendingElision
            pendingElision = false
            if isProtected {
                units.append(Unit(start: token.start, end: token.end, text: token.text, kind: .word, form: token.text, isProtected: true))
                continue
            }
            if token.end == token.start + 1, Self.ampersandLike.contains(scalars[token.start]) {
                units.append(Unit(start: token.start, end: token.end, text: token.text, kind: .ampersand, form: token.text))
                continue
            }
            // The token's text is these scalars: read in the document, not decoded again (nor copied,
            // but for the rare token with an apostrophe inside).
            let tokenScalars = scalars[token.start..<token.end]
            // Elision with a space after the apostrophe: `I’ Assemblée`, `l’ OSCE`.
            // Only articles (l’, d’) and not a quoted letter ('S' sont).
            if french, token.end + 2 < scalars.count, WordToken.isApostrophe(scalars[token.end]),
               scalars[token.end + 1] == " ", CharacterClass.isLetter(scalars[token.end + 2]),
               token.start == 0 || !(WordToken.isApostrophe(scalars[token.start - 1]) || "‘\"«“".unicodeScalars.contains(scalars[token.start - 1])),
               Self.misreadL.contains(token.text) || ["l", "d"].contains(token.text.lowercased()) {
                // `I’ s’indique`: no elided article stands before an elided clitic; the apostrophe is the
                // second l of the pronoun `Il` before it (not before `j’`, `c’`, which no `il` precedes).
                if Self.misreadL.contains(token.text) || token.text == "l", case let next = Self.letters(in: scalars, from: token.end + 2),
                   token.end + 2 + next.unicodeScalars.count < scalars.count,
                   WordToken.isApostrophe(scalars[token.end + 2 + next.unicodeScalars.count]),
                   Self.cliticElisions.contains(next.lowercased()) {
                    let pronoun = isSentenceStart(token.start) ? "Il" : "il"
                    let before = String(scalars: scalars[token.start...token.end])
                    edits.append(Edit(offset: token.start, before: before, after: pronoun, rule: "pronoun-il", confidence: 0.8))
                    units.append(Unit(start: token.start, end: token.end + 1, text: before, kind: .word, form: pronoun, edited: true))
                    continue
                }
                units.append(elisionUnit(head: token.text, start: token.start, apostrophe: scalars[token.end], withSpace: true))
                pendingElision = true
                continue
            }
            // `lorsqu un`, `qu il`, `puisqu ils`: a head ending in `qu` is no word on its own; a space where
            // its apostrophe was, before a word opening with a vowel, still makes it that word's elision.
            // Not `qu` before a finite verb (`un système, Quilt, qu est utilisé`): there the scan lost the
            // `i` of `qui` far more often than `que` stood before its verb (`ce qu’est`).
            // (Asked after every token: the last letter and the length are read before any string is made.)
            if french, token.end + 1 < scalars.count, scalars[token.end] == " ", scalars[token.end - 1] == "u" || scalars[token.end - 1] == "U",
               token.end - token.start <= Self.longestQuElisionHead, Self.quElisionHeads.contains(token.text.lowercased()),
               case let rest = Self.letters(in: scalars, from: token.end + 1), !rest.isEmpty, Self.startsWithVowelOrH(rest.lowercased()),
               token.text.lowercased() != "qu" || tags(rest.lowercased()).isDisjoint(with: PartsOfSpeech.finite) {
                units.append(elisionUnit(head: token.text, start: token.start, apostrophe: " ", withSpace: false))
                pendingElision = true
                continue
            }
            // `d?onglet`, `L?arrière-plan`, `c"est`: an apostrophe read as a question mark or a double
            // quote, glued between an elision's head and a word that opens with a vowel (French spaces
            // its question marks, and a quotation opens after a space). The head may be an `l` misread
            // too (`|"image`, `I"intention`), before a word in small letters; not a digit (`1"` is an
            // inch) nor a mark that ends a sentence (`!"`).
            if french, token.end + 1 < scalars.count, Self.apostropheMisreadings.contains(scalars[token.end]),
               case let rest = Self.letters(in: scalars, from: token.end + 1),
               Self.elisionHeads.contains(token.text.lowercased())
                || Self.quotedMisreadL.contains(token.text) && CasePattern(of: rest) == .lower,
               rest.unicodeScalars.count >= 2, Self.startsWithVowelOrH(rest.lowercased()), repairer.spells(rest) {
                units.append(elisionUnit(head: token.text, start: token.start, apostrophe: scalars[token.end], withSpace: false))
                pendingElision = true
                continue
            }
            if french, let found = tokenScalars.firstIndex(where: WordToken.isApostrophe) {
                let tokenScalars = Array(tokenScalars), apostrophe = found - token.start
                let head = String(scalars: tokenScalars[..<apostrophe])
                // `!` is also a real mark: an l only before the vowel an elision needs (`!'ombre`, not `!'Le`).
                let rest = String(scalars: tokenScalars[(apostrophe + 1)...])
                if head == "!" && !Self.startsWithVowelOrH(rest) {
                    // Not an elision: fall through to an ordinary word.
                } else if Self.misreadL.contains(head) || Self.elisionHeads.contains(head.lowercased()) {
                    units.append(elisionUnit(head: head, start: token.start, apostrophe: tokenScalars[apostrophe], withSpace: false))
                    let restStart = token.start + apostrophe + 1
                    units.append(Unit(start: restStart, end: token.end,
                                      text: String(scalars: tokenScalars[(apostrophe + 1)...]),
                                      kind: .word, form: "", afterElision: true))
                    units[units.count - 1].form = units[units.count - 1].text
                    continue
                } else if apostrophe >= 3, tokenScalars.count - apostrophe - 1 >= 2,
                          tokenScalars[..<apostrophe].allSatisfy(CharacterClass.isLetter),
                          tokenScalars[(apostrophe + 1)...].allSatisfy(CharacterClass.isLowercase),
                          !repairer.spells(token.text), !repairer.spells(head) {
                    // `méme'espace`, `meme'signification`: an apostrophe after a damaged word that elides
                    // nothing is a speck between two words; each is judged on its own (the speck itself is
                    // the `inline-after-words` stage's, once both are words). After a sound word the whole
                    // token is `splitGluedApostrophe`'s; a whole word (`aujourd'hui`) stays one.
                    let restStart = token.start + apostrophe + 1
                    units.append(Unit(start: token.start, end: token.start + apostrophe, text: head, kind: .word, form: head,
                                      afterElision: afterElision))
                    units.append(Unit(start: restStart, end: token.end, text: rest, kind: .word, form: rest))
                    continue
                }
            }
            // `à !a sortie`, `!es fichiers`: a `!` glued before a lower-case word, after a space, is the
            // stroke of an `l` (French sets `!` after its sentence, spaced on both sides).
            if french, token.start >= 2, scalars[token.start - 1] == "!",
               ProtectedSpans.isWhitespace(scalars[token.start - 2]) || "([«“".unicodeScalars.contains(scalars[token.start - 2]),
               tokenScalars.allSatisfy(CharacterClass.isLowercase), repairer.spells("l" + token.text) {
                let before = "!" + token.text, after = "l" + token.text
                edits.append(Edit(offset: token.start - 1, before: before, after: after, rule: "elision-l", confidence: 0.75))
                units.append(Unit(start: token.start - 1, end: token.end, text: before, kind: .word, form: after,
                                  afterElision: afterElision, edited: true))
                continue
            }
            // `tempore!`, `auss!`: a `!` glued to the end of a word that is none, where an `l` or an `i`
            // makes one, is the stem of that letter (French sets its `!` apart; a real one ends a word,
            // not a piece). So it is after a word (`personne! et`) when a small letter follows: no
            // sentence ends there. A lone letter so read is the subject pronoun it makes where a clause
            // may open (`général, i! y a`).
            if french, token.end < scalars.count, scalars[token.end] == "!",
               token.end + 1 == scalars.count || ProtectedSpans.isWhitespace(scalars[token.end + 1])
                || ".,;:)»”".unicodeScalars.contains(scalars[token.end + 1]),
               tokenScalars.allSatisfy(CharacterClass.isLowercase),
               case let readings = Self.lettersReadAsExclamation.map({ token.text + $0 }).filter({ repairer.spells($0) }),
               readings.count == 1, let after = readings.first,
               tokenScalars.count >= 2 || tags(after).contains(.propersuj) && opensClause(before: token.start),
               !repairer.spells(token.text)
                || token.end + 2 < scalars.count && scalars[token.end + 1] == " " && CharacterClass.isLowercase(scalars[token.end + 2]) {
                let before = token.text + "!"
                // The pronoun opening a sentence takes its capital (`titre. i! offre` → `Il`).
                let after = tokenScalars.count == 1 && isSentenceStart(token.start)
                    ? CasePattern.capitalized.apply(to: after, locale: locale) : after
                edits.append(Edit(offset: token.start, before: before, after: after, rule: "confusion", confidence: 0.75))
                units.append(Unit(start: token.start, end: token.end + 1, text: before, kind: .word, form: after,
                                  afterElision: afterElision, edited: true))
                continue
            }
            // `|apparence`, `[exemple`: a bar or an opening bracket glued before a word that opens with a
            // vowel, after a space, is an elided `l’` whose apostrophe merged into the stroke — when no `l`
            // alone makes a word of it (`lapparence`) and no closing bracket follows (`[options]`).
            if french, token.start >= 1, scalars[token.start - 1] == "|" || scalars[token.start - 1] == "[",
               token.start == 1 || ProtectedSpans.isWhitespace(scalars[token.start - 2]) || "(«“".unicodeScalars.contains(scalars[token.start - 2]),
               token.end >= scalars.count || scalars[token.end] != "]",
               tokenScalars.count >= 2, tokenScalars.allSatisfy(CharacterClass.isLowercase), Self.startsWithVowelOrH(token.text),
               repairer.spells(token.text), !repairer.spells("l" + token.text) {
                let head = elidedLHead(at: token.start - 1, restStart: token.start)
                let bar = String(scalars[token.start - 1])
                edits.append(Edit(offset: token.start - 1, before: bar, after: head + String(self.apostrophe),
                                  rule: "elision-l", confidence: 0.75))
                units.append(Unit(start: token.start - 1, end: token.start, text: bar, kind: .elision, form: "l", edited: true))
                units.append(Unit(start: token.start, end: token.end, text: token.text, kind: .word, form: token.text, afterElision: true))
                continue
            }
            // `|e dossier`, `|es fichiers`, `[a procédure`: a bar (or an opening bracket nothing on its line
            // closes) glued before a small word after a space is the stroke of an `l` where that makes an
            // article or an object pronoun, or a word where the rest alone is none (`|es` is `les`, not the
            // preposition `ès`). A bar closing the word is a table's.
            if french, token.start >= 1, scalars[token.start - 1] == "|" || scalars[token.start - 1] == "[" && !closesOnLine("]", from: token.end),
               token.start == 1 || ProtectedSpans.isWhitespace(scalars[token.start - 2]) || "(«“".unicodeScalars.contains(scalars[token.start - 2]),
               token.end >= scalars.count || scalars[token.end] != "|",
               tokenScalars.allSatisfy(CharacterClass.isLowercase), case let word = "l" + token.text, repairer.spells(word),
               !repairer.spells(token.text) || !tags(word).isDisjoint(with: [.det, .properobj]) {
                let before = String(scalars[token.start - 1]) + token.text
                let after = isSentenceStart(token.start - 1) ? CasePattern.capitalized.apply(to: word, locale: locale) : word
                edits.append(Edit(offset: token.start - 1, before: before, after: after, rule: "confusion", confidence: 0.8))
                units.append(Unit(start: token.start - 1, end: token.end, text: before, kind: .word, form: after,
                                  afterElision: afterElision, edited: true))
                continue
            }
            var kind: Kind = .word
            if token.isNumber { kind = .number }
            else if let first = tokenScalars.first, ("0"..."9").contains(first) {
                let letters = tokenScalars.drop { ("0"..."9").contains($0) }
                kind = letters.allSatisfy({ CharacterClass.isLetter($0) }) && letters.count <= 4 ? .ordinal : .number
            }
            units.append(Unit(start: token.start, end: token.end, text: token.text, kind: kind, form: token.text, afterElision: afterElision))
        }
    }

    /// Whether only spaces stand between `offset` and the start of the text, a
    /// line or a mark that ends a phrase (`général, i! y a`, `titre. i! offre`):
    /// a subject pronoun may open a clause there; after a word (`la lettre i!`)
    /// a lone letter is that word's.
    func opensClause(before offset: Int) -> Bool {
        PrecedingScalar.before(offset, in: scalars).map { ",;:.!?…\n".unicodeScalars.contains($0) } ?? true
    }

    /// Whether `mark` stands between `offset` and the end of its line.
    func closesOnLine(_ mark: Unicode.Scalar, from offset: Int) -> Bool {
        var index = offset
        while index < scalars.count, scalars[index] != "\n" {
            if scalars[index] == mark { return true }
            index += 1
        }
        return false
    }

    /// The letters of `scalars` from `start` up to the first scalar that is no letter.
    static func letters(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var end = start
        while end < scalars.count, CharacterClass.isLetter(scalars[end]) { end += 1 }
        return String(scalars: scalars[start..<end])
    }

    /// Marks a scan reads for an apostrophe glued inside a word (`d?onglet`, `c"est`, `s”achève`).
    /// An array: asked after every word, and four comparisons cost less than a hash.
    static let apostropheMisreadings: [Unicode.Scalar] = ["?", "\"", "”", "“"]

    /// An elided article; an `I`/`1`/`|` head, a space after the apostrophe or a space read for it is an edit.
    func elisionUnit(head: String, start: Int, apostrophe: Unicode.Scalar, withSpace: Bool) -> Unit {
        let length = head.unicodeScalars.count + 1 + (withSpace ? 1 : 0)
        let before = String(scalars: scalars[start..<(start + length)])
        var repairedHead = head
        if Self.misreadL.contains(head) || readsHeadForL(head: head, at: start, restStart: start + length) {
            repairedHead = elidedLHead(at: start, restStart: start + length)
        }
        // An opening quote, a question mark or a double quote read for the apostrophe (n‘empêchent,
        // d?onglet, c"est) takes the document's.
        let after = repairedHead + String(apostrophe == "‘" || apostrophe == " " || Self.apostropheMisreadings.contains(apostrophe)
                                          ? self.apostrophe : apostrophe)
        if after != before {
            let rule = repairedHead == head && !withSpace ? "apostrophe" : "elision-l"
            edits.append(Edit(offset: start, before: before, after: after, rule: rule, confidence: withSpace || head != "I" ? 0.9 : 0.95))
        }
        return Unit(start: start, end: start + length, text: before, kind: .elision, form: repairedHead.lowercased(), edited: after != before)
    }

    /// `découper T’image`, `que t’installation`, `de j’outil`, `et j’utiliser` → `l’image`,
    /// `l’installation`, `l’outil`, `l’utiliser`: `t’` elides only the pronoun `te`, which stands
    /// before a verb, and `j’` only the subject `je`, which stands before a finite one; before a
    /// word the lexicon knows as a noun or an adjective and never as such a verb, the head is an
    /// `l` whose stroke the scan crossed into a `t` or curled into a `j` (`OCRConfusionModel`).
    /// A capital `T’` or `J’` inside a sentence is no pronoun at all: before a word that may be a
    /// noun (`T’image`, `à J’aide`, though `image` conjugates `imager`), it is the article.
    func readsHeadForL(head: String, at start: Int, restStart: Int) -> Bool {
        guard french, head == "t" || head == "T" || head == "j" || head == "J" else { return false }
        let rest = Self.letters(in: scalars, from: restStart)
        guard rest.unicodeScalars.count >= 3, CasePattern(of: rest) == .lower else { return false }
        let tags = self.tags(rest)
        let subject = head == "j" || head == "J"
        // Je takes no infinitive or participle: `j’utiliser` is the pronoun le before an infinitive.
        guard !tags.isDisjoint(with: subject ? [.nom, .adj, .infi] : [.nom, .adj]) else { return false }
        return (head == "T" || head == "J") && !isSentenceStart(start) && tags.contains(.nom)
            || tags.isDisjoint(with: subject ? PartsOfSpeech.finite : PartsOfSpeech.finite.union([.infi, .ppre, .ppas, .verbClass]))
    }

    /// The case of an elided `l’` restored at `offset` (a misread `I’`, `|’`): a capital where a
    /// sentence opens, and inside a title set in capitals (`CONFÉRENCE DE I’OSCE` → `DE L’OSCE`).
    func elidedLHead(at offset: Int, restStart: Int) -> String {
        if isSentenceStart(offset) { return "L" }
        let rest = scalars[restStart..<CharacterClass.letterRunEnd(scalars, from: restStart)]
        return rest.count >= 2 && rest.allSatisfy(CharacterClass.isUppercase) && followsWordInCapitals(offset) ? "L" : "l"
    }

    /// Whether the word before `offset` is a word of two letters or more set in capitals that the
    /// lexicon knows once lowered (`DE`, `SUR`): the text around is a title in capitals. An acronym
    /// before (`du CP l’OSCE`) is no title.
    func followsWordInCapitals(_ offset: Int) -> Bool {
        var end = offset
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        let start = CharacterClass.letterRunStart(scalars, endingAt: end)
        return end - start >= 2 && scalars[start..<end].allSatisfy(CharacterClass.isUppercase)
            && repairer.spells(CasePattern.lower(String(scalars: scalars[start..<end]), locale: locale))
    }

    /// `after` with its elided head in capitals when it elides a word in capitals inside a title
    /// in capitals (`DE LOSCE` → `DE L’OSCE`, not `DE l’OSCE`): the rules that restore a lost
    /// apostrophe judge a word, not where it stands.
    func casedElision(_ after: String, at offset: Int) -> String {
        let parts = Array(after.unicodeScalars)
        guard parts.count >= 4, parts[0] == "l" || parts[0] == "d", WordToken.isApostrophe(parts[1]),
              parts[2...].allSatisfy(CharacterClass.isUppercase), followsWordInCapitals(offset) else { return after }
        return String(scalars: [Unicode.Scalar(UInt8(parts[0].value) - 0x20)] + parts[1...])
    }

    /// Whether a unit starting at `offset` opens a sentence (or a paragraph, list item or heading line).
    func isSentenceStart(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0 {
            let scalar = scalars[index]
            switch scalar {
            case " ", "\t", "«", "“", "‘", "\"", "(", "[", "\u{00A0}", "\u{202F}":
                index -= 1
            case "\n", ".", "!", "?", "…", "•", "—", "–", "-":
                return true
            default:
                return false
            }
        }
        return true
    }

    /// Whether only spaces lie between two offsets.
    @inline(__always)
    func onlySpaces(_ from: Int, _ to: Int) -> Bool {
        // Most words are one space apart: answered before any loop or set.
        if to == from + 1, scalars[from] == " " { return true }
        guard from <= to else { return false }
        if strayQuotes.isEmpty { return scalars[from..<to].allSatisfy { $0 == " " || $0 == "\u{00A0}" } }
        return onlySpacesOrStrayQuotes(from, to)
    }

    /// `onlySpaces` where the pass found stray closing quotes: they count as spaces.
    func onlySpacesOrStrayQuotes(_ from: Int, _ to: Int) -> Bool {
        for index in from..<to where scalars[index] != " " && scalars[index] != "\u{00A0}" {
            // A stray closing quote is a speck the pass removes (`n’est” pas`).
            guard strayQuotes.contains(index) else { return false }
        }
        return true
    }

    // MARK: - Pass 1: words split by a space

    /// `cyber sécurité` → `cybersécurité` when the joined form is a word
    /// (lexicon or document) and the pieces are not both words.
    func joinSplitWords() {
        guard units.count > 1 else { return }
        var index = 0
        while index + 1 < units.count {
            defer { index += 1 }
            // The pair is read in place until it qualifies (a copy of a unit retains its three strings).
            let leftEnd = units[index].end, rightStart = units[index + 1].start
            // `uti- lisent`: a hyphenation whose line break the scan turned into a space.
            let hyphenated = rightStart == leftEnd + 2 && scalars[leftEnd] == "-" && scalars[leftEnd + 1] == " "
            guard units[index].kind == .word, units[index + 1].kind == .word, !units[index].isProtected,
                  !units[index + 1].isProtected, !units[index + 1].afterElision,
                  hyphenated || (rightStart == leftEnd + 1 && scalars[leftEnd] == " "),
                  units[index + 1].pattern == .lower, units[index].pattern == .lower || units[index].pattern == .capitalized,
                  // Two words the lexicon knows are joined only across a line-end hyphen.
                  hyphenated || !(units[index].spells && units[index + 1].spells)
            else { continue }
            let left = units[index], right = units[index + 1]
            let leftScalars = left.text.unicodeScalars, rightScalars = right.text.unicodeScalars
            guard leftScalars.allSatisfy({ CharacterClass.isLetter($0) }),
                  rightScalars.allSatisfy({ CharacterClass.isLowercase($0) }) else { continue }
            let leftOK = left.spells, rightOK = right.spells
            // `les sur- et sous-expositions`, `pré- ou post-traitement`: a suspended hyphen, the
            // conjunction after it and a compound completing it — no word cut at a line's end.
            if hyphenated, right.text == "et" || right.text == "ou", index + 2 < units.count,
               scalars[right.end..<units[index + 2].start].allSatisfy({ $0 == " " || $0 == "\n" }),
               units[index + 2].text.unicodeScalars.contains("-") { continue }
            let joined = left.text + right.text
            guard joined.unicodeScalars.count >= (hyphenated ? 4 : 6), repairer.spells(joined),
                  hyphenated || (!repairer.isForeign(left.text) && !repairer.isForeign(right.text)) else { continue }
            // A piece the confusion model can repair on its own is a damaged word, not half of one (facon de ≠ faconde).
            if !hyphenated, !leftOK, decide(left.text, sentenceStart: isSentenceStart(left.start), afterElision: left.afterElision) != nil { continue }
            // So is an elision that lost its apostrophe (quil le ≠ quille).
            if !hyphenated, !leftOK, splitLostShortElision(at: index) != nil { continue }
            if !hyphenated, !rightOK, decide(right.text, sentenceStart: false, afterElision: false) != nil { continue }
            let seen = vocabulary.count(CasePattern.lower(joined, locale: locale))
            let confidence = seen >= 1 ? 0.9 : 0.7
            edits.append(Edit(offset: left.start, before: left.text + (hyphenated ? "- " : " ") + right.text, after: joined,
                              rule: hyphenated ? "dehyphenate" : "join-word", confidence: hyphenated ? max(confidence, 0.85) : confidence))
            units[index].edited = true
            setForm(index, joined)
            units[index + 1].edited = true
            setForm(index + 1, joined)
            index += 1
        }
    }

    /// Whether the unit at `index` stands between two capitalised words inside a sentence,
    /// only spaces around it: the particle of a name (`Summer of Code`, `Bureau of
    /// Standards`), whose words are protected as names and so cannot show the context foreign.
    func joinsCapitalisedWords(_ index: Int) -> Bool {
        guard index > 0, index + 1 < units.count else { return false }
        let previous = units[index - 1], next = units[index + 1]
        return previous.kind == .word && next.kind == .word
            && previous.pattern == .capitalized && next.pattern == .capitalized && !isSentenceStart(previous.start)
            && onlySpaces(previous.end, units[index].start) && onlySpaces(units[index].end, next.start)
    }

    /// Whether the unit at `index`, read in French as `repaired`, stands right
    /// after a noun that a determiner opens, with nothing between, where that
    /// reading could only be a second noun (`le fichier preferences`): the slot
    /// where technical prose gives a thing its name. A repeated English word
    /// there is that name, not a French noun that lost its accents; an
    /// adjective (`une tache complete`) or a grammatical word (`le cas od`) is French.
    func namesAfterNoun(_ index: Int, asNoun repaired: String) -> Bool {
        guard index > 1, CasePattern(of: units[index].text) == .lower, units[index - 1].kind == .word,
              onlySpaces(units[index - 1].end, units[index].start), followsArticle(index - 1) else { return false }
        let tags = formTags(index - 1), own = self.tags(repaired.lowercased())
        return tags.contains(.nom) && tags.isDisjoint(with: [.adj, .ppas])
            && own.contains(.nom) && own.isDisjoint(with: [.adj, .ppas, .adv])
    }

    // MARK: - Pass 2: damaged words

    func repairWords() {
        for index in units.indices where !units[index].edited && !units[index].isProtected {
            let unit = units[index]
            switch unit.kind {
            case .word:
                // `dun`, `quil`: an elision that lost its apostrophe, even where English spells the token.
                if let elision = splitLostShortElision(at: index) ?? splitWordAtLostApostrophe(at: index) {
                    replace(index, with: elision)
                    continue
                }
                if let name = documentNameRepair(at: index) {
                    replace(index, with: name)
                    continue
                }
                // An English word among English words, or used repeatedly, is a quotation —
                // unless, repeated in French context, it is one accent from a French grammatical
                // word (`ow` → `où`: no quotation of English keeps reading `ow` there), or English
                // knows it only as a French word without its diacritics (`Apercu`, `role`: a loan).
                var onlyGrammaticalRepair = false
                if !unit.spells, isForeignAsRead(index), followsUnelidedHead(index) { continue }
                if !unit.spells, isForeignAsRead(index), !isFrenchNounSlot(index) {
                    if inForeignContext(index) || joinsCapitalisedWords(index) { continue }
                    if vocabulary.runningCount(unit.lower) >= 2 { onlyGrammaticalRepair = true }
                }
                if let compound = elidedCompoundVariant(index) {
                    replace(index, with: compound)
                    continue
                }
                // Hunspell takes `Il-y` as an imperative's `-y` (`allez-y`): the shape alone decides.
                if let impersonal = misreadImpersonalIlY(at: index) {
                    replace(index, with: impersonal)
                    continue
                }
                // Two small words glued (dela croix) before any one-word reading of them (delà).
                if !unit.spells, let split = splitGluedWords(at: index, bothGrammatical: true) {
                    replace(index, with: split)
                    continue
                }
                let sentenceStart = isSentenceStart(unit.start)
                // A capitalised word after a determiner is a label (la Boite à outils), not a sentence start.
                let determiner = french && index > 0 && (unit.pattern == .lower || unit.pattern == .capitalized && !sentenceStart)
                    && unit.spells && (followsDeterminer(index) || followsDefiniteArticle(index)) ? units[index - 1].text.lowercased() : nil
                let afterArticle = french && index > 0 && followsArticle(index)
                // What the previous word calls for: for a damaged word, and for a valid one with a diacritic,
                // which the accent rules could otherwise take for another word (`avaient dû`, not `du`).
                let expected = french && unit.pattern == .lower && (!unit.spells || unit.text.utf8.contains { $0 >= 0x80 })
                    ? expectation(at: index) : nil
                if let decision = decide(unit.text, sentenceStart: sentenceStart, afterElision: unit.afterElision,
                                         determiner: determiner, afterArticle: afterArticle, expected: expected),
                   !onlyGrammaticalRepair || french && decision.rule == "accent"
                    && (isGrammaticalWord(decision.after.lowercased())
                        || Self.restoresDiacritics(unit.text, decision.after) && !namesAfterNoun(index, asNoun: decision.after))
                    || french && Self.readsAsEnglish(unit.lower, for: decision.after),
                   // A short word quoted on its own is a name being mentioned (« cat »), not a damaged
                   // grammatical word: only its diacritics are repaired.
                   unit.length > 3 || decision.rule == "accent" || !isQuotedAlone(index),
                   !articleBeforePreposition(decision, at: index), !contractedArticleAfterDe(decision, at: index),
                   !isBracketedPrefix(index), !opensNamePair(index, repairedAs: decision),
                   !elidesAfterDeterminer(decision, at: index),
                   !keepsRectifiedSpelling(unit.text, repairedAs: decision.after),
                   !opensParagraphInLowerCase(index) || Self.restoresDiacritics(unit.text, decision.after) {
                    // A reading too doubtful to apply yields to a sure one-letter repair.
                    if decision.confidence < repairer.minConfidence, let oneLetter = oneLetterRepair(at: index),
                       oneLetter.confidence >= repairer.minConfidence {
                        replace(index, with: oneLetter)
                    } else {
                        replace(index, with: french ? verbForGluedGraveA(decision, at: index) ?? decision : decision)
                    }
                } else if unit.spells || opensParagraphInLowerCase(index) {
                    // The readings below are for a word the lexicon rejects: each asks for one.
                    continue
                } else if let split = splitGluedWords(at: index) {
                    // No word fits the token: maybe two words lost their space.
                    replace(index, with: split)
                } else if let determiner = damagedDeterminerBeforeNoun(at: index) {
                    // Nor two words: before a noun, the reading that is its determiner.
                    replace(index, with: determiner)
                } else if let oneLetter = oneLetterRepair(at: index) ?? lostInitialVowel(at: index) {
                    // Nor two words: maybe one letter was lost, added or misread past recognition.
                    replace(index, with: oneLetter)
                } else if let documentForm = documentFormRepair(at: index) {
                    // Nor one letter: maybe a word the document writes intact elsewhere, hit twice or more.
                    replace(index, with: documentForm)
                }
            case .ordinal:
                // A token opening with digits may be the pronoun read as ones glued to its verb (`11est`, `1lest`).
                if let decision = decideOrdinal(unit.text) ?? decideDigitOpenedWord(unit)
                    ?? splitGluedPronounIl(unit.text, sentenceStart: isSentenceStart(unit.start)) ?? decideDigitForDeterminer(index) {
                    replace(index, with: decision)
                }
            default:
                break
            }
        }
    }

    /// `un Faccourci`, `un Iinstallateur`: no elided `l’` follows a determiner (one that is no
    /// preposition too, as `de` and `des` are), so a reading that makes an `l’` of the word's
    /// first glyphs there — whichever reading (a merged blob, a misread `l`, a lost
    /// apostrophe) — mistakes a misread letter (`raccourci`) for one.
    func elidesAfterDeterminer(_ decision: Decision, at index: Int) -> Bool {
        guard followsDeterminer(index), !lowerTags(index - 1).contains(.prep) else { return false }
        let head = decision.after.unicodeScalars.prefix(2)
        return head.first.map { $0 == "l" || $0 == "L" } == true && head.dropFirst().first.map(WordToken.isApostrophe) == true
    }

    /// Whether the English word `word` (lower case) is how a scan read the French word `french`:
    /// French prose never writes `word` (a term it borrows it writes: `file`, `mail`) and writes
    /// `french` often (`commonProseCount`).
    static func readsAsEnglish(_ word: String, for french: String) -> Bool {
        ProseFormFrequencies.shared.count(word) == 0 && ProseFormFrequencies.shared.count(french) >= commonProseCount
    }

    /// Whether the English word `lower` is what the word pass reads as a French word it stands
    /// for (`readsAsEnglish`): `dolt` for `doit`, `puls` for `puis`. Asks `decide`, memoised.
    func isEnglishReadingOfFrench(_ lower: String) -> Bool {
        guard french, ProseFormFrequencies.shared.count(lower) == 0,
              let reading = decide(lower, sentenceStart: false, afterElision: false) else { return false }
        return Self.readsAsEnglish(lower, for: reading.after)
    }

    /// How often prose must write a word for a doubtful reading to yield to it after a
    /// lost apostrophe (`d’être`: 2 585 times in the prose counted; `image`: 828; `émier`: never).
    static let commonProseCount = 20
    /// How often prose must write one reading of a damaged word for that frequency alone
    /// to break a near-tie (`dernier`: 121 times)…
    static let dominantProseCount = 10
    /// …and how many times more often than any other reading.
    static let proseDominance = 10

    /// The one of `words` prose writes at least `dominantProseCount` times and
    /// `proseDominance` times as often as each of the others (`dernier` over
    /// `denier` and `damier`), or nil when none stands out so.
    /// `minimum` and `dominance` raise the bar for a short word's readings (`dominantShortReading`).
    static func dominantInProse(_ words: [String], minimum: Int = dominantProseCount, dominance: Int = proseDominance) -> String? {
        let counts = words.map { ProseFormFrequencies.shared.count($0) }
        guard let top = counts.max(), top >= minimum,
              counts.filter({ $0 * dominance > top }).count == 1, let at = counts.firstIndex(of: top) else { return nil }
        return words[at]
    }

    /// How often French at large must write a reading (per billion words: ten per million, what
    /// `dominantProseCount` is in the help corpus's 889,194 words) for it to break a tie the
    /// prose counts leave open…
    static let dominantGeneralPerBillion = 10_000

    /// The one of `words` that French at large (`GeneralFormFrequencies`) writes at least
    /// `minimum` times per billion words and `dominance` times as often as each of the others
    /// (`vraiment` over `vidiment`, `très` over `gras` and `bras`), unless the prose counts
    /// find another reading commoner (they know the register: `leurs` and `lors`), or nil.
    static func dominantInFrench(_ words: [String], minimum: Int = dominantGeneralPerBillion,
                                 dominance: Int = proseDominance) -> String? {
        let counts = words.map { GeneralFormFrequencies.shared.perBillion($0) }
        guard let top = counts.max(), top >= minimum,
              counts.filter({ $0 * dominance > top }).count == 1, let at = counts.firstIndex(of: top) else { return nil }
        let prose = ProseFormFrequencies.shared.count(words[at])
        guard words.allSatisfy({ ProseFormFrequencies.shared.count($0) <= prose }) else { return nil }
        return words[at]
    }

    /// `dominantInProse`, or where the help corpus cannot tell, `dominantInFrench`.
    static func dominantReading(_ words: [String]) -> String? {
        dominantInProse(words) ?? dominantInFrench(words)
    }

    /// `Sarge. Frans Pop fut…`: a capitalised word the lexicon rejects opening a
    /// sentence, right before another capitalised word, is a first name before a
    /// surname — not a damaged word (`Trans`). Repairs that restore only diacritics,
    /// split the word (`Linstallateur Debian`) or make a grammatical word (`Ie Conseil`:
    /// `Le`) still apply.
    func opensNamePair(_ index: Int, repairedAs decision: Decision) -> Bool {
        let unit = units[index]
        guard !unit.spells, unit.pattern == .capitalized, unit.length >= 4, index + 1 < units.count,
              units[index + 1].kind == .word, units[index + 1].pattern == .capitalized,
              onlySpaces(unit.end, units[index + 1].start), isSentenceStart(unit.start) else { return false }
        // A split (`Linstallateur`: `L’installateur`) reads the word as two, no name.
        let oneWord = decision.after.unicodeScalars.allSatisfy(CharacterClass.isLetter)
        return oneWord && !Self.restoresDiacritics(unit.text, decision.after) && !isGrammaticalWord(decision.after.lowercased())
    }

    /// Whether the word at `index` stands alone between quotation marks
    /// (`« cat »`, `"ls"`): a term mentioned, whose letters are its own.
    func isQuotedAlone(_ index: Int) -> Bool { isQuoted(index, reach: 1) }

    /// Whether the word at `index` is inside a quotation of at most `reach`
    /// words on either side of it (`« sempre pp »` with a reach of 2): a short
    /// quotation mentions a term, a label or a foreign phrase.
    func isQuoted(_ index: Int, reach: Int) -> Bool {
        // The text between unit `position - 1` (or the start) and unit `position` (or the end).
        func gap(before position: Int) -> ArraySlice<Unicode.Scalar> {
            let from = position > 0 ? units[position - 1].end : 0
            let to = position < units.count ? units[position].start : scalars.count
            return scalars[from..<to]
        }
        var opened = false
        for position in stride(from: index, to: max(-1, index - reach), by: -1) {
            let text = gap(before: position)
            if text.contains(where: { Self.openingQuotes.contains($0) }) { opened = true; break }
            if text.contains(where: { Self.closingQuotes.contains($0) }) || text.contains("\n") { return false }
        }
        guard opened else { return false }
        for position in (index + 1)...min(units.count, index + reach) {
            let text = gap(before: position)
            if text.contains(where: { Self.closingQuotes.contains($0) }) { return true }
            if text.contains(where: { Self.openingQuotes.contains($0) }) || text.contains("\n") { return false }
        }
        return false
    }

    /// Marks that open and close a quotation (the straight one does both).
    static let openingQuotes: Set<Unicode.Scalar> = ["«", "“", "\""]
    static let closingQuotes: Set<Unicode.Scalar> = ["»", "”", "\""]

    /// Whether `after` is `before` (plain letters only) with diacritics added
    /// and nothing else changed: `Apercu` → `Aperçu`, `role` → `rôle`. Not
    /// for the shortest words, English function words among them (`the`, not `thé`).
    static func restoresDiacritics(_ before: String, _ after: String) -> Bool {
        before.unicodeScalars.count >= 4 && before.unicodeScalars.allSatisfy { $0.isASCII } && before != after
            && AccentSkeleton.of(after) == before
    }

    /// Whether the unit at `index` directly follows a determiner that cannot
    /// be an object pronoun (`des`, `une`, `ces`; not `la`/`le`/`les`).
    func followsDeterminer(_ index: Int) -> Bool {
        // Read in place: asked of every word, and a copy of a unit retains its three strings.
        guard index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let tags = lowerTags(index - 1)
        return (tags.contains(.det) || tags.contains(.detdem) || tags.contains(.detpos))
            && !tags.contains(.properobj) && !tags.contains(.preverb)
    }

    /// What the words before the unit at `index` call for: a participle
    /// right after an auxiliary (`été`, or a form of être or avoir that is no
    /// noun; adverbs between allowed: `est continuellement revise`), a finite
    /// verb right after a subject pronoun (a `ne` between allowed).
    func expectation(at index: Int) -> Expectation? {
        guard index > 0 else { return nil }
        if units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start) {
            let previous = units[auxiliaryPosition(before: index)]
            let form = previous.form.lowercased()
            if previous.kind == .word, form == "été" || isAuxiliary(form) {
                let etre = form != "été" && lexicon.analyze(form).contains { $0.contains(utf8: "st:être") }
                return etre ? .predicate : .participle
            }
        }
        return subjectPerson(before: index).map { .finiteVerb(person: $0) }
    }

    /// The person (`3sg`, `2pl`…) of the subject pronoun right before the unit
    /// at `index` (`vous êtes`, `vous n’êtes`, `ils se réfèrent`, `ils ne s’arrêtent`),
    /// if there is one: `ne` and the reflexive `se` may stand between, as no other
    /// clitic is read across (`vous` and `nous` are subjects too).
    func subjectPerson(before index: Int) -> String? {
        guard index > 0 else { return nil }
        var subject = index - 1
        if subject > 0, units[subject].kind == .elision && units[subject].form == "s" || units[subject].kind == .word && units[subject].form == "se",
           units[subject].kind == .elision || onlySpaces(units[subject].end, units[index].start) {
            subject -= 1
        }
        if units[subject].kind == .elision && units[subject].form == "n" || units[subject].kind == .word && units[subject].form == "ne" {
            subject -= 1
        }
        guard subject >= 0, units[subject].kind == .word, onlySpaces(units[subject].end, units[subject + 1].start),
              onlySpaces(units[index - 1].end, units[index].start) || units[index - 1].kind == .elision else { return nil }
        return Self.personOfSubjectPronoun[lowerForm(subject)]
    }

    /// Whether `candidate` is the form `expected` asks for.
    func fits(_ candidate: String, _ expected: Expectation) -> Bool {
        switch expected {
        case .participle:
            return tags(candidate).contains(.ppas)
        case .predicate:
            return !tags(candidate).isDisjoint(with: [.ppas, .adj])
        case .finiteVerb(let person):
            return isVerbForm(candidate, person: person, moods: Self.personalMoods)
        }
    }

    /// Whether the unit at `index` follows any determiner, object pronouns
    /// included (`les prés`, `le mème`): there a noun is expected.
    func followsArticle(_ index: Int) -> Bool {
        // Read in place: asked of every word, and a copy of a unit retains its three strings.
        guard index > 0, onlySpaces(units[index - 1].end, units[index].start) else { return false }
        let kind = units[index - 1].kind
        if kind == .elision { return units[index - 1].form == "l" || units[index - 1].form == "d" }
        guard kind == .word else { return false }
        let tags = formTags(index - 1)
        return tags.contains(.det) || tags.contains(.detdem) || tags.contains(.detpos) || tags.contains(.detind)
    }

    /// Whether Hunspell reads `word` only as a finite verb form, which
    /// cannot follow a determiner (`des préjuges`) nor be parted from its
    /// subject by a full stop (`Vous. pouvez`).
    func isOnlyFiniteVerb(_ word: String) -> Bool {
        let tags = tags(word)
        let nominal: PartsOfSpeech = [.nom, .adj, .npr, .adv, .mg, .ppas, .ppre, .infi, .det]
        return !tags.isDisjoint(with: PartsOfSpeech.finite) && tags.isDisjoint(with: nominal)
    }

    /// The repair of one word, or nil to leave it (memoised per context).
    func decide(_ text: String, sentenceStart: Bool, afterElision: Bool, determiner: String? = nil,
                afterArticle: Bool = false, expected: Expectation? = nil) -> Decision? {
        let key = DecisionKey(text: ByteKey(text), sentenceStart: sentenceStart, afterElision: afterElision,
                              determiner: determiner, afterArticle: afterArticle, expected: expected)
        if let known = decisionCache[key] { return known }
        let decision = judge(text, sentenceStart: sentenceStart, afterElision: afterElision,
                             determiner: determiner, afterArticle: afterArticle, expected: expected)
        decisionCache[key] = decision
        return decision
    }

    /// `decide` without the memo.
    private func judge(_ text: String, sentenceStart: Bool, afterElision: Bool, determiner: String?,
                       afterArticle: Bool, expected: Expectation?) -> Decision? {
        var word = text
        var ligature = false
        if word.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) {
            word = (try? word.normalized(.nfkc)) ?? word
            ligature = word != text
        }
        let pattern = CasePattern(of: word)
        let hasDigits = word.unicodeScalars.contains { ("0"..."9").contains($0) }
        let valid = !hasDigits && repairer.spells(word)
        let ligatureDecision = ligature ? Decision(after: word, rule: "ligature", confidence: 0.95) : nil

        if french, let compound = listedCompoundVariant(word, pattern: pattern) ?? graveInsideCompound(word, pattern: pattern) {
            return combine(ligatureDecision, compound)
        }
        if valid {
            if french, let split = splitFalseHyphen(word, afterElision: afterElision) { return combine(ligatureDecision, split) }
            // The form the previous word calls for is kept as read (`avaient dû laisser`: the participle, not `du`).
            if let expected, fits(CasePattern.lower(word, locale: locale), expected) { return ligatureDecision }
            if french, let variant = grammaticalAccentVariant(word, pattern: pattern, afterArticle: afterArticle) {
                return combine(ligatureDecision, variant)
            }
            // A valid word is kept unless it cannot follow a determiner
            // (a finite verb after `des`: an accent was lost or misread) — one that is
            // no subject either (`ce fut`, `ce sera`: `ce` is a pronoun there)…
            if french, let determiner, pattern == .lower || pattern == .capitalized, isOnlyFiniteVerb(word),
               !tags(determiner).contains(.prodem) {
                // The noun or adjective must also agree with the determiner (une boite: boîte, not boité).
                let determinerAnalyses = lexicon.analyze(determiner).filter { $0.contains(utf8: "po:det") }
                return best(for: word, pattern: pattern, allowed: { $0.isAccentOnly || $0 == .inventedAccent },
                            mustStartWithVowel: false, replacingValid: true,
                            filter: { agrees($0, with: determinerAnalyses) })
                    .map { combine(ligatureDecision, $0) } ?? ligatureDecision
            }
            // …or an elided article.
            guard french, afterElision, pattern == .lower, !Self.startsWithVowelOrH(word) else { return ligatureDecision }
            return best(for: word, pattern: pattern, allowed: { _ in true }, mustStartWithVowel: true,
                        replacingValid: true).map { combine(ligatureDecision, $0) } ?? ligatureDecision
        }
        if french, let split = splitFalseHyphen(word, afterElision: afterElision) { return combine(ligatureDecision, split) }
        if french, let split = splitGluedApostrophe(word) { return combine(ligatureDecision, split) }
        if french, let split = splitGluedGraveA(word, pattern: pattern, sentenceStart: sentenceStart) { return combine(ligatureDecision, split) }
        if french, let split = splitGluedPronounIl(word, sentenceStart: sentenceStart) { return combine(ligatureDecision, split) }
        // A capital I where an l belongs (Ia, heIp): one glyph in many fonts.
        if word.unicodeScalars.contains("I"), pattern != .upper {
            let swapped = Self.capitalIToL(word, sentenceStart: sentenceStart)
            if swapped != word, repairer.spells(swapped) {
                return combine(ligatureDecision, Decision(after: swapped, rule: "confusion", confidence: 0.85))
            }
        }
        if french, pattern == .mixed, let vowel = internalCapitalVowel(word) { return combine(ligatureDecision, vowel) }
        let length = word.unicodeScalars.count
        let digits = word.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        // A lone letter with an accent invented on it (`il ÿ a`): the plain letter, if that is a grammatical word.
        if french, length == 1, pattern == .lower, !valid,
           let plain = best(for: word, pattern: pattern, allowed: { $0 == .inventedAccent }, mustStartWithVowel: false,
                            replacingValid: false, filter: { !tags($0).isDisjoint(with: Self.closedClassTags.union([.preverb])) }) {
            return combine(ligatureDecision, plain)
        }
        guard length >= 2, pattern != .mixed, digits <= 1 else { return ligatureDecision }
        // A participle the lexicon lacks is kept, except where a noun belongs (`Certaines œuvrés`);
        // so is one built on an English verb, unless an accented reading keeps its ending.
        if pattern == .lower, determiner == nil, !afterArticle, isUnlistedParticiple(word) { return ligatureDecision }
        // So is an English combining form or word's head that several headwords open with
        // (`cyber`). Not in French, whose misread accents make heads of other words (`régle`).
        if !french, pattern == .lower, !valid, length >= 5, digits == 0,
           lexicon.headwordsExtending(word, limit: Self.combiningFormHeadwords) >= Self.combiningFormHeadwords {
            return ligatureDecision
        }
        if french, pattern == .lower, determiner == nil, !afterArticle, isBorrowedParticiple(word) { return ligatureDecision }
        // Short words are too easily turned into other short words by shape
        // confusions (is → ls, not → hot): they only get accent repairs.
        let shapesAllowed = length >= 4
        let foreign = repairer.isForeign(word)
        let allowed: (OCRConfusionModel.Kind) -> Bool
        switch pattern {
        case .upper:
            if french, let split = splitGluedAcronymElision(word, sentenceStart: sentenceStart) { return combine(ligatureDecision, split) }
            // All caps: only restore accents (DECISION → DÉCISION); acronyms have no candidate.
            guard length >= 4 else { return ligatureDecision }
            allowed = { $0 == .accentLoss }
        case .capitalized where !sentenceStart:
            // Likely a proper noun: only accents (Etats → États), an ô misread included (Réle → Rôle).
            allowed = { $0.isAccentOnly || $0 == .circumflexO || $0 == .accentGlyph }
        default:
            if foreign {
                // English spells French loans without their diacritics or ligature (`role`, `oeuvre`):
                // only those are restored; a French word the ligature makes is no English one.
                allowed = { $0.isAccentOnly || $0 == .oeLigature }
            } else {
                allowed = { kind in kind != .faintAscender && (shapesAllowed || kind.isAccentOnly || kind == .inventedAccent || kind == .circumflexO || kind == .oeLigature || kind == .accentGlyph) }
            }
        }
        let mustStartWithVowel = french && afterElision
        // The form the previous word calls for first (a été deplace: déplacé, not déplace; vous etes: êtes).
        if let expected, let fitting = best(for: word, pattern: pattern, allowed: { $0.isAccentOnly || $0 == .inventedAccent },
                                            mustStartWithVowel: false, replacingValid: false, filter: { fits($0, expected) }) {
            return combine(ligatureDecision, fitting)
        }
        // A word English knows and French does not, right after a French subject pronoun, is the verb
        // the pronoun calls for with a letter misshapen (`il salt que` → `sait`, `on volt` → `voit`):
        // no English quotation opens on a French subject. Only that verb, of the pronoun's person.
        if foreign, let expected, case .finiteVerb = expected, shapesAllowed,
           let fitting = best(for: word, pattern: pattern, allowed: { $0 != .faintAscender }, mustStartWithVowel: false,
                              replacingValid: false, filter: { fits($0, expected) }) {
            return combine(ligatureDecision, fitting)
        }
        // An English word French prose never borrows, one shape confusion from a word it writes often
        // (`dolt` → `doit`, `puls` → `puis`, `fols` → `fois`): the English model's reading of French.
        if foreign, french, pattern == .lower, shapesAllowed,
           let reading = best(for: word, pattern: pattern, allowed: { $0 != .faintAscender }, mustStartWithVowel: mustStartWithVowel,
                              replacingValid: false, filter: { Self.readsAsEnglish(word, for: $0) }) {
            return combine(ligatureDecision, reading)
        }
        // The same reading whatever the word's neighbours (the memo of `decide` keys them all).
        let readingKey = ReadingKey(word: ByteKey(word), capitalInsideSentence: pattern == .capitalized && !sentenceStart,
                                    mustStartWithVowel: mustStartWithVowel)
        let reading: Decision?
        if let known = readingCache[readingKey] {
            reading = known
        } else {
            reading = best(for: word, pattern: pattern, allowed: allowed, mustStartWithVowel: mustStartWithVowel, replacingValid: false)
            readingCache[readingKey] = reading
        }
        if let repaired = reading {
            // A reading too doubtful to apply yields to a sure lost apostrophe of an article or `de`
            // before a word the document writes on its own or prose uses often (`Fimage`: `L’image`,
            // not `Finage`; `détre`: `d’être`; but `demier` is no `d’émier`).
            if french, repaired.confidence < repairer.minConfidence, !afterElision,
               let split = splitLostApostrophe(word, pattern: pattern, sentenceStart: sentenceStart, afterArticle: afterArticle),
               split.confidence >= repairer.minConfidence, let mark = split.after.firstIndex(where: { $0 == "’" || $0 == "'" }),
               ["l", "d"].contains(split.after[..<mark].lowercased()),
               case let rest = String(split.after[split.after.index(after: mark)...]).lowercased(),
               vocabulary.count(rest) > 0 || ProseFormFrequencies.shared.count(rest) >= Self.commonProseCount {
                return combine(ligatureDecision, split)
            }
            // A capitalised English word inside a sentence is a name (`le langage Scheme`), not a
            // French word that lost its accent (`Schème`) — unless French prose uses that word
            // (`la case Apercu`: aperçu) or the document writes it in lower case (`la Decision`).
            if french, pattern == .capitalized, !sentenceStart, foreign,
               case let repairedLower = CasePattern.lower(repaired.after, locale: locale),
               ProseFormFrequencies.shared.count(repairedLower) == 0,
               !writesInLowerCase(CasePattern.lower(word, locale: locale)), !writesInLowerCase(repairedLower) {
                return ligatureDecision
            }
            return combine(ligatureDecision, repaired)
        }
        // After an elided head a short damaged word is its pronoun or article far more often than
        // anything (`qu’lls` → `qu’ils`): shapes are read there too, for those classes only.
        if french, afterElision, !valid, !shapesAllowed, pattern == .lower,
           let grammatical = best(for: word, pattern: pattern, allowed: { $0 != .faintAscender }, mustStartWithVowel: true,
                                  replacingValid: false, filter: { !tags($0).isDisjoint(with: [.propersuj, .det, .preverb]) }) {
            return combine(ligatureDecision, grammatical)
        }
        // An English look-alike in French context may be a damaged grammatical word too (done → donc).
        if french, !shapesAllowed || foreign, pattern == .lower, !afterElision, let repaired = shortGrammaticalRepair(word, sentenceStart: sentenceStart) {
            return combine(ligatureDecision, repaired)
        }
        // Nor a compound whose hyphen the scan lost (luiméme: lui-même).
        if french, pattern == .lower, let compound = restoredHyphen(word) { return combine(ligatureDecision, compound) }
        // No single word fits: maybe an elided word lost its apostrophe.
        if french, !afterElision, let split = splitMisreadElision(word, pattern: pattern, sentenceStart: sentenceStart)
            ?? splitLostApostrophe(word, pattern: pattern, sentenceStart: sentenceStart, afterArticle: afterArticle,
                                   readingShapes: true) {
            return combine(ligatureDecision, split)
        }
        return ligatureDecision
    }

    /// Whether the document reads as written in the 1990 spelling rather than scanned
    /// without circumflexes: it keeps the circumflexes of `â`, `ê`, `ô` (read intact at
    /// least twice), keeps its `à` (a scan that drops accents reads them `a`), and writes
    /// no `î` and no `û` but those the reform keeps (`dû`, `sûr`, `mûr`, `jeûne`, `croît`).
    /// Then an `i` or `u` without one is the writer's (`apparaitront`), not a loss to
    /// repair; a text in the traditional spelling writes `connaître`.
    func showsRectifiedSpelling() -> Bool {
        guard accentLoss < 0.5 else { return false }
        var intact = 0
        for unit in units where unit.kind == .word {
            let lower = unit.lower
            if lower.unicodeScalars.contains(where: { $0 == "î" || $0 == "û" }) {
                if !Self.keepsCircumflexInReform(lower) { return false }
            } else if lower.unicodeScalars.contains(where: { $0 == "â" || $0 == "ê" || $0 == "ô" }) {
                intact += 1
            }
        }
        return intact >= 2
    }

    /// How many grammatical words opening with the capital `initial` (`Sur`, `Si`, `Sont`) the
    /// document writes inside a sentence, between two words in small letters: a scan that reads
    /// a small letter as its capital does so again and again, and clean text seldom at all.
    /// Counted for every initial in one walk over the units, on first need.
    func strayCapitalCount(initial: Unicode.Scalar) -> Int {
        if let counts = strayCapitalCounts { return counts[initial.value] ?? 0 }
        var counts: [UInt32: Int] = [:]
        for index in units.indices.dropFirst().dropLast() where units[index].kind == .word && units[index].pattern == .capitalized {
            guard let first = units[index].text.unicodeScalars.first,
                  units[index - 1].kind == .word, units[index - 1].pattern == .lower, onlySpaces(units[index - 1].end, units[index].start),
                  units[index + 1].kind == .word, units[index + 1].pattern == .lower, onlySpaces(units[index].end, units[index + 1].start),
                  !isSentenceStart(units[index].start), lowerTags(index).contains(.mg) else { continue }
            counts[first.value, default: 0] += 1
        }
        strayCapitalCounts = counts
        return counts[initial.value] ?? 0
    }

    /// Whether the document shows a scan's invented or misread accents: a word the
    /// lexicon rejects that is one once an accent is taken off or changed (`üne`,
    /// `minéèure`, `ét`, `premiére`). Rules that take an accent off a word the lexicon
    /// accepts (`le codé` → `code`) need this evidence: clean text has no such word,
    /// and its `les dérivés` is the writer's.
    func showsInventedAccents() -> Bool {
        if let known = inventedAccentsSeen { return known }
        var seen = false
        let accentOnly = { (kind: OCRConfusionModel.Kind) in kind == .inventedAccent || kind == .wrongAccent }
        for unit in units where unit.kind == .word && !unit.spells && !unit.isProtected
            && unit.lower.unicodeScalars.contains(where: { !$0.isASCII && CharacterClass.isLetter($0) }) {
            if !repairer.generator.candidates(for: unit.lower, allowed: accentOnly, mayAccept: repairer.maySpell,
                                              accept: { repairer.spells($0) }).isEmpty {
                seen = true
                break
            }
        }
        inventedAccentsSeen = seen
        return seen
    }

    /// The words the 1990 spelling writes with `î` or `û` still: where it tells apart
    /// two words (`dû`/`du`, `sûr`/`sur`, `mûr`/`mur`, `jeûne`/`jeune`, `croît`/`croit`).
    static func keepsCircumflexInReform(_ lower: String) -> Bool { circumflexesTheReformKeeps.contains(lower) }

    /// See `keepsCircumflexInReform`.
    static let circumflexesTheReformKeeps: Set<String> = ["dû", "sûr", "sûre", "sûrs", "sûres", "sûrement", "mûr", "mûre",
                                                          "mûrs", "mûres", "jeûne", "jeûnes", "croît"]

    /// Whether `after` only adds circumflexes to the `i`s or `u`s of `before` (`apparaitront`
    /// → `apparaîtront`): the change the 1990 spelling undoes.
    static func onlyRestoresCircumflexOnIOrU(_ before: String, _ after: String) -> Bool {
        let b = Array(before.lowercased().unicodeScalars), a = Array(after.lowercased().unicodeScalars)
        guard b.count == a.count, b != a else { return false }
        return zip(b, a).allSatisfy { $0 == $1 || $0 == "i" && $1 == "î" || $0 == "u" && $1 == "û" }
    }

    /// Whether turning `before` into `after` would undo the 1990 spelling rather than repair a
    /// scan: an `i` or `u` without circumflex in a document written so (`writesRectifiedSpelling`),
    /// or a future or conditional with the grave of its present (`isRectifiedFutureStem`). Asked
    /// by every pass that proposes a word (the confusion readings, the one-letter search, the
    /// document's own forms).
    func keepsRectifiedSpelling(_ before: String, repairedAs after: String) -> Bool {
        writesRectifiedSpelling && Self.onlyRestoresCircumflexOnIOrU(before, after) || isRectifiedFutureStem(before, repairedAs: after)
    }

    /// `révèlerait`, `reflèteront` (for `révélerait`, `refléteront`): the 1990 spelling writes
    /// the future and conditional of the verbs in `é` + consonant + `er` with the grave of
    /// their present (`il révèle`), as `céder` gives `cèdera`; a lexicon in the traditional
    /// spelling rejects those forms. A word whose only change would be one `è` made `é`, into
    /// a future or conditional, is the writer's spelling, and a right one, in any document.
    func isRectifiedFutureStem(_ before: String, repairedAs after: String) -> Bool {
        let lowerAfter = after.lowercased()
        let b = Array(before.lowercased().unicodeScalars), a = Array(lowerAfter.unicodeScalars)
        guard b.count == a.count else { return false }
        let changed = zip(b, a).filter { $0 != $1 }
        guard changed.count == 1, changed[0] == ("è", "é") else { return false }
        return !tags(lowerAfter).isDisjoint(with: [.ifut, .cond])
    }

    /// Whether `decision` makes the word at `index` an article (or `du`, `des`) that a
    /// preposition follows (`dû à` is no `du à`), or a preposition fused with its article
    /// (`dû aux paramètres` is no `du aux`): no article stands before a preposition.
    func articleBeforePreposition(_ decision: Decision, at index: Int) -> Bool {
        guard french, index + 1 < units.count, units[index + 1].kind == .word, onlySpaces(units[index].end, units[index + 1].start),
              tags(decision.after.lowercased()).contains(.det), !tags(units[index].lower).contains(.det) else { return false }
        let next = formTags(index + 1)
        if next.contains(.prep) && next.isDisjoint(with: [.det, .nom, .adj, .adv]) { return true }
        return next.contains(.prep) && repairer.lexicon.analyze(lowerForm(index + 1)).contains {
            $0.contains(utf8: "po:prep") && $0.contains(utf8: "po:det")
        }
    }

    /// Whether `decision` makes the word at `index` `du` or `des` right after the preposition
    /// `de` (`formes de da capo` is no `de du capo`): `de` + `le`/`les` is already `du`/`des`,
    /// so French never writes the two in a row.
    func contractedArticleAfterDe(_ decision: Decision, at index: Int) -> Bool {
        guard french, index > 0, units[index - 1].kind == .word, onlySpaces(units[index - 1].end, units[index].start),
              lowerForm(index - 1) == "de" else { return false }
        let after = decision.after.lowercased()
        return after == "du" || after == "des"
    }

    /// `ipcs montre…`, `setterm affiche…`: a paragraph that opens in lower case opens with
    /// a name (a command), which only gets back diacritics it lost.
    func opensParagraphInLowerCase(_ index: Int) -> Bool {
        let unit = units[index]
        guard unit.pattern == .lower else { return false }
        var position = unit.start - 1
        var newlines = 0
        while position >= 0, ProtectedSpans.isWhitespace(scalars[position]) {
            if scalars[position] == "\n" { newlines += 1 }
            position -= 1
        }
        return position < 0 || newlines >= 2
    }

    /// `(dé)sélectionnées`, `(re)lancer`: a prefix in brackets glued to its word, which
    /// it makes optional — a piece of a word, not a word to repair.
    func isBracketedPrefix(_ index: Int) -> Bool {
        let unit = units[index]
        return unit.start > 0 && scalars[unit.start - 1] == "(" && unit.end + 1 < scalars.count
            && scalars[unit.end] == ")" && CharacterClass.isLetter(scalars[unit.end + 1])
    }

    /// The endings of a first-group past participle, longest first.
    static let participleEndings = ["ées", "ée", "és", "é"]

    /// `cliquées`, `pointés`: the regular past participle of a first-group verb the
    /// lexicon lists (`cliquer`) in a form it lacks (Hunspell gives intransitive verbs
    /// only `cliqué`). A writer's word, not a misreading: no repair may replace it.
    func isUnlistedParticiple(_ lower: String) -> Bool {
        guard french else { return false }
        for ending in Self.participleEndings where lower.hasSuffix(ending) {
            let stem = lower.dropLast(ending.count)
            guard stem.unicodeScalars.count >= 3 else { return false }
            return lexicon.analyze(stem + "er").contains { $0.contains(utf8: "po:v1") }
        }
        return false
    }

    /// Whether `lower` ends like a participle (`é`, `ée`, `és`, `ées`) whose stem
    /// technical French builds on an English verb, doubling its last consonant as
    /// French doubles it (`labellé`: English `label`, French `labeller`). A word with
    /// no accented reading that keeps this ending is such a participle, as written;
    /// one that has one (`detaillées`: détaillées) is a French word the scan stripped.
    func isBorrowedParticiple(_ lower: String) -> Bool {
        guard french, let ending = borrowedParticipleEnding(lower) else { return false }
        return best(for: lower, pattern: .lower, allowed: { $0.isAccentOnly }, mustStartWithVowel: false, replacingValid: false,
                    filter: { $0.hasSuffix(ending) }) == nil
    }

    /// The ending `isBorrowedParticiple` looks for, when the stem before it is borrowed.
    func borrowedParticipleEnding(_ lower: String) -> String? {
        guard let english = repairer.foreignLexicon else { return nil }
        for ending in Self.participleEndings where lower.hasSuffix(ending) {
            let scalars = Array(lower.unicodeScalars.dropLast(ending.unicodeScalars.count))
            guard scalars.count >= 5, scalars.allSatisfy({ $0.isASCII }), scalars[scalars.count - 1] == scalars[scalars.count - 2],
                  !"aeiouy".unicodeScalars.contains(scalars[scalars.count - 1]),
                  english.spell(String(scalars: scalars.dropLast())) else { return nil }
            return ending
        }
        return nil
    }

    /// Whether the document writes `lower` in lower case somewhere (its vocabulary
    /// counts every word lower-cased, capitals included).
    func writesInLowerCase(_ lower: String) -> Bool {
        formsWrittenInLowerCase.contains(ByteKey(lower))
    }

    /// Parts of speech of grammatical words: a closed class, used in every
    /// sentence, so far more frequent than any noun or verb form.
    static let grammaticalTagNames: Set<String> = ["mg", "adv", "prep", "cjco", "cjsub", "det", "detind", "detdem", "detpos",
                                                   "prodem", "proind", "prorel", "proint", "properobj", "propersuj"]
    /// `grammaticalTagNames` as a tag set.
    static let grammaticalTags = PartsOfSpeech(tags: grammaticalTagNames)

    /// A word Hunspell reads as grammatical and never as a noun or a verb form (même, près, dès; not passé).
    func isGrammaticalWord(_ word: String) -> Bool {
        let found = tags(word)
        return !found.isDisjoint(with: Self.grammaticalTags) && found.isDisjoint(with: Self.contentTags)
    }

    /// Determiners, pronouns, prepositions and conjunctions: the closed classes
    /// whose words are the most frequent of the language (adverbs are not one).
    static let closedClassTags: PartsOfSpeech = [.det, .detdem, .detpos, .detind, .prep, .cjco, .cjsub, .propersuj,
                                                 .properobj, .prodem, .proind, .prorel, .proint]

    /// Noun and verb tags: a form that has one of them is a content word too.
    static let contentTags: PartsOfSpeech = [.nom, .ppas, .ppre, .infi, .ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .impe]

    /// `mème` → `même`, `prés` → `près`, `dés` → `dès`: a valid content word
    /// one accent away from a grammatical word. The OCR confusion is cheap and
    /// the grammatical word is far more frequent — but after an article a noun
    /// is expected, so there the variant must also be an adjective (`la mème
    /// session` → `même`, `les prés` stays). Also inside hyphenated compounds
    /// (`lui-mème`), part by part.
    func grammaticalAccentVariant(_ word: String, pattern: CasePattern, afterArticle: Bool) -> Decision? {
        guard pattern == .lower || pattern == .capitalized else { return nil }
        let parts = word.unicodeScalars.contains("-") ? word.split(separator: "-", omittingEmptySubsequences: false).map(String.init) : [word]
        // A compound the dictionary lists (nouveau-né, soi-disant) is right as it stands.
        if parts.count > 1, !lexicon.analyze(CasePattern.lower(word, locale: locale)).isEmpty { return nil }
        var changed = false
        var confidence = 1.0
        var out: [String] = []
        for (position, part) in parts.enumerated() {
            let lower = CasePattern.lower(part, locale: locale)
            // In a compound only the parts after the first (lui-mème); a first part is often a broken prefix (dé-compresse).
            // Grammatical words are short (de, où, même, près, déjà): longer parts are not searched at all.
            // The word read must be a noun or a verb form (mème, prés, dés): an adjective
            // alone is as likely as the grammatical word (bien sûr, sur le).
            let own = tags(lower)
            let contentWord = own.isDisjoint(with: Self.grammaticalTags) && !own.isDisjoint(with: Self.contentTags)
            // A grammatical word French prose never writes (`lès`, `qué`) is read too, on its own:
            // in a compound it may be a place name's (`Villeneuve-lès-Avignon`).
            guard position > 0 || parts.count == 1, (2...6).contains(lower.unicodeScalars.count),
                  contentWord || parts.count == 1 && isUnwrittenGrammaticalForm(lower, tags: own)
            else { out.append(part); continue }
            let candidates = (repairer.grammaticalWords?.accentVariants(of: lower) ?? []).filter { candidate in
                // A variant that is also a noun or a verb form (passé) is no safer bet; an unwritten
                // form's is its plain letters (`ça` is no `çà`).
                isGrammaticalWord(candidate) && (!afterArticle || position > 0 || tags(candidate).contains(.adj))
                    && (contentWord || candidate == AccentSkeleton.of(lower))
            }
            // Two grammatical readings (dés: des or dès?) leave the choice to the reader.
            guard candidates.count == 1, let top = candidates.first else { out.append(part); continue }
            out.append(CasePattern(of: part).apply(to: top, locale: locale))
            confidence = min(confidence, 0.7 + (vocabulary.count(top) > 0 ? 0.1 : 0))
            changed = true
        }
        guard changed else { return nil }
        return Decision(after: out.joined(separator: "-"), rule: "accent", confidence: min(0.9, confidence))
    }

    /// Whether `lower` is a grammatical word with a diacritic that French prose
    /// does not use (`lès`, a preposition of place names; `qué`): the
    /// dictionary lists it, but printed prose shows it fewer than a few times in
    /// nearly a million words (`ProseFormFrequencies`), so on its own in a scan
    /// it is far more likely the plain grammatical word with an accent invented
    /// on it (`toutes lès modifications`, `un risque qué le`). Adverbs are left
    /// out: `çà` lives in `çà et là`.
    func isUnwrittenGrammaticalForm(_ lower: String, tags own: PartsOfSpeech) -> Bool {
        guard !own.isEmpty, own.isSubset(of: Self.closedClassTags.union([.mg])),
              lower.unicodeScalars.contains(where: { !$0.isASCII }) else { return false }
        return ProseFormFrequencies.shared.count(lower) == 0
    }

    /// The best confusion candidate for `word`, with its confidence.
    func best(for word: String, pattern: CasePattern, allowed: (OCRConfusionModel.Kind) -> Bool,
              mustStartWithVowel: Bool, replacingValid: Bool, filter: (String) -> Bool = { _ in true }) -> Decision? {
        let lower = CasePattern.lower(word, locale: locale)
        // Constraints go into the acceptance test: the best-first search stops
        // soon after its first accepted candidate.
        // A guess the lexicon's screen refuses in this casing is accepted only as a form the document repeats.
        let screen: ((UnsafeBufferPointer<UInt8>) -> Bool)? = pattern == .upper ? nil : { [repairer, repeatedForms] bytes in
            !repairer.lexicon.screenRefuses(utf8: bytes, capitalised: pattern == .capitalized) || repeatedForms.mayHold(utf8: bytes)
        }
        var candidates = repairer.generator.candidates(for: lower, allowed: allowed, lengthLimits: false, mayAccept: screen) { candidate in
            if mustStartWithVowel && !Self.startsWithVowelOrH(candidate) { return false }
            let cased = pattern.apply(to: candidate, locale: locale)
            // A unit symbol the lexicon builds from a prefix (`zcal`) is a target only where the document writes it.
            let known = repairer.spells(cased) && (!repairer.lexicon.isOnlyPrefixedSymbol(cased) || vocabulary.count(candidate) > 0)
            return (known || isIntactDocumentForm(candidate)) && filter(candidate)
        }.filter { candidate in
            // A vowel read for another in a short word: only a word of a closed class (determiner,
            // pronoun, preposition, conjunction) is frequent enough to be that word (vaus: vous;
            // nano stays: the adverb nono is rare).
            guard candidate.belowLengthLimit else { return true }
            let found = tags(candidate.word)
            return !found.isDisjoint(with: Self.closedClassTags) && found.isDisjoint(with: Self.contentTags)
        }
        guard !candidates.isEmpty else { return nil }
        // A verb form only of the second person singular (`sélectionnes`) is no reading of a text
        // that never says `tu` while another reading remains (`selectionnes`: sélectionnés).
        if french, candidates.count >= 2, !addressesReaderAsTu() {
            let kept = candidates.filter { !isOnlySecondPersonSingular($0.word) }
            if !kept.isEmpty && kept.count < candidates.count { candidates = kept }
        }
        // A circumflexed reading that prose writes far more often than another reading found
        // (`tétes`: têtes over tètes, and so over tétés too; `mémes`: mêmes over mèmes) wins near-ties.
        let words = Set(candidates.map(\.word))
        var favoured = Set<String>(), misreadings = Set<String>()
        if candidates.count >= 2 {
            for candidate in candidates {
                guard let preferred = CircumflexFrequencies.shared.preferredCircumflexed(candidate.word),
                      words.contains(preferred) else { continue }
                favoured.insert(preferred)
                misreadings.insert(candidate.word)
            }
        }
        // A content word prose writes far more often than every other reading found (`demier`:
        // `dernier` 121 times in the help corpus, `denier` and `damier` never) wins near-ties the
        // same way — a noun or an adjective: not a grammatical word, which any prose writes more
        // often than any noun (`cles` is no `des`), nor a verb form the help's English code
        // samples spell (`use`), nor an English word.
        if candidates.count >= 2, let word = Self.dominantInProse(candidates.map(\.word)), !isGrammaticalWord(word),
           !tags(word).isDisjoint(with: [.nom, .adj]), !repairer.isForeign(word) {
            favoured.insert(word)
        }
        // Grammatical words (même, près, où) are so much more frequent than the content
        // words that share their letters (mème, prés) that they win near-ties.
        // The document writing a candidate is evidence for it — unless that form is
        // itself the misreading of the favoured one (`mémé` elsewhere is `même` read badly).
        func written(_ word: String) -> Bool { vocabulary.count(word) > 0 && !misreadings.contains(word) }
        func score(_ candidate: CandidateGenerator.Candidate) -> Double {
            candidate.cost - (written(candidate.word) ? 0.3 : 0) - (isGrammaticalWord(candidate.word) ? 0.15 : 0)
                - (favoured.contains(candidate.word) ? 0.15 : 0)
        }
        let ranked = Self.ranked(candidates, word: \.word, score: score)
        let top = ranked[0].candidate
        var confidence = top.confidence
        if written(top.word) { confidence += 0.1 }
        if ranked.count > 1, ranked[1].score - ranked[0].score < 0.15 { confidence -= 0.25 }
        if replacingValid { confidence -= 0.05 }
        // Accents are lost systematically (Etats ten times); a letter-shape
        // misreading rarely repeats, so a repeated form is more likely a real
        // word the lexicon lacks (inter alia) than a damaged one.
        // Unless the document writes the repaired word too, if only without accents (`bibhotheque` ×2 beside `bibliotheque`),
        // or the form is English that French prose never writes, read for a common French word (`dolt` ×3 for `doit`):
        // the same French word read the same wrong way each time.
        if top.kinds.contains(.shape), vocabulary.runningCount(lower) >= 2, !isWrittenElsewhere(top.word), !writesFamily(of: top.word),
           !(french && repairer.isForeign(lower) && Self.readsAsEnglish(lower, for: top.word)),
           !(french && !repairer.isForeign(lower) && isEverydayVerbForm(top.word)) { confidence -= 0.3 }
        // So does an accent a scan invents on noise: twice the same `sérif` is a word the lexicon
        // lacks. Only for the accents of e, which French writes everywhere (not `raÿon`); and not
        // where the document writes the repaired word's family intact (`utiliséz` ×2 beside `utiliser`).
        else if top.kinds.allSatisfy({ $0 == .inventedAccent }), vocabulary.runningCount(lower) >= 2,
                vocabulary.count(top.word) == 0, Self.onlyRemovesAccentsOfE(lower, top.word), !writesFamily(of: top.word) { confidence -= 0.3 }
        confidence = min(0.98, max(0.05, confidence))
        return Decision(after: pattern.apply(to: top.word, locale: locale), rule: Self.ruleName(top.kinds), confidence: confidence)
    }

    /// Whether `word` is a conjugated verb form and nothing a term could be (no noun, adjective or
    /// name), one French at large writes often (`everydayFormPerBillion`): a form the document
    /// repeats that reads as it by one letter's shape is that verb misread the same way each time
    /// (`souhaltez` ×2 for `souhaitez`) — terms the lexicon lacks are names and nouns (`chown`, not
    /// `clown`; `soris`, not `sons`), and no term conjugates.
    func isEverydayVerbForm(_ word: String) -> Bool {
        let found = tags(word)
        return !found.isDisjoint(with: PartsOfSpeech.finite) && found.isDisjoint(with: [.nom, .adj, .npr, .mg])
            && GeneralFormFrequencies.shared.perBillion(word) >= Self.everydayFormPerBillion
    }

    /// How often French at large must write a verb form (per billion words) for `isEverydayVerbForm`.
    static let everydayFormPerBillion = 5_000

    /// `candidates` with their scores, lowest score first, ties by word. Each is
    /// scored once, not at every comparison: the scoring reads the pass, and a
    /// comparator calling it copied the whole pass each time.
    static func ranked<Candidate>(_ candidates: [Candidate], word: KeyPath<Candidate, String>,
                                  score: (Candidate) -> Double) -> [(candidate: Candidate, score: Double)] {
        candidates.map { (candidate: $0, score: score($0)) }
            .sorted { $0.score != $1.score ? $0.score < $1.score : $0.candidate[keyPath: word] < $1.candidate[keyPath: word] }
    }

    /// Whether the document writes, intact, another form of the lower-case
    /// `word`'s family: a form that opens with one of its stems and has that
    /// stem too (`blanche`, `blancs` for `blanc`). A word the lexicon lacks
    /// recurs by itself (`inter alia`); a glyph misread the same way on every
    /// page recurs beside the forms of its family the damage spared.
    func writesFamily(of word: String) -> Bool {
        let stems = repairer.lexicon.stems(word).filter { $0.unicodeScalars.count >= 4 }
        guard !stems.isEmpty else { return false }
        return stems.contains { stem in
            vocabularyPrefixIndex.forms(openingWith: stem).contains { form in
                form != word && repairer.spells(form) && repairer.lexicon.stems(form).contains(stem)
            }
        }
    }

    /// Whether `repaired` is `word` with some of its `é`, `è`, `ê`, `ë` made
    /// plain `e`, and nothing else changed.
    static func onlyRemovesAccentsOfE(_ word: String, _ repaired: String) -> Bool {
        let before = Array(word.unicodeScalars), after = Array(repaired.unicodeScalars)
        guard before.count == after.count else { return false }
        return zip(before, after).allSatisfy { $0 == $1 || $1 == "e" && "éèêë".unicodeScalars.contains($0) }
    }

    /// Whether the document writes the lower-case `word` somewhere, if only
    /// without its accents (a scan that drops them writes `bibliotheque`
    /// beside a damaged `bibhotheque`: both are readings of `bibliothèque`).
    func isWrittenElsewhere(_ word: String) -> Bool {
        if vocabulary.count(word) > 0 { return true }
        let plain = AccentSkeleton.of(word)
        return plain != word && vocabulary.count(plain) > 0
    }

    /// `ILest`, `11est` → `Il est`: the pronoun `il` in one of its OCR
    /// readings glued to the verb after it. Only for a form that is no word and
    /// whose rest is a third-person singular verb form.
    func splitGluedPronounIl(_ word: String, sentenceStart: Bool) -> Decision? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<2]))
        guard head == "Il" || head == "il" || OCRConfusionModel.pronounIlReadings.contains(head) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[2...]))
        guard CasePattern(of: rest) == .lower, isThirdSingularFiniteVerb(rest) else { return nil }
        return Decision(after: (sentenceStart ? "Il " : "il ") + rest, rule: "pronoun-il", confidence: 0.75)
    }

    /// `ala` → `à la`, `aune` stays: a scan that lost the space after `à` (and
    /// its accent) glues it to the determiner that follows. Only for a form that
    /// is no word and whose rest is a determiner.
    /// At a sentence's start the capital is À (`Ala fin` → `À la fin`).
    func splitGluedGraveA(_ word: String, pattern: CasePattern, sentenceStart: Bool = false) -> Decision? {
        let capital = pattern == .capitalized && sentenceStart
        guard pattern == .lower || capital, word.hasPrefix(capital ? "A" : "a"), word.unicodeScalars.count >= 3 else { return nil }
        let rest = String(word.dropFirst())
        guard !tags(rest).isDisjoint(with: [.det, .detdem, .detpos]) else { return nil }
        return Decision(after: (capital ? "À " : "à ") + rest, rule: "grave-a", confidence: 0.65)
    }

    /// `parexemple`, `Lesutilisateurs`, `Celaest` → `par exemple`, `Les
    /// utilisateurs`, `Cela est`: two words whose space the scan lost. Only
    /// for a token no word fits, used once in the document (a command or a
    /// term recurs: `apropos`), split at the one place where both pieces are
    /// words, one of them of the small, frequent classes a sentence is held
    /// together by (`isGlue`) and the other one too or three letters long at
    /// least (`mm a`, `ch or` are no words glued), and the pieces follow each
    /// other as grammar allows: a determiner before a noun or an adjective
    /// (`des ta` is not), never before a mark (`expos ces.`).
    ///
    /// With `bothGrammatical`, only a token made of two such small words
    /// (`dela croix`, `ya`, `Sila`) qualifies — asked before any one-word repair,
    /// which would read `dela` as the adverb `delà`; repetition is no evidence
    /// against it then, and a determiner must stand before a noun or an adjective.
    func splitGluedWords(at index: Int, bothGrammatical: Bool = false) -> Decision? {
        // Capitalised inside a sentence, it is a name (`Dupont` is no `Du pont`). The unit is read
        // in place until it qualifies (a copy retains its three strings).
        let pattern = units[index].pattern
        guard french, units[index].kind == .word, !units[index].spells, !units[index].isProtected,
              pattern == .lower || pattern == .capitalized && isSentenceStart(units[index].start) else { return nil }
        let unit = units[index]
        // An English look-alike (`ya`) is French after a subject pronoun (`il ya`; not a clitic: `en meme`).
        let afterSubject = bothGrammatical && index > 0 && onlySpaces(units[index - 1].end, unit.start)
            && formTags(index - 1).contains(.propersuj)
        // `S’ily a`, `n’ya rien`: two small words glued after the elided `si` or `ne` they follow.
        let afterVerbalElision = bothGrammatical && index > 0 && units[index - 1].kind == .elision
            && units[index - 1].end == unit.start && ["n", "s"].contains(lowerForm(index - 1))
            && (unit.end == self.scalars.count || CharacterClass.isWhitespace(self.scalars[unit.end]))
        guard standsAlone(index) || afterVerbalElision, !isForeignAsRead(index) || afterSubject || afterVerbalElision,
              bothGrammatical || vocabulary.runningCount(unit.lower) <= 1 else { return nil }
        let scalars = Array(unit.lower.unicodeScalars)
        // Two small words make a short token (`lorsqu` is the longest head, `étaient` the longest verb):
        // the cuts of longer ones are not worth the lexicon's time before every repair.
        guard scalars.count >= (bothGrammatical ? 2 : 3), !bothGrammatical || scalars.count <= 14,
              scalars.allSatisfy({ CharacterClass.isLetter($0) }) else { return nil }
        let nextIsWord = index + 1 < units.count && onlySpaces(unit.end, units[index + 1].start)
            && units[index + 1].kind == .word
        // What follows the token: a mark that closes a phrase leaves a cut-off `a` nothing to govern.
        let endsPhrase = self.scalars[unit.end...].first { $0 != " " }.map { ".,;!?)\n".unicodeScalars.contains($0) } ?? true
        let determiners: PartsOfSpeech = [.det, .detdem, .detpos]
        var found: Decision?
        for cut in (bothGrammatical ? 1 : 2)..<scalars.count {
            let left = String(scalars: scalars[..<cut]), right = String(scalars: scalars[cut...])
            guard repairer.spells(left), repairer.spells(right) else { continue }
            let leftGlue = isGlue(left), rightGlue = isGlue(right)
            if bothGrammatical {
                // An elision's head glues by an apostrophe (`quils`: the elision rules' case), and a
                // lone `a` before a determiner is `à` (`acette`: `splitGluedGraveA`'s).
                guard leftGlue && rightGlue, !Self.elisionHeads.contains(left), left != "a" else { continue }
            } else {
                guard leftGlue && (rightGlue || right.unicodeScalars.count >= 3) || rightGlue && left.unicodeScalars.count >= 3
                else { continue }
            }
            let leftTags = tags(left), rightTags = tags(right)
            if leftGlue, !leftTags.isDisjoint(with: determiners), rightTags.isDisjoint(with: [.nom, .adj]) { continue }
            if rightGlue, !rightTags.isDisjoint(with: determiners), !rightTags.contains(.propersuj), !nextIsWord { continue }
            // A cut-off `a` is the verb or the preposition: something follows it in its phrase, and no
            // determiner stands before it (`una corda`, `un longa ;` are no `un a`, `long a`).
            if right == "a", endsPhrase || !leftTags.isDisjoint(with: determiners) { continue }
            if bothGrammatical, !rightTags.isDisjoint(with: determiners), !rightTags.contains(.propersuj),
               formTags(index + 1).isDisjoint(with: [.nom, .adj]) { continue }
            // Two places: the scan's token is no evidence for either.
            if found != nil { return nil }
            // `esta remarquer`: an `a` cut off is judged like any other (`est à remarquer`).
            var second = right
            if right == "a", nextIsWord,
               repairer.aRule.decide(observed: "a", previous: ARuleDecider.Neighbour(text: left),
                                     next: ARuleDecider.Neighbour(text: units[index + 1].form), followsPreposition: 0,
                                     accentLoss: accentLoss)?.isPreposition == true {
                second = "à"
            }
            found = Decision(after: unit.pattern.apply(to: left, locale: locale) + " " + second, rule: "glued-words", confidence: 0.6)
        }
        return found
    }

    /// `lly a`, `iy a`, `Il-y a` → `Il y a`: the impersonal `il y` glued into one
    /// token, its `il` read as one of the shapes a scan makes of it (`ll`, `i`,
    /// `1l`…; `OCRConfusionModel.pronounIlReadings`), a hyphen sometimes between.
    /// Only before a form of `avoir` (or the `à` the scan made of `a`): `y`
    /// stands before nothing else so often, and no word ends so.
    func misreadImpersonalIlY(at index: Int) -> Decision? {
        guard french, units[index].kind == .word, !units[index].isProtected, units[index].text.hasSuffix("y"),
              units[index].length <= 4, index + 1 < units.count, units[index + 1].kind == .word,
              onlySpaces(units[index].end, units[index + 1].start) else { return nil }
        var head = String(units[index].text.dropLast())
        let hyphen = head.hasSuffix("-")
        if hyphen { head.removeLast() }
        guard head.count == 1 ? ["i", "l", "I"].contains(head) : OCRConfusionModel.pronounIlReadings.contains(head)
                || hyphen && head.lowercased() == "il",
              case let verb = units[index + 1].form, verb == "à" || isFiniteFormOfAvoir(verb) else { return nil }
        return Decision(after: isSentenceStart(units[index].start) ? "Il y" : "il y", rule: "pronoun-il", confidence: 0.8)
    }

    /// Whether the lexicon reads `word` as a conjugated form of `avoir` (`a`, `avait`, `aura`).
    func isFiniteFormOfAvoir(_ word: String) -> Bool {
        !tags(word).isDisjoint(with: .finite) && lexicon.analyze(word).contains { $0.contains(utf8: "st:avoir") }
    }

    /// Whether `word` is one of the words `splitGluedWords` trusts as one piece
    /// of a glued pair: a determiner, a subject pronoun or a clitic (`il y`), a conjunction, a
    /// preposition of at most three letters but `sur`, a third-person form of être or
    /// avoir (`tu es` is rare in the texts a translator cleans: `es entent` is no split).
    func isGlue(_ word: String) -> Bool {
        let found = tags(word)
        if !found.isDisjoint(with: [.det, .detdem, .detpos, .propersuj, .preverb, .cjco, .cjsub]) { return true }
        // `sur` also prefixes words the lexicon may lack (`surcouche`).
        if found.contains(.prep), word.unicodeScalars.count <= 3, word != "sur" { return true }
        return isAuxiliary(word) && (isThirdSingularFiniteVerb(word) || isVerbForm(word, person: "3pl", moods: Self.indicativeMoods))
    }

    /// `LOSCE` → `L’OSCE`, `DONU` → `d’ONU`: an acronym the document uses on its
    /// own, glued to an elided `l`/`d` whose apostrophe the scan lost. Only when
    /// the glued form is no word and the acronym stands alone at least twice as
    /// often as glued (the document is the evidence, not a list).
    func splitGluedAcronymElision(_ word: String, sentenceStart: Bool) -> Decision? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, let head = scalars.first, head == "L" || head == "D" else { return nil }
        let rest = String(scalars: scalars.dropFirst())
        guard Self.startsWithVowelOrH(rest.lowercased()), !repairer.spells(word),
              vocabulary.count(CasePattern.lower(rest, locale: locale)) >= max(2, 2 * vocabulary.count(CasePattern.lower(word, locale: locale)))
        else { return nil }
        let elided = sentenceStart ? String(head) : String(head).lowercased()
        return Decision(after: elided + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: 0.8)
    }

    /// `dun` → `d’un`, `quil` → `qu’il`, `sil` → `s’il`, `nen` → `n’en`,
    /// `lon` → `l’on`: an elision head glued to a short grammatical word after
    /// the scan lost the apostrophe. The word after the head must be of a class
    /// that head elides before — `d’` before a determiner, `s’` before a
    /// subject pronoun or `en`/`y`, `n’`/`m’`/`t’`/`j’` before `en`/`y`, `l’`
    /// before `on`/`un`, `qu’` before any of these (Hunspell's tags; its
    /// elision flags accept `d’il` too), or of that class once a doubled `l`
    /// is read single (`quill`: the l of `il` read twice). Such a token is kept
    /// even though English spells some (`dun`, `ten`, `quill`) and a scan
    /// repeats it: in French context it is an elision, unless English words
    /// surround it.
    func splitLostShortElision(at index: Int) -> Decision? {
        // Asked of every word: the cheap tests first, on the unit in place.
        guard french, units[index].kind == .word, !units[index].spells, (2...6).contains(units[index].length) else { return nil }
        let unit = units[index]
        // Capitalised only where a sentence opens: elsewhere `Dun` is a name.
        guard unit.pattern == .lower || unit.pattern == .capitalized && isSentenceStart(unit.start) else { return nil }
        for head in Self.elisionHeadsLongestFirst where unit.lower.utf8.starts(with: head.utf8) {
            var rest = String(unit.lower.dropFirst(head.count))
            guard (1...5).contains(rest.unicodeScalars.count), Self.startsWithVowelOrH(rest) else { continue }
            // `quill`, `quills`: the apostrophe lost and the l of the pronoun read twice.
            if tags(rest).isEmpty, let single = Self.collapsingDoubledL(rest) { rest = single }
            guard rest.unicodeScalars.count <= 4 else { continue }
            let restTags = tags(rest)
            let preverbal = restTags.contains(.preverb)
            let allowed: Bool
            switch head {
            case "d": allowed = restTags.contains(.det)
            case "l": allowed = restTags.contains(.det) || restTags.contains(.propersuj)
            case "s": allowed = restTags.contains(.propersuj) && rest.hasPrefix("i") || preverbal
            // `nest pas`, `nest constitué que`: before the verb its negation completes, too.
            case "n": allowed = preverbal || !restTags.isDisjoint(with: PartsOfSpeech.finite) && negationFollows(after: index, within: 4)
            case "m", "t", "j": allowed = preverbal
            case "c": allowed = false
            default: allowed = restTags.contains(.det) || restTags.contains(.propersuj) || preverbal   // qu’ and its compounds
            }
            guard allowed, repairer.spells(head + "'" + rest) else { continue }
            guard !inForeignContext(index) else { return nil }
            let outHead = unit.pattern == .capitalized ? CasePattern.capitalized.apply(to: head, locale: locale) : head
            return Decision(after: outHead + String(apostrophe) + rest, rule: "elision-apostrophe", confidence: 0.75)
        }
        return nil
    }

    /// Whether the second half of a negation (`pas`, `plus`, `jamais`, `rien`,
    /// `que`…) stands among the `reach` units after `index`, with no mark that
    /// ends a clause between: the `ne` it needs may be the unit at `index`.
    func negationFollows(after index: Int, within reach: Int) -> Bool {
        var current = index + 1
        while current < units.count, current - index <= reach {
            let gap = scalars[units[current - 1].end..<units[current].start]
            if gap.contains(where: { ".;:!?\n".unicodeScalars.contains($0) }) { return false }
            let unit = units[current]
            if unit.kind == .elision, unit.form == "qu" { return true }
            if unit.kind == .word, unit.form == "que" || !formTags(current).isDisjoint(with: [.negadv, .proneg]) { return true }
            current += 1
        }
        return false
    }

    /// `ill` → `il`, `ills` → `ils`: a word whose one doubled `l` a scan may
    /// have read from a single one (nil when it has no `ll`).
    static func collapsingDoubledL(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        guard let first = bytes.indices.dropLast().first(where: { bytes[$0] == 0x6C && bytes[$0 + 1] == 0x6C }) else { return nil }
        var single = bytes
        single.remove(at: first)
        return String(decoding: single, as: UTF8.self)
    }

    /// `dempecher` → `d’empêcher`, `quils` → `qu’ils`, `Vinterpréteur` →
    /// `l’interpréteur`: an elided article or pronoun whose apostrophe the
    /// scan lost (or merged with the l into one capital-like glyph,
    /// `OCRConfusionModel.elidedLReadings`, or a small `f` inside a sentence,
    /// `smallReadingsOfL`: `foption`), before a word starting with a vowel or h.
    /// `afterArticle`: a determiner stands before the word, which no `l’` follows.
    /// `readingShapes`: where no reading of the whole word exists, a long rest may have a letter
    /// misshapen too (`dinstalier` → `d’installer`), if the repaired rest is a word the document or
    /// prose writes often.
    func splitLostApostrophe(_ word: String, pattern: CasePattern, sentenceStart: Bool, afterArticle: Bool = false,
                             readingShapes: Bool = false) -> Decision? {
        guard pattern == .lower || pattern == .capitalized, !word.unicodeScalars.contains("-") else { return nil }
        // A word the other language spells is its word — unless, inside a sentence, it is l’ printed
        // as one capital before a word the document writes on its own (`Vindication` beside `indication`).
        let foreign = repairer.isForeign(word)
        if foreign, pattern != .capitalized || sentenceStart { return nil }
        let lower = CasePattern.lower(word, locale: locale)
        // A form the document repeats is likelier a term the lexicon lacks than a misreading —
        // unless its rest is a word the document also writes on its own (`limage` ×3 beside `image`):
        // a scan that loses one apostrophe loses them all.
        let repeated = vocabulary.runningCount(lower) > 1
        var heads = Self.elisionHeadsLongestFirst
        // l’ printed as one capital-like blob (Vinterpréteur, Youtil) or, inside a sentence, as a
        // small f (foption) — never after a determiner (une finde is no une l’inde): the model's readings of it.
        let blobs = (pattern == .capitalized ? OCRConfusionModel.elidedLReadings : afterArticle ? [] : OCRConfusionModel.smallReadingsOfL)
            .map { String($0) }.sorted()
        heads += blobs
        // The l itself read as a capital (`Iinstallateur`): the head is l, lower-case inside a sentence.
        let misreadHead = pattern == .capitalized && word.unicodeScalars.first.map(OCRConfusionModel.capitalReadingsOfL.contains) == true
        for head in misreadHead ? ["l"] : heads where misreadHead || lower.hasPrefix(head) {
            let rest = String(lower.dropFirst(misreadHead ? 1 : head.count))
            guard rest.unicodeScalars.count >= 3, Self.startsWithVowelOrH(rest) else { continue }
            if foreign, !blobs.contains(head) || vocabulary.count(rest) == 0 { continue }
            // (Or a word prose writes often, `lordre` ×2: no term of the document is made of `l` and `ordre`.)
            if repeated, !repairer.spells(rest)
                || vocabulary.count(rest) == 0 && ProseFormFrequencies.shared.count(rest) < Self.commonProseCount { continue }
            var repairedRest = rest
            var confidence = 0.75
            if !repairer.spells(rest) {
                // A long rest may have a letter misshapen too (`dinstalier`, `darqument`): the scan that lost the
                // apostrophe read the word as poorly; a short one would reach too many words.
                // Accents first; shapes only where they alone read nothing, and only a reading sure enough and
                // common enough (a doubtful one would shadow the document's own form: `documentFormRepair`).
                var reading = best(for: rest, pattern: .lower, allowed: { $0.isAccentOnly || $0 == .circumflexO },
                                   mustStartWithVowel: true, replacingValid: false)
                if reading == nil, readingShapes, rest.unicodeScalars.count >= Self.shapedRestLength,
                   let shaped = best(for: rest, pattern: .lower, allowed: { $0 != .faintAscender }, mustStartWithVowel: true,
                                     replacingValid: false),
                   shaped.confidence >= repairer.minConfidence,
                   vocabulary.count(shaped.after) > 0 || ProseFormFrequencies.shared.count(shaped.after) >= Self.commonProseCount {
                    reading = shaped
                }
                guard let fixed = reading else { continue }
                repairedRest = fixed.after
                confidence = min(confidence, fixed.confidence)
            }
            let blob = blobs.contains(head)
            // `laversion`: l’aversion, or la version glued — when the head and the rest's first letter
            // make a determiner, the document writing the shorter noun and not the longer one decides.
            if !blob, !misreadHead, rest == repairedRest, let split = rest.unicodeScalars.first,
               case let determiner = head + String(split), case let noun = String(rest.unicodeScalars.dropFirst()),
               !tags(determiner).isDisjoint(with: [.det, .detdem, .detpos]), noun.unicodeScalars.count >= 3,
               repairer.spells(noun), vocabulary.count(noun) > 0, vocabulary.count(rest) == 0 { continue }
            // l’ is singular: never before a word that is only plural (Himitations is no l’imitations).
            if blob || misreadHead || head == "l", repairer.aRule.isOnlyPlural(repairedRest) { continue }
            // The pronouns elide only before the verb they go with (`sorme` is no s’orme).
            if Self.verbalElisionHeads.contains(head) {
                let restTags = tags(repairedRest)
                let verbal = !restTags.isDisjoint(with: PartsOfSpeech.finite.union([.verbClass, .infi, .ppre, .ppas]))
                guard verbal || head == "s" && restTags.contains(.propersuj) && repairedRest.hasPrefix("i") else { continue }
            }
            var outHead = blob ? "l" : head
            if pattern == .capitalized {
                outHead = CasePattern.capitalized.apply(to: outHead, locale: locale)
                if (blob || misreadHead) && !sentenceStart { outHead = "l" }
            }
            return Decision(after: outHead + String(apostrophe) + repairedRest, rule: "elision-apostrophe", confidence: confidence)
        }
        return nil
    }

    /// How long the rest of a glued elision must be for `splitLostApostrophe` to read a
    /// misshapen letter in it (`dinstalier` → `d’installer`).
    static let shapedRestLength = 7

    /// `luiméme` → `lui-même`, `vousméme` → `vous-même`: a word no reading
    /// repairs, whose letters are those of a compound French prose writes
    /// (`ProseFormFrequencies`) but for its hyphen and accents — the hyphen's
    /// thin stroke is the first thing a poor scan loses. The prose must know
    /// the compound (Hunspell joins any two words by a hyphen), and an accent
    /// must be damaged too: a word that only lacks the hyphen may be a name
    /// mentioned (« msdos »).
    func restoredHyphen(_ word: String) -> Decision? {
        guard word.unicodeScalars.count >= 5, word.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) }),
              let compound = ProseFormFrequencies.shared.compound(withSkeleton: AccentSkeleton.of(word)),
              // An accent damaged too: a word that only lacks the hyphen may be a name mentioned (« msdos »).
              String(scalars: compound.unicodeScalars.filter { $0 != "-" }) != word else { return nil }
        return Decision(after: compound, rule: "hyphen", confidence: 0.75)
    }

    /// `en-tetes` → `en-têtes`, `vis-a-vis` → `vis-à-vis`: a hyphenated word
    /// the dictionary does not list, one accent away from a compound it does.
    /// Hunspell accepts any two words joined by a hyphen, so the listed
    /// compound is the only evidence — and it outranks splitting the hyphen,
    /// which `decide` asks next (`splitFalseHyphen`).
    func listedCompoundVariant(_ word: String, pattern: CasePattern) -> Decision? {
        guard pattern == .lower || pattern == .capitalized, word.unicodeScalars.contains("-") else { return nil }
        let lower = CasePattern.lower(word, locale: locale)
        guard lexicon.analyze(lower).isEmpty else { return nil }
        // A compound read only as a locution (de-là) is rarer than the two words a speck joined (de la).
        let variants = repairer.generator.candidates(for: lower, allowed: { $0.isAccentOnly || $0 == .inventedAccent },
                                                     mayAccept: { [lexicon] in !lexicon.screenRefusesAnalysis(utf8: $0) },
                                                     accept: { $0 != lower && !tags($0).subtracting(.locution).isEmpty })
        guard let top = variants.first, let confidence = CandidateGenerator.confidence(of: variants) else { return nil }
        return Decision(after: pattern.apply(to: top.word, locale: locale), rule: "accent", confidence: confidence)
    }

    /// What a scan makes of `à` between the hyphens of a compound: the letter
    /// without its accent, a digit or sign (`tout-4-fait`), a letter with the
    /// wrong accent (`OCRConfusionModel.letterReadingsOfGraveA`).
    static let compoundReadingsOfGraveA: Set<String> = Set(["a", "4", "&"]).union(OCRConfusionModel.letterReadingsOfGraveA)

    /// `tout-a-fait`, `vis-a-vis`, `tout-4-fait` → `à`: a lone `a` (or a digit
    /// or sign the scan makes of `à`) between two words inside a hyphenated
    /// compound is the preposition — the verb enters a compound only with the
    /// euphonic `t` of an inversion (`a-t-il`, `y-a-t-il`), which has a part
    /// of its own — or where specks joined a clause (`Il-a-été`: a subject
    /// pronoun before it). Listed compounds are `listedCompoundVariant`'s.
    func graveInsideCompound(_ word: String, pattern: CasePattern) -> Decision? {
        guard pattern == .lower || pattern == .capitalized, word.unicodeScalars.contains("-") else { return nil }
        let parts = CasePattern.lower(word, locale: locale).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, Self.compoundReadingsOfGraveA.contains(parts[1]),
              [parts[0], parts[2]].allSatisfy({ $0.unicodeScalars.count >= 2 && repairer.spells($0) }),
              // `Il-a-été`: a subject joined by specks to the verb after it.
              !tags(parts[0]).contains(.propersuj) else { return nil }
        return Decision(after: pattern.apply(to: parts[0] + "-à-" + parts[2], locale: locale), rule: "grave-a", confidence: 0.8)
    }

    /// `c’est-a-dire` → `c’est-à-dire`: a compound that opens with an elision
    /// is listed whole (`c’est-à-dire`), so the part after the apostrophe
    /// (`est-a-dire`) is no word on its own and only the whole token can be
    /// matched against the dictionary's compounds — by its accents, or with
    /// its middle part, one character, a reading of à (`c’est-A-dire`, `c’est-é-dire`, `c’est-d-dire`).
    func elidedCompoundVariant(_ index: Int) -> Decision? {
        // Asked of every word: the unit is read in place, not copied (a copy retains its three strings).
        guard french, units[index].afterElision, index > 0, units[index - 1].kind == .elision,
              units[index].text.unicodeScalars.contains("-") else { return nil }
        let head = units[index - 1].form + String(apostrophe)
        // `c’est-&-dire`, `c’est-A-dire`, `c’est-d-dire`: the middle part one character, any reading of à
        // (the grave and the bowl merged into a d's ascender, as for ô), the outer ones in small letters,
        // and the whole with à a compound the dictionary lists: no other compound is one letter from it.
        let parts = units[index].text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[1].unicodeScalars.count == 1,
           [parts[0], parts[2]].allSatisfy({ !$0.isEmpty && CasePattern(of: $0) == .lower }),
           case let joined = parts[0] + "-à-" + parts[2], !lexicon.analyze(head + joined).isEmpty {
            return Decision(after: joined, rule: "grave-a", confidence: 0.8)
        }
        guard units[index].pattern == .lower else { return nil }
        guard let whole = listedCompoundVariant(head + units[index].text, pattern: .lower),
              whole.after.hasPrefix(head) else { return nil }
        return Decision(after: String(whole.after.dropFirst(head.count)), rule: whole.rule, confidence: whole.confidence)
    }

    /// `la-copie`, `que-le` → a space read as a hyphen, when one side is a
    /// grammatical word (true compounds join content words: `contre-mesures`).
    /// A part the scan also damaged (`étre-utilisé`, `réaliser-cértaines`) is
    /// repaired on its own first, by the same decision as any word. Also
    /// conjunctions, adverbs and finite verbs, which never enter a compound
    /// (`ou-seulement`, `aurez-aussi`, `tampons-sont`), and the copula before its
    /// adjective (`c’est-possible`: `afterElision` says a subject was elided).
    func splitFalseHyphen(_ word: String, afterElision: Bool = false) -> Decision? {
        // Asked of every word judged: most have no hyphen to split at.
        guard word.unicodeScalars.contains("-") else { return nil }
        let original = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard original.count == 2, original.allSatisfy({ $0.unicodeScalars.count >= 2 }),
              CasePattern(of: original[1]) == .lower else { return nil }
        // A compound the dictionary lists as read (`sous-jacent`) is whole, though a part is no word alone.
        guard lexicon.analyze(CasePattern.lower(word, locale: locale)).isEmpty else { return nil }
        var parts = original
        var repairConfidence = 1.0
        for k in parts.indices where !repairer.spells(parts[k]) {
            // Only one damaged part, long enough for the confusion model to be trusted, and never a guessed word.
            guard parts.filter({ !repairer.spells($0) }).count == 1, parts[k].unicodeScalars.count >= 4,
                  !parts[k].unicodeScalars.contains(where: { !CharacterClass.isLetter($0) }) else { return nil }
            // Past repair (`hibhotheque-avec`), it still is a word of its own beside a determiner, a
            // preposition or a conjunction, which opens no compound with a word the lexicon lacks.
            let other = tags(CasePattern.lower(parts[1 - k], locale: locale))
            let beside = !other.isDisjoint(with: [.det, .prep, .cjco]) && other.isDisjoint(with: [.propersuj, .properobj, .preverb, .nom])
            guard let fix = decide(parts[k], sentenceStart: false, afterElision: false) else {
                guard beside, parts[k].unicodeScalars.count >= 5, CasePattern(of: parts[k]) == .lower else { return nil }
                repairConfidence = 0.6
                continue
            }
            guard !fix.after.unicodeScalars.contains(where: { !CharacterClass.isLetter($0) }), repairer.spells(fix.after),
                  CasePattern(of: fix.after) == CasePattern(of: parts[k]) else { return nil }
            parts[k] = fix.after
            repairConfidence = fix.confidence
        }
        let joined = parts[0] + "-" + parts[1]
        // Compounds the dictionary lists (au-dessus, celui-ci) have an analysis; Hunspell
        // accepts any two words joined by a hyphen, so acceptance alone proves nothing.
        guard lexicon.analyze(joined).isEmpty else { return nil }
        // A form the document repeats is its spelling (maint-guide), not a speck — unless grammar
        // forbids the compound outright (checked below: a subject or clitic before its verb).
        let repeated = vocabulary.runningCount(CasePattern.lower(joined, locale: locale)) > 1
        // Prepositions are also prefixes (sous-processus, sur-ensemble): a
        // preposition on the left only counts before an infinitive or a determiner.
        let grammatical: PartsOfSpeech = [.det, .prep, .mg, .cjco, .cjsub]
        // An elided head (qu’elle-utilise) says nothing: the word after it is judged.
        let leftWhole = CasePattern.lower(parts[0], locale: locale)
        let leftWord = leftWhole.split(whereSeparator: { WordToken.isApostrophe($0.unicodeScalars.first!) }).last.map(String.init) ?? leftWhole
        let left = tags(leftWord), right = tags(parts[1])
        // `moment-la`, `outils-la`: after a noun that is no verb form (`donne-la` is an imperative's
        // object), a hyphenated `la` is the demonstrative suffix `là`, its accent lost.
        // (Not after a grammatical word, which nouns may shadow: the note `si`; nor after a rare noun, which
        // may be a misreading itself: `jans-la mise` is `dans la`.)
        if parts[1] == "la", left.contains(.nom), left.isDisjoint(with: PartsOfSpeech.finite.union([.infi, .mg, .adv])),
           repairer.spells(leftWord), leftWord.unicodeScalars.count >= 4, ProseFormFrequencies.shared.count(leftWord) > 0 {
            return Decision(after: parts[0] + "-là", rule: "accent", confidence: min(0.7, repairConfidence))
        }
        let leftDeterminer = left.contains(.det) && !left.contains(.prep)
        // A short preposition is never a prefix (de-détails, à-cet); longer ones are (sous-, contre-).
        let leftPreposition = left.contains(.prep)
            && (right.contains(.infi) || right.contains(.det) || leftWord.unicodeScalars.count <= 2)
        // A clitic, a subject or relative pronoun before its verb is never hyphenated (ne-peut,
        // se-trouve, elle-utilise, qui-est); only inversion is (peut-il, utilise-t-elle).
        let verbForms: PartsOfSpeech = [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .infi]
        let cliticBeforeVerb = (left.contains(.negadv) || left.contains(.preverb) || left.contains(.propersuj) || left.contains(.prorel))
            && !left.contains(.nom) && !right.isDisjoint(with: verbForms)
        // A noun and the participle qualifying it are two words (motif-fourni, rayon-spécifié);
        // short nouns are left alone, they are also prefixes (auto-, radio-).
        let nounParticiple = left.contains(.nom) && left.isDisjoint(with: [.adj, .prep, .adv]) && leftWord.unicodeScalars.count >= 5
            && right.contains(.ppas) && !right.contains(.nom)
        // An auxiliary and its participle are two words (être-utilisé, ont-été).
        let auxiliaryParticiple = right.contains(.ppas) && isAuxiliary(leftWord)
        // A coordinating conjunction links words, it never opens a compound (ou-seulement, et-écrit).
        let leftConjunction = left.contains(.cjco) && !left.contains(.nom)
        // An adverb that is no noun, adjective or participle stands alone after a word (aurez-aussi,
        // ou-seulement); ci and là are the demonstrative suffixes (celui-ci, ce jour-là).
        let rightAdverb = right.contains(.adv) && right.isDisjoint(with: [.nom, .adj, .ppas, .infi])
            && parts[1] != "ci" && parts[1] != "là"
        // An adverb before a verb form is its own word (aussi-utiliser); short adverbs are also prefixes (non-, quasi-).
        let adverbBeforeVerb = left.contains(.adv) && left.isDisjoint(with: [.nom, .adj, .prep]) && leftWord.unicodeScalars.count >= 4
            && !right.isDisjoint(with: verbForms) && right.isDisjoint(with: [.nom, .adj, .ppas])
        // A finite verb form never ends a compound (tampons-sont, ce-serait); inversion puts the pronoun
        // last. A verb on the left opens compound nouns (ramasse-miettes), whose end may read as a verb.
        // Only a form of the third person, which a noun may be the subject of (here and for an auxiliary
        // below): `script-fus` parted would read `script fus`, a first person with no pronoun.
        let finiteRight = !right.isDisjoint(with: .finite) && right.isDisjoint(with: [.nom, .adj, .ppas, .infi, .adv, .prep, .impe])
            && left.isDisjoint(with: .finite) && standsWithoutPronoun(parts[1])
        // An auxiliary ends no compound either (saisie-est, but-est), whatever the word before may
        // also be: `est` is also the east, but the compounds it ends are listed (nord-est, sud-est).
        let auxiliaryRight = isAuxiliary(parts[1])
            && (standsWithoutPronoun(parts[1]) || !right.isDisjoint(with: [.infi, .ppas, .ppre]))
        // Être and the adjective it introduces are two words (c’est-possible); `est` is also the
        // east of est-européen, so only after an elided subject or where no noun reading exists.
        let copulaAdjective = right.contains(.adj) && right.isDisjoint(with: [.nom, .propersuj, .properobj, .preverb])
            && (afterElision || leftWhole != leftWord || !left.contains(.nom))
            && lexicon.analyze(leftWord).contains { $0.contains(utf8: "st:être") && !$0.contains(utf8: "po:nom") }
        guard !repeated || cliticBeforeVerb else { return nil }
        // `ci` and `là` after a hyphen are the demonstrative suffixes (`cette fois-ci`, `ce jour-là`),
        // whatever the word before them.
        if parts[1] == "ci" || parts[1] == "là" { return nil }
        // A prefix the dictionary lists as one (`re-balayera`, `pré-`, `anti-`) opens a compound,
        // and a hyphen French prose writes there is the writer's (`en-dessous`; `en-outre` is a speck).
        if lexicon.analyze(leftWord).contains(where: { $0.contains(utf8: "po:pfx") }) { return nil }
        if ProseFormFrequencies.shared.count(CasePattern.lower(joined, locale: locale)) > 0 { return nil }
        guard leftDeterminer || leftPreposition || cliticBeforeVerb || auxiliaryParticiple || nounParticiple
                || leftConjunction || rightAdverb || adverbBeforeVerb || finiteRight || auxiliaryRight || copulaAdjective
                || !right.isDisjoint(with: grammatical) else { return nil }
        // Inverted subjects and imperative objects are real hyphens: dit-il, est-ce, indique-le.
        let verbal: PartsOfSpeech = [.ipre, .ipsi, .ifut, .iimp, .cond, .impe, .spre]
        let pronoun = right.contains(.propersuj) || right.contains(.properobj) || right.contains(.preverb)
            || ["ce", "ci", "là"].contains(parts[1])
        if pronoun && !left.isDisjoint(with: verbal) { return nil }
        return Decision(after: parts[0] + " " + parts[1], rule: "punctuation", confidence: min(0.7, repairConfidence))
    }

    /// `autres'colonnes`, `envoyé'au`, `lira'l'entrée`: a speck read as an
    /// apostrophe between two words, where the first is no elided article
    /// or pronoun (those are split as elisions) and the whole is no word
    /// (aujourd’hui, prud’homme are).
    func splitGluedApostrophe(_ word: String) -> Decision? {
        let scalars = Array(word.unicodeScalars)
        guard let mark = scalars.firstIndex(where: WordToken.isApostrophe), mark >= 2, mark + 2 <= scalars.count else { return nil }
        let left = String(scalars: scalars[..<mark])
        let right = String(scalars: scalars[(mark + 1)...])
        guard !Self.elisionHeads.contains(left.lowercased()), !Self.misreadL.contains(left),
              CasePattern(of: right) == .lower, repairer.spells(left), !repairer.isForeign(left),
              !Self.elidesGrammaticalWord(left, before: right, lexicon: lexicon) else { return nil }
        // The right side may itself be an elision (l’entrée) or a one-letter word (a).
        var rightOK = right == "a" || right == "à" || (right.unicodeScalars.count >= 2 && repairer.spells(right))
        if !rightOK, let inner = right.unicodeScalars.firstIndex(where: WordToken.isApostrophe) {
            let head = String(right.unicodeScalars[..<inner]), rest = String(right.unicodeScalars[right.unicodeScalars.index(after: inner)...])
            rightOK = Self.elisionHeads.contains(head) && rest.unicodeScalars.count >= 2 && repairer.spells(rest)
        }
        // Or a word the scan also damaged (un'systeme), repaired on its own as any word
        // would be: long enough for the confusion model to be trusted, letters only.
        var repaired = right, confidence = 0.7
        if !rightOK, right.unicodeScalars.count >= 4, right.unicodeScalars.allSatisfy(CharacterClass.isLetter),
           let fix = decide(right, sentenceStart: false, afterElision: false), repairer.spells(fix.after),
           CasePattern(of: fix.after) == .lower {
            repaired = fix.after
            confidence = min(confidence, fix.confidence)
            rightOK = true
        }
        guard rightOK else { return nil }
        return Decision(after: left + " " + repaired, rule: "punctuation", confidence: confidence)
    }

    /// A chunk like `de.contrôle` or `les:colonnes`: two lower-case words
    /// glued by a speck read as punctuation, not a symbol or address.
    func isGluedWords(_ span: Range<Int>) -> Bool {
        var chunk = Array(scalars[span])
        while let last = chunk.last, ",;.".unicodeScalars.contains(last) { chunk.removeLast() }
        // Parts between dots and colons (ici:ne.concernent has three).
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in chunk {
            if scalar == "." || scalar == ":" {
                guard !current.isEmpty else { return false }
                parts.append(String(current)); current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        guard !current.isEmpty else { return false }
        parts.append(String(current))
        guard parts.count >= 2, parts.count <= 4 else { return false }
        // A chunk the document repeats is a name (sources.list, umount.nfs), not a speck.
        guard vocabulary.count(CasePattern.lower(String(scalars: chunk), locale: locale)) <= 1 else { return false }
        for (position, whole) in parts.enumerated() {
            // `a` may be glued too (connecter.a, a.accès), for the à rule to decide; other parts are words of two letters or more.
            // A leading `a` only before an accented word or an elision, which no file name has (a.out stays).
            if whole == "a" && (position > 0 || parts.count == 2 && parts[1].unicodeScalars.contains { !$0.isASCII || WordToken.isApostrophe($0) }) {
                continue
            }
            // A part after the speck may be an elision (a.l’utilisation): its word is judged.
            var part = whole
            if let apostrophe = whole.unicodeScalars.firstIndex(where: WordToken.isApostrophe) {
                guard position > 0, Self.elisionHeads.contains(String(whole.unicodeScalars[..<apostrophe])) else { return false }
                part = String(whole.unicodeScalars[whole.unicodeScalars.index(after: apostrophe)...])
            }
            guard part.unicodeScalars.count >= 2,
                  part.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) || (position == 0 && $0 == part.unicodeScalars.first) }),
                  !repairer.isForeign(part) else { return false }
            // A damaged part (peuvent.étre) counts when the confusion model can repair it.
            guard repairer.spells(part) || decide(part, sentenceStart: false, afterElision: false) != nil else { return false }
        }
        // File names join two plain ASCII words (toto.patch, paquet.info) and their extensions are short;
        // a speck falls anywhere, typically next to a grammatical word (de.contrôle) or an accented one.
        // Two nouns a colon joins are a notation (`nom:valeur`: `ColonNotation`), whatever their length.
        if parts.count == 2, chunk.contains(":"),
           ColonNotation.joins(tags(CasePattern.lower(parts[0], locale: locale)), tags(CasePattern.lower(parts[1], locale: locale))) {
            return false
        }
        let grammatical: PartsOfSpeech = [.det, .prep, .mg, .cjco, .cjsub, .detdem, .detpos]
        return parts.contains { part in
            part == "a" || !tags(CasePattern.lower(part, locale: locale)).isDisjoint(with: grammatical)
                || !part.unicodeScalars.allSatisfy(\.isASCII)
        } || parts.last.map { $0.unicodeScalars.count >= 6 } == true
    }

    /// A form the lexicon does not know but the document uses at least twice
    /// and that is not itself one confusion away from a lexicon word (so
    /// `cybersécurité` counts, a recurring misreading like `matiére` does not).
    func isIntactDocumentForm(_ form: String) -> Bool {
        guard vocabulary.count(form) >= 2 else { return false }
        if let known = intactCache[form] { return known }
        let repairable = !repairer.generator.candidates(for: form, allowed: { _ in true }, mayAccept: repairer.maySpell) {
            repairer.spells($0)
        }.isEmpty
        intactCache[form] = !repairable
        return !repairable
    }

    /// `45éme` → `45ème`: only the suffix is searched, among French ordinal endings.
    func decideOrdinal(_ text: String) -> Decision? {
        guard french else { return nil }
        let digits = String(text.unicodeScalars.prefix { ("0"..."9").contains($0) }.map(Character.init))
        let suffix = String(text.dropFirst(digits.count))
        let lower = CasePattern.lower(suffix, locale: locale)
        guard !Self.ordinalSuffixes.contains(lower) else { return nil }
        let candidates = repairer.generator.candidates(for: lower, allowed: { $0.isAccentOnly || $0 == .inventedAccent }) {
            Self.ordinalSuffixes.contains($0)
        }
        guard let top = candidates.first, let confidence = CandidateGenerator.confidence(of: candidates) else { return nil }
        return Decision(after: digits + top.word, rule: "accent", confidence: confidence)
    }

    /// Chains a ligature expansion with a further repair of the expanded word.
    func combine(_ first: Decision?, _ second: Decision) -> Decision {
        guard let first else { return second }
        return Decision(after: second.after, rule: second.rule, confidence: min(first.confidence, second.confidence))
    }

    static func ruleName(_ kinds: Set<OCRConfusionModel.Kind>) -> String {
        if kinds.contains(.circumflexO) { return "circumflex-o" }
        if kinds.contains(.accentGlyph) { return "accent-glyph" }
        if kinds.contains(.oeLigature) { return "oe-ligature" }
        if kinds.contains(.shape) { return "confusion" }
        return "accent"
    }

    static func startsWithVowelOrH(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return WordToken.opensElidedWord(first)
    }

    /// `quelqu’ordre`, `entr’ouvert`: `left` is a grammatical word of five letters or
    /// more that ends in `e` (`quelque`, `entre`; not `une`, which `un` does not
    /// elide) elided before `right`, which opens with a vowel — a
    /// writer's apostrophe, not a speck between two words.
    static func elidesGrammaticalWord(_ left: String, before right: String, lexicon: HunspellDictionary) -> Bool {
        left.unicodeScalars.count >= 4 && startsWithVowelOrH(right) && lexicon.tags(of: left.lowercased() + "e").contains(.mg)
    }

    /// The lower-case letters a capital vowel inside a word may stand for, the circumflexed
    /// one first: its accent read as the capital's taller body (`tAche`, `contrOler`, `icOnes`;
    /// an `O` is also a `û` read round, `sOrs`: sûrs; a `G` or a `Q` is a round vowel whose
    /// circumflex the scan took for the stroke of those capitals, `sQre`, `sGrement`, `icGne`).
    static let readingsOfCapitalVowel: [Unicode.Scalar: [Unicode.Scalar]] = [
        "A": ["â", "à", "a"], "E": ["ê", "è", "é", "e"], "I": ["î", "ï", "i"], "O": ["ô", "û", "o"], "U": ["û", "ù", "u"],
        "G": ["û", "ô"], "Q": ["û", "ô"],
    ]

    /// `tAche` → `tâche`, `contrOler` → `contrôler`, `sQre` → `sûre`: a lower-case word with one
    /// capital vowel (or a G or Q read for one) after its first letter, which no name or code writes
    /// (`docBook`, `iWarp` capitalise consonants). The vowel's circumflexed
    /// reading wins when it makes a word — the capital's height is the accent's —
    /// else the first of its other readings that does.
    func internalCapitalVowel(_ word: String) -> Decision? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, CharacterClass.isLowercase(scalars[0]),
              let position = scalars.indices.first(where: { CharacterClass.isUppercase(scalars[$0]) }),
              let readings = Self.readingsOfCapitalVowel[scalars[position]],
              scalars.indices.allSatisfy({ $0 == position || CharacterClass.isLowercase(scalars[$0]) }) else { return nil }
        for reading in readings {
            var candidate = scalars
            candidate[position] = reading
            let form = String(scalars: candidate)
            if repairer.spells(form) { return Decision(after: form, rule: "confusion", confidence: 0.8) }
        }
        return nil
    }

    /// Every capital I touching a lower-case letter read as l.
    /// An initial I stays a capital (L) at the start of a sentence.
    static func capitalIToL(_ word: String, sentenceStart: Bool) -> String {
        let scalars = Array(word.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let touchesLower = (i > 0 && CharacterClass.isLowercase(scalars[i - 1]))
                || (i + 1 < scalars.count && CharacterClass.isLowercase(scalars[i + 1]))
            if scalar == "I" && touchesLower {
                out.append(i == 0 && sentenceStart ? "L" : "l")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
