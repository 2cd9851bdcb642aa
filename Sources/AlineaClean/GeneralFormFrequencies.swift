/// How often French at large writes each common word, per billion words: the
/// second opinion `RepairPass.dominantReading` asks when the help-text counts
/// of `ProseFormFrequencies` cannot break a tie between the readings of a
/// damaged word.
///
/// Why: those counts come from a help text, which names menus and options
/// and seldom writes running prose (`vraiment` 3 times in 889,194 words,
/// `flou` never), so `viaiment` stayed between `vraiment` and `vidiment`.
/// Taken by `scripts/make-general-frequencies` from the `wordfreq` package's
/// French list, keeping only the forms Debian's French dictionary accepts and
/// that French writes at least once per million words. Like the prose counts,
/// a frequency never justifies an edit by itself: it only chooses among words
/// the confusion model or a one-letter edit already reached.
struct GeneralFormFrequencies: Sendable {
    /// Occurrences per billion words, per lower-case form.
    let counts: [String: Int]

    /// The frequencies shipped with Alinea, parsed on first use (only a tie asks).
    static let shared = GeneralFormFrequencies(table: table)

    /// Parses `form count` lines.
    init(table: String) {
        counts = Dictionary(ProseFormFrequencies.formCounts(in: table), uniquingKeysWith: { _, last in last })
    }

    /// How often French writes `form` (lower case) per billion words; 0 when
    /// rarer than once per million, or no word of the dictionary.
    func perBillion(_ form: String) -> Int { counts[form] ?? 0 }
}
