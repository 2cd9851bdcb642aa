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
    /// skips ICU's UTF-16 round trip.
    public static func of(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        let decomposed = (try? word.normalized(.nfd)) ?? word
        return String(scalars: decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
    }
}
