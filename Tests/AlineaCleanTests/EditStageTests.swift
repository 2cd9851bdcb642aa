import AlineaClean
import Testing

@Suite("EditStage: one pass's edits, applied and reverted as one substitution")
struct EditStageTests {
    @Test("an insertion and a removal that start at one offset apply and revert in either order given")
    func insertionBeforeRemovalAtOneOffset() {
        // A line's end taken back (insertion at its end) where the removal of the block
        // that held it starts: the two edits touch, they do not overlap.
        let text = "une ligne\n\nsa fin\n"
        let insertion = Edit(offset: 9, before: "", after: " prend sa fin", rule: "reading-order", confidence: 0.8)
        let removal = Edit(offset: 9, before: "\n\nsa fin", after: "", rule: "reading-order", confidence: 0.8)
        for edits in [[insertion, removal], [removal, insertion]] {
            let stage = EditStage(name: "reading-order", edits: edits)
            #expect(stage.edits.first?.before == "")
            #expect(stage.apply(to: text) == "une ligne prend sa fin\n")
            #expect(stage.revert(stage.apply(to: text)) == text)
        }
    }
}
