import AlineaLexicon
import AlineaText

/// The closed-class words of the lexicon (prepositions, determiners,
/// pronouns, grammatical adverbs: `de`, `où`, `même`, `près`), indexed by
/// their letters without accents, so that the repairer can ask "which
/// grammatical words are spelled like this word, accents aside?" with one
/// lookup instead of a candidate search through the lexicon.
struct GrammaticalWords: Sendable {
    /// Accent-free lower-case letters → the grammatical words spelled so.
    private let bySkeleton: [String: [String]]

    /// Reads the headwords tagged with `tags` from the lexicon's `.dic` file.
    init(lexicon: HunspellDictionary, tags: Set<String>) {
        var index: [String: [String]] = [:]
        for word in lexicon.headwords(taggedWithAny: tags).sorted() {
            index[AccentSkeleton.of(word), default: []].append(word)
        }
        bySkeleton = index
    }

    /// The grammatical words that differ from `word` by accents only.
    func accentVariants(of word: String) -> [String] {
        (bySkeleton[AccentSkeleton.of(word)] ?? []).filter { $0 != word }
    }
}
