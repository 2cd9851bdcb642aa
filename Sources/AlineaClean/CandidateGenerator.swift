import AlineaText
/// Bounded search over the OCR confusion model: which words could the scan
/// of `word` have come from? Applies up to `maxEdits` substitutions left to
/// right (never re-editing what a substitution produced) within a cost
/// budget, and keeps the strings `accept` admits (the lexicon, usually).
///
/// The search is best-first (cheapest strings tried first) because `accept`
/// is a Hunspell lookup and dominates the cost: once a candidate is found,
/// only strings within `margin` of it are still tried (they can only matter
/// as competitors), and at most `maxTrials` strings are tried per word.
public struct CandidateGenerator: Sendable {
    /// A possible original word and how it was reached.
    public struct Candidate: Sendable, Equatable {
        /// The candidate, in the lower case the search ran in.
        public let word: String
        /// Sum of the substitution costs.
        public let cost: Double
        /// Kinds of substitutions used.
        public let kinds: Set<OCRConfusionModel.Kind>
        /// Whether a substitution was used in a word shorter than its
        /// `minimumWordLength` (only when the search ignored length limits):
        /// callers keep such a candidate only if it is a frequent word.
        public var belowLengthLimit = false
        /// How sure a repair through this candidate is, from its cost alone
        /// (one cheap accent ≈ 0.87; three substitutions fall towards 0.4).
        public var confidence: Double { 1.0 - 0.45 * cost }
    }

    /// The confidence of the cheapest of `candidates` (sorted as `candidates(for:)`
    /// returns them) when nothing but cost ranks them: lowered when a rival is
    /// almost as cheap, since the scan then fits two words about as well.
    public static func confidence(of candidates: [Candidate]) -> Double? {
        guard let top = candidates.first else { return nil }
        let rivalClose = candidates.count > 1 && candidates[1].cost - top.cost < 0.15
        return top.confidence - (rivalClose ? 0.25 : 0)
    }

    public let model: OCRConfusionModel
    public let maxEdits: Int
    public let maxCost: Double
    /// Upper bound on strings tried per word, so a long noisy token cannot stall the pass.
    /// 60 tries once saved a sixth of the time; with the form table a try is cheaper, and
    /// 100 tries (2026-12-01) repair a few more words on every set (man pages eng CER
    /// 0.97 → 0.96 %, Handbook eng WER 7.11 → 7.08 %, harm unchanged) for 11 % more
    /// instructions on new text (3.20 → 3.54 G) and 3 % on the benchmark corpus.
    public let maxTrials: Int
    /// How much costlier than the best candidate a competitor may be and still be searched for.
    public let margin: Double

    public init(model: OCRConfusionModel, maxEdits: Int = 3, maxCost: Double = 1.4, maxTrials: Int = 100, margin: Double = 0.4) {
        self.model = model
        self.maxEdits = maxEdits
        self.maxCost = maxCost
        self.maxTrials = maxTrials
        self.margin = margin
    }

    private struct State {
        var scalars: [Unicode.Scalar]
        var cost: Double
        var start: Int
        var edits: Int
        /// The kinds used, as bits (`bit(of:)`): a state is pushed for every
        /// substitution tried, and a set per state cost an allocation each.
        var kinds: UInt16
    }

    /// Every kind, in a fixed order that gives each its bit.
    private static let allKinds = OCRConfusionModel.Kind.allCases

    /// The bit of `kind` in a state's mask.
    private static func bit(of kind: OCRConfusionModel.Kind) -> UInt16 {
        UInt16(1) << UInt16(allKinds.firstIndex(of: kind) ?? 0)
    }

    /// A bit of the mask past the kinds': a substitution below its minimum word length was used.
    private static let belowLengthLimitBit: UInt16 = 1 << 15

    /// The kinds a mask holds.
    private static func kinds(in mask: UInt16) -> Set<OCRConfusionModel.Kind> {
        Set(allKinds.filter { mask & bit(of: $0) != 0 })
    }

    /// Candidates for the lower-case `word`, cheapest first. `allowed`
    /// restricts the kinds of substitutions; `accept` tests a candidate.
    /// `lengthLimits: false` also applies substitutions in words shorter than
    /// their minimum length, marking what they reach (`belowLengthLimit`).
    public func candidates(for word: String, allowed: (OCRConfusionModel.Kind) -> Bool, lengthLimits: Bool = true,
                           accept: (String) -> Bool) -> [Candidate] {
        var found: [String: Candidate] = [:]
        // Scalars, not strings: hashing a String normalises it, and most strings tried are rejected.
        var seen: Set<[Unicode.Scalar]> = []
        var trials = 0
        var bestCost = Double.infinity
        // A small binary heap on cost.
        var heap: [State] = []
        func push(_ state: State) {
            heap.append(state)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                if heap[parent].cost <= heap[child].cost { break }
                heap.swapAt(parent, child)
                child = parent
            }
        }
        func pop() -> State {
            let top = heap[0]
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var smallest = parent
                    if left < heap.count, heap[left].cost < heap[smallest].cost { smallest = left }
                    if right < heap.count, heap[right].cost < heap[smallest].cost { smallest = right }
                    if smallest == parent { break }
                    heap.swapAt(parent, smallest)
                    parent = smallest
                }
            }
            return top
        }
        func expand(_ state: State) {
            guard state.edits < maxEdits else { return }
            let current = state.scalars
            for position in state.start..<current.count {
                guard let options = model.byFirstScalar[current[position]] else { continue }
                for substitution in options where allowed(substitution.kind) && (position > 0 || substitution.atWordStart)
                    && (!lengthLimits || wordLength >= substitution.minimumWordLength) {
                    let belowLimit: UInt16 = wordLength < substitution.minimumWordLength ? Self.belowLengthLimitBit : 0
                    let newCost = state.cost + substitution.cost
                    guard newCost <= maxCost + 1e-9 else { continue }
                    let end = position + substitution.observed.count
                    guard end <= current.count,
                          substitution.observed.count == 1 || Array(current[position..<end]) == substitution.observed
                    else { continue }
                    var next = Array(current[..<position])
                    next.append(contentsOf: substitution.intended)
                    next.append(contentsOf: current[end...])
                    push(State(scalars: next, cost: newCost, start: position + substitution.intended.count,
                               edits: state.edits + 1, kinds: state.kinds | Self.bit(of: substitution.kind) | belowLimit))
                }
            }
        }
        let wordLength = word.unicodeScalars.count
        expand(State(scalars: Array(word.unicodeScalars), cost: 0, start: 0, edits: 0, kinds: 0))
        while !heap.isEmpty, trials < maxTrials {
            let state = pop()
            if state.cost > bestCost + margin { break }
            if seen.insert(state.scalars).inserted {
                trials += 1
                let text = String(scalars: state.scalars)
                if accept(text) {
                    var candidate = Candidate(word: text, cost: state.cost, kinds: Self.kinds(in: state.kinds))
                    candidate.belowLengthLimit = state.kinds & Self.belowLengthLimitBit != 0
                    found[text] = candidate
                    bestCost = min(bestCost, state.cost)
                }
            }
            expand(state)
        }
        return found.values.sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.word < $1.word }
    }
}
