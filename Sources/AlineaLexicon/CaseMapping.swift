/// libhunspell's mapping of a character to lower and upper case
/// (`unicodetolower`/`unicodetoupper`), as far as the prefilter can be sure
/// of it.
///
/// Why: Hunspell decides which case variants of a word it looks up
/// (`mkallsmall2`, `mkinitcap2`) and which capitalisation type the word has
/// from its own table, built from an old `UnicodeData.txt`. The prefilter
/// must generate the very same variants, or it could miss the one Hunspell
/// accepts. Swift's newer Unicode data agrees with that table on the old
/// alphabets (Latin-1 and Latin Extended-A, basic Greek and Cyrillic) where
/// a character maps to one character; elsewhere a cased character is
/// reported unknown, and the prefilter leaves such words to Hunspell.
/// Characters without case (digits, punctuation, `€`) map to themselves in
/// both.
enum CaseMapping {
    /// A character's lower- and upper-case forms.
    struct Pair: Equatable, Sendable {
        let lower: UInt32
        let upper: UInt32
    }

    /// Whether `scalar` is in an alphabet whose case pairs are as old as
    /// Hunspell's table.
    private static func isTrusted(_ scalar: UInt32) -> Bool {
        scalar <= 0x17F || (0x386...0x3CE).contains(scalar) || (0x400...0x45F).contains(scalar)
    }

    /// The mappings of the first scalars, `nil` where unknown.
    private static let table: [Pair?] = (0..<UInt32(tableSize)).map(computed)
    private static let tableSize = 0x460

    /// `scalar`'s case forms as Hunspell maps it, or nil when the prefilter
    /// cannot be sure (a cased character outside the trusted alphabets, one
    /// mapping to several characters such as `ß` → `SS`, or a character
    /// beyond the Basic Multilingual Plane, which Hunspell's UTF-16 cannot hold).
    @inline(__always)
    static func pair(of scalar: UInt32) -> Pair? {
        scalar < UInt32(tableSize) ? table[Int(scalar)] : computed(scalar)
    }

    private static func computed(_ value: UInt32) -> Pair? {
        guard value <= 0xFFFF, let scalar = Unicode.Scalar(value) else { return nil }
        let properties = scalar.properties
        guard properties.changesWhenCaseMapped else { return Pair(lower: value, upper: value) }
        guard isTrusted(value) else { return nil }
        func single(_ mapping: String) -> UInt32? {
            let scalars = mapping.unicodeScalars
            guard scalars.count == 1, let mapped = scalars.first?.value, isTrusted(mapped) else { return nil }
            return mapped
        }
        guard let lower = single(properties.lowercaseMapping), let upper = single(properties.uppercaseMapping) else {
            return nil
        }
        return Pair(lower: lower, upper: upper)
    }
}
