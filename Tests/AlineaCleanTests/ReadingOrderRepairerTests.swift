@testable import AlineaClean
import Testing

@Suite("Reading order: a block the OCR read out of order", .enabled(if: LayoutFixtures.french != nil, "hunspell-fr is not installed"))
struct ReadingOrderRepairerTests {
    /// A wrapped page whose lines are long enough to be read as wrapped prose.
    let opening = """
        Si vous n’avez pas de support d’installation, il sera nécessaire de télécharger les fichiers
        du système d’installation et de les placer sur un disque dur, une
        """
    let closing = """
        Notez que si vous avez deux adaptateurs SCSI, l’ordre de nommage des disques peut être
        embrouillé. La meilleure solution est de regarder les messages au démarrage du système.
        """

    @Test("a block ending with the first half of a word goes back before the block its second half opens")
    func movesBlockBack() {
        let scan = opening + "\n\nnecté que vous pourrez utiliser pour amorcer l’installateur.\n\nclé USB ou un ordinateur con-\n\n" + closing + "\n"
        let result = LayoutFixtures.layout(scan)
        #expect(result.text.hasPrefix("Si vous n’avez pas de support d’installation, il sera nécessaire de télécharger les fichiers "
            + "du système d’installation et de les placer sur un disque dur, une clé USB ou un ordinateur connecté que vous "
            + "pourrez utiliser pour amorcer l’installateur.\n\nNotez que si"))
        // Nothing is lost or duplicated, and the log gives the scan back.
        #expect(result.log.revert(result.text) == scan)
        let moves = result.log.stages.first { $0.name == "reading-order" }?.edits ?? []
        #expect(moves.count == 2 && moves.allSatisfy { $0.rule == "reading-order" })
    }

    @Test("nothing moves without the word as evidence, or where the text before is a finished sentence")
    func keepsOrderOtherwise() {
        let stage = { (text: String) in ReadingOrderRepairer(lexicon: LayoutFixtures.french).repair(text).edits }
        // The fragment is a word by itself: no proof that the halves belong together.
        #expect(stage(opening + "\n\nque vous pourrez utiliser pour amorcer l’installateur.\n\nclé USB ou un ordinateur con-\n\n" + closing).isEmpty)
        // The halves make no word.
        #expect(stage(opening + "\n\nnecté que vous pourrez utiliser.\n\nclé USB ou un ordinateur dis-\n\n" + closing).isEmpty)
        // The block before the continuation ends its sentence.
        #expect(stage("Le disque est prêt.\n\nnecté que vous pourrez utiliser.\n\nclé USB ou un ordinateur con-\n\n" + closing).isEmpty)
        // The continuation follows the block directly: the layout pass joins it there.
        #expect(stage(opening + "\n\nmoins.\n\nclé USB ou un ordinateur con-\n\nnecté que vous pourrez utiliser.").isEmpty)
    }

    @Test("a block ending with the first half of a word goes back inside the earlier block whose short line its second half follows")
    func movesBlockIntoCutLine() {
        let scan = opening + "\n\nDeux pipettes à prélèvement : quand vous cliquez dessus,\n"
            + "pette. Cliquer avec sur l’image détermine le point noir ou le point blanc, en fonction de la\n"
            + "pipette choisie. Utilisez le curseur droit, blanc, pour\n\n"
            + "le pointeur de la souris devient une pi-\n\nrégler le point blanc.\n\n" + closing + "\n"
        let result = LayoutFixtures.layout(scan)
        #expect(result.text.contains("quand vous cliquez dessus, le pointeur de la souris devient une pipette. Cliquer avec"))
        #expect(result.text.contains("blanc, pour régler le point blanc."))
        #expect(result.log.revert(result.text) == scan)
        let stage = { (text: String) in ReadingOrderRepairer(lexicon: LayoutFixtures.french).repair(text).edits }
        // The text after the block continues the word (pi-rate): the block is where it belongs.
        #expect(stage(opening + "\n\nDeux pipettes à prélèvement : quand vous cliquez dessus,\npette. Cliquer avec sur l’image détermine le point noir ou le point blanc, en fonction de la\n\n"
            + "le pointeur de la souris devient une pi-\n\nrate du disque.\n\n" + closing).isEmpty)
        // The line before the continuation ends its sentence: no cut there.
        #expect(stage(opening + "\n\nDeux pipettes à prélèvement : quand vous cliquez.\npette. Cliquer avec sur l’image détermine le point noir ou le point blanc, en fonction de la\n\n"
            + "le pointeur de la souris devient une pi-\n\nrégler le point blanc.\n\n" + closing).isEmpty)
    }

    @Test("the rest of a line cut after its stroke-read l goes back in place of the stroke")
    func movesLineRestBack() {
        let head = "La plupart du temps, le deuxième essai réussira. Pour réessayer, sélectionnez Configurer et |\n"
            + "PPPoE dans le menu principal de l’installateur, puis attendez que la connexion soit établie.\n\n"
        let tail = "\n\nL’installateur tente maintenant d’établir la connexion PPPoE avec le concentrateur du fournisseur.\n"
        let scan = head + "ancer une connexion" + tail
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let stage = repairer.repair(scan)
        let repaired = stage.apply(to: scan)
        // The rest of the line is back as the line's end; the layout pass joins the next line to it.
        #expect(repaired == "La plupart du temps, le deuxième essai réussira. Pour réessayer, sélectionnez Configurer et lancer une connexion\n"
            + "PPPoE dans le menu principal de l’installateur, puis attendez que la connexion soit établie." + tail)
        #expect(stage.revert(repaired) == scan)
        // A bar is no letter: a fragment that is a word itself (a → la) comes back too, when it stops mid-sentence.
        let bar = "Le programme affiche les informations qu’il contient sur |\nforme lisible par la machine, sans les modifier.\n\n"
            + "a sortie standard et sous une" + tail
        #expect(repairer.repair(bar).apply(to: bar).hasPrefix("Le programme affiche les informations qu’il contient sur la sortie standard et sous une\nforme lisible"))
        let moves = { (text: String) in repairer.repair(text).edits }
        // …but not one that ends a sentence, nor after a real letter.
        #expect(moves(bar.replacingOccurrences(of: "sous une", with: "sous une forme.")).isEmpty)
        #expect(moves(bar.replacingOccurrences(of: "sur |", with: "sur l")).isEmpty)
    }

    @Test("a word cut between two blocks without a hyphen is joined when neither piece is a word and both make one")
    func joinsSplitWord() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let joined = { (text: String) in repairer.repair(text).apply(to: text) }
        #expect(joined("Si le pointeur a la forme d’une m\n\nain, vous n’êtes pas sur un élément.\n")
                == "Si le pointeur a la forme d’une main, vous n’êtes pas sur un élément.\n")
        // Two lone letters: no paragraph opens with one.
        #expect(joined("Elle affiche la localisation (« locale » en anglais) e\n\nn cours pour toutes les localisations.\n")
                == "Elle affiche la localisation (« locale » en anglais) en cours pour toutes les localisations.\n")
        // Its l read as a bar.
        #expect(joined("Cela peut être utile quand vous voulez dép|\n\nacer un calque.\n") == "Cela peut être utile quand vous voulez déplacer un calque.\n")
        // A capital and a small letter open a sentence (`L` / `a difficulté`).
        #expect(joined("en les colorant en blanc. L\n\na difficulté est grande.\n") == "en les colorant en blanc. La difficulté est grande.\n")
        // Words on both sides: two paragraphs. Nor does an `a` that is a word join an elided head (`à l’heure`).
        for kept in ["Le calque est prêt pour la\n\nsuite des opérations.\n", "Voir la commande dép\n\nacer un calque.\n",
                     "La variable vaut x\n\ny est une autre variable.\n", "Une pile afin de rester a\n\nl’heure une fois éteint.\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("the end of a line emitted later as the first line of another block goes back to the line it finishes")
    func movesLineTailBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let repaired = { (text: String) in repairer.repair(text).apply(to: text) }
        // The tail opens a block whose other lines are the paragraph's true continuation.
        let scan = "Par exemple, dans une transform\nmiroir, le dessin est reproduit de l’autre côté,\n\n"
            + "ation en\nmais la brosse l’est aussi.\n"
        #expect(repaired(scan) == "Par exemple, dans une transformation en\nmiroir, le dessin est reproduit de l’autre côté,\n\n"
            + "mais la brosse l’est aussi.\n")
        // A tail that is a block of its own, two blocks further on, goes with its blank lines.
        let far = "Vous pouvez déplacer le rectangle. En appuy\ntemps sur la touche Maj, le pas est de 25 pixels.\n\n"
            + "Quand vous tirez un guide, l’outil est actif.\n\nant en même\n\nLa suite du texte.\n"
        #expect(repaired(far) == "Vous pouvez déplacer le rectangle. En appuyant en même\ntemps sur la touche Maj, le pas est de 25 pixels.\n\n"
            + "Quand vous tirez un guide, l’outil est actif.\n\nLa suite du texte.\n")
        let result = repairer.repair(far)
        #expect(result.revert(result.apply(to: far)) == far)
        // Nothing moves when either piece is a word, or together they are none.
        for kept in ["Le calque est dans la transform\nsuivante du menu.\n\nmer les calques.\n",
                     "Dans une boîte\nde dialogue.\n\naux options du menu.\n",
                     "Dans une transform\nde dialogue.\n\nxyzzy en plus.\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("a line cut after a word that a lone letter lengthens takes its end back, and the rest of that block follows")
    func movesLoneLetterTailBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let repaired = { (text: String) in repairer.repair(text).apply(to: text) }
        // Two ends cut off one paragraph at the same gap, each read as a block of its own: the
        // block that took back the first takes back the second; what follows the second's lines
        // goes on after the paragraph's last line rather than stay behind.
        let first = "Vous pouvez déplacer le rectangle avec les touches fléchées du clavier. En appuy\n"
            + "temps sur la touche Maj, le déplacement se fait par pas de vingt-cinq pixels.\n\n"
        let scan = first
            + "Quand vous créez un guide à partir d’une règle, l’outil de déplacement devient actif.\n"
            + "Il ne l’est plus après un changement d’outil, et vous devez alors l’active\n"
            + "Quand le pointeur de la souris passe au-dessus\n\n"
            + "ant en même\n\n"
            + "r vous-même.\nd’un guide, il devient rouge et vous pouvez le\ndéplacer d’un cliquer-glisser.\n"
        #expect(repaired(scan) == "Vous pouvez déplacer le rectangle avec les touches fléchées du clavier. En appuyant en même\n"
            + "temps sur la touche Maj, le déplacement se fait par pas de vingt-cinq pixels.\n\n"
            + "Quand vous créez un guide à partir d’une règle, l’outil de déplacement devient actif.\n"
            + "Il ne l’est plus après un changement d’outil, et vous devez alors l’activer vous-même.\n"
            + "Quand le pointeur de la souris passe au-dessus d’un guide, il devient rouge et vous pouvez le\n"
            + "déplacer d’un cliquer-glisser.\n")
        let result = repairer.repair(scan)
        #expect(result.revert(result.apply(to: scan)) == scan)
        // Not for a letter that is a word (`a`), a piece longer than one letter after a word, a host
        // line too short to have lost its end, or a letter that lengthens the word into none.
        for kept in [first + "Il ne l’est plus après un changement d’outil, et vous devez cliquer sur la\n\na fin du texte.\n",
                     first + "Il ne l’est plus après un changement d’outil, et vous devez alors l’active\n\nrait vous-même.\n",
                     first + "Il ne l’est plus.\nVous devez l’active\n\nr vous-même.\n",
                     first + "Il ne l’est plus après un changement d’outil, et vous devez alors l’active\n\nq vous-même.\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("the right-hand column of a paragraph cut in two goes back to the ends of its lines when both lines of it fill them to a printed line")
    func movesColumnBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let repaired = { (text: String) in repairer.repair(text).apply(to: text) }
        // Full printed lines around give the page's width; the cut paragraph's left halves are short.
        let before = "Le curseur noir détermine le point noir : tous les pixels avec cette valeur ou moins\n"
            + "seront noirs, et le curseur blanc détermine le point blanc de la même manière exacte.\n\n"
        let after = "\n\nLe curseur du milieu règle le gamma : il déplace les tons moyens sans toucher aux bords.\n"
        let scan = before + "Ce réglage agit sur des calques ou sel\nplus de transparence et le blanc est opaque\n"
            + "Canal Alpha, sinon l’option est désactivée dans la boîte de dialogue des calques.\n\n"
            + "ections semi-transparentes : ici, le noir signifie\n. L’image doit posséder un canal bien actif" + after
        #expect(repaired(scan) == before + "Ce réglage agit sur des calques ou sel ections semi-transparentes : ici, le noir signifie\n"
            + "plus de transparence et le blanc est opaque. L’image doit posséder un canal bien actif\n"
            + "Canal Alpha, sinon l’option est désactivée dans la boîte de dialogue des calques." + after)
        let result = repairer.repair(scan)
        #expect(result.revert(result.apply(to: scan)) == scan)
        // Not on one line's evidence, not where the pieces overfill or underfill a line, not for a
        // block that opens as a paragraph does.
        for kept in [before + "Ce réglage agit sur des calques ou sel\nplus de transparence et le blanc est opaque\n\n"
                        + "ections semi-transparentes : ici, le noir signifie" + after,
                     before + "Ce réglage agit sur des calques ou sel\nplus de transparence et le blanc est opaque\n\n"
                        + "ections\n. L’image doit" + after,
                     before + "Ce réglage agit sur des calques ou sel\nplus de transparence et le blanc est opaque\n\n"
                        + "Sections semi-transparentes : ici, le noir signifie\nL’image doit posséder un canal bien actif" + after] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("right-hand pieces emitted first, closing a block after a full line, go back to their left halves in the next block")
    func movesColumnEmittedFirstBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let full = "la nouvelle version. Les numéros de version sont généralement fixés par l’amont\n"
        let scan = "Si l’un des symboles est retiré ou modifié, alors le numéro de version doit changer :\n" + full
            + "s de paquets binaires à l’aide d’un nombre ABI,\nnuméros logiques de version et les\n\n"
            + "et nous les suivons dans nos nom\nmais parfois les amonts n’utilisent pas de\n"
            + "empaqueteurs doivent conserver des numéros de version séparés pour leurs paquets.\n"
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan) == "Si l’un des symboles est retiré ou modifié, alors le numéro de version doit changer :\n" + full
            + "\net nous les suivons dans nos noms de paquets binaires à l’aide d’un nombre ABI,\n"
            + "mais parfois les amonts n’utilisent pas de numéros logiques de version et les\n"
            + "empaqueteurs doivent conserver des numéros de version séparés pour leurs paquets.\n")
        #expect(result.revert(result.apply(to: scan)) == scan)
        // Not a paragraph's own end (one short line), nor pieces that do not fill the lines.
        for kept in ["Si l’un des symboles est retiré ou modifié, alors le numéro de version doit changer :\n" + full
                        + "s de paquets binaires.\n\net nous les suivons dans nos nom\nmais parfois les amonts n’utilisent pas de\n",
                     "Si l’un des symboles est retiré ou modifié, alors le numéro de version doit changer :\n" + full
                        + "s de paquets\nnuméros\n\net nous les suivons dans nos nom\nmais parfois les amonts n’utilisent pas de\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("up to six right-hand pieces emitted first go back, and a word the cut split is glued whole")
    func movesLongColumnEmittedFirstBack() {
        let scan = """
            L’art de la typographie musicale est celui de la gravure musicale. Ce terme vient du procédé tradi-
            ques décennies, les partitions étaient réalisées en
            u d’étain, en inverse, comme dans un miroir.
            çons et les découpes retenaient l’encre. La
            e. Découpes et poinçons étaient entière-

            tionnel de l’impression musicale. Il y a encore quel
            taillant et ciselant la musique dans des plaques de zinc o
            Ces plaques étaient encrées et les reliefs créés par les poin
            partition était alors réalisée en pressant le papier contre la plaqu
            ment faits à la main. Dans la mesure où les corrections étaient presque irréalisables, la gravure devait
            être correcte dès le premier essai. Cela demande évidemment une très grande habileté. La gravure musi-

            """
        let result = ReadingOrderRepairer(lexicon: LayoutFixtures.french).repair(scan)
        let lines = result.apply(to: scan).split(separator: "\n").map(String.init)
        #expect(lines.contains("tionnel de l’impression musicale. Il y a encore quelques décennies, les partitions étaient réalisées en"))
        #expect(lines.contains("taillant et ciselant la musique dans des plaques de zinc ou d’étain, en inverse, comme dans un miroir."))
        #expect(lines.contains("Ces plaques étaient encrées et les reliefs créés par les poinçons et les découpes retenaient l’encre. La"))
        #expect(lines.contains("partition était alors réalisée en pressant le papier contre la plaque. Découpes et poinçons étaient entière-"))
        #expect(result.revert(result.apply(to: scan)) == scan)
    }

    @Test("does not harm: short lines after a full one that ends with a hyphen they complete are in order")
    func keepsHyphenContinuation() {
        // `bu-` / `reau`: the short lines continue the full one; the lines after them are not their heads.
        let scan = """
            Beaucoup de systèmes d’exploitation nécessitent une installation complète quand des
            erreurs critiques se produisent ou lors d’une mise à jour du système. Et même s’il n’est pas né-
            cessaire de refaire entièrement une installation, les programmes que vous utilisez doivent être
            réinstallés pour fonctionner correctement.

            Une option importante lors de l’installation est d’installer ou non un environnement de bu-
            reau avec le système X Window. Si vous n’avez pas choisi la tâche «
            vous aurez un système minimal avec ligne de commande.

            Desktop environment »,
            L’installation d’un environnement de
            bureau est facultative car cela demande beaucoup plus d’espace disque

            """
        #expect(ReadingOrderRepairer(lexicon: LayoutFixtures.french).repair(scan).edits.isEmpty)
    }

    @Test("a block holding the ends of several lines goes back line by line, while the lines run on and fit")
    func movesSeveralLineEndsBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let repaired = { (text: String) in repairer.repair(text).apply(to: text) }
        // The rest of the stroke's line, then the rest of the next line (which also ends with a hyphen:
        // it belongs to its line, not in front of the block its second half opens).
        let page = "Quand le pointeur de la souris a la forme de la croix de déplacement, vous pouvez utiliser les\n"
            + "touches fléchées du clavier pour déplacer le rectangle de découpage par pas de vingt-cinq pixels.\n\n"
        let scan = page + "Les pixels des différents carrés ont été transformés en un gris de niveau égal à |\n"
            + "des valeurs calculées pour chaque canal (\n\nsibles les carrés blancs).\n\n"
            + "a somme\nle fond a été colorié en rose après coup pour rendre vi-\n"
        #expect(repaired(scan) == page + "Les pixels des différents carrés ont été transformés en un gris de niveau égal à la somme\n"
            + "des valeurs calculées pour chaque canal (le fond a été colorié en rose après coup pour rendre vi-\n\n"
            + "sibles les carrés blancs).\n")
        let result = repairer.repair(scan)
        #expect(result.revert(result.apply(to: scan)) == scan)
    }

    @Test("pieces emitted one line early, each closing a block before the short line it finishes, go back on the word they complete")
    func movesPiecesEmittedEarlyBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let top = "Les fourmis en marche sont accompagnées d’une ligne continue qui montre que la sélection\n"
            + "n’est pas encore validée, et cette ligne reste visible tant que la sélection est ouverte et que vous\n"
        let last = "Entrée. Vous pouvez alors utiliser ces deux touches pour ajouter ou pour soustraire une sélection.\n"
        // `chan` + `ger` is the word; the piece opening with `»` follows the line that took the first.
        let scan = top + "ger sa forme avec le pointeur de la souris, sans la valider ni la fermer encore.\n\n"
            + "pouvez encore chan\n». Vous devez ensuite appuyer sur la touche\n\n"
            + "Mais vous ne pouvez pas encore vous servir des touches « Maj »\n" + last
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan) == top
            + "pouvez encore changer sa forme avec le pointeur de la souris, sans la valider ni la fermer encore.\n"
            + "Mais vous ne pouvez pas encore vous servir des touches « Maj » ». Vous devez ensuite appuyer sur la touche\n" + last)
        #expect(result.revert(result.apply(to: scan)) == scan)
        // A word cut before a word the engine ran on: `noi` + `ra été` is `noir a été`.
        let cut = "ra été déplacé à soixante-trois et le curseur blanc à cent vingt.\n\n"
            + "Canal Valeur sélectionné. Le curseur noi\n" + top
        #expect(repairer.repair(cut).apply(to: cut).hasPrefix(
            "Canal Valeur sélectionné. Le curseur noir a été déplacé à soixante-trois et le curseur blanc à cent vingt.\n"))
        // No word, no move: a piece that opens with a mark needs the chain; a whole word opening
        // the piece is no evidence; a piece that completes the hyphen before it is in order.
        for kept in [top + "». Vous devez ensuite appuyer sur la touche\n\nMais vous ne pouvez pas encore vous servir des touches « Maj »\n" + last,
                     top + "sa forme avec le pointeur de la souris, sans la valider ni la fermer encore.\n\npouvez encore chan\n" + last,
                     top + "pouvez encore chan-\nger sa forme avec le pointeur de la souris, sans la valider ni la fermer encore.\n\npouvez encore chan\n" + last] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("a chain of pieces emitted one line early goes on after its first piece went back as one emitted first")
    func continuesChainOfPiecesEmittedEarly() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let full = "Pour insérer dans un formulaire un champ issu de la liste de champs d’une table ou d’une requête,\n"
        let last = "au champ, maintenez les touches Commande et Majuscule enfoncées lors du déplacement de l’en-tête.\n"
        // Each block closes with the right-hand piece of the line that opens the next one.
        let scan = full + "er un champ d’un document texte dans un formu-\n\n"
            + "faites glisser une cellule vers ce formulaire. Pour insér\nnne correspondant. Pour ajouter une étiquette\n\n"
            + "laire, vous pouvez également faire glisser l’en-tête de colo\n" + last
        let result = repairer.repair(scan)
        // (The blank line after the first block stays for the layout pass, as with any piece emitted first.)
        #expect(result.apply(to: scan) == full + "\n"
            + "faites glisser une cellule vers ce formulaire. Pour insérer un champ d’un document texte dans un formu-\n"
            + "laire, vous pouvez également faire glisser l’en-tête de colonne correspondant. Pour ajouter une étiquette\n" + last)
        #expect(result.revert(result.apply(to: scan)) == scan)
    }

    @Test("one right-hand piece emitted first goes back when it opens with a piece of a word and stops mid-sentence before the line it finishes")
    func movesSinglePieceEmittedFirstBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let full = "Le curseur noir détermine le point noir : tous les pixels avec cette valeur ou avec une valeur plus\n"
        let after = "transparents si le canal Alpha est sélectionné dans la boîte de dialogue des canaux de l’image.\n"
        // `ce` + `nal` is no word (the letters at the cut were misread): the geometry and the piece of a word say it.
        let scan = "Le curseur blanc détermine le point blanc de la même façon, et le curseur gris règle les tons moyens.\n"
            + full + "nal de couleur sélectionné dans la liste, ou encore\n\nbasse seront noirs (pas de couleur avec un ce\n" + after
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan).contains(full + "\nbasse seront noirs (pas de couleur avec un ce nal de couleur sélectionné dans la liste, ou encore\n" + after))
        #expect(result.revert(result.apply(to: scan)) == scan)
        // A whole word opening the piece goes too when the line it finishes stops mid-sentence
        // and its paragraph runs on after it.
        let word = "Le curseur blanc détermine le point blanc de la même façon, et le curseur gris règle les tons moyens.\n"
            + full + "canal de couleur sélectionné dans la liste, ou encore\n\nbasse seront noirs (pas de couleur avec un\n" + after
        #expect(repairer.repair(word).apply(to: word).contains(
            "\nbasse seront noirs (pas de couleur avec un canal de couleur sélectionné dans la liste, ou encore\n" + after))
        // A paragraph's own end (a finished sentence, or a whole word opening the line before a
        // line that ends a sentence or a paragraph) stays.
        for kept in [full + "nal de couleur sélectionné dans la liste, ou encore.\n\nbasse seront noirs (pas de couleur avec un ce\n" + after,
                     full + "canal de couleur sélectionné dans la liste, ou encore\n\nbasse seront noirs (pas de couleur avec un ce.\n" + after,
                     full + "canal de couleur sélectionné dans la liste, ou encore\n\nbasse seront noirs (pas de couleur avec un ce\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("a right-hand column of three pieces whose last ends the paragraph goes back, the last to a line of any length")
    func movesColumnWithParagraphEndBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let page = "Cette option ne charge aucune police de caractères au démarrage du programme, ce qui est utile\n"
            + "pour accélérer le démarrage de GIMP sur une machine lente ou pour trouver la cause d’un problème.\n\n"
        let scan = page + "Ne charge aucune police de car\naccélérer le démarrage de GIMP pour les\n"
            + "ou pour résoudre les problèmes de police malformée qui peuvent bloquer\n\n"
            + "actères. Cette option peut être particulièrement utile pour\nscripts qui n’utilisent aucune police du système,\nGIMP.\n"
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan) == page + "Ne charge aucune police de caractères. Cette option peut être particulièrement utile pour\n"
            + "accélérer le démarrage de GIMP pour les scripts qui n’utilisent aucune police du système,\n"
            + "ou pour résoudre les problèmes de police malformée qui peuvent bloquer GIMP.\n")
        #expect(result.revert(result.apply(to: scan)) == scan)
        // With two pieces, the last line is no paragraph end: both must fill short lines.
        let two = page + "Ne charge aucune police de car\n"
            + "ou pour résoudre les problèmes de police malformée qui peuvent bloquer\n\n"
            + "actères. Cette option peut être particulièrement utile pour\nGIMP.\n"
        #expect(repairer.repair(two).edits.isEmpty)
    }

    @Test("a column's left halves parted by a blank line take their pieces back when the cut split a word, never a heading")
    func movesColumnAcrossBlankLineBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let top = "Une recherche sur internet avec la chaîne « remboursement Windows » peut vous donner des pistes utiles.\n"
        let end = "\n\nSoutenez les revendeurs de matériel amis de Linux et des autres systèmes libres, qui le méritent bien.\n"
        let listed = "listé dans les références ci-dessus. Indiquez à votre revendeur que vous recherchez un système Linux."
        let scan = top + "Que vous achetiez ou non un système livré avec Linux, ou mê\n\n"
            + "important de vérifier que votre matériel est reconnu par le noyau Linu\n" + listed + "\n\n"
            + "me un système d’occasion, il est toujours\nx. Vérifiez si votre matériel est" + end
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan) == top + "Que vous achetiez ou non un système livré avec Linux, ou même un système d’occasion, il est toujours\n\n"
            + "important de vérifier que votre matériel est reconnu par le noyau Linux. Vérifiez si votre matériel est\n" + listed + end)
        #expect(result.revert(result.apply(to: scan)) == scan)
        // No word split at the cut, or a heading after the blank line: the blank line parts them.
        for kept in [top + "Que vous achetiez ou non un système livré avec Linux, ou même\n\n"
                        + "important de vérifier que votre matériel est reconnu par le noyau\n" + listed + "\n\n"
                        + "un système d’occasion, il est toujours bon\nlinux. Vérifiez si votre matériel est" + end,
                     top + "Que vous achetiez ou non un système livré avec Linux, ou mê\n\n"
                        + "Important de vérifier que votre matériel est reconnu par le noyau Linu\n" + listed + "\n\n"
                        + "me un système d’occasion, il est toujours\nx. Vérifiez si votre matériel est" + end] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("right-hand pieces emitted as a block of their own after a finished sentence go back to the left halves in the blocks after it")
    func movesColumnBlockEmittedFirstBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let before = "Vérifiez d’abord que la configuration du réseau est complète avant de relancer le service concerné\n"
            + "sur la machine que vous administrez, puis notez l’heure du redémarrage dans le cahier de suivi.\n\n"
        let pieces = "guidera à travers une série d’étapes pour vérifier que le paquet a été installé au\n"
            + "t. Assurez-vous ensuite de relire le journal pour être certain qu’il ne contient\n"
            + "eure à votre modification.\n\n"
        let scan = before + pieces + "Cette commande vous\nbon endroi\n\naucune erreur antéri\n"
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan) == before
            + "Cette commande vous guidera à travers une série d’étapes pour vérifier que le paquet a été installé au\n"
            + "bon endroit. Assurez-vous ensuite de relire le journal pour être certain qu’il ne contient\n\n"
            + "aucune erreur antérieure à votre modification.\n")
        #expect(result.revert(result.apply(to: scan)) == scan)
        // Past the first rank, a short piece may finish a longer line (`… même voi` / `x. Dès lors que`).
        let voices = before + "otes de la même voix par une liaison de prolongation. Les\nx. Dès lors que\n\n"
            + "Cet exemple montre comment relier deux n\n"
            + "liaisons de prolongation ne peuvent en principe intervenir que dans une même voi\n"
            + "la liaison commence dans une autre voix et que la première hampe ascendante est rendue\n"
        #expect(repairer.repair(voices).apply(to: voices) == before
            + "Cet exemple montre comment relier deux notes de la même voix par une liaison de prolongation. Les\n"
            + "liaisons de prolongation ne peuvent en principe intervenir que dans une même voix. Dès lors que\n"
            + "la liaison commence dans une autre voix et que la première hampe ascendante est rendue\n")
        // Not after a sentence left open, nor with two pieces whose halves a blank line parts
        // and no word joins across the cut.
        for kept in [before.replacingOccurrences(of: "suivi.", with: "suivi") + pieces + "Cette commande vous\nbon endroi\n\naucune erreur antéri\n",
                     before + "guidera à travers une série d’étapes pour vérifier que le paquet a été installé au\n"
                        + "eure à votre modification de la configuration du réseau et du service.\n\n"
                        + "Cette commande vous\n\naucune erreur de\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }

    @Test("an elided word opening a piece is a word of its own, no evidence of a cut (`que` / `l’apprentissage`)")
    func elisionIsNoCut() {
        let document = DocumentLines("Souvenez-vous que\nl’apprentissage de la gestion des couleurs.\nle noyau Linu\nx. Vérifiez\n")
        #expect(ReadingOrderRepairer.cut(piece: 1, host: 0, document, LayoutFixtures.french!) == nil)
        #expect(ReadingOrderRepairer.cut(piece: 3, host: 2, document, LayoutFixtures.french!) != nil)
    }

    @Test("the decimals of a number opening a later block go back to the line whose number they finish")
    func movesNumberTailBack() {
        let repairer = ReadingOrderRepairer(lexicon: LayoutFixtures.french)
        let top = "Après la troisième tentative, le processus de démarrage sautera ce volume et continuera.\n\n"
        let scan = top + "Veuillez consulter la Section 7.2\nd’autres informations.\n\n.1, « En cas de problèmes » pour\n\n"
            + "Ce manuel a été créé pour l’installateur de la distribution Sarge et mis à jour depuis.\n"
        let result = repairer.repair(scan)
        #expect(result.apply(to: scan) == top + "Veuillez consulter la Section 7.2.1, « En cas de problèmes » pour\nd’autres informations.\n\n"
            + "Ce manuel a été créé pour l’installateur de la distribution Sarge et mis à jour depuis.\n")
        #expect(result.revert(result.apply(to: scan)) == scan)
        // Right after its number, the line is in order; without a number before, nothing moves.
        for kept in [top + "Veuillez consulter la Section 7.2\n.1, « En cas de problèmes » pour d’autres informations.\n",
                     top + "Veuillez consulter la Section\nd’autres informations.\n\n.1, « En cas de problèmes » pour\n"] {
            #expect(repairer.repair(kept).edits.isEmpty, "\(kept)")
        }
    }
}
