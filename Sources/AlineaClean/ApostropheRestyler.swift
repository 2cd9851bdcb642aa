import AlineaText

/// The optional last stage: rewrites apostrophes in the chosen style
/// (`ApostropheStyle`), logging each one so the change stays reversible.
struct ApostropheRestyler: Sendable {
    let style: ApostropheStyle

    /// The `apostrophes` stage for `text` (no edits for `.keep`).
    func restyle(_ text: String) -> EditStage {
        let styled = style.apply(to: text)
        guard styled != text else { return EditStage(name: "apostrophes", edits: []) }
        let old = text.scalarArray, new = styled.scalarArray
        guard old.count == new.count else {
            // Not expected (the style swaps one scalar for one); still log it losslessly.
            return EditStage(name: "apostrophes", edits: [Edit(offset: 0, before: text, after: styled,
                                                               rule: "apostrophe-\(style.rawValue)", confidence: 1)])
        }
        var edits: [Edit] = []
        for index in old.indices where old[index] != new[index] {
            edits.append(Edit(offset: index, before: String(Character(old[index])), after: String(Character(new[index])),
                              rule: "apostrophe-\(style.rawValue)", confidence: 1))
        }
        return EditStage(name: "apostrophes", edits: edits)
    }
}
