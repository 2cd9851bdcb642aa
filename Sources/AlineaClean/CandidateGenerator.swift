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
        self.table = SubstitutionTable(model)
    }

    /// The model's substitutions laid out for the search's inner loop.
    private let table: SubstitutionTable

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
    /// `mayAccept`, when given, is a necessary condition of `accept` asked of
    /// the candidate's UTF-8 bytes first: a string it turns away is never
    /// built (most strings tried are no word, and the lexicon's n-gram screen
    /// tells so from their bytes). It changes no answer, only the cost.
    public func candidates(for word: String, allowed: (OCRConfusionModel.Kind) -> Bool, lengthLimits: Bool = true,
                           mayAccept: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil,
                           accept: (String) -> Bool) -> [Candidate] {
        var found: [String: Candidate] = [:]
        var trials = 0
        var bestCost = Double.infinity
        // `allowed` is a pure test of a kind: asked once per kind, not once per substitution tried.
        var allowedKinds: UInt16 = 0
        for kind in Self.allKinds where allowed(kind) { allowedKinds |= Self.bit(of: kind) }
        var search = Search(word: word)
        let wordLength = search.strings.count(of: 0)
        /// Pushes every string one more substitution makes of the string `node`
        /// (reached at `cost` through `kinds`, editable from `start` on).
        func expand(_ node: Int32, cost: Double, start: Int, edits: Int, kinds: UInt16) {
            guard edits < maxEdits else { return }
            let count = search.strings.count(of: node)
            for position in start..<count {
                for entryIndex in table.entries(startingWith: search.strings.scalar(position, of: node)) {
                    let substitution = table.entries[entryIndex]
                    guard allowedKinds & substitution.kindBit != 0, position > 0 || substitution.atWordStart,
                          !lengthLimits || wordLength >= substitution.minimumWordLength else { continue }
                    let belowLimit: UInt16 = wordLength < substitution.minimumWordLength ? Self.belowLengthLimitBit : 0
                    let newCost = cost + substitution.cost
                    guard newCost <= maxCost + 1e-9 else { continue }
                    let end = position + substitution.observedCount
                    guard end <= count,
                          substitution.observedCount == 1 || table.observed(of: entryIndex, matches: search.strings, node, at: position)
                    else { continue }
                    search.push(State(cost: newCost, parent: node, entry: Int32(entryIndex), position: Int32(position),
                                      start: Int32(position + substitution.intendedCount),
                                      kinds: kinds | substitution.kindBit | belowLimit, edits: UInt8(edits + 1)))
                }
            }
        }
        expand(0, cost: 0, start: 0, edits: 0, kinds: 0)
        while !search.isEmpty, trials < maxTrials {
            let state = search.pop()
            if state.cost > bestCost + margin { break }
            let node = search.strings.derive(from: state.parent, at: Int(state.position), replacing: Int(state.entry), in: table)
            if search.seen.insert(node, of: search.strings) {
                trials += 1
                if let mayAccept, !search.withUTF8(of: node, mayAccept) {
                    expand(node, cost: state.cost, start: Int(state.start), edits: Int(state.edits), kinds: state.kinds)
                    continue
                }
                let text = search.strings.string(node)
                if accept(text) {
                    var candidate = Candidate(word: text, cost: state.cost, kinds: Self.kinds(in: state.kinds))
                    candidate.belowLengthLimit = state.kinds & Self.belowLengthLimitBit != 0
                    found[text] = candidate
                    bestCost = min(bestCost, state.cost)
                }
            }
            expand(node, cost: state.cost, start: Int(state.start), edits: Int(state.edits), kinds: state.kinds)
        }
        return found.values.sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.word < $1.word }
    }

    /// Whether restoring or correcting accents alone makes the lower-case `word`
    /// something `accept` admits (`dedies`: `dédiés`; `cybersecurite`): a token
    /// the lexicon rejects that is still a word the scan read without its accents.
    public func readsWithAccents(_ word: String, accept: (String) -> Bool) -> Bool {
        !candidates(for: word, allowed: { $0.isAccentOnly }, accept: accept).isEmpty
    }
}

