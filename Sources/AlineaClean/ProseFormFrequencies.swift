import AlineaText

/// Which words and hyphenated compounds French prose actually uses, and how
/// often: the prior that tells a French word a scan stripped of its accents
/// (`Apercu`, `Edition`: `aperçu`, `édition` are everyday words) from an
/// English name that happens to be a rare French word without its accents
/// (`Scheme`: `schème` is seldom written), the common reading of a damaged
/// word from a rare one (`demier`: `dernier`, not `denier`), and a hyphen
/// writers put where the dictionary has none (`en-dessous`) from a speck read
/// as one (`En-outre`). Counted in an independent body of French prose by
/// `scripts/make-prose-counts`; only forms seen a few times are kept.
///
/// Like `CircumflexFrequencies`, the prior never justifies an edit by
/// itself: it withholds one that nothing else in the document supports, or
/// breaks a near-tie between readings the confusion model found.
struct ProseFormFrequencies: Sendable {
    /// Occurrences per lower-case form.
    let counts: [String: Int]
    /// Each hyphenated compound, by its letters with the hyphens and diacritics
    /// taken out (`luimeme` → `lui-même`): what a scan that lost both leaves of it.
    let compoundsBySkeleton: [ByteKey: String]

    /// The counts shipped with Alinea.
    static let shared = ProseFormFrequencies(table: table)

    /// Parses `form count` lines.
    init(table: String) {
        counts = Dictionary(Self.formCounts(in: table), uniquingKeysWith: { _, last in last })
        var compounds: [ByteKey: (form: String, count: Int)] = [:]
        // Bytes, not characters: asked of every form.
        for (form, count) in counts where form.utf8.contains(UInt8(ascii: "-")) {
            let joined = String(scalars: form.unicodeScalars.filter { $0 != "-" })
            let key = ByteKey(AccentSkeleton.of(joined))
            if count > compounds[key]?.count ?? 0 { compounds[key] = (form, count) }
        }
        compoundsBySkeleton = compounds.mapValues { $0.form }
    }

    /// The compound French prose writes whose letters, without hyphens and
    /// diacritics, are `skeleton`'s (lower case, plain letters).
    func compound(withSkeleton skeleton: String) -> String? { compoundsBySkeleton[ByteKey(skeleton)] }

    /// The `form count` lines of a table made by `scripts/make-prose-counts` (this one's and
    /// `CircumflexFrequencies`'), in order; malformed lines are skipped.
    static func formCounts(in table: String) -> [(form: String, count: Int)] {
        CountTable.rows(in: table, keyFields: 1, counts: 1).map { ($0.key, $0.counts[0]) }
    }

    /// How often the prose wrote `form` (lower case); 0 when it did not, or too rarely to be kept.
    func count(_ form: String) -> Int { counts[form] ?? 0 }
}
