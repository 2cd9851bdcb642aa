/// How a word is capitalised, in Hunspell's terms (`captype` of
/// `get_captype_utf8`): the type decides which case variants Hunspell looks
/// up (the word as written, its lower-case form, its capitalised form).
///
/// Why a type of its own: the prefilter must classify a word exactly as
/// Hunspell does to try the same variants, and the dictionary's entries too,
/// for the capitalised homonyms Hunspell hides in its table.
enum Capitalisation: Equatable, Sendable {
    /// No capital (`NOCAP`).
    case none
    /// Only the first character is a capital (`INITCAP`).
    case initial
    /// Every character is a capital or has no case (`ALLCAP`).
    case all
    /// Several capitals, the first character one of them (`HUHINITCAP`).
    case mixedInitial
    /// Capitals, but not the first character (`HUHCAP`).
    case mixed

    /// The type of the word whose characters' case forms are `pairs`
    /// (`scalars[i]` maps to `pairs[i]`): a capital is a character that
    /// changes when lower-cased, a caseless one has equal lower and upper forms.
    init(scalars: UnsafeBufferPointer<UInt32>, pairs: UnsafeBufferPointer<CaseMapping.Pair>) {
        var capitals = 0, caseless = 0
        for index in scalars.indices {
            let pair = pairs[index]
            if pair.lower != scalars[index] { capitals += 1 }
            if pair.upper == pair.lower { caseless += 1 }
        }
        let firstCapital = !scalars.isEmpty && pairs[0].lower != scalars[0]
        if capitals == 0 {
            self = .none
        } else if capitals == 1, firstCapital {
            self = .initial
        } else if capitals + caseless == scalars.count {
            self = .all
        } else if firstCapital {
            self = .mixedInitial
        } else {
            self = .mixed
        }
    }
}
