import AlineaLexicon
import AlineaText

/// Repairs words in which the scan read one letter as a symbol: an OCR model
/// without French glyphs (tesseract's English model) picks the nearest shape
/// it knows for `ê`, `é`, `œ` or `â` — `@tre`, `n@uds`, `Fen@tre`, `€tre`,
/// `¢algues`, `gr&ce`. The word repairer cannot see these words: its tokens
/// break at symbols, and a chunk holding `@` is protected as an address.
///
/// A whitespace-delimited chunk qualifies when, its surrounding punctuation
/// aside, it is letters and exactly one symbol the confusion model maps to a
/// letter (`OCRConfusionModel.Kind.accentGlyph`). Candidates come from the
/// confusion model and must be accepted by the lexicon, so an address
/// (`root@localhost`, `a@b.org`) never becomes a word. One logged `Edit` per
/// repair, so the stage can be reverted.
struct SymbolGlyphRepairer: Sendable {
    let lexicon: HunspellDictionary?
    let language: CleanLanguage
    /// Repairs below this confidence are left alone (the cleaner's `--min-confidence`).
    var minConfidence = 0.5

    /// Punctuation that may surround a word in its chunk.
    static let leading: Set<Unicode.Scalar> = ["(", "[", "«", "\"", "“", "‘", "'"]
    static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "»", "\"", "”", "’", "'"]

    /// The `glyphs` stage for `text`.
    func repair(_ text: String) -> EditStage {
        guard let lexicon, language == .french else { return EditStage(name: "glyphs", edits: []) }
        let model = OCRConfusionModel(language: language)
        // A handful of scalars, compared by value: no hashing on the scan of the whole text.
        var symbolValues: [UInt32] = []
        for substitution in model.substitutions where substitution.kind == .accentGlyph && substitution.observed.count == 1
            && !WordToken.isWordScalar(substitution.observed[0]) && !symbolValues.contains(substitution.observed[0].value) {
            symbolValues.append(substitution.observed[0].value)
        }
        let symbols = { (scalar: Unicode.Scalar) in symbolValues.contains(scalar.value) }
        // Cheap pre-check: most texts hold none of these symbols.
        guard text.unicodeScalars.contains(where: symbols) else { return EditStage(name: "glyphs", edits: []) }
        let scalars = text.scalarArray
        let generator = CandidateGenerator(model: model)
        var edits: [Edit] = []
        var chunkEnd = 0
        // Only the chunks around a symbol are looked at.
        for position in scalars.indices where position >= chunkEnd && symbols(scalars[position]) {
            var start = position, end = position + 1
            while start > 0, !ProtectedSpans.isWhitespace(scalars[start - 1]) { start -= 1 }
            while end < scalars.count, !ProtectedSpans.isWhitespace(scalars[end]) { end += 1 }
            chunkEnd = end
            while start < end, Self.leading.contains(scalars[start]) { start += 1 }
            while end > start, Self.trailing.contains(scalars[end - 1]) { end -= 1 }
            let core = scalars[start..<end]
            // `45€me`: an ordinal's ending, read with a symbol, is searched among the ordinal endings alone.
            let digits = core.prefix { ("0"..."9").contains($0) }.count
            if digits > 0 {
                if let edit = ordinalEnding(core, digits: digits, at: start, generator: generator, symbols: symbols) { edits.append(edit) }
                continue
            }
            guard core.count >= 3, core.filter(symbols).count == 1,
                  core.allSatisfy({ symbols($0) || CharacterClass.isLetter($0) }) else { continue }
            let word = String(scalars: core)
            let pattern = CasePattern(of: word)
            guard pattern != .mixed else { continue }
            let lower = CasePattern.lower(word, locale: language.locale)
            let candidates = generator.candidates(for: lower, allowed: { $0 != .faintAscender }) { candidate in
                lexicon.spell(pattern.apply(to: candidate, locale: language.locale))
            }
            guard let top = candidates.first, let confidence = CandidateGenerator.confidence(of: candidates),
                  confidence >= minConfidence else { continue }
            edits.append(Edit(offset: start, before: word, after: pattern.apply(to: top.word, locale: language.locale),
                              rule: "accent-glyph", confidence: confidence))
        }
        return EditStage(name: "glyphs", edits: edits)
    }

    /// `45€me` → `45ème`: digits, then an ordinal ending (`RepairPass.ordinalSuffixes`) with one
    /// letter read as a symbol — the only reading searched, so a price (`45€`) or a code stays.
    private func ordinalEnding(_ core: ArraySlice<Unicode.Scalar>, digits: Int, at start: Int, generator: CandidateGenerator,
                               symbols: (Unicode.Scalar) -> Bool) -> Edit? {
        let ending = core.dropFirst(digits)
        guard ending.count >= 2, ending.filter(symbols).count == 1,
              ending.allSatisfy({ symbols($0) || CharacterClass.isLowercase($0) }) else { return nil }
        let candidates = generator.candidates(for: String(scalars: ending), allowed: { $0 == .accentGlyph }) {
            RepairPass.ordinalSuffixes.contains($0)
        }
        guard let top = candidates.first, let confidence = CandidateGenerator.confidence(of: candidates),
              confidence >= minConfidence else { return nil }
        return Edit(offset: start + digits, before: String(scalars: ending), after: top.word, rule: "accent-glyph", confidence: confidence)
    }
}
