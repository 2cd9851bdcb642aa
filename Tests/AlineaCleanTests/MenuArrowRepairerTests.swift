@testable import AlineaClean
import Testing

@Suite("Menu arrows: a menu path's arrow read as a dash", .enabled(if: LayoutFixtures.french != nil, "hunspell-fr is not installed"))
struct MenuArrowRepairerTests {
    private func repaired(_ text: String) -> (text: String, stage: EditStage, suggestions: [Edit]) {
        let (stage, suggestions) = MenuArrowRepairer(lexicon: LayoutFixtures.french!).repair(text)
        return (stage.apply(to: text), stage, suggestions)
    }

    @Test("a dash, or a dash and a tip, between two menu items inside a sentence is the arrow")
    func repairs() {
        #expect(repaired("Utilisez Édition — Préférences pour régler cela.").text
                == "Utilisez Édition → Préférences pour régler cela.")
        // A tipped dash is an arrow whatever the spacing; a chain goes on from an item just restored.
        #expect(repaired("L’option de menu Fenêtre -+ Montrer - Balise ouvre un panneau.").text
                == "L’option de menu Fenêtre → Montrer → Balise ouvre un panneau.")
        #expect(repaired("Choisissez Vue -» Ajuster à la largeur.").text == "Choisissez Vue → Ajuster à la largeur.")
        // An item may end with an ellipsis; the scan's spacing is kept. A bare hyphen counts where
        // the document shows an arrow otherwise (here a long dash).
        #expect(repaired("En définissant Édition - Préférences... - Composition, puis Image — Échelle, la console reste.").text
                == "En définissant Édition → Préférences... → Composition, puis Image → Échelle, la console reste.")
        #expect(repaired("Sélectionnez par Édition—Sélection d’un bloc.").text == "Sélectionnez par Édition→Sélection d’un bloc.")
        // The head alone (`>`) counts where another path shows a sure reading, as a bare hyphen does.
        #expect(repaired("Ouvrez Fenêtre > Masquer, puis Édition -+ Préférences.").text
                == "Ouvrez Fenêtre → Masquer, puis Édition → Préférences.")
        // An item of several words opens with its capital (`Outils de transformation`, `Fenêtres d’image`).
        #expect(repaired("Ouvrez Édition -+ Préférences — Fenêtres d’image — Titre, puis Outils -+ Outils de transformation — Découpage.").text
                == "Ouvrez Édition → Préférences → Fenêtres d’image → Titre, puis Outils → Outils de transformation → Découpage.")
        // A hyphen glued between two menu items that no listed compound joins, where the document shows a sure arrow.
        #expect(repaired("L’option Fenêtre-Montrer-Balise ouvre un panneau, comme Édition -+ Préférences.").text
                == "L’option Fenêtre→Montrer→Balise ouvre un panneau, comme Édition → Préférences.")
        #expect(repaired("Le Nord-Est et l’Arrière-Plan restent, comme Édition -+ Préférences.").text
                == "Le Nord-Est et l’Arrière-Plan restent, comme Édition → Préférences.")
        // A menu's other items named by a whole arrow glued before each, after a comma or a conjunction,
        // where the document shows its arrows.
        #expect(repaired("Réglez la vue par Vue — Taille réelle, ~Ajuster à la largeur et —Ajuster à la fenêtre, >Zoom.").text
                == "Réglez la vue par Vue → Taille réelle, →Ajuster à la largeur et →Ajuster à la fenêtre, →Zoom.")
        // A tilde is the whole arrow blurred into one mark: a sure reading, even where no other path shows one.
        #expect(repaired("Utilisez Édition ~ Préférences, puis Scripts ~Scripts.").text
                == "Utilisez Édition → Préférences, puis Scripts →Scripts.")
    }

    @Test("every arrow is one logged edit, and the stage reverts to the input")
    func logged() {
        let input = "Activez Image — Échelle et taille, puis Fenêtre -+ Montrer."
        let (output, stage, _) = repaired(input)
        #expect(stage.edits.map(\.before) == ["—", "-+"])
        #expect(stage.edits.allSatisfy { $0.rule == "menu-arrow" && $0.after == "→" })
        #expect(stage.revert(output) == input)
    }

    @Test("a document whose menu paths all read as hyphens may write hyphens: the arrows are only suggested")
    func hyphensAlone() {
        // So with the `>` writers type: `Fichier > Ouvrir` alone stays, suggested; a typed `->` is no head.
        let typed = "Choisissez Fichier > Ouvrir, ou Fichier -> Enregistrer."
        #expect(repaired(typed).text == typed)
        #expect(repaired(typed).suggestions.map(\.before) == [">"])
        // A spaced `+` is the head alone too (`Calque + Dupliquer`): an arrow beside a sure one, suggested otherwise.
        #expect(repaired("Utilisez Calque + Dupliquer, puis Filtres — Flou + Flou gaussien.").text
                == "Utilisez Calque → Dupliquer, puis Filtres → Flou → Flou gaussien.")
        let plus = "Utilisez Calque + Dupliquer le calque."
        #expect(repaired(plus).text == plus)
        #expect(repaired(plus).suggestions.map(\.before) == ["+"])
        let input = "Choisissez Format - Ligne - Afficher, puis Outils - Options."
        let (output, stage, suggestions) = repaired(input)
        #expect(output == input)
        #expect(stage.edits.isEmpty)
        #expect(suggestions.map(\.offset) == [18, 26, 50])
        #expect(suggestions.allSatisfy { $0.rule == "menu-arrow" && $0.after == "→" && $0.confidence < 0.5 })
        // A lower threshold applies them.
        let lenient = MenuArrowRepairer(lexicon: LayoutFixtures.french!, minConfidence: 0.4).repair(input)
        #expect(lenient.stage.apply(to: input) == "Choisissez Format → Ligne → Afficher, puis Outils → Options.")
    }

    @Test("does not harm: names, acronyms, sentence openings, compounds, typed arrows and keys")
    func leftAlone() {
        let kept = [
            // Names: no word of the lexicon in lower case, or tagged as one.
            "La route relie Europe — Asie par la mer.",
            "La Conférence de Vienne — Autriche a eu lieu.",
            // An acronym.
            "Voyez le DAM — Debian en parle.",
            // A capital opening a sentence says nothing.
            "Il le dit. Édition — Préférences est un titre.",
            "Conseil permanent — Décision n° 991",
            // A tilde that opens a path or stands before a number is no arrow.
            "Copiez le fichier dans Documents ~/Modèles puis relancez.",
            // A glued tilde after a comma, where no path shows the document writes arrows.
            "Copiez le fichier, ~Modèles reste un dossier.",
            "La taille passe de Environ ~ 5 Mo à 10 Mo.",
            // A dash after words a capital opens, where no sure arrow shows the document writes arrows: a title's.
            "Le Conseil permanent — Décision n° 991 est adoptée.",
            // A hyphen touching both words joins a compound.
            "Le rapport Politico-Militaire est publié.",
            // Arrows and signs the writer typed.
            "Utilisez Édition -> Préférences ou Édition > Préférences.",
            "Appuyez sur Maj + Ctrl pour inverser.",
            // A parenthesis between dashes, in lower case.
            "La mission — Présence comprise — est prolongée.",
        ]
        for text in kept { #expect(repaired(text).text == text) }
    }
}
