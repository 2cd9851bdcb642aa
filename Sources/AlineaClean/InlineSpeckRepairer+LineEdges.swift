import AlineaText

/// Specks a scan reads in the margin, at the two edges of a line of the layout
/// pass's output (one paragraph a line): after the mark that already closed a
/// paragraph (`sous la cote FSC.DEL/92/09, :`, `de l’OSCE, '`, `scindées. +`), or
/// before the first word of one (`, Notant avec préoccupation`).
///
/// The judge is the punctuation already there, never a word list: a clause or a
/// sentence that closed with its own mark takes no second one spaced from it,
/// and no paragraph opens with a comma, a stop or a rule.
extension InlineSpeckRepairer {
    /// The marks a speck in the margin is read as. Dashes are list marks and bullets
    /// (`LineBoundaryDash`), `"` and `«` open or close quotations; none is here.
    /// Held as values and compared as such (`isMarginSpeck`), like `speckMarks`: the main loop asks
    /// after every mark of the text.
    static let marginSpecks: [UInt32] = ["|", "_", "‘", "’", "'", "*", "+", "~", "^", "¬", ".", ",", ":", ";"]
        .map { (mark: Unicode.Scalar) in mark.value }

    /// Whether `scalar` is one of `marginSpecks`.
    static func isMarginSpeck(_ scalar: Unicode.Scalar) -> Bool { marginSpecks.contains(scalar.value) }

    /// Of those, the ones that may end a line as punctuation of their own: a colon
    /// after a closing bracket or quotation introduces what follows (`dite « naturelle » :`).
    static let introducingMarks: Set<Unicode.Scalar> = [":", ";"]

    /// The marks after which a clause or a sentence has closed for good.
    static let clauseStops: Set<Unicode.Scalar> = [",", ".", ";", ":"]

    /// `FSC.DEL/92/09, :`, `dans le fichier « override ». :`, `« Découpage ». ; :`: one or
    /// two runs of margin specks (three marks at most each) between the mark that closed
    /// the line's last clause and the line's end, as the range to remove (the space before
    /// them included) — or nil. A colon or semicolon stays after a bracket, a quotation, `?`
    /// or `!` (it introduces what follows), and a spaced ellipsis (`. . .`) is the writer's.
    func specksAtLineEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        guard start >= 2, scalars[start - 1] == " ", Self.closingMarks.contains(scalars[start - 2]) else { return nil }
        var cursor = start, runs = 0, onlyStops = true, end = start
        while true {
            let runStart = cursor
            while cursor < scalars.count, Self.isMarginSpeck(scalars[cursor]) {
                if scalars[cursor] != "." { onlyStops = false }
                cursor += 1
            }
            guard cursor > runStart, cursor - runStart <= 3 else { return nil }
            runs += 1
            end = cursor
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            if cursor == scalars.count || scalars[cursor] == "\n" { break }
            guard runs < 2, cursor == end + 1 else { return nil }
        }
        if onlyStops, scalars[start - 2] == "." { return nil }
        if Self.introducingMarks.contains(scalars[start]), !Self.clauseStops.contains(scalars[start - 2]) { return nil }
        return (start - 1)..<end
    }

    /// `, Notant avec préoccupation`, `. Notant…`, `| Cet outil est utilisé`: a run of one or two
    /// margin specks opening a line, before a capitalised word, when the line before closed its
    /// last clause with a mark of its own (or none comes before) — as the range to remove, the
    /// space after included. After a line that ends without a mark the stop may be that line's,
    /// set down on the next (`zones` ¶ `. Ce calcul`), and stays. `*` opens list items, and a
    /// small letter after the mark may go on a sentence the page cut (`» ¶ ; ils sont`): both stay.
    func specksAtLineStart(_ scalars: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        guard start == 0 || scalars[start - 1] == "\n" else { return nil }
        var cursor = start
        while cursor < scalars.count, cursor - start < 2, scalars[cursor] != "*", Self.isMarginSpeck(scalars[cursor]) {
            cursor += 1
        }
        guard cursor > start, cursor + 1 < scalars.count, scalars[cursor] == " ", CharacterClass.isUppercase(scalars[cursor + 1])
        else { return nil }
        var before = start - 1
        while before >= 0, scalars[before] == "\n" || scalars[before] == " " { before -= 1 }
        guard before < 0 || Self.closingMarks.contains(scalars[before]) else { return nil }
        return start..<(cursor + 1)
    }

    /// `créer des logiciels, ‘ le projet`, `de sa partition, * ce qui`: a lone quote, star or
    /// rule standing between a clause's closing mark and a small letter is a speck — no
    /// quotation opens with a space after its mark, and a note's star is glued to its word.
    func speckAfterClauseStop(_ scalars: [Unicode.Scalar], at index: Int) -> Range<Int>? {
        guard index >= 2, index + 2 < scalars.count, "‘*_".unicodeScalars.contains(scalars[index]),
              scalars[index - 1] == " ", Self.clauseStops.contains(scalars[index - 2]),
              scalars[index + 1] == " ", CharacterClass.isLowercase(scalars[index + 2]) else { return nil }
        return index..<(index + 2)
    }
}
