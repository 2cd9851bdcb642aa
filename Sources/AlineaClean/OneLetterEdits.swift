import AlineaLexicon
import AlineaText
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
    /// `letters` without their accents, once each (`é`, `è`, `e` → `e`): the
    /// alphabet of the accent-free search.
    let plainLetters: [Unicode.Scalar]
    /// Single-letter substitutions the confusion model knows, with their costs.
    private let knownSubstitutions: [ScalarPair: Double]

    /// `letters` usually come from the dictionary (`HunspellDictionary.tryLetters`);
    /// `model` prices the substitutions it lists.
    public init(letters: [Unicode.Scalar], model: OCRConfusionModel) {
        self.letters = letters
        var plain: [Unicode.Scalar] = []
        for letter in letters.map(Self.base) where !plain.contains(letter) { plain.append(letter) }
        plainLetters = plain
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
        var found: [String: Double] = [:]
        forEachEdit(of: scalars, letters: letters, refusal: refusal) { candidate, edit in
            guard accept(candidate) else { return }
            let text = String(decoding: candidate, as: UTF8.self)
            found[text] = min(found[text] ?? .infinity, price(of: edit, in: scalars))
        }
        return Self.sorted(found)
    }

    /// The words one edit away from `word` (lower case) once accents are set
    /// aside — `préfevable` → `préférable`, `resullat` → `résultat`,
    /// `bibliotheaue` → `bibliothèque` — with `forms` giving the words a
    /// string spells accents aside (`HunspellDictionary.acceptedForms(withSkeleton:)`).
    ///
    /// Why: a photocopy that breaks letters also drops accents, and the two
    /// failures meet in one word; `candidates(for:refusal:accept:)` looks for
    /// the accents the word kept, so it cannot find them. The same edits are
    /// searched over the word's accent-free letters and each string asked for
    /// the words it spells; a word found is priced as the edit that reaches it
    /// (with its own letter at the edit: `a` read for `è` is no mark) plus the
    /// model's price of every other letter whose accent differs from the
    /// scan's (`accentCost`) and, for those two failures at once, `secondFailureCost`.
    /// A word whose letters do not fold one to one (decomposed input) has none.
    public func accentedCandidates(for word: String, forms: (UnsafeBufferPointer<UInt8>) -> [String]) -> [Candidate] {
        let scalars = Array(word.unicodeScalars)
        let skeleton = Array(AccentSkeleton.of(word).unicodeScalars)
        guard skeleton.count == scalars.count else { return [] }
        var found: [String: Double] = [:]
        forEachEdit(of: skeleton, letters: plainLetters, refusal: nil) { candidate, edit in
            for form in forms(candidate) {
                guard let cost = accentedCost(of: Array(form.unicodeScalars), from: scalars, by: edit) else { continue }
                found[form] = min(found[form] ?? .infinity, cost)
            }
        }
        return Self.sorted(found)
    }

    /// What reading `intended` as the scan's `scalars` costs, when `edit` (made
    /// on the accent-free letters) is the one letter between them: the edit at
    /// `intended`'s own letters, plus `accentCost` for each other letter whose
    /// accent differs and, if any does, `secondFailureCost`. Nil when `intended`
    /// does not line up with the edit, or costs more than `accentedCostLimit`.
    private func accentedCost(of intended: [Unicode.Scalar], from scalars: [Unicode.Scalar], by edit: Edit) -> Double? {
        let range = edit.range, inserted = edit.insertedCount
        guard intended.count == scalars.count - range.count + inserted else { return nil }
        var meant: Unicode.Scalar?
        if case .replace(let position, _) = edit {
            meant = intended[position]
            guard mayRead(scalars[position], for: intended[position]) else { return nil }
        }
        var cost = price(of: edit, in: scalars, meant: meant)
        var accents = 0.0
        for position in 0..<range.lowerBound where scalars[position] != intended[position] {
            accents += accentCost(scalars[position], intended[position])
        }
        for position in range.upperBound..<scalars.count {
            let other = position - range.count + inserted
            if scalars[position] != intended[other] { accents += accentCost(scalars[position], intended[other]) }
        }
        if accents > 0 { cost += accents + Self.secondFailureCost }
        return cost <= Self.accentedCostLimit ? cost : nil
    }

    /// What two failures in one word cost beyond their sum: a letter misread
    /// *and* an accent lost is rarer than either, so a word one letter away
    /// with its accents as scanned (`interes` → `internes`) goes before one
    /// that also needs an accent (`infères`).
    public static let secondFailureCost = 0.3
    /// The dearest word the accent-free search offers: one letter and two or
    /// three accents (`sesarees` → `séparées`, 1.9), no more.
    static let accentedCostLimit = 2.0
    /// The vowels without marks: the letters a scan reads for a marked vowel.
    static let plainVowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// Whether the accent-free search may read `intended` as `observed` at its
    /// edit: a marked vowel only as another vowel (`a` for `è`) or as a letter
    /// of its shape the model lists (`c` for `è`: `regulicres`), never as any
    /// consonant (`pstree` is no `pétrée`); other letters as any. (The plain
    /// search lets any letter stand for a marked one — `particuligrement`,
    /// `troisitme`: the English model reads a marked letter as a blot — but
    /// there the rest of the word kept its accents or needs none; a word that
    /// needs accents elsewhere too must have lost its marked letter to a vowel.)
    func mayRead(_ observed: Unicode.Scalar, for intended: Unicode.Scalar) -> Bool {
        !Self.hasMark(intended) || Self.plainVowels.contains(Self.base(observed))
            || knownSubstitutions[ScalarPair(observed: observed, intended: Self.base(intended))] != nil
    }

    /// What reading `intended` as `observed`, the same letter with another
    /// mark or none, costs: the confusion model's price (`e` for `é` 0.30),
    /// else `markCost`.
    func accentCost(_ observed: Unicode.Scalar, _ intended: Unicode.Scalar) -> Double {
        knownSubstitutions[ScalarPair(observed: observed, intended: intended)] ?? Self.markCost
    }

    /// What `edit` of the scanned `scalars` costs: a dropped letter its price,
    /// a letter read for another (`meant`, else the edit's own letter) the
    /// model's price of that reading, a lost or swapped letter `anyLetterCost`.
    private func price(of edit: Edit, in scalars: [Unicode.Scalar], meant: Unicode.Scalar? = nil) -> Double {
        switch edit {
        case .drop(_, let price): price
        case .replace(let position, let other): substitutionCost(scalars[position], meant ?? other)
        case .swap, .insert: Self.anyLetterCost
        }
    }

    /// One edit of a word's letters, as the search makes it.
    enum Edit {
        /// The letter at a position read as added, at a price.
        case drop(at: Int, cost: Double)
        /// The letter at a position read for another.
        case replace(at: Int, with: Unicode.Scalar)
        /// The letters at a position and the next read in each other's place.
        case swap(at: Int)
        /// A letter lost before a position.
        case insert(Unicode.Scalar, at: Int)

        /// The word's letters the edit replaces.
        var range: Range<Int> {
            switch self {
            case .drop(let position, _), .replace(let position, _): position..<position + 1
            case .swap(let position): position..<position + 2
            case .insert(_, let position): position..<position
            }
        }

        /// How many letters stand in their place.
        var insertedCount: Int {
            switch self {
            case .drop: 0
            case .replace, .insert: 1
            case .swap: 2
            }
        }
    }

    /// Calls `body` with every string one edit from `scalars` over `letters`
    /// (as UTF-8 bytes, valid only during the call) and the edit: the rules of
    /// `candidates(for:refusal:accept:)`, shared by both searches.
    private func forEachEdit(of scalars: [Unicode.Scalar], letters: [Unicode.Scalar], refusal: ScreenRefusal?,
                             _ body: (UnsafeBufferPointer<UInt8>, Edit) -> Void) {
        guard !scalars.isEmpty else { return }
        // The word's bytes, where each scalar starts in them, and the letters' bytes, flat.
        let bytes = Array(String(scalars: scalars).utf8)
        var starts: [Int] = [0]
        for scalar in scalars { starts.append(starts[starts.count - 1] + UTF8.width(scalar)) }
        let tall = letters.map { OCRConfusionModel.tallLetters.contains($0) }
        var letterBytes: [UInt8] = [], letterStarts: [Int] = [0]
        for letter in letters {
            letterBytes.append(contentsOf: String(letter).utf8)
            letterStarts.append(letterBytes.count)
        }
        bytes.withUnsafeBufferPointer { bytes in
            letterBytes.withUnsafeBufferPointer { letterBytes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 8) { buffer in
                    /// Tries the word with its scalars `range` replaced by the bytes `first` and `second`
                    /// (`inserted`, if they are a letter not taken from the word).
                    func consider(_ edit: Edit, with first: Slice<UnsafeBufferPointer<UInt8>>,
                                  _ second: Slice<UnsafeBufferPointer<UInt8>>, inserting inserted: Unicode.Scalar? = nil) {
                        let range = edit.range
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
                        body(UnsafeBufferPointer(rebasing: buffer[..<length]), edit)
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
                            consider(.drop(at: position, cost: cost), with: none, none)
                        }
                        for (index, other) in letters.enumerated() where other != read {
                            consider(.replace(at: position, with: other), with: letter(index), none, inserting: other)
                        }
                        if position + 1 < scalars.count, read != scalars[position + 1] {
                            consider(.swap(at: position), with: scalar(position + 1), scalar(position))
                        }
                    }
                    for position in 1..<scalars.count {
                        for (index, lost) in letters.enumerated()
                        where Self.scanLoses(lost, tall: tall[index], between: scalars[position - 1], and: scalars[position]) {
                            consider(.insert(lost, at: position), with: letter(index), none, inserting: lost)
                        }
                    }
                }
            }
        }
    }

    /// The candidates of two searches as one list: each word at the lower of
    /// its costs, cheapest first.
    public static func merged(_ first: [Candidate], _ second: [Candidate]) -> [Candidate] {
        var found: [String: Double] = [:]
        for candidate in first + second { found[candidate.word] = min(found[candidate.word] ?? .infinity, candidate.cost) }
        return sorted(found)
    }

    /// Candidates from the best cost found for each word, cheapest first.
    private static func sorted(_ found: [String: Double]) -> [Candidate] {
        found.map { Candidate(word: $0.key, cost: $0.value) }
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

    /// Whether the scan's `observed` is `intended` with exactly one letter read
    /// for another as the confusion model knows scans misread its shape (`t`
    /// for `f`: `tonctionnalites`), accents aside: the kind of damage a poor
    /// scan repeats on every form of a word, unlike the arbitrary letter that
    /// tells one term from another (`désaturez` is no misread `dénaturez`).
    public func misreadsOneShape(observed: String, intended: String) -> Bool {
        let seen = Array(AccentSkeleton.of(observed).unicodeScalars), meant = Array(AccentSkeleton.of(intended).unicodeScalars)
        guard seen.count == meant.count, let position = seen.indices.first(where: { seen[$0] != meant[$0] }),
              seen[(position + 1)...] == meant[(position + 1)...] else { return false }
        return knownSubstitutions[ScalarPair(observed: seen[position], intended: meant[position])] != nil
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
        scanLoses(letter, tall: OCRConfusionModel.tallLetters.contains(letter), between: before, and: after)
    }

    /// `scanLoses(_:between:and:)` for a letter whose tallness is known: a search
    /// asks it of every letter at every position, and the set once per letter.
    static func scanLoses(_ letter: Unicode.Scalar, tall: Bool, between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        !tall || letter == before || letter == after
    }

    /// `letter` without its diacritics (`ñ` → `n`), by canonical decomposition.
    static func base(_ letter: Unicode.Scalar) -> Unicode.Scalar {
        if letter.isASCII { return letter }
        return AccentSkeleton.of(String(letter)).unicodeScalars.first ?? letter
    }

    /// An observed letter and the one meant, as a dictionary key.
    private struct ScalarPair: Hashable, Sendable {
        let observed: Unicode.Scalar
        let intended: Unicode.Scalar
    }
}
