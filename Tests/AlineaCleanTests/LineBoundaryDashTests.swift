@testable import AlineaClean
import AlineaLexicon
import Testing

@Suite("A dash alone at a line's start or end inside a sentence")
struct LineBoundaryDashTests {
    static let prose: [Unicode.Scalar] = Array("Les images sont traitées.\nLe menu Fenêtre - Masquer la console.\n".unicodeScalars)

    @Test("a speck read as a dash at a line boundary goes where the sentence runs on", .enabled(if: LayoutFixtures.french != nil))
    func specksGo() {
        let dashes = LineBoundaryDash(lexicon: LayoutFixtures.french, scalars: Self.prose)
        #expect(!dashes.documentWritesDashes)
        // Before a complement the word before it needs (an infinitive, a determiner's noun).
        #expect(dashes.trailingSpeck(LineShape("Cliquer dessus et maintenir -"), before: LineShape("le bouton gauche de la souris")) == 2)
        #expect(dashes.leadingSpeck(LineShape("on vous posera quelques"), after: LineShape("")) == 0)
        #expect(dashes.leadingSpeck(LineShape("- questions élémentaires comme le nom"), after: LineShape("on vous posera quelques")) == 2)
        #expect(dashes.leadingSpeck(LineShape("- possible parce que GIMP garde un historique"), after: LineShape("qu’elles sont malencontreuses. C’est")) == 2)
    }

    @Test("a writer's dash stays: before a clause, after a noun before a determiner, after punctuation",
          .enabled(if: LayoutFixtures.french != nil))
    func writersDashesStay() {
        let dashes = LineBoundaryDash(lexicon: LayoutFixtures.french, scalars: Self.prose)
        #expect(dashes.leadingSpeck(LineShape("- vous ne devez rien faire."), after: LineShape("Les scripts liés sont exécutés automatiquement")) == 0)
        #expect(dashes.trailingSpeck(LineShape("de la même façon -"), before: LineShape("il n’y a pas actuellement de moyen")) == 0)
        #expect(dashes.trailingSpeck(LineShape("des informations pour chaque architecture —"), before: LineShape("les attributs sont utilisés")) == 0)
        #expect(dashes.leadingSpeck(LineShape("- les distances, etc. peuvent être"), after: LineShape("qui contrôlent les épaisseurs,")) == 0)
        // A list item opens with a capital; a dash before one is left to the list rules.
        #expect(dashes.leadingSpeck(LineShape("- Appeler l’attention sur"), after: LineShape("en vue de")) == 0)
    }

    @Test("a document whose sentences use dashes keeps every one", .enabled(if: LayoutFixtures.french != nil))
    func documentWithDashes() {
        let text = Array("LilyPond se moque – ou presque – de l’espace qu’il utilise.\n".unicodeScalars)
        let dashes = LineBoundaryDash(lexicon: LayoutFixtures.french, scalars: text)
        #expect(dashes.documentWritesDashes)
        #expect(dashes.trailingSpeck(LineShape("Cliquer dessus et maintenir -"), before: LineShape("le bouton gauche de la souris")) == 0)
    }

    @Test("the layout pass drops the speck and logs it apart", .enabled(if: LayoutFixtures.french != nil))
    func layoutLogsIt() {
        let paragraph = "Vous pouvez annuler bon nombre des dernières actions, si vous pensez qu’elles sont malencontreuses. "
            + "C’est possible parce que GIMP garde un historique de vos actions. Cet historique prend de la place en mémoire, "
            + "c’est pourquoi il n’est pas possible d’annuler à l’infini. Certaines actions n’utilisent qu’une petite partie "
            + "de la mémoire, aussi pouvez-vous en faire des douzaines avant que la première ne soit effacée."
        var lines = LayoutFixtures.wrap(paragraph, width: 72)
        // The scan reads margin specks as a dash opening one line (`un` / `- historique`) and ending another.
        lines[2] = "- " + lines[2]
        lines[4] += " -"
        let text = lines.joined(separator: "\n") + "\n"
        let (output, log) = LayoutFixtures.layout(text)
        #expect(output == paragraph + "\n")
        #expect(log.stages.flatMap(\.edits).filter { $0.rule == "stray-dash" }.count == 2)
        #expect(log.revert(output) == text)
    }
}
