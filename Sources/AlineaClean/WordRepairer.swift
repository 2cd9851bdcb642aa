import AlineaLexicon
import AlineaText

/// Word- and character-level OCR repair, run on text whose layout is already
/// repaired (one paragraph per line). It undoes what scanners do to words:
/// elided `l` read as `I`/`1`/`|`, `à` read as `a`/`&`/`4`, lost, wrong or
/// invented accents, `ô`/`œ` misread, touching letters (rn/m, cl/d, li/h),
/// ligatures, words split by a space, capitals and punctuation from specks.
///
/// Candidates come from the weighted `OCRConfusionModel` and must be
/// accepted by the Hunspell lexicon (or be frequent in the document itself);
/// they are ranked by confusion cost and document evidence, and grammar
/// (Hunspell morphology) decides `a`/`à`. Words the lexicon accepts are left
/// alone except where they are impossible in context (a consonant after an
/// elided article, `a` before an infinitive, a capitalised pronoun
/// mid-sentence). Symbols, URLs, numbers and acronyms are never touched.
public struct WordRepairer: Sendable {
    public let language: CleanLanguage
    public let lexicon: HunspellDictionary
    /// Edits below this confidence are returned as suggestions, not applied.
    public let minConfidence: Double
    /// The other language's lexicon (English in French text): a word it
    /// knows, among words it knows, is a quotation, not a damaged word.
    public let foreignLexicon: HunspellDictionary?
    let generator: CandidateGenerator
    let aRule: ARuleDecider
    /// Closed-class words by their unaccented letters (French only).
    let grammaticalWords: GrammaticalWords?
    /// The last-resort search for a word one letter away (the lexicon's `TRY` letters).
    let oneLetterEdits: OneLetterEdits

    /// `foreignLexicon` defaults to the other language's Hunspell dictionary
    /// when installed (en_US for French, fr for English).
    public init(language: CleanLanguage, lexicon: HunspellDictionary, minConfidence: Double = 0.5,
                foreignLexicon: HunspellDictionary? = nil) {
        self.language = language
        self.lexicon = lexicon
        self.minConfidence = minConfidence
        self.foreignLexicon = foreignLexicon
            ?? ForeignLexicons.shared.lexicon(language == .french ? CleanLanguage.english.hunspellCode : CleanLanguage.french.hunspellCode)
        self.generator = CandidateGenerator(model: OCRConfusionModel(language: language))
        self.aRule = ARuleDecider(lexicon: lexicon)
        self.grammaticalWords = language == .french ? GrammaticalWords(lexicon: lexicon, tags: RepairPass.grammaticalTagNames) : nil
        self.oneLetterEdits = OneLetterEdits(letters: lexicon.tryLetters, model: generator.model)
    }

    /// Repairs `text`. Returns the applied edits as the `words` stage
    /// (offsets in `text`) and the edits below `minConfidence` as
    /// suggestions (offsets in the stage's output).
    public func repair(_ text: String) -> (stage: EditStage, suggestions: [Edit]) {
        let scalars = text.scalarArray
        let pass = RepairPass(repairer: self, scalars: scalars)
        let proposed = pass.run()

        // Keep edits non-overlapping (first wins; passes never propose overlaps on purpose).
        var accepted: [Edit] = []
        var suggested: [Edit] = []
        var lastEnd = 0
        for edit in proposed.sorted(by: { $0.offset < $1.offset }) {
            guard edit.offset >= lastEnd, edit.before != edit.after else { continue }
            lastEnd = edit.offset + edit.before.unicodeScalars.count
            if edit.confidence >= minConfidence { accepted.append(edit) } else { suggested.append(edit) }
        }
        // Suggestions refer to the output: shifted by the length changes of applied edits before them.
        let stage = EditStage(name: "words", edits: accepted)
        return (stage, stage.carry(suggested))
    }

    /// Whether the lexicon accepts `word` as written.
    func spells(_ word: String) -> Bool { lexicon.spell(word) }

    /// A necessary condition of `spells` for a word of small letters, from its
    /// bytes (`CandidateGenerator`'s `mayAccept`): false when the lexicon's
    /// n-gram screen refuses it.
    var maySpell: (UnsafeBufferPointer<UInt8>) -> Bool {
        { [lexicon] in !lexicon.screenRefuses(utf8: $0, capitalised: false) }
    }

    /// Whether a dictionary of another spelling of the language accepts
    /// `word` (`colour` cleaning English with the American dictionary).
    func isVariantSpelling(_ word: String) -> Bool {
        language.variantHunspellCodes.contains { ForeignLexicons.shared.lexicon($0)?.spell(word) == true }
    }

    /// Whether `word` is a word of the other language and not of this one.
    /// A hyphenated compound is judged by its parts: one whose small-letter
    /// parts this language spells joins a name to its own word (`touche-Tab`,
    /// which the English lexicon accepts as two words it also knows).
    func isForeign(_ word: String) -> Bool {
        // Most words are words of this language: ask its lexicon first.
        guard let foreignLexicon, !lexicon.spell(word), foreignLexicon.spell(word) else { return false }
        guard word.utf8.contains(UInt8(ascii: "-")) else { return true }
        return word.split(separator: "-").contains { part in
            part.first.map { !$0.isUppercase } == true && !lexicon.spell(String(part))
        }
    }
}
