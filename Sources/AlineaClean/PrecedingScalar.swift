/// What stands before a place in a text once the spaces are skipped: the mark
/// or letter that says whether a phrase, a sentence or a line ends there.
///
/// Why one helper: the rules that ask "does a clause open here?" (a glued `!`,
/// a lone `i!`, a label's capital) each walked back over spaces by hand.
enum PrecedingScalar {
    /// The last scalar before `offset` that is no space, or nil at the text's start.
    static func before(_ offset: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var index = offset - 1
        while index >= 0, scalars[index] == " " { index -= 1 }
        return index >= 0 ? scalars[index] : nil
    }
}
