/// Which accented words and hyphenated compounds French prose actually uses,
/// and how often: the prior that tells a French word a scan stripped of its
/// accents (`Apercu`, `Edition`: `aperçu`, `édition` are everyday words) from
/// an English name that happens to be a rare French word without its accents
/// (`Scheme`: `schème` is seldom written), and a hyphen writers put where the
/// dictionary has none (`en-dessous`) from a speck read as one (`En-outre`).
/// Counted in an independent body of French prose by
/// `scripts/make-prose-counts`; only forms with a diacritic, a ligature or a
/// hyphen seen a few times are kept.
///
/// Like `CircumflexFrequencies`, the prior never justifies an edit by
/// itself: it only withholds one that nothing else in the document supports.
struct ProseFormFrequencies: Sendable {
    /// Occurrences per lower-case form.
    let counts: [String: Int]

    /// The counts shipped with Alinea.
    static let shared = ProseFormFrequencies(table: table)

    /// Parses `form count` lines.
    init(table: String) {
        var counts: [String: Int] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2, let count = Int(fields[1]) else { continue }
            counts[String(fields[0])] = count
        }
        self.counts = counts
    }

    /// How often the prose wrote `form` (lower case); 0 when it did not, or too rarely to be kept.
    func count(_ form: String) -> Int { counts[form] ?? 0 }
}
