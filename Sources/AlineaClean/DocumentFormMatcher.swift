import AlineaText

/// Which word the document writes intact elsewhere could a badly damaged
/// token be? On a poor scan one word often takes two or three hits at once
/// (`neuveay` for `nouveau`, `chacfiot` for `charriot`, `qraphiqhes` for `graphiques`),
/// beyond what the confusion search may try without inventing words. But a
/// document repeats its words, and the scan reads most occurrences well: the
/// intact forms are a small, sure vocabulary to match the token against.
///
/// The match is a weighted edit distance: the confusion model's substitutions
/// at their prices (so `in` → `m` or `é` → `è` cost what they cost in the
/// search), any other letter for a letter at `otherLetterCost`, a letter
/// the scan added at what the one-letter search prices it (`OneLetterEdits.addedLetterCost`:
/// a mark, a doubled or thin letter, never a round one), a letter it lost at `lostLetterCost`.
public struct DocumentFormMatcher: Sendable {
    /// A document word and what matching the token to it costs.
    public struct Match: Sendable, Equatable {
        /// The intact form (lower case).
        public let word: String
        /// The cheapest sequence of edits from the token to `word`.
        public let cost: Double
    }

    /// A letter read for another with no confusion the model knows: the generic failure.
    public static let otherLetterCost = OneLetterEdits.anyLetterCost
    /// A letter the scan lost.
    public static let lostLetterCost = 0.9

    /// The most letters of a form (accents aside) the token may lack: each takes an edit
    /// of its own, and past three the budget of a damaged word is spent.
    static let maximumMissingLetters = 3

    /// One intact form, laid out for matching.
    struct Form: Sendable {
        let word: String
        let scalars: [Unicode.Scalar]
        /// Its letters without accents, sorted: for the cheap filter before the distance.
        let sortedSkeleton: [UInt32]
    }

    /// Where a form may be found: its length in scalars and its first letter.
    struct Shelf: Hashable, Sendable {
        let length: Int
        let first: Unicode.Scalar
    }

    private let model: OCRConfusionModel
    /// The intact forms by length and first letter: a token is matched only
    /// against forms opening with a letter it could have been read from, so
    /// the others are never visited.
    private let formsByShelf: [Shelf: [Form]]

    /// `forms` are the document's lower-case words the lexicon accepts.
    public init(model: OCRConfusionModel, forms: [String]) {
        self.model = model
        var byShelf: [Shelf: [Form]] = [:]
        for word in forms {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            byShelf[Shelf(length: scalars.count, first: first), default: []]
                .append(Form(word: word, scalars: scalars, sortedSkeleton: Self.sortedSkeleton(word)))
        }
        formsByShelf = byShelf
    }

