/// A cheap test that answers "Hunspell certainly rejects this word" without
/// asking Hunspell, built from the same `.aff`/`.dic` pair.
///
/// Why: the OCR cleaner asks Hunspell about up to 60 candidate spellings per
/// damaged word, nearly all wrong, and libhunspell spends tens of
/// microseconds rejecting each (it tries every prefix and suffix rule that
/// fits, with their conditions). On new text those rejections were over half
/// of the cleaning time. This filter rejects most of them in a few hash
/// probes; what it lets through still goes to Hunspell, which gives the
/// verdict, so the filter can make checks faster but never changes an answer.
///
/// How: it replays `Hunspell::spell` of libhunspell 1.7 without the checks
/// that can only refuse, so it admits a superset of what Hunspell accepts and
/// rejects only what it does not admit:
/// - the affix file's input conversion (`ICONV`: `’` → `'`, ligatures,
///   combining accents), applied to the word first (`InputConversion`);
/// - trailing dots (an abbreviation: the word is also looked up with one
///   dot), and Hunspell's number rule (`1,5`, `2-3`), which accepts;
/// - a character that neither the roots, the affixes, the `BREAK` and
///   `ICONV` patterns nor the number rule contain, in none of its case
///   forms, which rejects (`Alphabet`: `€lâirs`, `t&chc`);
/// - the case variants Hunspell looks up for the word's capitalisation
///   (`Capitalisation`, `CasedWord`): all-caps words lower-cased and
///   capitalised, elisions capitalised after the apostrophe (`L'HOMME` →
///   `l'Homme`), with the capitalised homonyms Hunspell hides for
///   upper-case entries indexed as roots; each variant is read as root +
///   affixes by `AffixAnalysis`, ignoring `KEEPCASE`, `FORBIDDENWORD` and
///   `ONLYUPCASE`, which only refuse;
/// - the split at `BREAK` patterns (`porte-parole`, `ÉTATS-UNIS`), both
///   sides judged the same way.
///
/// Words with a character whose case Hunspell's table may map otherwise than
/// Swift (`CaseMapping`: cased letters outside Latin-1, Latin Extended-A,
/// basic Greek and Cyrillic; `ß`), a leading space, or of 100 bytes or
/// more are never rejected, nor libhunspell's XML query marker `<?xml?>`. Building fails with `HunspellPrefilterError.unsupported` for
/// affix files with compounding or input rewriting the replay does not
/// cover (English's `COMPOUNDRULE`, for one), and the dictionary then does
/// without a filter.
public struct HunspellPrefilter: Sendable {
    /// The filter's tables, in one object: the dictionary copies the filter
    /// on every check, and a struct of several tables was retained field by field.
    private let replay: PrefilterReplay

    /// Builds the filter for the dictionary at `affixPath`/`dictionaryPath`.
    public init(affixPath: String, dictionaryPath: String) throws(HunspellPrefilterError) {
        replay = try PrefilterReplay(affixPath: affixPath, dictionaryPath: dictionaryPath)
    }

    /// Builds the filter with the roots a form table of this pair kept
    /// (`FormTable.rootTable()`), or parses the `.dic` when `roots` is nil.
    init(affixPath: String, dictionaryPath: String, roots: RootTable?) throws(HunspellPrefilterError) {
        replay = try PrefilterReplay(affixPath: affixPath, dictionaryPath: dictionaryPath, roots: roots)
    }

    /// Whether Hunspell certainly rejects `word`. False means "ask Hunspell":
    /// the word may or may not be accepted, or is of a kind the filter does
    /// not judge.
    public func rejects(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { !replay.spellMayAccept($0) }
    }

    /// `rejects(_:)` for a word given as UTF-8 bytes.
    public func rejects(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        !replay.spellMayAccept(word)
    }

    /// Whether Hunspell certainly finds no morphological analysis of `word`.
    ///
    /// `Hunspell_analyze` converts the word and strips its trailing dots as
    /// `spell` does, then collects the root + affix readings of the word as
    /// written and, for a capitalised or all-caps word, of its lower-case and
    /// capitalised forms, including the hidden capitalised homonyms (`Edf`
    /// from `EDF`) that `spell` refuses; it neither splits at `BREAK`
    /// patterns nor applies the number rule. The filter indexes those
    /// homonyms, so a word none of whose forms it admits has no analysis.
    public func hasNoAnalysis(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { !replay.analysisMayExist($0) }
    }

    /// Number of distinct roots indexed (for diagnostics).
    public var rootCount: Int { replay.analysis.roots.count }
}
