import AlineaText

/// Which word the document writes intact elsewhere could a badly damaged
/// token be? On a poor scan one word often takes two or three hits at once
/// (`cavai` for `canal`, `inoins` for `moins`, `qraphiqhes` for `graphiques`),
/// beyond what the confusion search may try without inventing words. But a
/// document repeats its words, and the scan reads most occurrences well: the
/// intact forms are a small, sure vocabulary to match the token against.
///
/// The match is a weighted edit distance: the confusion model's substitutions
/// at their prices (so `in` → `m` or `é` → `è` cost what they cost in the
/// search), any other letter for a letter at `otherLetterCost`, a letter
/// the scan added at `speckLetterCost` when specks make it (`i`, `l`, `t`…)
/// and `addedLetterCost` otherwise, a letter it lost at `lostLetterCost`.
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
    /// A letter the scan added that specks make (`OCRConfusionModel.lettersSpecksMake`), or a mark.
    public static let speckLetterCost = 0.5
    /// Any other letter the scan added.
    public static let addedLetterCost = 0.9
    /// A letter the scan lost.
    public static let lostLetterCost = 0.9

    private let model: OCRConfusionModel
    /// The intact forms by length in scalars, each with its count.
    private let formsByLength: [Int: [(scalars: [Unicode.Scalar], word: String, count: Int)]]

    /// `forms` are the document's lower-case words the lexicon accepts, with
    /// how often the document writes each.
    public init(model: OCRConfusionModel, forms: [(word: String, count: Int)]) {
        self.model = model
        var byLength: [Int: [(scalars: [Unicode.Scalar], word: String, count: Int)]] = [:]
        for (word, count) in forms {
            let scalars = Array(word.unicodeScalars)
            byLength[scalars.count, default: []].append((scalars, word, count))
        }
        formsByLength = byLength
    }

    /// The intact forms within `maxCost` of the lower-case `token`, cheapest
    /// first (ties by word), with their counts. Forms differing in length by
    /// more than two are not tried: no cheap edit sequence bridges them.
    public func matches(for token: String, maxCost: Double) -> [(match: Match, count: Int)] {
        let observed = Array(token.unicodeScalars)
        var found: [(match: Match, count: Int)] = []
        for length in max(1, observed.count - 2)...(observed.count + 2) {
            for form in formsByLength[length] ?? [] {
                // Letters the token lacks bound the cost from below (one lost or replaced letter each).
                guard Self.missingLetters(form.scalars, from: observed) <= Int(maxCost / 0.3),
                      let cost = distance(from: observed, to: form.scalars, maxCost: maxCost) else { continue }
                found.append((Match(word: form.word, cost: cost), form.count))
            }
        }
        return found.sorted { $0.match.cost != $1.match.cost ? $0.match.cost < $1.match.cost : $0.match.word < $1.match.word }
    }

    /// How many scalars of `intended` (with multiplicity) `observed` does not hold.
    static func missingLetters(_ intended: [Unicode.Scalar], from observed: [Unicode.Scalar]) -> Int {
        var available: [Unicode.Scalar: Int] = [:]
        for scalar in observed { available[scalar, default: 0] += 1 }
        var missing = 0
        for scalar in intended {
            if let left = available[scalar], left > 0 { available[scalar] = left - 1 } else { missing += 1 }
        }
        return missing
    }

    /// The weighted edit distance from `observed` to `intended`, or nil past `maxCost`,
    /// over edit sequences of two edits at least (one edit is the one-letter search's
    /// and the confusion search's business) of which one at most is outside the model
    /// (a letter for another, added or lost), and that one neither at the first letter
    /// (a letter added or lost there is a word glued on or cut off: `pthreads` is no
    /// damaged `threads`) nor at the last (another ending makes another word, a term the
    /// lexicon lacks beside one it knows: `systemd`, `partitionneur`).
    func distance(from observed: [Unicode.Scalar], to intended: [Unicode.Scalar], maxCost: Double) -> Double? {
        let rows = observed.count + 1, columns = intended.count + 1
        // Six layers: edits made (0, 1, 2 or more) × edits outside the model (0 or 1).
        let layerSize = rows * columns
        var cost = [Double](repeating: .infinity, count: 6 * layerSize)
        cost[0] = 0
        func relax(_ row: Int, _ column: Int, edits: Int, outside: Int, _ value: Double) {
            guard outside <= 1, value <= maxCost + 1e-9 else { return }
            let cell = (min(edits, 2) * 2 + outside) * layerSize + row * columns + column
            if value < cost[cell] { cost[cell] = value }
        }
        for row in 0..<rows {
            for column in 0..<columns {
                for edits in 0...2 {
                    for outside in 0...1 {
                        let here = cost[(edits * 2 + outside) * layerSize + row * columns + column]
                        guard here <= maxCost else { continue }
                        if row < observed.count, column < intended.count {
                            if observed[row] == intended[column] {
                                relax(row + 1, column + 1, edits: edits, outside: outside, here)
                            } else if row + 1 < observed.count, column + 1 < intended.count {
                                relax(row + 1, column + 1, edits: edits + 1, outside: outside + 1, here + Self.otherLetterCost)
                            }
                        }
                        if row < observed.count {
                            let added = observed[row]
                            if row > 0 || column > 0, row + 1 < observed.count {
                                let cheap = OCRConfusionModel.lettersSpecksMake.contains(added) || !CharacterClass.isLetter(added)
                                relax(row + 1, column, edits: edits + 1, outside: outside + 1,
                                      here + (cheap ? Self.speckLetterCost : Self.addedLetterCost))
                            }
                            for substitution in model.byFirstScalar[added] ?? [] {
                                guard row > 0 || substitution.atWordStart,
                                      Self.matches(substitution.observed, in: observed, at: row),
                                      Self.matches(substitution.intended, in: intended, at: column) else { continue }
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
        }
        let last = rows * columns - 1
        let total = min(cost[4 * layerSize + last], cost[5 * layerSize + last])
        return total <= maxCost + 1e-9 ? total : nil
    }

    /// Whether `part` occurs in `scalars` at `start`.
    private static func matches(_ part: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + part.count <= scalars.count else { return false }
        for offset in part.indices where scalars[start + offset] != part[offset] { return false }
        return true
    }
}
