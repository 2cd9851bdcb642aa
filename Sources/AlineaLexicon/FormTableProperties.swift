/// What a form table promises about the words it lacks, one bit each in its
/// `properties` section (`FormTableLayout`): the builder sets them from what
/// it asked libhunspell and what the affix file allows, and `HunspellDictionary`
/// answers a miss without libhunspell only where one of them says the miss is
/// libhunspell's answer.
public struct FormTableProperties: OptionSet, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Bit 0: the table holds every word of letters libhunspell accepts or
    /// analyses (small, or small after one capital; digits after the first
    /// letter and hyphens between letters too).
    public static let completeForLetters = FormTableProperties(rawValue: 1)
    /// Bit 1 (format 7): the affix file's `BREAK` table splits a word of
    /// letters, digits and hyphens at hyphens only (`AffixFile.breaksAtHyphensOnly`).
    public static let breaksAtHyphensOnly = FormTableProperties(rawValue: 2)
    /// Bit 2 (format 7): the table holds every accepted or analysed word in
    /// capitals too (`HunspellDictionary.isCapitalsWord`).
    public static let completeForCapitals = FormTableProperties(rawValue: 4)
    /// Bit 3 (format 8): the dictionary does not compound, so words that open
    /// with digits (`04`, `45ème`) count as words of letters for bit 0.
    public static let completeForDigits = FormTableProperties(rawValue: 8)
    /// Bit 4 (format 9): the table holds every accepted or analysed word in
    /// capitals with hyphens between its characters too (`PEUT-ÊTRE`), each
    /// hyphenated reading asked in capitals at build time — so that such a word
    /// it lacks has no reading, and libhunspell's answer is its `BREAK` rule's.
    public static let completeForHyphenatedCapitals = FormTableProperties(rawValue: 16)
    /// Bit 5 (format 10): a capitalised word of letters that the table lacks
    /// has no analysis. libhunspell analyses a capitalised word as written and
    /// in small letters. As written, that includes the hidden homonym it keeps for
    /// an entry with several capitals (`Otan` for `OTAN`). The readings the builder
    /// asks include those homonyms (`RootTable`), each capitalised.
    public static let completeForCapitalisedAnalyses = FormTableProperties(rawValue: 32)
}
