/// One `PFX`/`SFX` entry of a Hunspell affix file, with what the prefilter
/// needs of it: the affix written on the word, the characters it removed from
/// the root, its class flag and its continuation flags.
///
/// The entry's condition and morphology are not kept: the prefilter ignores
/// conditions (ignoring a check can only let more strings through).
struct AffixRule: Sendable, Equatable {
    /// The class the rule belongs to (the flag roots carry to allow it).
    let flag: UInt16
    /// Bytes removed from the root before the affix is added (`strip`).
    let strip: [UInt8]
    /// Bytes added to the root (`affix`, empty for `0`).
    let affix: [UInt8]
    /// Flags after the affix's `/`, sorted: classes this affixed form may take
    /// further (twofold suffixes, prefixes combined with it), or `NEEDAFFIX`.
    let continuation: [UInt16]
    /// Whether the class combines with affixes of the other kind (`Y` in the
    /// class header): Hunspell reads a prefix and a suffix together only when
    /// both classes say so.
    let crossProduct: Bool

    /// Whether `flag` is among the rule's continuation flags.
    func continues(with flag: UInt16) -> Bool {
        continuation.contains(flag)
    }
}
