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

    /// The shortest damaged word matched against prose's vocabulary as well as the
    /// document's: shorter ones find too many prose words within their budget.
    static let proseFormMinimumLength = 8

    /// What a match to a prose form may cost at most (a document form: `documentFormMaximumCost`).
    static let proseFormMaximumCost = 1.7

    /// The shortest damaged word matched to a prose form across two edits outside the
    /// confusion model, and what that match may cost at most.
    static let proseFormTwoMissesMinimumLength = 10
    static let proseFormTwoMissesMaximumCost = 2.0

    /// The matcher over the forms French prose uses (`ProseFormFrequencies`) of at
    /// least six letters, built once: the candidates a damaged long word is matched
    /// against where the document writes no form near it.
    static let proseForms: DocumentFormMatcher = {
        let forms = ProseFormFrequencies.shared.counts.keys.filter { form in
            form.unicodeScalars.count >= proseFormMinimumLength - 2 && form.unicodeScalars.allSatisfy(CharacterClass.isLetter)
        }
        return DocumentFormMatcher(model: OCRConfusionModel(language: .french), forms: forms.sorted())
    }()

    /// `neuveay` → `nouveau`, `chacfiot` → `charriot`, `qraphiqhes` → `graphiques`: a
    /// word no other rule repairs (see `isLastResortCandidate` for which may be
    /// tried), within a few weighted edits of exactly one form the document
    /// writes intact elsewhere, and clearly nearer to it than to any other — or, for
    /// a long word the document offers nothing for (`forictionnalites`), to a form
    /// French prose uses (`proseForms`), within `proseFormMaximumCost`.
    /// A word after an elision must open with a vowel; after an article it
    /// must be able to be a noun or an adjective.
    func documentFormRepair(at index: Int) -> Decision? {
        let unit = units[index]
        // A form the document repeats is a term the lexicon lacks (`systemd`): a scan rarely
        // damages one word the same way twice.
        guard isLastResortCandidate(index, minimumLength: Self.documentFormMinimumLength),
              vocabulary.runningCount(unit.lower) <= 1, standsApart(index) else { return nil }
        var budget = min(Self.documentFormMaximumCost, Self.documentFormCostPerLetter * Double(unit.length))
        let nominal = index > 0 && followsArticle(index)
        var candidates = documentForms().matches(for: unit.lower, maxCost: budget + Self.documentFormMargin)
        // A long word may be one the document never writes intact but French prose uses (`forictionnalites`,
        // `complenicntaires`): long words lie far enough apart that two or three hits still single one out.
        // Only where the document offers nothing: a form it writes intact is the surer evidence, and
        // prose's spelling variants (`chariot` beside the document's `charriot`) are no rivals to it.
        if candidates.isEmpty, unit.length >= Self.proseFormMinimumLength, french {
            // Prose holds thousands of long words: a tighter budget than the document's own few hundred —
            // but a very long word may take two hits outside the model (`pareigraphe`, `utilisiteus`).
            let veryLong = unit.length >= Self.proseFormTwoMissesMinimumLength
            budget = veryLong ? Self.proseFormTwoMissesMaximumCost : min(budget, Self.proseFormMaximumCost)
            candidates = Self.proseForms.matches(for: unit.lower, maxCost: budget + Self.documentFormMargin,
                                                 maximumOutside: veryLong ? 2 : 1)
                // A word whose letters prose writes, only its accents otherwise (`dévanâgari`), is a rare
                // word spelt right, not one a scan damaged: scans lose accents, they do not invent them so.
                .filter { repairer.spells($0.word) && AccentSkeleton.of($0.word) != AccentSkeleton.of(unit.lower) }
        }
        let found = candidates.filter { found in
            (!unit.afterElision || Self.startsWithVowelOrH(found.word))
                && (!nominal || !tags(found.word).isDisjoint(with: [.nom, .adj]))
        }
        guard let top = found.first, top.cost <= budget + 1e-9,
              found.count == 1 || found[1].cost - top.cost >= Self.documentFormMargin,
              !keepsRectifiedSpelling(unit.lower, repairedAs: top.word) else { return nil }
        return Decision(after: unit.pattern.apply(to: top.word, locale: locale), rule: "document-form", confidence: 0.6)
    }

    /// `LilÿPond`, `LilyÿPond`, `LilylPond` → `LilyPond`: a mixed-case name (a
    /// product's, a format's) no lexicon holds, one edit from a name the document
    /// writes more often (and twice at least) in plain letters, opening with the same
    /// letter — the document's own spelling of the name, which the scan damaged
    /// here by a letter added, lost or accented, or misread as the confusion model says a
    /// shape is (`LityPond`: `l` read as `t`) where the name's parts are words and the variant's
    /// are not (any other plain letter for another may be the name as well as the scan's slip:
    /// left) — that one even where the variant is written more often than the name. Not a difference of case
    /// alone (`TEXworks`, small capitals read large). Only when exactly one name is that near.
    func documentNameRepair(at index: Int) -> Decision? {
        guard units[index].kind == .word, units[index].pattern == .mixed, !units[index].isProtected, !units[index].spells,
              units[index].length >= 5 else { return nil }
        let text = units[index].text
        let names = documentNames()
        let own = names[text] ?? 0
        let near = names.filter { name, count in
            guard count >= 2, name.unicodeScalars.first == text.unicodeScalars.first,
                  name.lowercased() != text.lowercased(), Self.editDistance(name, text) == 1 else { return false }
            // One plain letter for another (`LityPond` beside `LilyPond`) may be the scan's habit on this
            // page as well as a slip: which spelling is the name, counts cannot tell. A letter added or
            // lost, or an accented one in a name of plain letters (`LilÿPond`), is damage outright.
            // A swap the confusion model knows for a shape the scan misreads (`LityPond`: `l` read as `t`)
            // is damage too where the name is made of words and the variant is not (`Lily` and `Pond`;
            // `Lity` is none): a scan that misreads the shape on every page cannot outvote that.
            let a = Array(name.unicodeScalars), b = Array(text.unicodeScalars)
            let swap = a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || $0.isASCII && $1.isASCII }
            guard a.allSatisfy(\.isASCII) else { return false }
            // Written less often than the variant, the name wins only by its parts (`LilyPond` ×2 beside `LityPond` ×4).
            let shapeOfWords = misreadsShape(intended: a, observed: b) && spellsParts(name) && !spellsParts(text)
            return count > own ? !swap || shapeOfWords : swap && shapeOfWords
        }
        guard near.count == 1, let name = near.first?.key else { return nil }
        return Decision(after: name, rule: "document-name", confidence: 0.7)
    }

    /// Whether `observed` is `intended` with one letter misread as the confusion model says
    /// scans misread that letter's shape (`t` for `l`), case aside.
    func misreadsShape(intended: [Unicode.Scalar], observed: [Unicode.Scalar]) -> Bool {
        guard intended.count == observed.count,
              let position = intended.indices.first(where: { intended[$0] != observed[$0] }) else { return false }
        let from = String(intended[position]).lowercased().unicodeScalars, to = String(observed[position]).lowercased().unicodeScalars
        return repairer.generator.model.substitutions.contains {
            $0.kind == .shape && $0.intended.elementsEqual(from) && $0.observed.elementsEqual(to)
        }
    }

    /// Whether each capitalised part of the mixed-case `name` (`Lily`, `Pond`) is a word of
    /// this language or of the foreign one (English beside French).
    func spellsParts(_ name: String) -> Bool {
        var parts: [String] = [], current = ""
        for character in name {
            if character.isUppercase, !current.isEmpty { parts.append(current); current = "" }
            current.append(character)
        }
        parts.append(current)
        return parts.allSatisfy { part in
            part.count >= 2 && (repairer.spells(part) || repairer.foreignLexicon?.spell(part) == true)
        }
    }

    /// The document's mixed-case words (`LilyPond`, `TeXworks`) and how often each occurs.
    func documentNames() -> [String: Int] {
        if let built = documentNameCounts { return built }
        var names: [String: Int] = [:]
        for unit in units where unit.kind == .word && unit.pattern == .mixed { names[unit.text, default: 0] += 1 }
        documentNameCounts = names
        return names
    }

    /// Whether the word at `index` stands between spaces or punctuation (brackets, quotes,
    /// stops; a hyphen is `touchesHyphen`'s): glued to a symbol or a digit it is a piece of a
    /// damaged token (`particuli¢rement`), whose other piece the match cannot see.
    func standsApart(_ index: Int) -> Bool {
        let unit = units[index]
        func free(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
                 .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
        return (unit.start == 0 || free(scalars[unit.start - 1])) && (unit.end == scalars.count || free(scalars[unit.end]))
    }

    /// The matcher over the document's intact lower-case words, built on first need.
    func documentForms() -> DocumentFormMatcher {
        if let built = documentFormMatcher { return built }
        var forms = Set<ByteKey>()
        // Units with one text share their lower-case form: each text is hashed once.
        var taken = [Bool](repeating: false, count: units.count)
        for (index, unit) in units.enumerated() where unit.kind == .word && unit.spells && !unit.isProtected
            && (unit.pattern == .lower || unit.pattern == .capitalized) && !taken[textRepresentative[index]] {
            taken[textRepresentative[index]] = true
            forms.insert(ByteKey(unit.lower))
        }
        let matcher = DocumentFormMatcher(model: repairer.generator.model, forms: forms.map(\.string))
        documentFormMatcher = matcher
        return matcher
    }
}
