import AlineaLexicon
/// The words one letter away from a scanned word: one letter dropped,
/// added, read as another, or two neighbours swapped.
///
/// Why: a degraded photocopy fails in ways no table of look-alike shapes
/// lists — a stroke lost takes a whole letter with it (`parfos`,
/// `infomation`), a speck becomes one (`diagrammme`, `travatillez`), a
/// broken letter is read as any other (`toujcurs`, `hautedrs`). This is the
/// generic failure behind `OCRConfusionModel`'s specific ones: the dearest,
/// tried only where nothing cheaper makes a word. The letters tried are the
/// dictionary's own (`TRY`), so the search knows the language's alphabet
/// without a table of its own; the costs below rank the few words found,
/// from what the model knows of the letters involved.
public struct OneLetterEdits: Sendable {
    /// One word found, and how plausible the edit that reached it is.
    public struct Candidate: Sendable, Equatable {
        /// The word, in the lower case the search ran in.
        public let word: String
        /// Lower is likelier: a mark or a doubled letter (`mañière`,
        /// `diagrammme`) costs `markCost`, a substitution the confusion model
        /// lists its own cost, any other edit `anyLetterCost`.
        public let cost: Double
    }

    /// A letter read with a mark it does not have (`mañière`), or a mark or
    /// a doubled letter read as one more letter (`pareéil`, `diagrammme`).
    public static let markCost = 0.4
    /// Any other letter lost, added or misread: the generic failure.
    public static let anyLetterCost = 1.0

    /// The letters that may be added or read for another, most frequent first.
    public let letters: [Unicode.Scalar]
    /// Single-letter substitutions the confusion model knows, with their costs.
    private let knownSubstitutions: [ScalarPair: Double]

    /// `letters` usually come from the dictionary (`HunspellDictionary.tryLetters`);
    /// `model` prices the substitutions it lists.
    public init(letters: [Unicode.Scalar], model: OCRConfusionModel) {
        self.letters = letters
        var known: [ScalarPair: Double] = [:]
        for substitution in model.substitutions where substitution.observed.count == 1 && substitution.intended.count == 1 {
            let pair = ScalarPair(observed: substitution.observed[0], intended: substitution.intended[0])
            known[pair] = min(known[pair] ?? .infinity, substitution.cost)
        }
        knownSubstitutions = known
    }