    /// The intact forms within `maxCost` of the lower-case `token`, cheapest
    /// first (ties by word). Forms differing in length by more than two, or
    /// holding more than `maximumMissingLetters` letters the token lacks, are
    /// not tried: no cheap edit sequence bridges them.
    public func matches(for token: String, maxCost: Double, maximumOutside: Int = 1) -> [Match] {
        let observed = Array(token.unicodeScalars)
        let skeleton = Self.sortedSkeleton(token)
        // The substitutions whose observed side the token shows at each position, found once.
        let applicable: [[OCRConfusionModel.Substitution]] = observed.indices.map { row in
            (model.byFirstScalar[observed[row]] ?? []).filter { substitution in
                (row > 0 || substitution.atWordStart) && Self.matches(substitution.observed, in: observed, at: row)
            }
        }
        // Nothing outside the model touches a word's ends, so a form must open with the token's
        // first letter or what a substitution there reads it as, and end likewise.
        guard let first = observed.first, let last = observed.last else { return [] }
        let firsts = Set([first] + applicable[0].map { $0.intended[0] })
        var lasts: Set<Unicode.Scalar> = [last]
        for (row, substitutions) in applicable.enumerated() {
            for substitution in substitutions where row + substitution.observed.count == observed.count {
                lasts.insert(substitution.intended[substitution.intended.count - 1])
            }
        }
        var workspace: [Double] = []
        var found: [Match] = []
        for length in max(1, observed.count - 2)...(observed.count + 2) {
            for first in firsts {
                for form in formsByShelf[Shelf(length: length, first: first)] ?? []
                where lasts.contains(form.scalars[form.scalars.count - 1])
                    && Self.missingCount(form.sortedSkeleton, from: skeleton, limit: Self.maximumMissingLetters) <= Self.maximumMissingLetters {
                    guard let cost = distance(from: observed, applicable: applicable, to: form.scalars, maxCost: maxCost,
                                              maximumOutside: maximumOutside, workspace: &workspace) else { continue }
                    found.append(Match(word: form.word, cost: cost))
                }
            }
        }
        return found.sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.word < $1.word }
    }

    /// The letters of `word` without their accents, as sorted scalar values.
    static func sortedSkeleton(_ word: String) -> [UInt32] {
        AccentSkeleton.of(word).unicodeScalars.map(\.value).sorted()
    }

    /// How many values of the sorted `intended` (with multiplicity) the sorted `observed`
    /// lacks, counted up to `limit + 1`.
    static func missingCount(_ intended: [UInt32], from observed: [UInt32], limit: Int) -> Int {
        var missing = 0, i = 0, o = 0
        while i < intended.count {
            if o < observed.count, observed[o] < intended[i] {
                o += 1
            } else if o < observed.count, observed[o] == intended[i] {
                o += 1; i += 1
            } else {
                missing += 1; i += 1
                if missing > limit { return missing }
            }
        }
        return missing
    }

    /// The weighted edit distance from `observed` to `intended`, or nil past `maxCost`,
    /// over edit sequences of two edits at least (one edit is the one-letter search's
    /// and the confusion search's business) of which `maximumOutside` at most (one, unless asked) are outside the model
    /// (a letter for another, added or lost), and that one neither at the first letter
    /// (a letter added or lost there is a word glued on or cut off: `pthreads` is no
    /// damaged `threads`; another first letter makes another word) nor at the last
    /// (another ending makes another word, a term the lexicon lacks beside one it knows:
    /// `systemd`, `partitionneur`).
    func distance(from observed: [Unicode.Scalar], applicable: [[OCRConfusionModel.Substitution]],
                  to intended: [Unicode.Scalar], maxCost: Double, maximumOutside: Int = 1,
                  workspace cost: inout [Double]) -> Double? {
        let rows = observed.count + 1, columns = intended.count + 1
        // Layers: edits made (0, 1, 2 or more) × edits outside the model (0 up to `maximumOutside`).
        let layerSize = rows * columns, outsides = maximumOutside + 1
        cost.removeAll(keepingCapacity: true)
        cost.append(contentsOf: repeatElement(.infinity, count: 3 * outsides * layerSize))
        cost[0] = 0
        func relax(_ row: Int, _ column: Int, edits: Int, outside: Int, _ value: Double) {
            guard outside <= maximumOutside, value <= maxCost + 1e-9 else { return }
            let cell = (min(edits, 2) * outsides + outside) * layerSize + row * columns + column
            if value < cost[cell] { cost[cell] = value }
        }
        for row in 0..<rows {
            // Edits only move forward: a row with nothing in budget leaves nothing after it.
            var rowLive = false
            for column in 0..<columns {
                for edits in 0...2 {
                    for outside in 0...maximumOutside {
                        let here = cost[(edits * outsides + outside) * layerSize + row * columns + column]
                        guard here <= maxCost else { continue }
                        rowLive = true
                        if row < observed.count, column < intended.count {
                            if observed[row] == intended[column] {
                                relax(row + 1, column + 1, edits: edits, outside: outside, here)
                            } else if row > 0, column > 0, row + 1 < observed.count, column + 1 < intended.count {
                                relax(row + 1, column + 1, edits: edits + 1, outside: outside + 1, here + Self.otherLetterCost)
                            }
                        }
                        if row < observed.count {
                            if row > 0 || column > 0, row + 1 < observed.count,
                               let added = OneLetterEdits.addedLetterCost(observed, at: row) {
                                relax(row + 1, column, edits: edits + 1, outside: outside + 1, here + added)
                            }
                            for substitution in applicable[row] {
                                guard Self.matches(substitution.intended, in: intended, at: column) else { continue }
                                relax(row + substitution.observed.count, column + substitution.intended.count,
                                      edits: edits + 1, outside: outside, here + substitution.cost)
                            }
                        }
                        if column + 1 < intended.count, row > 0 || column > 0 {
                            relax(row, column + 1, edits: edits + 1, outside: outside + 1, here + Self.lostLetterCost)
                        }
                    }
                }
            }
            if !rowLive { return nil }
        }
        let last = rows * columns - 1
        var total = Double.infinity
        for outside in 0...maximumOutside { total = min(total, cost[(2 * outsides + outside) * layerSize + last]) }
        return total <= maxCost + 1e-9 ? total : nil
    }

    /// Whether `part` occurs in `scalars` at `start` (asked in the distance's inner loop:
    /// a plain loop, no slice).
    private static func matches(_ part: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + part.count <= scalars.count else { return false }
        for offset in part.indices where scalars[start + offset] != part[offset] { return false }
        return true
    }
}
