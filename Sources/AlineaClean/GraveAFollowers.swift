/// How often French prose puts a word after the preposition `à` and after
/// the verb `a`: the prior that settles an `a` whose grammar is undecided
/// (`en haut a gauche`, `au fur et a mesure`, `la boîte a outils`; but `a
/// lieu`). A bare noun may follow either (`à gauche`, `a besoin`); which one
/// it follows in real prose is a fact about the word, counted by
/// `scripts/make-prose-counts` in an independent body of French prose. Only
/// words one reading clearly dominates are kept.
struct GraveAFollowers: Sendable {
    /// Per word: occurrences after `à`, after `a`.
    let counts: [String: (grave: Int, plain: Int)]

    /// The counts shipped with Alinea.
    static let shared = GraveAFollowers(table: table)

    /// Parses `word after-à after-a` lines.
    init(table: String) {
        var counts: [String: (grave: Int, plain: Int)] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let grave = Int(fields[1]), let plain = Int(fields[2]) else { continue }
            counts[String(fields[0])] = (grave, plain)
        }
        self.counts = counts
    }

    /// Which reading prose gives an `a` before the lower-case `word`: the
    /// preposition (`true`), the verb (`false`), or none when the word was
    /// seen too rarely or after both.
    func favoursPreposition(before word: String) -> Bool? {
        guard let (grave, plain) = counts[word] else { return nil }
        return grave > plain
    }
}