    /// Every word one edit away from `word` (lower case) that `accept`
    /// admits, cheapest first. Nothing is dropped or added at either end but
    /// a doubled last letter or a thin one no inflection ends with
    /// (`trailingSpeckLetters`: `noyaui`): a word's first letter is its most
    /// legible, a letter in front of a word is more often a lost elision
    /// (`dinstruments`) than a speck, and a word's last letter is often its
    /// inflection — the lexicon lacking a plural (`misperceptions`) is likelier
    /// than a speck read as an `s`.
    ///
    /// A ten-letter word has about 900 such strings, nearly all no words:
    /// they are built as UTF-8 bytes in one buffer and handed to `accept` as
    /// such (`HunspellDictionary.spell(utf8:)`); only accepted ones become strings.
    /// With `refusal` (where the lexicon's screen refuses the word), a string
    /// that keeps a refused window whole is not even built: `accept` would
    /// refuse it (`ScreenRefusal.mayPass`).
    public func candidates(for word: String, refusal: ScreenRefusal? = nil,
                           accept: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Candidate] {
        let scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        // The word's bytes, where each scalar starts in them, and the letters' bytes, flat.
        let bytes = Array(word.utf8)
        var starts: [Int] = [0]
        for scalar in scalars { starts.append(starts[starts.count - 1] + UTF8.width(scalar)) }
        var letterBytes: [UInt8] = [], letterStarts: [Int] = [0]
        for letter in letters {
            letterBytes.append(contentsOf: String(letter).utf8)
            letterStarts.append(letterBytes.count)
        }
        var found: [String: Double] = [:]
        bytes.withUnsafeBufferPointer { bytes in
            letterBytes.withUnsafeBufferPointer { letterBytes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 8) { buffer in
                    /// Tries the word with its scalars `range` replaced by the bytes `first` and `second`
                    /// (`inserted`, if they are a letter not taken from the word).
                    func consider(replacing range: Range<Int>, with first: Slice<UnsafeBufferPointer<UInt8>>,
                                  _ second: Slice<UnsafeBufferPointer<UInt8>>, inserting inserted: Unicode.Scalar? = nil,
                                  cost: @autoclosure () -> Double) {
                        if let refusal, !refusal.mayPass(keptPrefix: starts[range.lowerBound], suffixFrom: starts[range.upperBound],
                                                         inserted: inserted) {
                            return
                        }
                        var length = 0
                        func copy(_ part: Slice<UnsafeBufferPointer<UInt8>>) {
                            for byte in part { buffer[length] = byte; length += 1 }
                        }
                        copy(bytes[..<starts[range.lowerBound]])
                        copy(first)
                        copy(second)
                        copy(bytes[starts[range.upperBound]...])
                        let candidate = UnsafeBufferPointer(rebasing: buffer[..<length])
                        guard accept(candidate) else { return }
                        let text = String(decoding: candidate, as: UTF8.self)
                        found[text] = min(found[text] ?? .infinity, cost())
                    }
                    let none = bytes[0..<0]
                    func letter(_ index: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
                        letterBytes[letterStarts[index]..<letterStarts[index + 1]]
                    }
                    func scalar(_ index: Int) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[starts[index]..<starts[index + 1]] }
                    for position in scalars.indices {
                        let read = scalars[position]
                        let doubled = position > 0 && scalars[position - 1] == read
                            || position + 1 < scalars.count && scalars[position + 1] == read
                        if position > 0, position + 1 < scalars.count || doubled || Self.trailingSpeckLetters.contains(read),
                           let cost = Self.addedLetterCost(scalars, at: position) {
                            consider(replacing: position..<position + 1, with: none, none, cost: cost)
                        }
                        for (index, other) in letters.enumerated() where other != read {
                            consider(replacing: position..<position + 1, with: letter(index), none, inserting: other,
                                     cost: substitutionCost(read, other))
                        }
                        if position + 1 < scalars.count, read != scalars[position + 1] {
                            consider(replacing: position..<position + 2, with: scalar(position + 1), scalar(position), cost: Self.anyLetterCost)
                        }
                    }
                    for position in 1..<scalars.count {
                        for (index, lost) in letters.enumerated()
                        where Self.scanLoses(lost, between: scalars[position - 1], and: scalars[position]) {
                            consider(replacing: position..<position, with: letter(index), none, inserting: lost, cost: Self.anyLetterCost)
                        }
                    }
                }
            }
        }
        return found.map { Candidate(word: $0.key, cost: $0.value) }
            .sorted { $0.cost != $1.cost ? $0.cost < $1.cost : $0.word < $1.word }
    }

    /// The letters a speck makes (`OCRConfusionModel.lettersSpecksMake`) that end
    /// no French or English inflection, unlike `t` (`finit`, `font`) and `r`
    /// (`finir`, `tender`): one of them after a word's last letter may be read as
    /// added (`noyaui` → `noyau`).
    static let trailingSpeckLetters = OCRConfusionModel.lettersSpecksMake.subtracting(["t", "r"])

    /// What reading `intended` as `observed` costs.
    func substitutionCost(_ observed: Unicode.Scalar, _ intended: Unicode.Scalar) -> Double {
        if Self.base(observed) == Self.base(intended) { return Self.markCost }
        return knownSubstitutions[ScalarPair(observed: observed, intended: intended)] ?? Self.anyLetterCost
    }

    /// Whether `letter` carries a diacritic (its canonical decomposition has a mark).
    static func hasMark(_ letter: Unicode.Scalar) -> Bool { base(letter) != letter }

    /// What it costs to read the letter at `position` of `scalars` as one the scan added, or
    /// nil if a scan does not add such a letter there. A scan adds a mark or doubles a letter
    /// (`markCost`: `mañière`, `diagrammme`), a thin letter a speck or a broken stroke makes
    /// (`travatillez`), or one more stroke of an m, n or u beside another (`imnportance`)
    /// (`anyLetterCost`); it never invents a round one elsewhere (`pinaillerie` is no
    /// `piaillerie`, `scanneurs` no `scanners`).
    public static func addedLetterCost(_ scalars: [Unicode.Scalar], at position: Int) -> Double? {
        let read = scalars[position]
        let before = position > 0 ? scalars[position - 1] : nil, after = position + 1 < scalars.count ? scalars[position + 1] : nil
        if before == read || after == read || hasMark(read) { return markCost }
        let minims = OCRConfusionModel.minimLetters
        let extraMinim = minims.contains(read) && (before.map(minims.contains) == true || after.map(minims.contains) == true)
        return extraMinim || OCRConfusionModel.lettersSpecksMake.contains(read) ? anyLetterCost : nil
    }

    /// Whether a scan may lose `letter` between `before` and `after` while reading
    /// both: any letter but a tall one (`OCRConfusionModel.tallLetters`), which a scan keeps unless it
    /// doubles a neighbour (`apeler` → `appeler`) — `mensurale` is no lost
    /// `mensurable`, `cingalais` no lost `cinghalais`; `plupat`, `utlise`, `systme` are.
    static func scanLoses(_ letter: Unicode.Scalar, between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        !OCRConfusionModel.tallLetters.contains(letter) || letter == before || letter == after
    }

    /// `letter` without its diacritics (`ñ` → `n`), by canonical decomposition.
    static func base(_ letter: Unicode.Scalar) -> Unicode.Scalar {
        if letter.isASCII { return letter }
        return GrammaticalWords.skeleton(String(letter)).unicodeScalars.first ?? letter
    }

    /// An observed letter and the one meant, as a dictionary key.
    private struct ScalarPair: Hashable, Sendable {
        let observed: Unicode.Scalar
        let intended: Unicode.Scalar
    }
}
