@testable import AlineaClean
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

    @Test("edits not applied are carried to the stage's output; one whose text the stage replaced is dropped")
    func carriesSuggestions() {
        let text = "Le r6le de ce-chapitre et la meme note."
        let stage = EditStage(name: "inline-after-words", edits: [
            Edit(offset: 13, before: "-", after: " ", rule: "speck-hyphen", confidence: 0.7),
            Edit(offset: 0, before: "Le", after: "Le premier", rule: "test", confidence: 0.9),
        ])
        let output = stage.apply(to: text)
        let suggestions = [
            Edit(offset: 3, before: "r6le", after: "rôle", rule: "circumflex-o", confidence: 0.4),
            Edit(offset: 13, before: "-chapitre", after: " chapitre", rule: "test", confidence: 0.4),
            Edit(offset: 29, before: "meme", after: "même", rule: "accent", confidence: 0.4),
        ]
        let carried = stage.carry(suggestions)
        #expect(carried.map(\.after) == ["rôle", "même"])
        for edit in carried {
            let start = output.unicodeScalars.index(output.unicodeScalars.startIndex, offsetBy: edit.offset)
            let end = output.unicodeScalars.index(start, offsetBy: edit.before.unicodeScalars.count)
            #expect(String(output.unicodeScalars[start..<end]) == edit.before)
        }
    }
}
