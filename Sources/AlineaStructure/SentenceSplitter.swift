import AlineaText

/// Cuts a block into sentences with ICU's sentence rules (with the locale's
/// abbreviation suppression, `fr@ss=standard` / `en@ss=standard`), then
/// takes back the breaks ICU should not have made in official texts:
/// after a domain abbreviation (`No`, `art.`, `M.`, `e.g.`…), before a
/// lower-case letter or a digit (so numbers and symbols such as `3/04`,
/// `A/65/201`, `1.5` stay whole), and inside quotations (« … », “ … ”).
/// Not thread-safe (it owns an ICU iterator): one per segmentation call.
final class SentenceSplitter {
    /// Abbreviations after which a period never ends a sentence, as written
    /// (case matters: `No.` is an abbreviation, `no.` at a sentence end is not
    /// in English). `etc.` is handled apart: it ends a sentence unless a
    /// lower-case word follows.
    static let abbreviations: Set<String> = [
        // Numbering and references
        "No", "No.", "Nos", "Nos.", "N°", "no.", "nos.", "p.", "pp.", "art.", "Art.", "arts.", "para.", "paras.",
        "par.", "al.", "chap.", "Chap.", "vol.", "Vol.", "op.", "cit.", "cf.", "Cf.", "ibid.", "Ibid.", "env.",
        "Corr.", "Rev.", "Add.", "Suppl.", "annex.", "fig.", "Fig.", "sect.", "Sect.",
        // Latin
        "e.g.", "i.e.", "viz.", "vs.", "c.-à-d.",
        // Titles
        "M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr", "Dr.", "Pr", "Pr.", "Prof.", "Mr.", "Mrs.", "Ms.",
        "Messrs.", "St.", "Ste", "Jr.", "Sr.", "S.E.", "H.E.", "Amb.",
        // Organisations
        "Inc.", "Ltd.", "Co.", "Cie",
    ]

    private let iterator: BreakIterator

    /// Opens the ICU iterator for `language` (`fr`, `en`).
    init(language: String) throws {
        iterator = try BreakIterator(.sentence, locale: "\(language)@ss=standard")
    }

    /// The sentences of `text` as scalar ranges into it, trimmed.
    func sentences(of text: MappedText) throws -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        let map = text.scalarIndexByUTF16Offset()
        let boundaries = try iterator.utf16Boundaries(in: text.utf16).map { map[$0.offset] }
        let scalars = text.scalars
        var ranges: [Range<Int>] = []
        var start = 0
        for icuBoundary in boundaries where icuBoundary < scalars.count {
            let boundary = afterClosingQuote(scalars, icuBoundary)
            guard boundary > start, boundary < scalars.count else { continue }
            if keepsTogether(scalars, from: start, at: boundary) { continue }
            ranges.append(start..<boundary)
            start = boundary
        }
        ranges.append(start..<scalars.count)
        return ranges.compactMap { trim($0, in: scalars) }
    }

    /// French typography puts a space before the closing guillemet (`… signerons. » La`), so
    /// ICU breaks before `»`; the sentence really ends after it.
    private func afterClosingQuote(_ scalars: [Unicode.Scalar], _ boundary: Int) -> Int {
        var next = boundary
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count, scalars[next] == "»" || scalars[next] == "”" else { return boundary }
        var previous = boundary
        while previous > 0, scalars[previous - 1].properties.isWhitespace { previous -= 1 }
        guard previous > 0, ".!?…".unicodeScalars.contains(scalars[previous - 1]) else { return boundary }
        next += 1
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        return next
    }

    private func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether the ICU break at `boundary` must be dropped.
    private func keepsTogether(_ scalars: [Unicode.Scalar], from start: Int, at boundary: Int) -> Bool {
        // What follows the break.
        var next = boundary
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return true }
        let following = scalars[next]
        if CharacterClass.isLowercase(following) || following.properties.numericType != nil { return true }
        // The word before the break.
        var end = boundary
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var wordStart = end
        while wordStart > start, !scalars[wordStart - 1].properties.isWhitespace { wordStart -= 1 }
        var word = String(scalars: scalars[wordStart..<end])
        while let first = word.unicodeScalars.first, "([«“\"'".unicodeScalars.contains(first) { word.unicodeScalars.removeFirst() }
        if Self.abbreviations.contains(word) { return true }
        // A single capital and a period: an initial (`J. Smith`).
        let letters = word.unicodeScalars
        if letters.count == 2, letters.first!.properties.isUppercase, letters.last == "." { return true }
        // Inside a quotation.
        var depth = 0, straightOpen = false
        for scalar in scalars[start..<boundary] {
            switch scalar {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
        }
        return depth > 0 || straightOpen
    }
}
