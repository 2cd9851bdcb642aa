import AlineaText
/// Cuts a long clause into its sub-clauses for finer alignment: after each
/// `;` that separates list members, and before each lettered enumeration
/// marker (`a) … ; et b) …`, `(i) … (ii) …`) when the letters run in order
/// from `a` (or `i`). A connective left alone by a cut (`et`, `and`) joins
/// the sub-clause after it.
enum SubclauseSplitter {
    /// Sub-clause ranges (scalar indices into `scalars`, within `range`); empty when the sentence does not divide.
    static func subclauses(of scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var cuts = Set<Int>()
        // After "; ".
        for index in range where scalars[index] == ";" && index + 1 < range.upperBound && scalars[index + 1].properties.isWhitespace {
            cuts.insert(index + 1)
        }
        // Before lettered markers in sequence.
        var expected: [String] = ["a", "i"]
        var markerCuts: [Int] = []
        var sequence: String?
        var index = range.lowerBound
        while index < range.upperBound {
            if index == range.lowerBound || scalars[index - 1].properties.isWhitespace,
               let (letters, length) = marker(in: scalars, at: index, limit: range.upperBound) {
                if expected.contains(letters) {
                    markerCuts.append(index)
                    sequence = sequence ?? (letters == "a" ? "latin" : "roman")
                    expected = [successor(of: letters, in: sequence!)]
                }
                index += length
                continue
            }
            index += 1
        }
        if markerCuts.count >= 2 { cuts.formUnion(markerCuts) }
        cuts.remove(range.lowerBound)
        guard !cuts.isEmpty else { return [] }

        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for cut in cuts.sorted() {
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<range.upperBound)
        pieces = pieces.compactMap { trim($0, scalars) }
        // A lone connective ("et", "and", "ou", "or") belongs to the next piece.
        var merged: [Range<Int>] = []
        var pendingStart: Int?
        for (position, piece) in pieces.enumerated() {
            let isConnective = !scalars[piece].contains { $0.properties.isWhitespace } && piece.count <= 3 && position + 1 < pieces.count
            if isConnective { pendingStart = pendingStart ?? piece.lowerBound; continue }
            merged.append((pendingStart ?? piece.lowerBound)..<piece.upperBound)
            pendingStart = nil
        }
        return merged.count >= 2 ? merged : []
    }

    private static func marker(in scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (String, Int)? {
        var position = index
        let parenthesised = scalars[position] == "("
        if parenthesised { position += 1 }
        let lettersStart = position
        while position < limit, scalars[position].isASCII, CharacterClass.isLowercase(scalars[position]) { position += 1 }
        guard position > lettersStart, position < limit, scalars[position] == ")" else { return nil }
        guard position + 1 < limit, scalars[position + 1].properties.isWhitespace else { return nil }
        let letters = String(scalars: scalars[lettersStart..<position])
        guard letters.count == 1 || LineMarker.isRomanNumeral(letters) else { return nil }
        return (letters, position + 1 - index)
    }

    private static func successor(of letters: String, in sequence: String) -> String {
        if sequence == "latin", let scalar = letters.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1) {
            return String(Character(next))
        }
        let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        if let position = romans.firstIndex(of: letters), position + 1 < romans.count { return romans[position + 1] }
        return ""
    }

    private static func trim(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
