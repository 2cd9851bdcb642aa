import AlineaLexicon
import AlineaText
import Foundation

/// The OCR cleanup pipeline. Each pass is a reversible `EditStage` run on the
/// previous pass's output:
///
/// 1. `page-furniture` — running headers/footers and page numbers out;
/// 2. `footnotes` — stray footnote bodies moved to the end, marks restored;
///    `reading-order` — a block the OCR read out of order put back where the
///    word it hyphenates continues (`ReadingOrderRepairer`);
/// 3. `layout` — lines re-joined into paragraphs, hyphenation undone;
///    `inline` — stray hyphens and punctuation specks inside lines (`InlineSpeckRepairer`);
///    `glyphs` — letters read as symbols (`n@uds`, `€tre`: `SymbolGlyphRepairer`);
/// 4. `words` — word-level OCR repair (`WordRepairer`);
///    `arrows` — a menu path's arrow read as a dash (`Édition — Préférences`: `MenuArrowRepairer`);
/// 5. `apostrophes` — the chosen apostrophe style (only if not `.keep`).
///
/// Text that was right goes through unchanged: the layout passes only act on
/// hard-wrapped text and the word pass only on words the lexicon rejects or
/// context rules out. Hunspell dictionaries are loaded once per language and
/// reused across documents.
public final class OCRCleaner: @unchecked Sendable {
    public let options: CleanOptions
    private let lock = NSLock()
    private var lexicons: [CleanLanguage: HunspellDictionary] = [:]
    private var wordRepairers: [CleanLanguage: WordRepairer] = [:]

    /// Creates a cleaner; with a fixed language its dictionary is loaded now,
    /// so a missing dictionary is reported before any work.
    public init(options: CleanOptions = CleanOptions()) throws {
        self.options = options
        if let language = options.language { _ = try lexicon(for: language) }
    }

    /// The Hunspell dictionary for `language`, loaded on first use.
    public func lexicon(for language: CleanLanguage) throws -> HunspellDictionary {
        lock.lock(); defer { lock.unlock() }
        if let loaded = lexicons[language] { return loaded }
        // The cleaner checks up to 60 guesses per damaged word from the confusion model, hundreds
        // more in the one-letter search, nearly all of them wrong: the prefilter and the trigram
        // screen refuse most without libhunspell.
        let loaded = try HunspellDictionary(language: language.hunspellCode, filtersRejections: true, screensByTrigrams: true)
        lexicons[language] = loaded
        return loaded
    }

    /// The word pass for `language`, built on first use: building it reads every
    /// headword of the lexicon for its closed-class words, a cost a batch of
    /// documents (or a test cleaning hundreds of short texts) pays once.
    func wordRepairer(for language: CleanLanguage) throws -> WordRepairer {
        let lexicon = try lexicon(for: language)
        lock.lock(); defer { lock.unlock() }
        if let built = wordRepairers[language] { return built }
        let built = WordRepairer(language: language, lexicon: lexicon, minConfidence: options.minConfidence)
        wordRepairers[language] = built
        return built
    }

    /// The language to clean `text` as: the chosen one, or a guess. A chosen
    /// language the text plainly contradicts (a French file given as English)
    /// is an error, not a run that would "correct" every word against the
    /// wrong lexicon.
    public func language(of text: String) throws -> CleanLanguage {
        let guess = LanguageGuesser().guess(LanguageGuesser.sample(of: text))
        let guessed: CleanLanguage? = guess.map { $0.language == .french ? .french : .english }
        guard let chosen = options.language else {
            guard let guessed else { throw CleanError.languageUndetermined }
            return guessed
        }
        if let guess, let guessed, guessed != chosen {
            let found = guess.hits[guess.language] ?? 0, given = guess.hits.values.reduce(0, +) - found
            // Only plain evidence: enough function words, and four in five of them the other language's.
            if found >= Self.mismatchMinimumHits, guess.confidence >= Self.mismatchMinimumShare {
                throw CleanError.languageMismatch(given: chosen, found: guessed, givenHits: given, foundHits: found)
            }
        }
        return chosen
    }

    /// Function words of the other language needed before a chosen language is refused.
    static let mismatchMinimumHits = 8
    /// Their share among all function words seen.
    static let mismatchMinimumShare = 0.8

    /// Cleans `text` (already normalised: NFC, LF line ends; see `DocumentNormalizer`).
    public func clean(_ text: String) throws -> CleanResult {
        guard text.contains(where: { !$0.isWhitespace }) else { throw CleanError.emptyText }
        let language = try language(of: text)
        let lexicon = try lexicon(for: language)
        var stages: [EditStage] = []
        var current = text
        func run(_ stage: EditStage) {
            stages.append(stage)
            if !stage.edits.isEmpty { current = stage.apply(to: current) }
        }
        run(PageFurnitureRemover().remove(current))
        run(FootnoteRelocator().relocate(current))
        run(ReadingOrderRepairer(lexicon: lexicon).repair(current))
        let wordRepairer = try wordRepairer(for: language)
        run(LayoutRepairer(lexicon: lexicon, generator: wordRepairer.generator).repair(current))
        run(InlineSpeckRepairer(lexicon: lexicon, generator: wordRepairer.generator).repair(current))
        run(SymbolGlyphRepairer(lexicon: lexicon, language: language, minConfidence: options.minConfidence).repair(current))
        let words = wordRepairer.repair(current)
        run(words.stage)
        let speckCheck = InlineSpeckRepairer(lexicon: lexicon, stageName: "inline-after-words")
            .repair(current, near: words.stage.outputRanges)
        run(speckCheck)
        let arrows = MenuArrowRepairer(lexicon: lexicon, minConfidence: options.minConfidence).repair(current)
        run(arrows.stage)
        var suggestions = arrows.stage.carry(speckCheck.carry(words.suggestions) + arrows.suggestions)
        if language == .french {
            let spacing = GuillemetSpacer().space(current)
            run(spacing)
            suggestions = spacing.carry(suggestions)
        }
        if options.apostrophes != .keep {
            let stage = ApostropheRestyler(style: options.apostrophes).restyle(current)
            run(stage)
            // The restyling swaps one scalar for one, so offsets stay; the texts follow the style.
            suggestions = suggestions.map { suggestion in
                var styled = suggestion
                styled.before = options.apostrophes.apply(to: suggestion.before)
                styled.after = options.apostrophes.apply(to: suggestion.after)
                return styled
            }
        }
        return CleanResult(text: current, log: CleanupLog(stages: stages, suggestions: suggestions), language: language)
    }
}
