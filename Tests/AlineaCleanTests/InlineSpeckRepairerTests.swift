@testable import AlineaClean
import Testing

@Suite("Inline specks: stray hyphens and punctuation inside re-flowed lines")
struct InlineSpeckRepairerTests {
    private func repaired(_ text: String) -> (text: String, stage: EditStage) {
        let stage = InlineSpeckRepairer(lexicon: LayoutFixtures.french).repair(text)
        return (stage.apply(to: text), stage)
    }

    @Test("a hyphen followed by a space is left to the word pass for a cut word; a suspended hyphen stays; after a whole word it is a speck",
          .enabled(if: LayoutFixtures.french != nil))
    func leavesSpacedHyphen() {
        #expect(repaired("Les utilisateurs uti- lisent des calques.\n").stage.edits.isEmpty)
        #expect(repaired("Le pré- et post-traitement des images.\n").stage.edits.isEmpty)
        #expect(repaired("La demi- et la quart-finale, un bouton- bascule.\n").stage.edits.isEmpty)
        #expect(repaired("Les efforts visant à renforcer- des capacités, une- mise en place et le- nom.\n").text
            == "Les efforts visant à renforcer des capacités, une mise en place et le nom.\n")
        // A clitic takes no hyphen before its verb (only after it: `dit-il`, `donne-le`).
        #expect(repaired("Il se-tiendra en mars.\n").text == "Il se tiendra en mars.\n")
        #expect(repaired("Dit-il, donne-le, vous-même.\n").stage.edits.isEmpty)
        // An adverb that is nothing else joins no compound the lexicon does not list; one that is a noun too may.
        #expect(repaired("Ils sont très-bons. Vous pouvez ainsi-aller et venir.\n").text
            == "Ils sont très bons. Vous pouvez ainsi aller et venir.\n")
        #expect(repaired("Le non-texte, un point-fixe, la quasi-totalité, là-bas.\n").stage.edits.isEmpty)
    }

    @Test("a capital inside a hyphenated word is a leftover line-end hyphen",
          .enabled(if: LayoutFixtures.french != nil))
    func joinsCaseSlip() {
        #expect(repaired("Les pilotes peuvent utili-Ser des canaux.\n").text == "Les pilotes peuvent utiliser des canaux.\n")
        #expect(repaired("Si vous utili-SeZ le Wi-FI.\n").text == "Si vous utilisez le Wi-FI.\n")
        // Does not harm: listed compounds and names keep their hyphen.
        #expect(repaired("Il viendra peut-être, dit le porte-parole de Saint-Denis.\n").stage.edits.isEmpty)
    }

    @Test("a plain in-line hyphen is undone only when the document spells the word joined elsewhere",
          .enabled(if: LayoutFixtures.french != nil))
    func joinsHyphenOnDocumentEvidence() {
        #expect(repaired("La com-mande est lancée. Cette commande copie le calque.\n").text
            == "La commande est lancée. Cette commande copie le calque.\n")
        // Does not harm: without that evidence a writer's hyphen (`re-combinés`) stays.
        #expect(repaired("Les canaux sont re-combinés avant l'envoi.\n").stage.edits.isEmpty)
        // Nor with it, where writers put hyphens: after a prefix, between two words of their own.
        for kept in ["On peut re-dimensionner la fenêtre. Il faut redimensionner le cadre.\n",
                     "Le centre de la super-nova brille. Une supernova explose.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
    }

    @Test("in a title in capitals, a mark glued after a determiner or a preposition is a speck",
          .enabled(if: LayoutFixtures.french != nil))
    func speckInCapitals() {
        #expect(repaired("UNE APPROCHE GLOBALE DE.LA CYBERSÉCURITÉ ET LA-GESTION\n").text
                == "UNE APPROCHE GLOBALE DE LA CYBERSÉCURITÉ ET LA GESTION\n")
        // Does not harm: a listed compound, initials, a symbol with digits.
        #expect(repaired("LA GESTION DE L’EN-TÊTE, LES U.S.A. ET LE DOCUMENT PC.DEC/991\n").stage.edits.isEmpty)
        // Before an elided article too, in capitals or not.
        #expect(repaired("ATELIER DE.L'OSCE SUR UNE APPROCHE GLOBALE DE-L'OSCE\n").text
                == "ATELIER DE L'OSCE SUR UNE APPROCHE GLOBALE DE L'OSCE\n")
        #expect(repaired("le rôle de:l’Organisation\n").text == "le rôle de l’Organisation\n")
    }

    @Test("a colon between a preposition and a number, a full stop between a name and a grammatical word, a hyphen opening a word after a determiner are specks",
          .enabled(if: LayoutFixtures.french != nil))
    func specksBetweenWords() {
        #expect(repaired("dans un rapport de:2010 sur les progrès\n").text == "dans un rapport de 2010 sur les progrès\n")
        #expect(repaired("le rôle de l'Organisation.dans le renforcement\n").text == "le rôle de l'Organisation dans le renforcement\n")
        #expect(repaired("les mesures prises en la -matière sont conformes\n").text == "les mesures prises en la matière sont conformes\n")
        #expect(repaired("une approche globale du--renforcement de la sécurité\n").text == "une approche globale du renforcement de la sécurité\n")
        #expect(repaired("la conférence se tiendra les 9-et 10 mai à Vienne\n").text == "la conférence se tiendra les 9 et 10 mai à Vienne\n")
        #expect(repaired("il sert à-répondre aux questions du noyau de-Linux pour-Ubuntu\n").text
                == "il sert à répondre aux questions du noyau de Linux pour Ubuntu\n")
        #expect(repaired("chaque ligne peut-définir un environnement-d'exécution\n").text
                == "chaque ligne peut définir un environnement d'exécution\n")
        // A hyphen glued to a word and spaced from the next, between two words: only a prefix is suspended so.
        #expect(repaired("le premier utilisateur créé- sera autorisé quand il- existe une forme\n").text
                == "le premier utilisateur créé sera autorisé quand il existe une forme\n")
        // Before a closing mark, or after a sentence's end before the next capital.
        #expect(repaired("l’objet d’un « manuel- » à part, voir les volumes.- Veuillez lire\n").text
                == "l’objet d’un « manuel » à part, voir les volumes. Veuillez lire\n")
        // An object pronoun after a verb form no imperative spells.
        #expect(repaired("la première partie contient-les canaux chromatiques\n").text == "la première partie contient les canaux chromatiques\n")
        // A bar or a capital I glued before an elided l inside a sentence.
        #expect(repaired("les atouts de |l'OSCE et les structures de Il'OSCE\n").text == "les atouts de l'OSCE et les structures de l'OSCE\n")
        // A full stop before a colon that introduces what follows on its line; a title's too.
        #expect(repaired("Cochez les deux cases.: vous obtenez alors la somme.\n").text == "Cochez les deux cases: vous obtenez alors la somme.\n")
        #expect(repaired("APPROCHE GLOBALE DE LA CYBERSÉCURITÉ. : EXPLORATION DU RÔLE\n").text
                == "APPROCHE GLOBALE DE LA CYBERSÉCURITÉ : EXPLORATION DU RÔLE\n")
        // Does not harm: a time, a site, a file, an option after a preposition or given by its letter.
        for kept in ["La réunion commence à 10:30 le lundi.\n", "Voir Debian.org et Makefile.am dans le fichier Config.in.\n",
                     "Relancez la commande avec -verbose pour voir. Les -v cumulés.\n",
                     // A dash typed as two hyphens between clauses; a stop ending a sentence before a colon's speck.
                     "Le chat--qui dort--est là.\n", "Il parle à-propos, à Saint-Jean-de-Luz.\n",
                     // Verbs take a pronoun or a verb of a pair after a hyphen; a place name its `-d'`.
                     "Dit-il vrai ? Est-ce faux ? Si vous cliquez-glissez, allez-y à Villeneuve-d'Ascq.\n",
                     "Prenez-les tous, donne-le-moi, peut-on le faire ?\n",
                     "Les boîtes sur- ou sous-remplies, pré- et post-traitement, le bouton- bascule.\n",
                     "Le préfixe « pré- » ; ils sont puissants.- ils peuvent tout faire.\n",
                     "Tapez ls |grep texte. Il'OSCE opens a sentence here.\n", "Le score fut de 3-et-4 puis 10-12 et 4-ou-5.\n", "Voir la fin de chaque séance. : Les langues sont deux.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
    }

    @Test("a comma or full stop standing alone after another mark is a speck", .enabled(if: LayoutFixtures.french != nil))
    func loneMarkAfterMark() {
        #expect(repaired("Il ajoute des calques. , Cette option marche.\n").text == "Il ajoute des calques. Cette option marche.\n")
        #expect(repaired("Voyez la Boîte (Outils). . Sous le panneau, . le projet.\n").text
            == "Voyez la Boîte (Outils). Sous le panneau, le projet.\n")
        // Does not harm: a spaced ellipsis, or a mark after a word.
        #expect(repaired("Il hésita . . . puis il revint.\n").stage.edits.isEmpty)
        #expect(repaired("Voici la liste : un, deux.\n").stage.edits.isEmpty)
    }

    @Test("specks in the margin after a line's closing mark, or before its first word, go", .enabled(if: LayoutFixtures.french != nil))
    func marginSpecksAtLineEdges() {
        #expect(repaired("distribuées sous la cote FSC.DEL/92/09, :\n\nRappelant les discussions,\n").text
            == "distribuées sous la cote FSC.DEL/92/09,\n\nRappelant les discussions,\n")
        #expect(repaired("voir la section « Découpage ». ; :\n\nVous avez aussi.\n").text
            == "voir la section « Découpage ».\n\nVous avez aussi.\n")
        #expect(repaired("de sécurité,\n\n, Notant avec préoccupation\n").text == "de sécurité,\n\nNotant avec préoccupation\n")
        #expect(repaired("elles ont été scindées. +\n").text == "elles ont été scindées.\n")
        #expect(repaired("à créer des logiciels, ‘ le projet a grandi.\n").text == "à créer des logiciels, le projet a grandi.\n")
        // Does not harm: a colon that introduces what follows, a spaced ellipsis, a stop the line
        // before lost, a bullet, a mark after a word, a sentence the page cut.
        for text in ["la méthode dite « naturelle » :\n\nla suite.\n", "les options (voir ci-dessous) :\n",
                     "Il hésita . . .\n", "pour enlever des zones\n\n. Ce calcul ne crée rien.\n",
                     "Notez bien.\n\n* Veuillez noter ceci.\n", "la commande ls |\n", "« Objets de rendu »\n\n; ils sont connus.\n"] {
            #expect(repaired(text).stage.edits.isEmpty, "\(text)")
        }
    }

    @Test("a stop before a number with a slash, a glued semicolon before a date's number in a spaced-semicolon document",
          .enabled(if: LayoutFixtures.french != nil))
    func specksBeforeNumbers() {
        #expect(repaired("Rappelant la Décision No .7/06 du Conseil,\n").text == "Rappelant la Décision No 7/06 du Conseil,\n")
        #expect(repaired("Vu le texte ; le lieu ; Vienne; 17 et 18 septembre\n").text == "Vu le texte ; le lieu ; Vienne, 17 et 18 septembre\n")
        // Does not harm: a decimal without a slash, a glued semicolon in a document that glues them.
        #expect(repaired("une valeur de .75 environ\n").stage.edits.isEmpty)
        #expect(repaired("Vu le texte; le lieu; Vienne; 17 et 18 septembre\n").stage.edits.isEmpty)
        // There, one before a word that carries the phrase on (a relative pronoun, a bare participle) is a comma.
        #expect(repaired("Vu le texte; le script; situé dans la source; qui le lit.\n").text
                == "Vu le texte; le script, situé dans la source, qui le lit.\n")
        // At a paragraph's end a glued semicolon is spaced as the document spaces its own.
        #expect(repaired("Vu le texte ; le lieu ; la présente décision;\n\nInvite les États.\n").text
            == "Vu le texte ; le lieu ; la présente décision ;\n\nInvite les États.\n")
    }

    @Test("a full stop between two words the document writes side by side elsewhere, the second capitalised, is a speck in a name",
          .enabled(if: LayoutFixtures.french != nil))
    func stopInsideName() {
        #expect(repaired("L’Organisation des Nations. Unies continue. Le rôle des Nations Unies est central.\n").text
            == "L’Organisation des Nations Unies continue. Le rôle des Nations Unies est central.\n")
        // Does not harm: a name never written whole, or a grammatical word or an adverb opening a sentence.
        for text in ["L’Organisation des Nations. Unies continue.\n",
                     "Il lit le document. Pour finir, le document Pour mémoire est lu.\n",
                     "Il lit le texte. Ainsi va le texte Ainsi parlait.\n"] {
            #expect(repaired(text).stage.edits.isEmpty, "\(text)")
        }
    }

    @Test("a run limited to changed words judges only the marks next to them", .enabled(if: LayoutFixtures.french != nil))
    func limitedRun() {
        let text = "La fenêtre fournit.une vignette et ce-chapitre suit.\n"
        let repairer = InlineSpeckRepairer(lexicon: LayoutFixtures.french)
        let near = text.unicodeScalars.count - "chapitre suit.\n".unicodeScalars.count
        let limited = repairer.repair(text, near: [near..<(near + 8)])
        #expect(limited.edits.map(\.rule) == ["speck-hyphen"])
        #expect(repairer.repair(text).edits.count == 2)
        #expect(InlineSpeckRepairer.windows(around: [10..<12, 3..<5, 30..<31], margin: 2, limit: 32) == [1..<7, 8..<14, 28..<32])
    }

    @Test("an apostrophe read twice between two letters is one", .enabled(if: LayoutFixtures.french != nil))
    func doubledApostrophe() {
        #expect(repaired("Le rôle de l''OSCE et de l’’Organisation.\n").text == "Le rôle de l'OSCE et de l’Organisation.\n")
        #expect(repaired("Il dit '' rien ''.\n").stage.edits.isEmpty)
    }

    @Test("glued colons before lower-case words do not outvote the document's spaced colons",
          .enabled(if: LayoutFixtures.french != nil))
    func colonSpecksDoNotVote() {
        let text = "Original : ANGLAIS\nDécide :\nIl protège les: infrastructures et des: fins utiles, dit la: note.\nIl se tiendra aux fins suivantes :\n"
        #expect(repaired(text).text
            == "Original : ANGLAIS\nDécide :\nIl protège les infrastructures et des fins utiles, dit la note.\nIl se tiendra aux fins suivantes :\n")
    }

    @Test("a speck glued between a word and a lone a is a space, so the word pass can weigh a or à; elisions stay",
          .enabled(if: LayoutFixtures.french != nil))
    func speckBeforeLoneA() {
        #expect(repaired("Cela ne peut pas vous aider:a récupérer les données.\n").text
            == "Cela ne peut pas vous aider a récupérer les données.\n")
        #expect(repaired("Cela aboutit’a un calque.\n").text == "Cela aboutit a un calque.\n")
        #expect(repaired("Il l’a vu jusqu’a la fin, puisqu’a cette heure il dort.\n").stage.edits.isEmpty)
    }

    @Test("a grave accent read as a hyphen between a word and a lone a is a space; a-t-il and options stay",
          .enabled(if: LayoutFixtures.french != nil))
    func hyphenBeforeLoneA() {
        #expect(repaired("La boîte qui sert-a modifier les dimensions.\n").text == "La boîte qui sert a modifier les dimensions.\n")
        // The word before may be elided, or still lack its accents (the word pass repairs it next).
        #expect(repaired("Supprimer un paquet, c’est-a eux qu’il revient.\n").text == "Supprimer un paquet, c’est a eux qu’il revient.\n")
        #expect(repaired("GIMP en etait-a la version 0.99.\n").text == "GIMP en etait a la version 0.99.\n")
        #expect(repaired("Elles sont associees’a un raccourci.\n").text == "Elles sont associees a un raccourci.\n")
        for kept in ["Qu’y a-t-il ?\n", "Lancez ls -a pour tout voir.\n", "Le fichier libfoo.a est une bibliothèque.\n",
                     "Il l’a-t-il vu ?\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
    }

    @Test("an exclamation mark glued to a word inside a sentence, a small letter next, is a speck",
          .enabled(if: LayoutFixtures.french != nil))
    func exclamationGluedInsideSentence() {
        #expect(repaired("Il offre beaucoup! de possibilités dans le cas où! ce changement intervient.\n").text
                == "Il offre beaucoup de possibilités dans le cas où ce changement intervient.\n")
        // A sentence's first word may be an exclamation; so may an interjection; a capital after it ends
        // the sentence; a word an l completes is the word pass's (`te!` → `tel`).
        // A possessive determiner after a definite article is the pronoun that lost its circumflex:
        // it may end a sentence.
        #expect(repaired("Ce choix est la votre. Nos outils suivent.\n").stage.edits.isEmpty)
        #expect(repaired("Il prend votre. la liste.\n").text == "Il prend votre la liste.\n")
        for kept in ["Attention! il faut lire.\n", "Il dit ah! que oui.\n", "Il part vite! Elle reste.\n",
                     "Un cantique te! qu’on chante.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
    }

    @Test("a hyphen glued to the front of a word prose writes, after a space, is a speck; a command line's options stay",
          .enabled(if: LayoutFixtures.french != nil))
    func hyphenBeforeProseWord() {
        #expect(repaired("Le nombre maximum d’échecs -de connexion.\n").text == "Le nombre maximum d’échecs de connexion.\n")
        for kept in ["Utilisez l’option -mdoc à la place de l’option -man.\n", "Lancez tar -vkp ici.\n", "Le mot - de trop.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
    }

    @Test("a full stop glued to a lone a before a small letter is the grave accent read apart: it goes",
          .enabled(if: LayoutFixtures.french != nil))
    func fullStopAfterLoneA() {
        #expect(repaired("Il décrit le système a. installer.\n").text == "Il décrit le système a installer.\n")
        for kept in ["Il y en a. Puis il part.\n", "Voir la section 2.a. ensuite.\n", "Le plan A. suit.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
    }

    @Test("before a full stop the word must be one, if only once its accents are back (with the word pass's search)",
          .enabled(if: LayoutFixtures.french != nil))
    func fullStopBeforeLoneAAfterUnaccentedWord() throws {
        let lexicon = try #require(LayoutFixtures.french)
        let search = CandidateGenerator(model: OCRConfusionModel(language: .french))
        let withSearch = InlineSpeckRepairer(lexicon: lexicon, generator: search)
        let text = "Les chapitres dedies.a l’étude de ces concepts.\n"
        #expect(withSearch.repair(text).apply(to: text) == "Les chapitres dedies a l’étude de ces concepts.\n")
        #expect(repaired(text).stage.edits.isEmpty)
        let file = "Le fichier libfoo.a est une bibliothèque.\n"
        #expect(withSearch.repair(file).edits.isEmpty)
    }

    @Test("a speck between two words of one sentence becomes a space",
          .enabled(if: LayoutFixtures.french != nil))
    func removesSpecks() {
        #expect(repaired("La fenêtre fournit.une vignette.\n").text == "La fenêtre fournit une vignette.\n")
        // After a one-letter word too, before a determiner, a pronoun, a preposition or a long word — not a file's name.
        #expect(repaired("Il y a.maintenant un thème. Il y.en a un.\n").text == "Il y a maintenant un thème. Il y en a un.\n")
        #expect(repaired("Compilez a.out pour voir.\n").stage.edits.isEmpty)
        // A colon too: nothing is introduced by a lone letter; a ratio or a label's letter keeps its colon.
        #expect(repaired("Lancez la lecture a:partir d’une note, fournie a:ces utilisateurs.\n").text
                == "Lancez la lecture a partir d’une note, fournie a ces utilisateurs.\n")
        for kept in ["Le rapport a:b vaut deux.\n", "Cas a: la ligne est vide.\n", "Voir le point a:Le thème.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
        #expect(repaired("Le chemin, on l’ajoute.a la liste.\n").text == "Le chemin, on l’ajoute a la liste.\n")
        #expect(repaired("Compilez libc.a pour voir.\n").stage.edits.isEmpty)
        // A name glued by a stop to a grammatical word of three letters or more, or to a conjunction — no
        // extension is one; a two-letter grammatical word may be a site's (`.de`).
        #expect(repaired("Lancez grep.avec les options sur un CD.ou un DVD.\n").text == "Lancez grep avec les options sur un CD ou un DVD.\n")
        #expect(repaired("Voir le site example.de pour les paquets.\n").stage.edits.isEmpty)
        #expect(repaired("Les tampons:sont disposés dans une‘liste.\n").text == "Les tampons sont disposés dans une liste.\n")
        #expect(repaired("Une vignette de l'image. reproduisant tout.\n").text == "Une vignette de l'image reproduisant tout.\n")
        #expect(repaired("Un nombre de. possibilités.\n").text == "Un nombre de possibilités.\n")
        // The word before may be capitalised when a space follows the mark, if only its accents are lost.
        #expect(repaired("Voici la liste : un, deux ; note : trois. Les Membres: participants ont reconnu. Si. vous voulez.\n").text
            == "Voici la liste : un, deux ; note : trois. Les Membres participants ont reconnu. Si vous voulez.\n")
        #expect(repaired("Voir le chap. Suivant. Le M. dupont.\n").stage.edits.isEmpty)
        // A stressed pronoun ends a sentence as a noun does; a clitic or an article does not.
        #expect(repaired("Elles se mélangent entre eux. exemple suivant, cela. suite.\n").stage.edits.isEmpty)
        #expect(repaired("Une note de. possibilités et la. fenêtre.\n").text == "Une note de possibilités et la fenêtre.\n")
        // No sentence ends on a determiner, a preposition or a conjunction, whatever short word follows —
        // or capitalised one after a determiner or a conjunction; a preposition may be an adverb there.
        #expect(repaired("Il est sélectionné dans. la liste, et. Linux aussi.\n").text == "Il est sélectionné dans la liste, et Linux aussi.\n")
        #expect(repaired("Le disque est monté juste après. Il reste prêt.\n").stage.edits.isEmpty)
        // So may an indefinite determiner, as the pronoun the lexicon does not list.
        #expect(repaired("C’est le transport le plus utilisé de tous. Veuillez noter qu’il est lent.\n").stage.edits.isEmpty)
        #expect(repaired("La fenêtre fournit .une vignette.\n").text == "La fenêtre fournit une vignette.\n")
        // Does not harm: a short noun after a noun, dotted, names a file type.
        #expect(repaired("Ouvrez les fichiers .tex avec lui, ou l'archive .zip du site.\n").stage.edits.isEmpty)
        #expect(repaired("Les fichiers .changes contrôlent l'installation.\n").stage.edits.isEmpty)
        // After a determiner, or before a word that can qualify the noun, the dot is a speck.
        #expect(repaired("Il requiert un .complément et des couleurs .primaires.\n").text
                == "Il requiert un complément et des couleurs primaires.\n")
        // A comma glued to the next word lost its space, or is a speck after a determiner or preposition;
        // numbers, codes and names keep theirs.
        #expect(repaired("Il se connecte au,serveur. La réponse est correcte,mais lente.\n").text
                == "Il se connecte au serveur. La réponse est correcte, mais lente.\n")
        // Before a determiner or a preposition, which opens a phrase and no clause, a speck too.
        #expect(repaired("Il passe une série,de mesures sans surprises,dans le processus, qui continue,il suffit.\n").text
                == "Il passe une série de mesures sans surprises dans le processus, qui continue,il suffit.\n")
        #expect(repaired("Une valeur de 3,14 et les options rw,nosuid ou fr,en.\n").stage.edits.isEmpty)
        // A hyphen glued to a closing mark, or a mark glued after a hyphen, between two words.
        #expect(repaired("Sur votre système,-veuillez voir. Il a choisi.-Les autres ne-.soit pas.\n").text
                == "Sur votre système, veuillez voir. Il a choisi. Les autres ne soit pas.\n")
        // Before a small letter the full stop goes too: the sentence runs on.
        #expect(repaired("Il possède plusieurs processeurs.-sous la forme d’une puce.\n").text
                == "Il possède plusieurs processeurs sous la forme d’une puce.\n")
        #expect(repaired("Lancez gzip -c fichier, puis tar -x (c.-à-d. deux commandes).\n").stage.edits.isEmpty)
        // A semicolon glued to its word, before a lower-case word, in a document that spaces its semicolons.
        let spacedSemicolons = "Le calque ; la couche ; le masque. Avec cette option; le contenu change.\n"
        #expect(repaired(spacedSemicolons).text == "Le calque ; la couche ; le masque. Avec cette option, le contenu change.\n")
        #expect(repaired("Choisissez-la; puis saisissez le nom; le reste suit.\n").stage.edits.isEmpty)
        // A star or an underscore after a grammatical word; identifiers and globs stay.
        #expect(repaired("Il faut que nous*le sachions sur la_partition.\n").text == "Il faut que nous le sachions sur la partition.\n")
        #expect(repaired("Voir nom_fichier et lib*.so ou *.txt.\n").stage.edits.isEmpty)
        // An apostrophe before a number or a capital, after a word that elides nothing or a full stop.
        #expect(repaired("Voir les'3 options du fichier'Release et des correspondants.'Le reste suit.\n").text
                == "Voir les 3 options du fichier Release et des correspondants. Le reste suit.\n")
        #expect(repaired("L'OSCE, jusqu'Alors, aujourd'hui et l'An 2000.\n").stage.edits.isEmpty)
        // An opening quote right after an elision's apostrophe is a speck.
        #expect(repaired("Un nouveau collaborateur n'‘est pas prêt.\n").text == "Un nouveau collaborateur n'est pas prêt.\n")
        // After a name the lexicon lacks, before a grammatical word; not an elided form (Presqu'île).
        #expect(repaired("Vos modifications dans Launchpad'et le reste, Presqu'île et Debian's.\n").text
                == "Vos modifications dans Launchpad et le reste, Presqu'île et Debian's.\n")
        // Two marks glued between words, or two full stops: the second is a speck.
        #expect(repaired("Les fichiers,.il faut voir la cible.. Puis d'installation.,En bref.\n").text
                == "Les fichiers, il faut voir la cible. Puis d'installation. En bref.\n")
        #expect(repaired("Pour deux raisons:: la première.\n").text == "Pour deux raisons: la première.\n")
        // An apostrophe before an elided word, a hyphen before a bracket, a star beside a grammatical word.
        #expect(repaired("La date'd'accès, la mémoire globale-(segments partagés) et ailleurs*comme ici.\n").text
                == "La date d'accès, la mémoire globale (segments partagés) et ailleurs comme ici.\n")
        #expect(repaired("Voir nom_fichier, nom*fichier, lib*.so et *.txt ou l'a-(b).\n").stage.edits.isEmpty)
        #expect(repaired("Le menu : une liste. Les options : deux. Pour deux raisons:: la première.\n").text
                == "Le menu : une liste. Les options : deux. Pour deux raisons : la première.\n")
        #expect(repaired("Et ainsi de suite... PNG, JPEG, etc., et d'autres (voir ci-dessous).\n").stage.edits.isEmpty)
        // A speck glued to an & (à) on either side.
        #expect(repaired("Le système passe &.l'autre disque, spécifiques:& une architecture.\n").text
                == "Le système passe & l'autre disque, spécifiques & une architecture.\n")
        #expect(repaired("Voir Procter&Gamble et R&D.\n").stage.edits.isEmpty)
        // A lone a elides nothing: an apostrophe after it is a speck.
        #expect(repaired("Les réglages pour le bac a'sable sont là.\n").text == "Les réglages pour le bac a sable sont là.\n")
        #expect(repaired("Les lignes (a'droite de la barre) sont là.\n").text == "Les lignes (a droite de la barre) sont là.\n",
                "after an opening bracket too")
        #expect(repaired("Il prend l'a'b sans souci.\n").stage.edits.isEmpty)
        #expect(repaired("Il échoue a-cause du disque.\n").text == "Il échoue a cause du disque.\n")
        #expect(repaired("Y a-t-il un disque ?\n").stage.edits.isEmpty)
        // The word after the speck may open with an elision: the elided word is judged.
        #expect(repaired("Ils n'offrent.qu'une vignette.\n").text == "Ils n'offrent qu'une vignette.\n")
        // Not a capital head, nor a spaced one (a scan reads a sentence's capital L small).
        for kept in ["Ils n'offrent.L'image.\n", "Le patron de gravure. l'image suit.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
        // Grammar rules out a compound: a determiner before its noun, a content word before a
        // determiner, preposition or conjunction; a comma or full stop after a determiner is a speck.
        #expect(repaired("Dans ce-chapitre, la,partition et le fichier-de base, une étude de.Chopin.\n").text
                == "Dans ce chapitre, la partition et le fichier de base, une étude de Chopin.\n")
        // A hyphen between two words the document writes apart elsewhere, one of them grammatical, and joins
        // only there, is a speck (the second word may be one the lexicon lacks); an imperative's pronoun and a
        // writer's compound of two content words stay.
        #expect(repaired("Le fichier de la crontab est lu. Modifiez la-crontab ici. Ce document suit. Ce-document est court.\n").text
                == "Le fichier de la crontab est lu. Modifiez la crontab ici. Ce document suit. Ce document est court.\n")
        for kept in ["Faites le test. Si ce n’est pas fait, faites-le.\n", "Le premier plan suit. La couleur de premier-plan.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
        // A conjugated être or avoir joins by a hyphen only the subject pronoun it inverts.
        #expect(repaired("Ce filtre est-intéressant et les options sont-utilisées. Est-ce vrai ? Ont-ils fini ?\n").text
                == "Ce filtre est intéressant et les options sont utilisées. Est-ce vrai ? Ont-ils fini ?\n")
        // No colon or comma parts a determiner (an indefinite one, a numeral) from a noun of its number; a list stays.
        #expect(repaired("Il commence avec un certain: nombre d’options et deux: couleurs.\n").text
                == "Il commence avec un certain nombre d’options et deux couleurs.\n")
        #expect(repaired("Si aucune, erreur n’est détectée, il suit.\n").text == "Si aucune erreur n’est détectée, il suit.\n")
        for kept in ["Il y en a deux: rouge et vert.\n", "Il en existe deux: la première suit.\n", "Un, deux, trois.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
        // A hyphen or colon already judged frees the next mark (`clé.au,serveur`, `la-solution:soit`).
        #expect(repaired("Envoyez votre clé.au,serveur pour que la-solution:soit simple.\n").text
                == "Envoyez votre clé au serveur pour que la solution soit simple.\n")
        // A comma read twice; a mark and an opening quote; an apostrophe after a word that elides nothing.
        #expect(repaired("La taille est correcte,,mais un certain:‘nombre de mot'peut manquer.\n").text
                == "La taille est correcte, mais un certain nombre de mot peut manquer.\n")
        // After an acronym a stop before a small-letter word is a speck — not before the `l` of a capital read small.
        #expect(repaired("Le format JPEG. de base est libre. Le format GIMP. lci on voit.\n").text
                == "Le format JPEG de base est libre. Le format GIMP. lci on voit.\n")
        // A hyphen glued before a word of the lexicon after a word in small letters is a speck; a short option stays.
        #expect(repaired("Passez à la console -virtuelle des variables -d’environnement avec l’option -man du programme.\n").text
                == "Passez à la console virtuelle des variables d’environnement avec l’option -man du programme.\n")
        // An apostrophe glued after a word before a space is a speck where no quotation opened; a quotation keeps it.
        #expect(repaired("Peignez par dessus l’image d’origine’ ou en partant’ de zéro.\n").text
                == "Peignez par dessus l’image d’origine ou en partant de zéro.\n")
        #expect(repaired("Le mode 'Niveaux' est choisi.\n").stage.edits.isEmpty)
        // A mark glued to the front of a word after a space is a speck; a file type after its noun, a dotfile
        // opening a line, and a colon the scan moved onto the word a colon introduces, stay.
        #expect(repaired("Il est au-dessus des autres. .Celui du bas est en cours, .c’est fini et, bien entendu, :il reste.\n").text
                == "Il est au-dessus des autres. Celui du bas est en cours, c’est fini et, bien entendu, il reste.\n")
        #expect(repaired("Éditez les fichiers .tex pour créer une sphère :sélectionnez l’outil.\n.profile\n").stage.edits.isEmpty)
        // An opening square bracket no `]` closes, glued to a capitalised word, is a speck; a closed one stays.
        #expect(repaired("Une couleur particulière. [Il n’y a rien.\nVoyez [Annexe] ici.\n").text
                == "Une couleur particulière. Il n’y a rien.\nVoyez [Annexe] ici.\n")
        // An opening brace no `}` closes, that a `)` closes in its sentence, is the scan's parenthesis; code closes its
        // braces, and a brace no aside closes is a letter misread.
        #expect(repaired("Le shell {ksh) est lu. C’est {contraire à la norme) ici.\n").text
                == "Le shell (ksh) est lu. C’est (contraire à la norme) ici.\n")
        #expect(repaired("Écrivez {c d e} et {f g) dans le bloc.\nUne seule {ois. Puis la suite (ici).\n").stage.edits.isEmpty)
        // A compound the lexicon lists, before or after the stop, is judged as a word.
        #expect(repaired("Voyez l’exemple. ci-dessus et le paragraphe ci-dessous. permet de choisir.\n").text
                == "Voyez l’exemple ci-dessus et le paragraphe ci-dessous permet de choisir.\n")
        // Two different marks glued after a word: the comma before a small letter, the stop before a capital;
        // an abbreviation's stop keeps its comma.
        #expect(repaired("Copiez dans le Presse-papiers,. vous pouvez aussi la choisir. Palette indexée., Une sélection, etc., quand\n").text
                == "Copiez dans le Presse-papiers, vous pouvez aussi la choisir. Palette indexée. Une sélection, etc., quand\n")
        // Does not harm: compounds of content words or of a prefix, pronouns after a verb,
        // `là-bas` read without its accent, elisions, and tokens of three parts.
        let compounds = "Le cliquer-glisser de la machine-outil, le sous-dossier, l'en-tête, dit-il, est-ce vrai, donne-le, "
            + "la-bas, aujourd'hui, quelqu'un, presqu'île, c'est-à-dire, le pot-de-vin. Voir www.gimp.org et Debian.Org.\n"
        #expect(repaired(compounds).stage.edits.isEmpty)
        // A glued colon before a lower-case word goes only where the document spaces its colons.
        let spaced = "Le menu : une liste. Les options : deux. Les tampons: sont disposés.\n"
        #expect(repaired(spaced).text == "Le menu : une liste. Les options : deux. Les tampons sont disposés.\n")
        #expect(repaired("Note: les tampons: le premier est plein, vous pouvez le vider.\n").stage.edits.isEmpty)
        // — or, in any document, after a word that introduces nothing (a preposition, a determiner: `sous: la forme`),
        // or before one that carries on the phrase: a preposition that is also an article, a conjunction, a
        // relative pronoun, a negation's second half, a bare adverb, adjective or finite verb, an elided `d’`.
        #expect(repaired("Note: les tampons sont disposés sous: la forme de listes.\n").text == "Note: les tampons sont disposés sous la forme de listes.\n")
        #expect(repaired("Note: les tampons: sont disposés en volumes: identiques, de sorte: que le menu: d’aide ne change: pas.\n").text
                == "Note: les tampons sont disposés en volumes identiques, de sorte que le menu d’aide ne change pas.\n")
        // What a colon introduces stays: a determiner, a pronoun, a clause, a command, and a label's description.
        for kept in ["Le menu a trois fonctions: couper, copier. Un mot de mise en garde: n’installez rien.\n",
                     "Dupliquer le calque: permet de copier le calque.\n", "Le cas suivant: une partition est pleine.\n"] {
            #expect(repaired(kept).stage.edits.isEmpty, "\(kept)")
        }
        // Two nouns a colon joins are a notation; a noun and its adjective or verb are a speck's pair.
        #expect(repaired("Les attributs sont des paires nom:valeur associées.\n").stage.edits.isEmpty)
        #expect(repaired("Les valeurs des listes:associatives et les tampons:sont là.\n").text
                == "Les valeurs des listes associatives et les tampons sont là.\n")
        // Does not harm: addresses, times, abbreviations, sentence ends, lists after a colon.
        let clean = "Voir www.gimp.org et fichier.png à 10:30, etc. puis chap. suivant. Fin. Les tons clairs. La valeur : les calques.\n"
        #expect(repaired(clean).stage.edits.isEmpty)
    }
}
