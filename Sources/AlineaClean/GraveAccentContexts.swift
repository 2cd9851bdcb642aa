/// How French prose uses the two words a scan most often strips of their
/// grave accent, `à` and `où`, beside each neighbour: the prior that settles
/// a plain `a` or `ou` whose grammar is undecided. A bare noun may follow
/// either `à` or the verb `a` (`à gauche`, `a lieu`); `par rapport à` but
/// `qui a`; `où vous` but `ou la`. Which one a word goes with in real prose is
/// a fact about the word, counted by `scripts/make-prose-counts` in an
/// independent body of French prose; only neighbours one reading clearly
/// dominates are kept. Before `à`, counts are also summed per lemma
/// (`=nécessaire`), for the forms prose happened not to show; around it, word
/// pairs are counted too (`à la fois`, `côte à côte`).
struct GraveAccentContexts: Sendable {
    /// Where the neighbour stands: the word after or before, and for `à` also
    /// the two words after (`next2`, `la_fois`) or one on each side (`around`,
    /// `tout_fait`): the locutions one neighbour cannot tell from the verb.
    enum Side: String, Sendable {
        case next, prev, next2, around
    }

    /// Per `word side neighbour` key: occurrences with the accent, without.
    let counts: [String: (accented: Int, plain: Int)]

    /// The counts shipped with Alinea.
    static let shared = GraveAccentContexts(table: table)

    /// Parses `word side neighbour with-accent without` lines.
    init(table: String) {
        var counts: [String: (accented: Int, plain: Int)] = [:]
        for row in CountTable.rows(in: table, keyFields: 3, counts: 2) {
            counts[row.key] = (row.counts[0], row.counts[1])
        }
        self.counts = counts
    }

    /// Whether prose writes the accented `word` (`à`, `où`) rather than its
    /// plain form beside the lower-case `neighbour` on `side`: true, false, or
    /// nil when the neighbour was seen too rarely there or with both.
    /// `seen` asks that prose showed the neighbour there at least that often.
    func favoursAccent(on word: String, _ side: Side, neighbour: String, seen: Int = 0) -> Bool? {
        guard let (accented, plain) = counts[word + " " + side.rawValue + " " + neighbour], accented + plain >= seen else { return nil }
        return accented > plain
    }

    /// How often prose wrote the accented `word` right before the lower-case
    /// `neighbour` (`à argument`, `à intervalles`: a bare noun after `à`), as far
    /// as the table kept that neighbour; 0 when it did not.
    func timesAccented(_ word: String, before neighbour: String) -> Int {
        counts[word + " " + Side.next.rawValue + " " + neighbour]?.accented ?? 0
    }

    /// The lower-case words prose wrote right after the accented `word` at least `minimum` times
    /// (`à partir`, `à utiliser`): a set to test a whole text against before any key is built.
    func neighboursAccented(_ word: String, atLeast minimum: Int) -> Set<String> {
        let prefix = word + " " + Side.next.rawValue + " "
        return Set(counts.compactMap { key, count in
            key.hasPrefix(prefix) && count.accented >= minimum ? String(key.dropFirst(prefix.count)) : nil
        })
    }

    /// How many times prose showed a pair before its verdict settles a phrase
    /// outright, over what each of its words says alone (`tout à fait`, 15 times).
    static let settledPhraseMinimum = 10

    /// `favoursAccent` for a pair of lower-case words: the two after the word
    /// (`.next2`) or the one before and the one after (`.around`).
    func favoursAccent(on word: String, _ side: Side, neighbours first: String, _ second: String, seen: Int = 0) -> Bool? {
        favoursAccent(on: word, side, neighbour: first + "_" + second, seen: seen)
    }

    /// `favoursAccent`, and where prose never showed this form of the neighbour
    /// (`nécessaire`, `comparée`), what it shows of its lemma, the one `stems`
    /// gives (`nécessaires`, `associée` count for theirs): a word's government
    /// is its lemma's. Nil for a form of two lemmas (`parties`: partie, partir),
    /// which says nothing about which one stands there.
    func favoursAccent(on word: String, _ side: Side, neighbour: String, stems: () -> [String]) -> Bool? {
        if let vote = favoursAccent(on: word, side, neighbour: neighbour) { return vote }
        let lemmas = Set(stems())
        guard lemmas.count == 1, let lemma = lemmas.first else { return nil }
        return favoursAccent(on: word, side, neighbour: "=" + lemma)
    }
}
