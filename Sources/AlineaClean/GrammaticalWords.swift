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
            index[Self.skeleton(word), default: []].append(word)
        }
        bySkeleton = index
    }

    /// The grammatical words that differ from `word` by accents only.
    func accentVariants(of word: String) -> [String] {
        (bySkeleton[Self.skeleton(word)] ?? []).filter { $0 != word }
    }

    /// `même` → `meme`: canonical decomposition without the combining marks.
    /// An ASCII word is its own skeleton (nothing decomposes, nothing is a
    /// mark): it skips ICU's UTF-16 round trip.
    static func skeleton(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        let decomposed = (try? word.normalized(.nfd)) ?? word
        return String(scalars: decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
    }
}