extension CandidateGenerator {
    /// A string waiting to be tried: the substitution `entry` applied at
    /// `position` of the already built string `parent`. Plain values only, so
    /// the heap moves them without reference counting, and the string itself
    /// is only built if the state is popped (most pushed states never are).
    fileprivate struct State {
        var cost: Double
        var parent: Int32
        var entry: Int32
        var position: Int32
        var start: Int32
        /// The kinds used, as bits (`bit(of:)`).
        var kinds: UInt16
        var edits: UInt8
        /// The order of the push: among states of equal cost the earlier is tried first, so that what a
        /// dearer substitution pushes never reorders the cheaper states the trial cap chooses between.
        var order: UInt32 = 0

        /// Whether this state is tried before `other`: cheaper, or as cheap and pushed earlier.
        func precedes(_ other: State) -> Bool { cost != other.cost ? cost < other.cost : order < other.order }
    }

    /// One search's working memory: the heap of states, the strings built so
    /// far (string 0 is the word searched), and which of them were tried.
    fileprivate struct Search {
        var heap: [State] = []
        /// How many states were pushed (`State.order`).
        var pushes: UInt32 = 0
        var strings: ScalarStrings
        var seen = SeenStrings()

        init(word: String) {
            strings = ScalarStrings(word)
        }

        var isEmpty: Bool { heap.isEmpty }

        /// Calls `body` with string `node`'s UTF-8 bytes, encoded on the stack.
        func withUTF8<R>(of node: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            let scalars = strings.slice(node)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars.count) { buffer in
                var count = 0
                for scalar in scalars {
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
                return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }

        /// A small binary heap on cost, ties in push order (`State.precedes`).
        /// The sifts work on the heap's buffer: one uniqueness check per operation, not per swap.
        mutating func push(_ state: State) {
            var state = state
            state.order = pushes
            pushes &+= 1
            heap.append(state)
            heap.withUnsafeMutableBufferPointer { heap in
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    if !heap[child].precedes(heap[parent]) { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
            }
        }

        mutating func pop() -> State {
            let top = heap[0]
            let last = heap.removeLast()
            guard !heap.isEmpty else { return top }
            heap.withUnsafeMutableBufferPointer { heap in
                heap[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var smallest = parent
                    if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
                    if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
                    if smallest == parent { break }
                    heap.swapAt(parent, smallest)
                    parent = smallest
                }
            }
            return top
        }
    }

    /// The strings of one search, as runs of one scalar array: an array per
    /// string cost an allocation each.
    fileprivate struct ScalarStrings {
        private(set) var scalars: [Unicode.Scalar]
        /// Where each string starts in `scalars`; it ends where the next starts.
        private var starts: [Int] = [0]

        init(_ word: String) {
            scalars = Array(word.unicodeScalars)
            starts.append(scalars.count)
        }

        func count(of node: Int32) -> Int { starts[Int(node) + 1] - starts[Int(node)] }

        func scalar(_ position: Int, of node: Int32) -> Unicode.Scalar { scalars[starts[Int(node)] + position] }

        func slice(_ node: Int32) -> ArraySlice<Unicode.Scalar> { scalars[starts[Int(node)]..<starts[Int(node) + 1]] }

        func string(_ node: Int32) -> String { String(scalars: slice(node)) }

        /// Builds `parent` with `table`'s substitution `entry` applied at `position`; returns the new string's number.
        mutating func derive(from parent: Int32, at position: Int, replacing entry: Int, in table: SubstitutionTable) -> Int32 {
            let from = starts[Int(parent)], to = starts[Int(parent) + 1]
            let substitution = table.entries[entry]
            let restStart = from + position + substitution.observedCount
            let head = scalars.count
            // Room first (appending a filler grows the array geometrically), then copies in place.
            scalars.append(contentsOf: repeatElement(Unicode.Scalar(0), count: position + substitution.intendedCount + (to - restStart)))
            table.withIntended(of: entry) { intended in
                scalars.withUnsafeMutableBufferPointer { buffer in
                    var out = head
                    for index in from..<(from + position) { buffer[out] = buffer[index]; out += 1 }
                    for scalar in intended { buffer[out] = scalar; out += 1 }
                    for index in restStart..<to { buffer[out] = buffer[index]; out += 1 }
                }
            }
            starts.append(scalars.count)
            return Int32(starts.count - 2)
        }

        /// Whether strings `a` and `b` hold the same scalars.
        func same(_ a: Int32, _ b: Int32) -> Bool { slice(a).elementsEqual(slice(b)) }

        /// A hash of string `node`'s scalars (FNV-1a).
        func hash(_ node: Int32) -> UInt64 {
            var hash: UInt64 = 0xcbf29ce484222325
            for scalar in slice(node) {
                hash = (hash ^ UInt64(scalar.value)) &* 0x100000001b3
            }
            return hash
        }
    }

    /// The strings already tried, by their scalars (the search reaches some
    /// strings along several paths): open addressing over string numbers, so
    /// no string is hashed by `Hasher` or copied into a set.
    fileprivate struct SeenStrings {
        private var slots = [Int32](repeating: -1, count: 64)
        private var count = 0

        /// Adds string `node`; false if a string with the same scalars was added before.
        mutating func insert(_ node: Int32, of strings: ScalarStrings) -> Bool {
            if 2 * (count + 1) > slots.count { grow(strings) }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: strings.hash(node)) & mask
            while slots[slot] >= 0 {
                if strings.same(slots[slot], node) { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = node
            count += 1
            return true
        }

        private mutating func grow(_ strings: ScalarStrings) {
            let old = slots
            slots = [Int32](repeating: -1, count: old.count * 2)
            let mask = slots.count - 1
            for node in old where node >= 0 {
                var slot = Int(truncatingIfNeeded: strings.hash(node)) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = node
            }
        }
    }

    /// The confusion model's substitutions as plain values, grouped by the
    /// first scalar they read: iterating the model's own entries retained and
    /// released their two arrays each time, and finding a group hashed a scalar.
    fileprivate struct SubstitutionTable: Sendable {
        struct Entry: Sendable {
            var observedStart: Int
            var observedCount: Int
            var intendedStart: Int
            var intendedCount: Int
            var cost: Double
            var kindBit: UInt16
            var atWordStart: Bool
            var minimumWordLength: Int
        }

        /// The entries, grouped by first observed scalar, in the model's order within a group.
        let entries: [Entry]
        /// The observed and intended scalars of every entry.
        private let pool: [Unicode.Scalar]
        /// For scalars below `directLimit`, the range of their group in `entries`.
        private let direct: [Range<Int>]
        /// The groups of the other scalars.
        private let others: [Unicode.Scalar: Range<Int>]
        /// Latin-1 and Latin Extended-A: the letters of French words, looked up without hashing.
        private static let directLimit = 0x180

        init(_ model: OCRConfusionModel) {
            var entries: [Entry] = []
            var pool: [Unicode.Scalar] = []
            var direct = [Range<Int>](repeating: 0..<0, count: Self.directLimit)
            var others: [Unicode.Scalar: Range<Int>] = [:]
            // The model's own grouping (in its order within a group); which group comes first does not matter.
            for (scalar, group) in model.byFirstScalar {
                let first = scalar.value
                let groupStart = entries.count
                for substitution in group {
                    let observedStart = pool.count
                    pool.append(contentsOf: substitution.observed)
                    let intendedStart = pool.count
                    pool.append(contentsOf: substitution.intended)
                    entries.append(Entry(observedStart: observedStart, observedCount: substitution.observed.count,
                                         intendedStart: intendedStart, intendedCount: substitution.intended.count,
                                         cost: substitution.cost, kindBit: CandidateGenerator.bit(of: substitution.kind),
                                         atWordStart: substitution.atWordStart,
                                         minimumWordLength: substitution.minimumWordLength))
                }
                let group = groupStart..<entries.count
                if Int(first) < Self.directLimit { direct[Int(first)] = group } else { others[Unicode.Scalar(first)!] = group }
            }
            self.entries = entries
            self.pool = pool
            self.direct = direct
            self.others = others
        }

        /// The entries whose observed text starts with `scalar`.
        func entries(startingWith scalar: Unicode.Scalar) -> Range<Int> {
            Int(scalar.value) < Self.directLimit ? direct[Int(scalar.value)] : others[scalar] ?? 0..<0
        }

        /// Calls `body` with the scalars entry `index` writes.
        func withIntended<R>(of index: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
            let entry = entries[index]
            return pool.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry.intendedStart..<(entry.intendedStart + entry.intendedCount)])) }
        }

        /// Whether entry `index`'s observed text occurs at `position` of string `node`.
        func observed(of index: Int, matches strings: ScalarStrings, _ node: Int32, at position: Int) -> Bool {
            let entry = entries[index]
            for offset in 0..<entry.observedCount
            where pool[entry.observedStart + offset] != strings.scalar(position + offset, of: node) {
                return false
            }
            return true
        }
    }
}
