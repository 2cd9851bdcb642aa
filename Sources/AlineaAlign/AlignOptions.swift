/// What the aligner may use and how it reports doubt.
public struct AlignOptions: Sendable {
    /// Bilingual dictionary (usually `BilingualDictionary.freeDict()`); nil aligns on
    /// length, structure, anchors and cognates only.
    public var dictionary: BilingualDictionary?
    /// User glossary, merged over the dictionary.
    public var glossary: BilingualDictionary?
    /// Beads whose confidence is below this are "low confidence" (flagged in exports).
    public var lowConfidence: Double
    /// Cost weights (fitted defaults).
    public var weights: AlignWeights

    public init(dictionary: BilingualDictionary? = nil, glossary: BilingualDictionary? = nil, lowConfidence: Double = 0.5, weights: AlignWeights = .fitted) {
        self.dictionary = dictionary
        self.glossary = glossary
        self.lowConfidence = lowConfidence
        self.weights = weights
    }

    /// The dictionary and glossary as one lexicon (nil when neither is given).
    var lexicon: BilingualDictionary? {
        switch (dictionary, glossary) {
        case (nil, nil): return nil
        case (let d?, nil): return d
        case (nil, let g?): return g
        case (let d?, let g?): return d.merging(g)
        }
    }
}
