/// The dictionary a `FormTable` belongs to: its `.aff` and `.dic` files.
///
/// Why a table carries it: the table is only exact for the files it was built
/// from. Opening compares the identity written in the header with the files
/// on disk now, and refuses the table (`FormTableError.stale`) on any
/// difference.
public struct FormTableIdentity: Equatable, Hashable, Sendable {
    /// The affix file.
    public let affix: DictionaryFileIdentity
    /// The dictionary (word list) file.
    public let dictionary: DictionaryFileIdentity

    /// An identity from its two parts.
    public init(affix: DictionaryFileIdentity, dictionary: DictionaryFileIdentity) {
        self.affix = affix
        self.dictionary = dictionary
    }

    /// The identity of the pair on disk now.
    public init(affixPath: String, dictionaryPath: String) throws(FormTableError) {
        self.init(affix: try DictionaryFileIdentity(of: affixPath), dictionary: try DictionaryFileIdentity(of: dictionaryPath))
    }

    /// What differs between `self` (recorded) and `current` (on disk), for messages; nil when equal.
    func difference(from current: FormTableIdentity) -> String? {
        for (recorded, now) in [(affix, current.affix), (dictionary, current.dictionary)] where recorded != now {
            if recorded.path != now.path { return "built for \(recorded.path), not \(now.path)" }
            if recorded.size != now.size { return "\(now.path) is now \(now.size) bytes, was \(recorded.size)" }
            if recorded.modificationNanoseconds != now.modificationNanoseconds { return "\(now.path) was modified since the table was built" }
            return "\(now.path) has other contents than when the table was built"
        }
        return nil
    }
}
