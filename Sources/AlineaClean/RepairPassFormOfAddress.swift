import AlineaText
import AlineaLexicon

/// Part of pass 3 of `RepairPass`: the form of address. Manuals, decisions
/// and reports address their reader as `vous` or not at all; a scan that
/// reads the `l` of `la`, `le`, `les` as a `t` (`revoir ta version`,
/// `Entrez te mot`) makes second-person-singular words such a text never
/// holds. When the document has no `tu` of its own, those are misreadings,
/// and a damaged word is not repaired into such a form while another
/// reading remains (`selectionnes`: `sélectionnés`, not `sélectionnes`).
extension RepairPass {
    /// Whether the document addresses someone as `tu`: a `tu` or `toi`, or an elided `t’`.
    func addressesReaderAsTu() -> Bool {
        if let known = tuCache { return known }
        let found = units.contains { unit in
            unit.kind == .elision ? unit.text.lowercased().hasPrefix("t") && unit.text.unicodeScalars.count <= 2
                : unit.kind == .word && unit.length <= 3 && (unit.lower == "tu" || unit.lower == "toi")
        }
        tuCache = found
        return found
    }

    /// Whether every reading of `word` is of the second person singular
    /// (`sélectionnes`, `mentionnes`, `te`; not `donnes`, also a noun).
    func isOnlySecondPersonSingular(_ word: String) -> Bool {
        let analyses = lexicon.analyze(word)
        return !analyses.isEmpty && analyses.allSatisfy(Self.isSecondPersonSingular)
    }

    /// Whether one Hunspell analysis is of the second person singular: a verb
    /// form (`po:2sg`) or a pronoun (`po:2pe` and `is:sg`: `tu`, `te`, `toi`).
    static func isSecondPersonSingular(_ analysis: String) -> Bool {
        analysis.contains(utf8: "po:2sg") || analysis.contains(utf8: "po:2pe") && analysis.contains(utf8: "is:sg")
    }

    /// The articles `la`, `le`, `les` as a scan reads them with a `t` for the
    /// `l`, which spells the second-person forms (asked of every short word:
    /// built once).
    static let articlesReadWithT: WordTable<String> = ["ta": "la", "te": "le", "tes": "les"]

    /// The second-person singular possessives, which Hunspell tags as any
    /// possessive (`po:detpos`): a document without `tu` never writes them.
    static let secondPersonPossessives: Set<String> = ["ton", "ta", "tes"]

    /// `revoir ta version` → `la`, `Entrez te mot` → `le`, `tes paquets` →
    /// `les`: in a document without `tu`, a second-person-singular possessive
    /// or clitic before a word is the article whose `l` the scan read as a `t`.
    /// (The same reasoning for a verb form only of the second person singular
    /// is `participleAfterNoun`'s, where the scan demonstrably drops accents.)
    func secondPersonMisreading(at index: Int) {
        // Read in place: asked of every word, and a copy of a unit retains its three strings.
        let pattern = units[index].pattern
        guard units[index].length <= 3, pattern == .lower || pattern == .capitalized,
              let article = Self.articlesReadWithT[units[index].lower], index + 1 < units.count, units[index + 1].kind == .word,
              onlySpaces(units[index].end, units[index + 1].start), !addressesReaderAsTu() else { return }
        replace(index, with: Decision(after: pattern.apply(to: article, locale: locale), rule: "confusion", confidence: 0.7))
    }

    /// `les systèmes de fichiers mentionnes de la hiérarchie` → `mentionnés`:
    /// right after a noun, in a document without `tu`, a verb form only of
    /// the second person singular has no subject; the participle one accent
    /// away qualifies the noun. Only where the document's own `a`/`à` counts
    /// show a scan that drops accents (`accentLoss`), and only a word read with
    /// no accent at all: one that kept an accent (`les groupes crées`) is the
    /// author's common slip more often than the scan's.
    func participleAfterNoun(at index: Int) {
        guard accentLoss >= 0.5, index > 0, units[index].pattern == .lower, units[index].length >= 5,
              units[index].lower.unicodeScalars.allSatisfy(\.isASCII),
              units[index - 1].kind == .word, units[index - 1].pattern == .lower,
              onlySpaces(units[index - 1].end, units[index].start) else { return }
        let own = lowerTags(index)
        guard !own.isDisjoint(with: PartsOfSpeech.finite), own.isDisjoint(with: [.nom, .adj, .ppas, .adv, .prep, .mg]),
              formTags(index - 1).contains(.nom), formTags(index - 1).isDisjoint(with: [.propersuj, .properobj, .preverb]),
              isOnlySecondPersonSingular(units[index].lower), !addressesReaderAsTu() else { return }
        let unit = units[index]
        if let participle = onlyAccentVariant(of: unit.text, kinds: { $0 == .accentLoss }, fits: { fits($0, .participle) }) {
            replace(index, with: Decision(after: participle, rule: "accent", confidence: 0.7))
        }
    }
}
