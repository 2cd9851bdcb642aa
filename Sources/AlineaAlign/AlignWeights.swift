/// The weights of the bead cost (a negative-log-probability-style score;
/// lower is better). Defaults were fitted on the Debian documentation
/// evaluation sets (see docs/alignment.md for the procedure and figures).
public struct AlignWeights: Sendable, Equatable {
    /// Weight of the Gale–Church length cost (−log of the two-sided tail probability).
    public var length: Double
    /// Variance per character of the length difference (Gale–Church s²).
    public var lengthVariance: Double
    /// Weight of the lexical cost (anchors, cognates, dictionary).
    public var lexical: Double
    /// Pseudo-weight added to the similarity denominator, so a bead with
    /// almost no evidence is not "fully similar".
    public var evidenceSmoothing: Double
    /// Floor ε of the lexical cost `−log((similarity + ε) / (1 + ε))`, per unit
    /// of the bead: bounds the cost of a pair with no shared evidence.
    public var similarityFloor: Double
    /// Prior cost of a 1-1 bead.
    public var oneToOne: Double
    /// Prior cost of a 1-0 or 0-1 bead (per unit left out).
    public var skip: Double
    /// Prior cost of a 2-1 or 1-2 bead.
    public var merge: Double
    /// Prior cost of a 2-2 bead.
    public var twoToTwo: Double
    /// Prior cost of a 3-1 or 1-3 bead.
    public var threeToOne: Double
    /// Cost when two typed blocks differ in type (heading vs operative…).
    public var typeMismatch: Double
    /// Bonus (subtracted) when both blocks carry the same number (`1.` ↔ `1.`).
    public var numberMatch: Double
    /// Cost when both blocks carry numbers and they differ.
    public var numberMismatch: Double
    /// Cost per unit of a bead whose opening section number or symbol
    /// (`3.1.3. Manage…`) is nowhere on the bead's other side: a heading
    /// merged into the wrong paragraph, or paired with the wrong unit.
    public var anchorMismatch: Double

    public init(length: Double, lengthVariance: Double, lexical: Double, evidenceSmoothing: Double, similarityFloor: Double, oneToOne: Double, skip: Double, merge: Double, twoToTwo: Double, threeToOne: Double, typeMismatch: Double, numberMatch: Double, numberMismatch: Double, anchorMismatch: Double = 0) {
        self.length = length
        self.lengthVariance = lengthVariance
        self.lexical = lexical
        self.evidenceSmoothing = evidenceSmoothing
        self.similarityFloor = similarityFloor
        self.oneToOne = oneToOne
        self.skip = skip
        self.merge = merge
        self.twoToTwo = twoToTwo
        self.threeToOne = threeToOne
        self.typeMismatch = typeMismatch
        self.numberMatch = numberMatch
        self.numberMismatch = numberMismatch
        self.anchorMismatch = anchorMismatch
    }

    /// The weights for sentences inside one block bead. Translators regroup
    /// sentences within a clause (two sentences split at different points: a
    /// 2-2 bead), but the Debian sets the defaults were fitted on contain no 2-2
    /// bead at all, so their 2-2 prior says nothing. Inside a block the prior
    /// of Gale & Church (1993) is used instead: P(2-2) ≈ 0.011, −log ≈ 4.5.
    public var sentenceLevel: AlignWeights {
        var weights = self
        weights.twoToTwo = min(twoToTwo, 4.5)
        return weights
    }

    /// The fitted defaults.
    public static let fitted = AlignWeights(
        length: 1.0, lengthVariance: 6.8, lexical: 2.0, evidenceSmoothing: 2.25, similarityFloor: 0.03,
        oneToOne: 0.0, skip: 4.0, merge: 2.8, twoToTwo: 11.25, threeToOne: 7.5,
        typeMismatch: 3.0, numberMatch: 2.0, numberMismatch: 3.0, anchorMismatch: 3.0
    )
}
