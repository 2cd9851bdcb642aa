/// How often French prose writes a word with its circumflexes and without:
/// the prior that decides between two valid words a scan has made one
/// (`tache` for `tâche`, `coté` for `côté`), where grammar cannot (both are
/// nouns). Counted in an independent body of French prose by
/// `scripts/make-prose-counts`; only forms with a circumflex, and
/// their plain counterparts, are kept.
///
/// A help text is one register of French: it never speaks of a stain, so it
/// makes `tâche` look certain where French at large writes `tache` one time
/// in four. Turning one valid word into another therefore also asks the
/// general-French frequencies (`generalCounts`, from `wordfreq`):
/// `writesGenerallyOftener` must agree.
///
/// The prior alone never justifies an edit: `RepairPass` asks it only in a
/// document that demonstrably drops circumflexes (several words repaired by
/// adding one, none read intact), where a plain form is as likely a
/// damaged one as a right one; and the word pass asks it to choose between
/// two readings of one damaged word (`tétes`: `têtes` over `tétés`).
struct CircumflexFrequencies: Sendable {
    /// Occurrences per lower-case form.
    let counts: [String: Int]
    /// The circumflexed forms of each plain spelling (`tache` → [`tâche`]),
    /// and of each spelling with its `ê` read as `è` or `é` (`tétes` → [`têtes`],
    /// `mémé` → [`même`]: `misreadVariants`).
    let circumflexed: [String: [String]]
    /// Occurrences per billion words of French at large, for the circumflexed
    /// forms and their plain spellings.
    let generalCounts: [String: Int]

    /// The counts shipped with Alinea.
    static let shared = CircumflexFrequencies(table: table, general: generalTable)

    /// Parses `form count` lines: the help-text counts, and the general-French ones.
    init(table: String, general: String = "") {
        var counts: [String: Int] = [:]
        var circumflexed: [String: [String]] = [:]
        for (form, count) in ProseFormFrequencies.formCounts(in: table) {
            counts[form] = count
            let plain = Self.removingCircumflexes(form)
            if plain != form { circumflexed[plain, default: []].append(form) }
            for variant in Self.misreadVariants(form) { circumflexed[variant, default: []].append(form) }
        }
        self.counts = counts
        self.circumflexed = circumflexed
        self.generalCounts = Dictionary(ProseFormFrequencies.formCounts(in: general), uniquingKeysWith: { _, last in last })
    }

    /// `word` with every circumflexed vowel plain (`tâche` → `tache`).
    static func removingCircumflexes(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "â": scalars.append("a")
            case "ê": scalars.append("e")
            case "î": scalars.append("i")
            case "ô": scalars.append("o")
            case "û": scalars.append("u")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `word` with its `ê` read as `è` or `é`, and its plain `e` as they
    /// are or as `é`: what a scan that keeps an accent but not its shape makes
    /// of it (`mémes`, `tètes`, and `mémé` for `même`, the classic one).
    /// Every `ê` is read so; words have one or two `e`, so the variants are few.
    /// An `û` is read as an `i` (`sir` for `sûr`): a model without the letter
    /// takes its circumflex for a dot and loses the bowl under it.
    static func misreadVariants(_ word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        let hasE = scalars.contains("ê")
        guard hasE || scalars.contains("û") else { return [] }
        var variants: [[Unicode.Scalar]] = [[]]
        for scalar in scalars {
            let readings: [Unicode.Scalar] = scalar == "ê" ? ["è", "é"] : scalar == "û" ? ["i"]
                : scalar == "e" && hasE ? ["e", "é"] : [scalar]
            variants = variants.flatMap { prefix in readings.map { prefix + [$0] } }
            if variants.count > 64 { return [] }
        }
        return variants.map { String(String.UnicodeScalarView($0)) }
    }

    /// Whether `word` has a circumflexed letter (â ê î ô û, lower or upper
    /// case). Compared by value: the context rules ask of every word, and
    /// searching a string of them decoded it for each scalar.
    static func hasCircumflex(_ word: String) -> Bool {
        word.unicodeScalars.contains { scalar in
            switch scalar {
            case "â", "ê", "î", "ô", "û", "Â", "Ê", "Î", "Ô", "Û": return true
            default: return false
            }
        }
    }

    /// The circumflexed form of the lower-case `word` that prose writes far
    /// more often than `word` itself: seen at least `minimum` times and
    /// `ratio` times as often (a form never seen counts as half an
    /// occurrence). `du`/`dû`, `sur`/`sûr`, `cote`/`côte` never qualify.
    func preferredCircumflexed(_ word: String, ratio: Double = 20, minimum: Int = 5) -> String? {
        guard let forms = circumflexed[word] else { return nil }
        let plain = Double(max(1, 2 * (counts[word] ?? 0))) / 2
        guard let best = forms.max(by: { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) }) else { return nil }
        let count = counts[best] ?? 0
        return count >= minimum && Double(count) >= ratio * plain ? best : nil
    }

    /// Whether French at large writes `form` at least `dominance` times as
    /// often as `other` (a form it does not know counts as half an occurrence
    /// per billion; an unknown `form` never wins). `côté` over `coté` (12 to 1)
    /// yes; `tâche` over `tache` (4 to 1), `boîte` over the 1990 spelling
    /// `boite` (2 to 1) no: there a plain form is too often right to replace.
    func writesGenerallyOftener(_ form: String, than other: String, dominance: Double = 10) -> Bool {
        guard let count = generalCounts[form] else { return false }
        return Double(count) >= dominance * max(0.5, Double(generalCounts[other] ?? 0))
    }
}
