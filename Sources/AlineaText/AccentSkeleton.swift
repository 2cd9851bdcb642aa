/// A word's letters without their diacritics (`même` → `meme`, `Préférable`
/// → `Preferable`): canonical decomposition by ICU, combining marks dropped.
///
/// Why one definition: the cleaner compares words "accents aside" in many
/// places (grammatical words, the document's forms, prose counts, the form
/// table's index of accent-free spellings), and a word must fold the same way
/// when the table is built as when a scanned word is looked up, or the two
/// never meet. Case is kept, and so are letters that do not decompose (`œ`,
/// `æ`, `ø`): those are other letters, not marked ones.
public enum AccentSkeleton {
    /// `word` without combining marks after canonical decomposition. An ASCII
    /// word is its own skeleton (nothing decomposes, nothing is a mark) and
    /// skips ICU's UTF-16 round trip; so does a word of Latin-1 and Latin
    /// Extended-A letters (`latinSkeletons`), the letters of French words.
    public static func of(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        return latinSkeleton(word) ?? decomposedSkeleton(word)
    }

    /// The definition itself, through ICU: decomposed, nonspacing marks dropped.
    static func decomposedSkeleton(_ word: String) -> String {
        let decomposed = (try? word.normalized(.nfd)) ?? word
        return String(scalars: decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
    }

    /// The skeleton of each scalar from U+0080 to U+017F, asked of ICU once.
    /// A word's decomposition is its scalars' decompositions in order, the
    /// marks of each reordered among themselves, so with the marks dropped a
    /// word of these scalars (and ASCII) is the concatenation of theirs.
    static let latinSkeletons: [String] = (0x80..<latinEnd).map { decomposedSkeleton(String(Unicode.Scalar($0)!)) }

    /// The end of the scalars `latinSkeletons` covers.
    static let latinEnd: UInt32 = 0x180

    /// `word`'s skeleton from `latinSkeletons`, or nil when it has a scalar
    /// beyond them (a combining mark among others).
    static func latinSkeleton(_ word: String) -> String? {
        var skeleton = ""
        skeleton.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                skeleton.unicodeScalars.append(scalar)
            } else if scalar.value < latinEnd {
                skeleton += latinSkeletons[Int(scalar.value) - 0x80]
            } else {
                return nil
            }
        }
        return skeleton
    }
}
