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

    @Test("offsets count scalars over any UTF-8, past long runs, inside a cluster and at the very end")
    func offsetsOverMultibyteText() {
        // Runs of one-, two-, three- and four-byte scalars longer than eight bytes, a combining
        // accent (one scalar of the cluster `é`), a CRLF, and an insertion at the end.
        let text = "Les États-Unis d’Amérique — 𝒜𝒝𝒞𝒟 ok\r\ncafe\u{301} noël ééééééééé fin"
        let scalars = Array(text.unicodeScalars)
        func offset(of part: String, from: Int = 0) -> Int {
            let target = Array(part.unicodeScalars)
            return (from...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        }
        let edits = [
            Edit(offset: offset(of: "États"), before: "É", after: "E", rule: "test", confidence: 1),
            Edit(offset: offset(of: "𝒞"), before: "𝒞", after: "C", rule: "test", confidence: 1),
            Edit(offset: offset(of: "\r\n"), before: "\r", after: "", rule: "test", confidence: 1),
            Edit(offset: offset(of: "\u{301}"), before: "\u{301}", after: "\u{300}", rule: "test", confidence: 1),
            Edit(offset: offset(of: "é fin") , before: "é", after: "e", rule: "test", confidence: 1),
            Edit(offset: scalars.count, before: "", after: ".", rule: "test", confidence: 1),
        ]
        let stage = EditStage(name: "test", edits: edits)
        let output = stage.apply(to: text)
        // Compared as bytes: `==` on strings would let canonically equivalent spellings pass.
        #expect(Array(output.utf8) == Array("Les Etats-Unis d’Amérique — 𝒜𝒝C𝒟 ok\ncafe\u{300} noël éééééééée fin.".utf8))
        #expect(Array(stage.revert(output).utf8) == Array(text.utf8))
    }
}
