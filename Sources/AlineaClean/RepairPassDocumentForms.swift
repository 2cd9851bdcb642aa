import AlineaText

/// The very last resort of pass 2: a word damaged past what the confusion
/// search and the one-letter search reach, matched against the words the
/// document writes intact (`DocumentFormMatcher`).
extension RepairPass {
    /// The shortest word (in scalars) matched: shorter ones lie within two
    /// edits of too many of the document's words (`phis`: puis or plus).
    static let documentFormMinimumLength = 5

    /// What a match may cost per letter of the damaged word, and at most:
    /// about two hits on a five-letter word, three on a long one.
    static let documentFormCostPerLetter = 0.35
    static let documentFormMaximumCost = 1.8

    /// How much dearer than the chosen form every rival must be.
    static let documentFormMargin = 0.4

    /// `cavai` → `canal`, `inoins` → `moins`, `qraphiqhes` → `graphiques`: a
    /// word no other rule repairs (see `isLastResortCandidate` for which may be
    /// tried), within a few weighted edits of exactly one form the document
    /// writes intact elsewhere, and clearly nearer to it than to any other.
    /// A word after an elision must open with a vowel; after an article it
    /// must be able to be a noun or an adjective.
    func documentFormRepair(at index: Int) -> Decision? {
        let unit = units[index]
        // A form the document repeats is a term the lexicon lacks (`systemd`): a scan rarely
        // damages one word the same way twice.
        guard isLastResortCandidate(index, minimumLength: Self.documentFormMinimumLength),
              vocabulary.runningCount(unit.lower) <= 1 else { return nil }
        let budget = min(Self.documentFormMaximumCost, Self.documentFormCostPerLetter * Double(unit.length))
        let nominal = index > 0 && followsArticle(index)
        let found = documentForms().matches(for: unit.lower, maxCost: budget + Self.documentFormMargin).filter { found in
            (!unit.afterElision || Self.startsWithVowelOrH(found.match.word))
                && (!nominal || !tags(found.match.word).isDisjoint(with: [.nom, .adj]))
        }
        guard let top = found.first, top.match.cost <= budget + 1e-9,
              found.count == 1 || found[1].match.cost - top.match.cost >= Self.documentFormMargin,
              !(writesRectifiedSpelling && Self.onlyRestoresCircumflexOnIOrU(unit.lower, top.match.word)) else { return nil }
        return Decision(after: unit.pattern.apply(to: top.match.word, locale: locale), rule: "document-form", confidence: 0.6)
    }

    /// The matcher over the document's intact lower-case words, built on first need.
    func documentForms() -> DocumentFormMatcher {
        if let built = documentFormMatcher.value { return built }
        var counts: [ByteKey: Int] = [:]
        for unit in units where unit.kind == .word && unit.spells && !unit.isProtected
            && (unit.pattern == .lower || unit.pattern == .capitalized) {
            counts[ByteKey(unit.lower), default: 0] += 1
        }
        let matcher = DocumentFormMatcher(model: repairer.generator.model,
                                          forms: counts.map { (word: $0.key.string, count: $0.value) })
        documentFormMatcher.value = matcher
        return matcher
    }
}
