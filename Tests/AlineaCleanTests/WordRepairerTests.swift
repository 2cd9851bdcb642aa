import Foundation
import Testing
import AlineaClean
import AlineaLexicon

/// The French lexicon, opened once; nil when hunspell-fr is not installed.
let frenchLexicon: HunspellDictionary? = try? HunspellDictionary(language: "fr")

@Suite("WordRepairer (French)", .enabled(if: frenchLexicon != nil, "hunspell-fr is not installed"))
struct WordRepairerTests {
    let repairer = WordRepairer(language: .french, lexicon: frenchLexicon!)

    /// The repaired text of `input`.
    func repaired(_ input: String) -> String {
        repairer.repair(input).stage.apply(to: input)
    }

    @Test("an elided l read as I, 1 or | becomes l’, capitalised at a sentence start")
    func elision() {
        #expect(repaired("le mandat de I’OSCE a été élargi") == "le mandat de l’OSCE a été élargi")
        #expect(repaired("la lutte contre I’utilisation d’Internet") == "la lutte contre l’utilisation d’Internet")
        #expect(repaired("I’Organisation des Nations Unies") == "L’Organisation des Nations Unies")
        #expect(repaired("sur |’Internet et 1’avenir") == "sur l’Internet et l’avenir")
        // t’ elides only te, before a verb: before a noun its head is an l, and so is a capital T’ inside a sentence.
        #expect(repaired("Quand t’installation est finie, découper T’image.") == "Quand l’installation est finie, découper l’image.")
        #expect(repaired("Je t’aime et je t’écris. T’image est grande.") == "Je t’aime et je t’écris. T’image est grande.")
        // j’ elides only the subject je, before a finite verb: before a noun or an infinitive its head is an l too.
        #expect(repaired("les options de j’outil, pour j’installation et j’utiliser, à J’aide du menu.")
                == "les options de l’outil, pour l’installation et l’utiliser, à l’aide du menu.")
        #expect(repaired("J’aide, j’utilise et j’imagine. J’installation est prête.") == "J’aide, j’utilise et j’imagine. L’installation est prête.")
        // No elided article stands before another elision: `I’ s’indique` is the pronoun il before its clitic.
        #expect(repaired("Le son est percussif. I’ s’indique par un cercle, et I’ n’est pas seul.")
                == "Le son est percussif. Il s’indique par un cercle, et il n’est pas seul.")
        #expect(repaired("Il voit I’ OSCE.") == "Il voit l’OSCE.")
        #expect(repaired("Puis I’ c’est fini.") != "Puis il c’est fini.", "no il before c’")
        // An exclamation mark too, before the vowel an elision needs; a real mark stays.
        #expect(repaired("pour rendre visible !’ombre portée") == "pour rendre visible l’ombre portée")
        #expect(repaired("Attention !’Le texte’ est long.") == "Attention !’Le texte’ est long.")
        // A bracket's end too, where no bracket closes a word (`[voir]’…` keeps its own).
        #expect(repaired("les segments de ]’image et de ]’Historique") == "les segments de l’image et de l’Historique")
        #expect(repaired("le mot [voir]’aussi") == "le mot [voir]’aussi")
        // With a double quote read for the apostrophe too; not after an inch or an exclamation.
        #expect(repaired("dans |\"image et I\"intention") == "dans l’image et l’intention")
        #expect(repaired("un écran de 1\"ordinaire et Oh!\"image") == "un écran de 1\"ordinaire et Oh!\"image")
        // Glued to a lower-case word after a space, it is an l too (and the à rule then reads `la`).
        #expect(repaired("le fichier est envoyé a !a sortie standard.") == "le fichier est envoyé à la sortie standard.")
        #expect(repaired("Attention ! la suite.") == "Attention ! la suite.")
        // Glued to the end of a piece of a word that an l completes, it is that l; a real mark stays.
        #expect(repaired("un quadrillage tempore! ou autres") == "un quadrillage temporel ou autres")
        #expect(repaired("Attention! Quel travail!") == "Attention! Quel travail!")
        // …or that an i completes; after a whole word, a small letter after the mark shows no sentence ended.
        #expect(repaired("La saisie en est auss! facilitée, ce qu! veut dire un motif personne! et non commun.")
                == "La saisie en est aussi facilitée, ce qui veut dire un motif personnel et non commun.")
        // A bar glued before a small word is an l where that makes an article or a pronoun, or a word
        // where the rest alone is none; a table's bars stay.
        #expect(repaired("Enregistrer dans |e dossier. On |e distingue mal. Ouvrez |es fichiers et |a fenêtre. |e mot.")
                == "Enregistrer dans le dossier. On le distingue mal. Ouvrez les fichiers et la fenêtre. Le mot.")
        // So is an opening bracket nothing on its line closes.
        #expect(repaired("Debian est à jour. [a procédure est simple.") == "Debian est à jour. La procédure est simple.")
        for kept in ["La colonne |a| est vide.", "Le filtre a|b reste.", "Voyez la note [a] ici."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // No determiner follows a definite article: a possessive one there is the pronoun (vôtre, nôtre).
        #expect(repaired("Ce choix est la votre, et les notres sont là ; il parle du notre.")
                == "Ce choix est la vôtre, et les nôtres sont là ; il parle du nôtre.")
        for kept in ["Voici votre fichier et le notre dossier.", "Il parle de notre travail."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A lone i so glued is the pronoun il, with its capital where a sentence opens.
        #expect(repaired("En général, i! y aura moins. La barre de titre. i! offre donc plus.")
                == "En général, il y aura moins. La barre de titre. Il offre donc plus.")
        for kept in ["Il devient! noire.", "Attention! il faut lire.", "Quelle personne! Elle part."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A bar or an opening bracket glued before a vowel is an l whose apostrophe merged into the stroke.
        #expect(repaired("Elle modifie |apparence de |utilisateur. [exemple suit.") == "Elle modifie l’apparence de l’utilisateur. L’exemple suit.")
        // …not an option in brackets, a pipe, or where an l alone makes a word (limage).
        for kept in ["Lancez cmd [options] puis cmd | grep et a|b.", "Dans |image."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("an elision head glued to a short grammatical word it elides before gets its apostrophe back, even repeated")
    func lostShortElision() {
        #expect(repaired("Il suffit souvent dun peu de logique, puis dun autre effort.")
                == "Il suffit souvent d’un peu de logique, puis d’un autre effort.")
        #expect(repaired("Il nen reste rien, bien quil le faille et que lon hésite.")
                == "Il n’en reste rien, bien qu’il le faille et que l’on hésite.")
        // The l of the pronoun read twice (quill is English, and no French word).
        #expect(repaired("Le problème est quill ne sait pas ce quills attendent.")
                == "Le problème est qu’il ne sait pas ce qu’ils attendent.")
        // n’ before the verb its negation completes (`pas`, `que`… a few words on).
        #expect(repaired("Si le nom nest constitué que de parties, elle nest pas activée.")
                == "Si le nom n’est constitué que de parties, elle n’est pas activée.")
        // The head must elide before that class: d’ before a pronoun, n’ before a determiner are no French;
        // nor is n’ before a verb without the rest of a negation.
        for kept in ["Le mot dil est inconnu.", "Le mot nun est inconnu.", "Le mot nest vient de l’anglais.",
                     // Among English words the token is English.
                     "They were ten men in the dun field."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a participle built on an English verb with its consonant doubled is the writer's word, unless an accented reading keeps its ending")
    func borrowedParticiple() {
        #expect(repaired("Le panneau de sortie, labellé Log, apparaît.") == "Le panneau de sortie, labellé Log, apparaît.")
        // detail is English too, but détaillées is French: the scan stripped its accent.
        #expect(repaired("Il donne des informations detaillées sur ses hypothèses.")
                == "Il donne des informations détaillées sur ses hypothèses.")
    }

    @Test("a compound whose hyphen the scan lost gets it back where French prose writes that compound")
    func restoredHyphen() {
        #expect(repaired("Le programme, qui luiméme exécutera le gestionnaire, sera vérifié par vousméme.")
                == "Le programme, qui lui-même exécutera le gestionnaire, sera vérifié par vous-même.")
        // Two words Hunspell would join by a hyphen, which prose never does, stay as read; so does a
        // word that only lacks the hyphen, which may be a name mentioned.
        for kept in ["Le mot chatchien reste.", "Le type « msdos » est le plus courant."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a capital vowel inside a lower-case word is its circumflexed reading where that makes a word")
    func capitalVowelInsideAWord() {
        #expect(repaired("Une tAche de fond sert à contrOler les icOnes ; soyez sOrs du résultat.")
                == "Une tâche de fond sert à contrôler les icônes ; soyez sûrs du résultat.")
        // A liséré read with a capital I: the plain reading, the only word.
        #expect(repaired("Un lIséré rouge.") == "Un liséré rouge.")
        // A G or a Q read for û or ô, the circumflex taken for the capital's stroke.
        #expect(repaired("Il est sQre que ce sera sGrement fait, comme une icGne.") == "Il est sûre que ce sera sûrement fait, comme une icône.")
        // Capital consonants are a name's or a code's (docBook, iWarp); a capital that makes no word stays.
        for kept in ["Le format docBook et le protocole iWarp.", "Le mot xAyz reste.", "Le site iGo et eQu."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a rejected word that is an elided head glued to a word prose writes often is the elision, repeated or not")
    func lostApostropheBeforeCommonWord() {
        #expect(repaired("Le tri suit lordre de la liste, puis lordre des champs.")
                == "Le tri suit l’ordre de la liste, puis l’ordre des champs.")
    }

    @Test("where no reading of the whole token exists, a glued elision's long rest may have a letter misshapen too")
    func lostApostropheBeforeMisshapenWord() {
        #expect(repaired("Un logiciel qui permet dinstalier un système. Les options ne prenant pas darqument sont regroupées.")
                == "Un logiciel qui permet d’installer un système. Les options ne prenant pas d’argument sont regroupées.")
        // A whole-word reading comes first (`dun docament`: `d’un document`, not a shape of `d’ocament`).
        #expect(repaired("Il source dun docament.") == "Il source d’un document.")
    }

    @Test("a word the glued head and word happen to spell is the elision where the document writes the pair intact")
    func lostApostropheInsideAWord() {
        #expect(repaired("Ouvrez l’image, puis fermez l’image. Limage source reste grise et la taille de limage ne change pas.")
                == "Ouvrez l’image, puis fermez l’image. L’image source reste grise et la taille de l’image ne change pas.")
        #expect(repaired("Il chante sur plus dune note, puis d’une autre.") == "Il chante sur plus d’une note, puis d’une autre.")
        #expect(repaired("Le fils est placé dans le groupe. Sil a les droits, il part, s’il le peut.")
                == "Le fils est placé dans le groupe. S’il a les droits, il part, s’il le peut.")
        for kept in [
            // Without the pair written intact, the word stands (limage: filing).
            "La taille de limage ne change pas.",
            // After a determiner or a noun the word is the noun or the adjective it spells.
            "Ouvrez l’image. Le limage du métal est lent.",
            "Voyez l’aide. Une personne laide entre.",
            // A grammatical word, or one the document writes more often than the pair (deux, d’eux).
            "Chacun d’eux choisit deux couleurs et deux formes.",
        ] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("on a page that writes no pair intact, a glued word French writes far more rarely than its parts is the elision where nothing determines it")
    func lostApostropheInsideARareWord() {
        #expect(repaired("Cliquer sur lune d’entre elles. Il ne s’agit pas dune véritable ligne. Limage de gauche est nette.")
                == "Cliquer sur l’une d’entre elles. Il ne s’agit pas d’une véritable ligne. L’image de gauche est nette.")
        #expect(repaired("Vous pouvez le faire à laide de la souris.") == "Vous pouvez le faire à l’aide de la souris.")
        // After a noun, the article that opens a noun phrase of its own; after a clause mark, the partitive `l’une des`.
        #expect(repaired("Le module a fait l’objet dune maintenance suivie, au début dune ligne.")
                == "Le module a fait l’objet d’une maintenance suivie, au début d’une ligne.")
        #expect(repaired("Voici le problème suivant : lune des pages est vide.") == "Voici le problème suivant : l’une des pages est vide.")
        for kept in [
            // `de` and `en` take bare nouns; a determiner makes the word its own, and so does one elsewhere.
            "Un clair de lune éclaire le jardin.", "Cette version est la moins laide.", "Lest est jeté.",
            "Il monte sur la dune. Il regarde dune en dune.",
            "Elle observe la lune. Il parle sur lune ce soir.",
            // After an adjective or a noun, `lune` is the moon (`pleine lune`); `dune` before a verb is the noun.
            "Sous la pleine lune de juin, tout dort.", "Le sable, dune mouvante, avance.",
            // A heading names the thing: no sentence goes on after it.
            "Lune",
        ] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("after an elided head a short damaged word is read as the pronoun or article it elides before")
    func shortWordAfterElision() {
        #expect(repaired("Vous ne voulez pas qu'lls encombrent le menu.") == "Vous ne voulez pas qu'ils encombrent le menu.")
        #expect(repaired("Les coups de pinceau, s'lls se recoupent, donnent un trait.") == "Les coups de pinceau, s'ils se recoupent, donnent un trait.")
        #expect(repaired("Une ligne est plus facile à défendre qu'uhe frontière.") == "Une ligne est plus facile à défendre qu'une frontière.")
    }

    @Test("an interjection runs into no sentence: eh before one of its words is en read with an ascender")
    func interjectionReadForEn() {
        #expect(repaired("Il est facile à prendre eh main, nous sommes eh cours de test (Spanners eh anglais).")
                == "Il est facile à prendre en main, nous sommes en cours de test (Spanners en anglais).")
        for kept in ["Il dit eh bien non.", "Il crie eh, puis part.", "Eh oui, il part."] { #expect(repaired(kept) == kept, "\(kept)") }
    }

    @Test("a sentence opening in small letters on l’est or lest lost the I of Il; the east keeps its article")
    func pronounIlReadAsElidedL() {
        #expect(repaired("Il faut un simple espace blanc. l’est aussi possible de le faire. Choisissez le pays. lest temps de partir.")
                == "Il faut un simple espace blanc. Il est aussi possible de le faire. Choisissez le pays. Il est temps de partir.")
        for kept in ["Il part vers l’ouest. l’est de la ville est calme.", "Le vent vient de l’est aussi."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a content word where a noun's determiner must stand is the one determiner a letter's shape reads, if it agrees")
    func contentWordReadForDeterminer() {
        #expect(repaired("Les périphériques qui satisfont celte norme marchent. Chargez quelques pages dans voire navigateur.")
                == "Les périphériques qui satisfont cette norme marchent. Chargez quelques pages dans votre navigateur.")
        // After `de` (an adjective may open its noun phrase) or a noun, and before a word that is no noun, it stays.
        for kept in ["Une musique de celte tradition.", "Un chant celte ancien.", "Il faut changer celte."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a space after the elision apostrophe is removed; a space read for it after a head in qu is the apostrophe")
    func elisionSpace() {
        #expect(repaired("la résolution 60/45 de I’ Assemblée générale") == "la résolution 60/45 de l’Assemblée générale")
        // `qu`, `lorsqu`, `puisqu`, `jusqu` are no words alone: before a vowel they elide, whatever the scan put between.
        #expect(repaired("Une session est créée lorsqu un processus appelle setsid, puisqu il le faut, jusqu au bout.")
                == "Une session est créée lorsqu’un processus appelle setsid, puisqu’il le faut, jusqu’au bout.")
        // Does not harm: a word the head is part of, or one before a consonant.
        // Nor `qu` before a finite verb, where the scan more likely lost the `i` of `qui`.
        for kept in ["Il faut que le processus parte.", "Le code qu kz est inconnu.", "Un système, Quilt, qu est utilisé partout."] {
            #expect(repaired(kept) == kept)
        }
    }

    @Test("a consonant cannot follow an elided article: I’nomme is l’homme")
    func elisionBeforeConsonant() {
        #expect(repaired("le respect des droits de I’nomme et des libertés") == "le respect des droits de l’homme et des libertés")
    }

    @Test("a before an infinitive, an article or a place is the preposition à")
    func graveA() {
        #expect(repaired("les États sont invités a échanger des informations") == "les États sont invités à échanger des informations")
        #expect(repaired("Il faut remédier a la violence.") == "Il faut remédier à la violence.")
        #expect(repaired("tout en veillant a ce que les mesures soient conformes") == "tout en veillant à ce que les mesures soient conformes")
        #expect(repaired("Elle se tiendra les 9 et 10 mai 2011, a Vienne.") == "Elle se tiendra les 9 et 10 mai 2011, à Vienne.")
        #expect(repaired("Le débat ira jusqu’a la fin.") == "Le débat ira jusqu’à la fin.")
        // The Latin a of a priori, a minima stays plain.
        let latin = "Il définit les objets graphiques a priori, et doit indiquer a minima quel périphérique."
        #expect(repaired(latin) == latin)
        #expect(repaired("les processus qui appartiennent a la session") == "les processus qui appartiennent à la session")
        #expect(repaired("les initiatives prises a l’échelle mondiale") == "les initiatives prises à l’échelle mondiale")
        // Does not harm: a plural that complements a noun is no subject; the noun before it may be.
        #expect(repaired("La première barre d’outils a un bouton pour lancer la composition.")
                == "La première barre d’outils a un bouton pour lancer la composition.")
        // So is one a demonstrative or possessive determiner separates from its `de`.
        #expect(repaired("Si une de ces fonctions a une racine, le calcul s’arrête.") == "Si une de ces fonctions a une racine, le calcul s’arrête.")
        #expect(repaired("Chacun de ses fichiers a des droits.") == "Chacun de ses fichiers a des droits.")
        // A speck read as an opening quote before it does not hide it.
        #expect(repaired("Il donne ‘a votre image l’aspect d’une peinture.") == "Il donne à votre image l’aspect d’une peinture.")
        // A full stop before a lower-case word ends no clause: the clause's verb stands before it.
        #expect(repaired("L’ombre sera décalée suivant X et Y. pixels par rapport a l’image.")
                == "L’ombre sera décalée suivant X et Y. pixels par rapport à l’image.")
        // A program's name beside it is no English context (for a user would be).
        #expect(repaired("Alors n’hésitez pas a ajouter Quilt.") == "Alors n’hésitez pas à ajouter Quilt.")
        // A French word joined to a key's name (`touche-Tab`, two words English spells too) is no English context.
        #expect(repaired("La flèche ou la touche-Tab servent a avancer dans les menus.")
                == "La flèche ou la touche-Tab servent à avancer dans les menus.")
        // Nor is an English word two words away beyond a word only French writes.
        #expect(repaired("Il applique la fonction aux markups, puis a joindre les résultats.")
                == "Il applique la fonction aux markups, puis à joindre les résultats.")
        // A word that may be an adjective, with no determiner before it, is one: no subject of `a`.
        #expect(repaired("La mémoire doit être inférieure 4 512 Mo, une qualité bien supérieure a celle obtenue.")
                == "La mémoire doit être inférieure à 512 Mo, une qualité bien supérieure à celle obtenue.")
        for kept in ["Le rouge a la forme d’un cercle.", "Un fichier binaire a été créé."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // Nor is a French grammatical word that lost its accents, which English also spells (tres).
        #expect(repaired("Ces retouches sont tres simples a mettre en œuvre.") == "Ces retouches sont très simples à mettre en œuvre.")
        let english = "Le texte dit for a user and a group."
        #expect(repaired(english) == english)
        // French would elide before the accented word (`d’écho`): after `de` written whole, the writer names a command.
        let command = "Chaque shell fournit sa propre version de echo, qui remplace la commande."
        #expect(repaired(command) == command)
    }

    @Test("a capital A opening a sentence is À where the scan drops the grave; a document that keeps its à keeps its style")
    func capitalGraveOpeningSentence() {
        #expect(repaired("A partir de la version 2, les paquets sont figés. A ce stade, il reste a tester le noyau et a compiler.")
                == "À partir de la version 2, les paquets sont figés. À ce stade, il reste à tester le noyau et à compiler.")
        // A document whose à are intact writes its capital without the accent by choice.
        let style = "A partir de la version 2, il va à Paris, à Lyon et à Rome, puis à Vienne."
        #expect(repaired(style) == style)
        // A label has a mark after it.
        #expect(repaired("A. Portée du texte. A : la suite. Il reste a tester le noyau.")
                == "A. Portée du texte. A : la suite. Il reste à tester le noyau.")
        // A scan that drops the accents of capitals (Etat read for État, none read intact) dropped À's too,
        // though its small à are intact; a Latin locution keeps its a.
        #expect(repaired("Les Etats participants vont à Vienne et à Lyon, puis à Rome. A cette date, rien ne change.")
                == "Les États participants vont à Vienne et à Lyon, puis à Rome. À cette date, rien ne change.")
        #expect(repaired("Il reste a tester le noyau et a compiler. A contrario, la licence reste.")
                == "Il reste à tester le noyau et à compiler. A contrario, la licence reste.")
    }

    @Test("where the scan drops the grave, the verb a still stays after a demonstrative subject and in a clause car opens")
    func verbAInAccentLosingScan() {
        // The document's other `a` are all `à` that lost their accent: the prior leans to the preposition.
        let losing = "Il reste a tester le noyau et a compiler les modules, puis a lancer le script. "
        #expect(repaired(losing + "Cela a un effet majeur sur les couleurs.")
                == "Il reste à tester le noyau et à compiler les modules, puis à lancer le script. Cela a un effet majeur sur les couleurs.")
        // `car` opens a clause whose verb is yet to come, even when its subject is a misread word.
        #expect(repaired(losing + "Ce n’est pas facile car if a une forme très complexe.").hasSuffix("car if a une forme très complexe."))
        // An indefinite subject takes `ne` (`Rien n’a`), so `Rien a` is the preposition; so is `ce à quoi`.
        #expect(repaired(losing + "Rien a craindre de ce côté.").hasSuffix("Rien à craindre de ce côté."))
    }

    @Test("the verb a stays before a participle, after a subject, and as a list letter")
    func verbA() {
        let kept = [
            "le mandat de l’OSCE a été encore élargi",
            "Le Conseil, qui a permis cette réunion, se réunit.",
            "Il a la charge de la question.",
            "Toute personne a droit à la vie.",
            "L’individu a des devoirs envers la communauté.",
            "les menaces relatives a) au domaine politico-militaire",
            "Quiconque travaille a droit à une rémunération.",
            "Chaque distribution Debian diffusée a un nom de code.",
            "Annexe A. Liste des participants.",
            "A partir de l’âge nubile, l’homme et la femme ont le droit de se marier.",
            // A subordinate clause ends at its comma: the verb after it is the main clause's.
            "Quand le pointeur de la souris a la forme de la croix, vous pouvez utiliser les touches.",
            // A coordinated clause with a subject of its own needs a verb of its own.
            "Les threads partagent la même mémoire, mais chaque thread a sa propre pile.",
            "La face a été nettoyée.",
            // After qu’ the verb, unless ne … que or ainsi que (below).
            "C’est la possibilité qu’a l’administrateur de créer des groupes.",
            // `, alors` opens the main clause after a fronted condition: the verb before it is the condition's.
            "Si un client correspond à plusieurs des configurations, alors la première correspondance de la liste a la priorité.",
        ]
        for text in kept { #expect(repaired(text) == text, "\(text)") }
    }

    @Test("no du or des right after the preposition de: de + le is already du")
    func noContractedArticleAfterDe() {
        // `da capo` is Italian; `du` would be the confusion model's reading without the `de` before it.
        #expect(repaired("Ceci permet de gérer différentes formes de da capo et de segno.")
                == "Ceci permet de gérer différentes formes de da capo et de segno.")
        // Elsewhere the same misreading is `du`.
        #expect(repaired("La fin da texte est là.") == "La fin du texte est là.")
    }

    @Test("after the head of a prepositional locution (grâce, face, quant) a is à, even when the head was repaired from English")
    func locutionHead() {
        #expect(repaired("Vous pouvez en créer un grace a la commande Nouveau canal.") == "Vous pouvez en créer un grâce à la commande Nouveau canal.")
        #expect(repaired("Quant a la couleur, elle reste.") == "Quant à la couleur, elle reste.")
        // A head that is no noun (quant) cannot be the subject: even before a name, in a clause with no other verb.
        #expect(repaired("Les fontes sont disponibles ; quant a Pango, elle se charge du reste.")
                == "Les fontes sont disponibles ; quant à Pango, elle se charge du reste.")
        #expect(repaired("Vous n’avez qu’a saisir la phrase, ainsi qu’a leur assigner des droits.")
                == "Vous n’avez qu’à saisir la phrase, ainsi qu’à leur assigner des droits.")
        // A comparison's second term takes the à of its first; an infinitive is never the auxiliary's.
        #expect(repaired("On s’attache au sens plutôt qu’a sa forme, et à la musique plutôt qu’a améliorer le rendu.")
                == "On s’attache au sens plutôt qu’à sa forme, et à la musique plutôt qu’à améliorer le rendu.")
        #expect(repaired("Ce qu’a fait le programme est utile.") == "Ce qu’a fait le programme est utile.")
        // A coordinated phrase without a subject of its own still belongs to the clause's verb.
        #expect(repaired("Les activités doivent évoluer, et prenant note des efforts menés a l’échelle de l’Organisation.")
                == "Les activités doivent évoluer, et prenant note des efforts menés à l’échelle de l’Organisation.")
    }

    @Test("a before a numeral, a demonstrative, chaque, after an imperative with its pronoun, or inside a parenthesis is à")
    func graveAMoreContexts() {
        #expect(repaired("ils forment une hiérarchie stricte a deux niveaux.") == "ils forment une hiérarchie stricte à deux niveaux.")
        #expect(repaired("La valeur est supérieure a celle du pixel.") == "La valeur est supérieure à celle du pixel.")
        #expect(repaired("Le signal est envoyé a chaque processus.") == "Le signal est envoyé à chaque processus.")
        #expect(repaired("Reportez-vous a la section 4.") == "Reportez-vous à la section 4.")
        #expect(repaired("Les systèmes NUMA (accès non uniforme a la mémoire) sont rares.")
                == "Les systèmes NUMA (accès non uniforme à la mémoire) sont rares.")
        // A verb after the `a` (n’est) shows the clause has its verb already; an acronym is not English context.
        #expect(repaired("Le profil ICC attribué a l’image n’est pas valide.") == "Le profil ICC attribué à l’image n’est pas valide.")
        // An opening bracket before the a.
        #expect(repaired("Tout est annulé en cliquant sur Annuler (a l’exception des scripts).")
                == "Tout est annulé en cliquant sur Annuler (à l’exception des scripts).")
    }

    @Test("a document that never keeps the accent of à tips undecided cases, never a clause's only verb")
    func graveAAccentLoss() {
        let lossy = "Les réglages de bac a sable sont utiles. Le profil a la forme a la fin. Il a été vu a la fin. Elle a dit a sa mère."
        let out = repaired(lossy)
        #expect(out.contains("bac à sable sont utiles"))
        #expect(out.contains("Le profil a la forme"), "no other verb in the clause: a is its verb")
        #expect(out.contains("Il a été vu à la fin") && out.contains("Elle a dit à sa mère"))
        // `que` is a conjunction as well as a relative: à never stands before it, whatever the document's habit.
        #expect(repaired(lossy + " Ceci permet d’éviter de manquer de canaux, sachant qu’il n’y en a que seize.")
                    .contains("qu’il n’y en a que seize."))
        // The same undecided case in a document that keeps its accents stays as written.
        // A noun-and-verb form after a clitic, or after a determiner and a noun, is the clause's verb already.
        #expect(repaired(lossy + " Ce chapitre traite de la préparation nécessaire a l’installation.")
                    .contains("nécessaire à l’installation"))
        #expect(repaired(lossy + " Le doigté se fait par défaut a l’extérieur de la portée.")
                    .contains("par défaut à l’extérieur"))
        // `des` after a verb is the plural article: the noun after it is an object, and plural, so no subject of a.
        #expect(repaired(lossy + " On coupe les lignes en y ajoutant des retours a la ligne physiques.")
                    .contains("des retours à la ligne"))
        #expect(repaired(lossy + " La liste des fichiers a la forme voulue.").contains("des fichiers a la forme"))
        // A bracketed aside ends the reading back: its conjunction (`comme`) opens no clause around it.
        #expect(repaired(lossy + " Vous pouvez avoir des informations (comme l’auteur, une description, etc.) a son sujet.")
                    .contains("etc.) à son sujet"))
        // The points of a version number end no sentence: the clause's verb stands before it.
        #expect(repaired(lossy + " C’est celui que LilyPond utilise depuis la version 1.7.20, comparée a une variante.")
                    .contains("comparée à une variante"))
        #expect(repaired(lossy + " LilyPond en est à la version 2. Le profil a la forme voulue.").contains("Le profil a la forme"),
                "must-not-fix twin: a stop after a number before a capital ends the sentence")
        #expect(repaired(lossy + " La première barre d’outils a un bouton.").contains("barre d’outils a un bouton"),
                "première may qualify the noun after it: barre is no verb")
        // A second-person form with no pronoun (`suifes`, a mangled word) is no verb of the clause;
        // a third-person one still is, and so is an imperative.
        #expect(repaired(lossy + " Le fichier a toutes les permissions activées, suifes les règles.")
                    .contains("Le fichier a toutes"))
        #expect(repaired(lossy + " Le fichier a toutes les permissions activées, suit les règles.")
                    .contains("Le fichier à toutes"), "must-fix twin: suit is the clause's verb, so a is the preposition")
        // A noun phrase after a clause and its comma, or after a bracket, opens a clause whose verb is still to come.
        #expect(repaired(lossy + " Même si Debian n’a pas vocation à créer des logiciels, le projet a besoin de programmes.")
                    .contains("le projet a besoin"))
        #expect(repaired(lossy + " Elles sont contextuelles (chaque processus a son propre ensemble de variables).")
                    .contains("chaque processus a son"))
        #expect(repaired(lossy + " Avec l’outil Aligner : ce calque focalisé a des petits carrés dans les coins.")
                    .contains("focalisé a des petits"), "after a colon too")
        // Must fix: after an incise the sentence resumes (no clause ends at its comma); a label's second word is no object.
        #expect(repaired(lossy + " La clôture comporte, en plus du code de la fonction, des références a des variables libres.")
                    .contains("des références à des variables"))
        #expect(repaired(lossy + " Tout est lu au démarrage, les options de la Boîte a Outils.").contains("Boîte à Outils"))
        // A sentence opening on a capitalised elision ends the clause: its verb is not the a's.
        #expect(repaired(lossy + " Un outil a un avantage. C’est simple.").contains("Un outil a un avantage"))
        #expect(repaired(lossy + " Il est envoyé a un serveur. C’est simple.").contains("envoyé à un serveur"))
        // A word glued to an elided article is French, whatever English spells it: no English stretch there.
        #expect(repaired(lossy + " L’image contient les logiciels nécessaires a l’execution de l’installateur.")
                    .contains("nécessaires à l’exécution"))
        // A finite verb that is a participle with its accent lost follows the verb a, which à never precedes.
        #expect(repaired(lossy + " LATE X a signale l’erreur.").contains("LATE X a signalé l’erreur"))
        let decider = ARuleDecider(lexicon: frenchLexicon!)
        let after = { (word: String) in
            decider.decide(observed: "a", previous: .init(text: "programme"), next: .init(text: word), followsPreposition: 0,
                           accentLoss: 1)?.isPreposition ?? false
        }
        #expect(!after("signale") && !after("signales"))
        #expect(after("prenne"), "must-fix twin: no accent makes a participle of prenne, so the document’s loss decides")
        let careful = "Les réglages de bac a sable sont utiles. Il est venu à Vienne, à Paris et à Rome."
        #expect(repaired(careful).contains("bac a sable"))
        #expect(ARuleDecider.accentLossPrior(plainA: 8, graveA: 0) == 1)
        #expect(ARuleDecider.accentLossPrior(plainA: 3, graveA: 6) == 0)
        #expect(ARuleDecider.accentLossPrior(plainA: 2, graveA: 0) == 0, "too little evidence")
    }

    @Test("what follows: à never stands before le or les but as pronouns before an infinitive; a un is as often the verb")
    func graveABeforeArticles() {
        let decider = ARuleDecider(lexicon: frenchLexicon!)
        let n = { (text: String) in ARuleDecider.Neighbour(text: text) }
        // Chaque État a les moyens: the verb (à les contracts to aux).
        #expect(decider.decide(observed: "a", previous: n("État"), next: n("les"), afterNext: n("moyens"), followsPreposition: 0) == nil)
        // prêt a le faire: le is a pronoun, the infinitive after it calls for à.
        #expect(decider.decide(observed: "a", previous: n("prêt"), next: n("le"), afterNext: n("faire"), followsPreposition: 0)?.isPreposition == true)
        // le correctif a un nom: un alone is too weak to act on (a suggestion at most)…
        let possession = decider.decide(observed: "a", previous: n("correctif"), next: n("un"), afterNext: n("nom"), followsPreposition: 0)
        #expect(possession.map { $0.confidence < 0.5 } ?? true)
        // …but with an infinitive before it, à.
        #expect((decider.decide(observed: "a", previous: n("remédier"), next: n("un"), afterNext: n("problème"), followsPreposition: 0)?.confidence ?? 0) >= 0.5)
    }

    @Test("what precedes: a verb or adjective that prose follows with à governs it; a noun's habit weighs little, a number's none")
    func graveAAfterGoverningWords() {
        let decider = ARuleDecider(lexicon: frenchLexicon!)
        let n = { (text: String) in ARuleDecider.Neighbour(text: text) }
        // la version appartenant a une autre distribution, un résultat identique a la fenêtre: à,
        // even where the clause has no verb of its own yet (which leans to the verb a).
        for previous in ["appartenant", "identique", "correspond"] {
            let verdict = decider.decide(observed: "a", previous: n(previous), next: n("une"), afterNext: n("autre"),
                                         followsPreposition: 0, clauseHasVerb: false)
            #expect((verdict?.confidence ?? 0) >= 0.6, "\(previous)")
        }
        // se place a la fin: after a clitic a noun-and-verb form is the verb, and its habit counts fully;
        // without the clitic (la place a la forme) the noun may be the subject.
        let clitic = ARuleDecider.Neighbour(text: "applique", afterClitic: true)
        #expect((decider.decide(observed: "a", previous: clitic, next: n("une"), followsPreposition: 0, clauseHasVerb: false)?.confidence ?? 0) >= 0.6)
        #expect((decider.decide(observed: "a", previous: n("applique"), next: n("une"), followsPreposition: 0, clauseHasVerb: false)?.confidence ?? 0) < 0.6)
        // quant a lui: lui is the pronoun, not the participle of luire that would make a the auxiliary.
        #expect(decider.decide(observed: "a", previous: n("quant"), next: n("lui"), followsPreposition: 0)?.isPreposition == true)
        #expect(decider.decide(observed: "a", previous: n("il"), next: n("lui"), followsPreposition: 0) == nil)
        // a toujours insérer: an infinitive after the adverb is the preposition's; a toujours été, the auxiliary's.
        #expect(decider.decide(observed: "a", previous: n("invitons"), next: n("toujours"), afterNext: n("insérer"),
                               followsPreposition: 0)?.isPreposition == true)
        #expect(decider.decide(observed: "a", previous: n("Debian"), next: n("toujours"), afterNext: n("été"), followsPreposition: 0) == nil)
        // a même été, a bien été: an adverb that is also an adjective or a grammatical word, before a participle.
        for adverb in ["même", "bien"] {
            #expect(decider.decide(observed: "a", previous: nil, next: n(adverb), afterNext: n("été"), followsPreposition: 0) == nil, "\(adverb)")
            #expect(decider.favoursVerb(previous: nil, next: n(adverb), afterNext: n("été")), "\(adverb)")
        }
        // A scan that makes digits of `à` (a lone 4 above all other digits, its `à` lost): a digit a content word
        // governs is `à` before a plural too; after an adverb, and before `du`, it stays a number.
        #expect(ARuleDecider.showsDigitLoss(lone4: 3, otherLoneDigits: 1, accentLoss: 1))
        #expect(!ARuleDecider.showsDigitLoss(lone4: 3, otherLoneDigits: 2, accentLoss: 1))
        #expect(!ARuleDecider.showsDigitLoss(lone4: 3, otherLoneDigits: 0, accentLoss: 0))
        let plural = { (previous: String, loss: Bool) in
            decider.decide(observed: "4", previous: n(previous), next: n("différents"), afterNext: n("endroits"),
                           followsPreposition: 0, digitLoss: loss)?.isPreposition == true
        }
        #expect(plural("visibles", true) && !plural("visibles", false) && !plural("maintenant", true))
        #expect(decider.decide(observed: "4", previous: n("version"), next: n("du"), afterNext: n("protocole"),
                               followsPreposition: 0, digitLoss: true) == nil)
        // A reading that must choose (`ala`): the verb after a subject pronoun, the preposition after an infinitive.
        #expect(decider.favoursVerb(previous: n("il"), next: n("la"), afterNext: n("charge")))
        // An elided conjunction opens its clause (`lorsqu’on a bien`), after a restricting `que` too.
        #expect(repaired("Cette section n’est à lire que lorsqu’on a bien en main les bases du travail.")
                == "Cette section n’est à lire que lorsqu’on a bien en main les bases du travail.")
        #expect(!decider.favoursVerb(previous: n("aller"), next: n("la"), afterNext: n("fin")))
        // paragraphe 4 de la résolution: a digit after a noun is its number, whatever prose puts after the noun.
        #expect(decider.decide(observed: "4", previous: n("paragraphe"), next: n("de"), afterNext: n("la"), followsPreposition: 0) == nil)
    }

    @Test("a valid content word one accent away from a grammatical word becomes it, unless an article expects the noun")
    func grammaticalAccentVariants() {
        #expect(repaired("Il ouvre plusieurs images en mème temps.") == "Il ouvre plusieurs images en même temps.")
        // Between two readings of a damaged word, the circumflexed one prose writes far more often
        // than another reading found (tètes, mèmes) wins the near-tie.
        #expect(repaired("Il voit les tétes des notes et les mémes signes.") == "Il voit les têtes des notes et les mêmes signes.")
        // A lone letter with an accent invented on it is the grammatical word it stands for.
        #expect(repaired("Il ÿ a souvent plus, ÿ compris ici.") == "Il y a souvent plus, y compris ici.")
        #expect(repaired("le processus lui-mème et la mème session") == "le processus lui-même et la même session")
        #expect(repaired("Il part dé Vienne, prés de la gare.") == "Il part de Vienne, près de la gare.")
        // Kept: a noun after its article, a word with two grammatical readings, a variant that is also a noun or participle.
        for kept in ["Les prés sont verts.", "Il joue aux dés.", "Le mot de passe est secret.", "Le dé est jeté."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a reading too doubtful to apply yields to a lost apostrophe before a word the document or prose writes")
    func doubtfulReadingYieldsToElision() {
        // Fimage: Finage is a doubtful reading; l’ read as F before image, which the document writes.
        #expect(repaired("L’image est blanche. Fimage doit posséder un canal.")
            == "L’image est blanche. L’image doit posséder un canal.")
        // Does not harm: émier is no word prose uses, nor the document.
        #expect(!repaired("Dans ce demier cas, c’est l’outil.").contains("émier"))
        // Prose words count when the document does not write the word.
        #expect(repaired("Il est totalement opaque. Fimage doit posséder un canal.") == "Il est totalement opaque. L’image doit posséder un canal.")
    }

    @Test("of two readings of a damaged word, the noun or adjective prose writes far more often wins a near-tie")
    func proseFrequencyBreaksNearTies() {
        // dernier is common; denier and damier, one shape away too, are not.
        #expect(repaired("Dans ce demier cas, c’est l’outil.") == "Dans ce dernier cas, c’est l’outil.")
        #expect(repaired("Il illustre la manlére d’activer ces options.") == "Il illustre la manière d’activer ces options.")
        // A grammatical word is far more frequent than any noun: frequency does not pick it over one.
        #expect(repaired("Les trousseaux de cles sont utilisés.").contains("de clés"))
    }

    @Test("a capitalised unknown word opening a sentence before another capitalised word is a first name")
    func namePairOpeningSentence() {
        // Does not harm: Frans Pop is no Trans Pop.
        let name = "Il parle de Sarge. Frans Pop fut le principal responsable."
        #expect(repaired(name) == name)
        // Alone, the word is still read (its sentence's capital says nothing); a grammatical word or a split still is.
        #expect(repaired("Il parle. Ie Conseil décide.") == "Il parle. Le Conseil décide.")
        #expect(repaired("Il parle. Linstallateur Debian démarre.") == "Il parle. L’installateur Debian démarre.")
    }

    @Test("a participle right after a determiner whose invented accent hides an agreeing noun is that noun")
    func participleAfterDeterminer() {
        // In a scan that shows invented accents elsewhere (ét for et).
        #expect(repaired("La souris prend la formé de la croix dans l’imagé, toutes les deux secondés ét plus.")
            == "La souris prend la forme de la croix dans l’image, toutes les deux secondes et plus.")
        // A grammatical adjective between the two (`telle`, `même`); not a content one, which may be the noun.
        #expect(repaired("Une telle approché ét la même formé.") == "Une telle approche et la même forme.")
        // A grave read as an acute hides the noun too (`paramètres`, `interprètes`, `règle`).
        #expect(repaired("Le probléme est là. Les paramétrés d’amorçage sont des paramétrés du noyau, et les interprétés les lisent.")
            == "Le problème est là. Les paramètres d’amorçage sont des paramètres du noyau, et les interprètes les lisent.")
        #expect(repaired("Le probléme est là. Il faut une réglé souple.") == "Le problème est là. Il faut une règle souple.")
        // Kept: participles that are nouns too, participles after a verb, a noun that would not agree,
        // and any participle in a text with no invented accent (les dérivés: a participle used as a noun).
        for kept in ["Le résumé et les intéressés.", "Il a formé le groupe.", "Les fichiers programmés hier.", "Un formé de plus.",
                     "Le statut libre de tous les dérivés de nos logiciels."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // Nor where French writes the participle more often than the noun (`dérivés`, `dérives`), unless the
        // document writes that noun (`calque`); nor after a negation's adverb that is also a noun (`point`).
        #expect(repaired("Ét le statut libre de tous les dérivés de nos logiciels.") == "Et le statut libre de tous les dérivés de nos logiciels.")
        #expect(repaired("Ét on indique le numéro pour chaque point placé sur une corde.")
            == "Et on indique le numéro pour chaque point placé sur une corde.")
    }

    @Test("an accent invented on the verb a (à été) or on a participle after il/elle/on is removed")
    func inventedAccentsOnVerbs() {
        #expect(repaired("Le curseur noir à été déplacé.") == "Le curseur noir a été déplacé.")
        // Before a participle that is nothing else too, across adverbs; not before one that is also a noun.
        #expect(repaired("Une erreur à eu lieu et personne n’à pu le voir.") == "Une erreur a eu lieu et personne n’a pu le voir.")
        for kept in ["Il est tout à fait prêt.", "Le texte à part reste."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // After a noun or a name, the invariable participle of a first-group verb, adverbs between.
        #expect(repaired("Le projet Debian à démarré en 1993 et l’installateur à complètement échoué.")
            == "Le projet Debian a démarré en 1993 et l’installateur a complètement échoué.")
        // After n’y, the verb of the negation; an infinitive there may follow a lost a (il n’y a à faire).
        #expect(repaired("S’il n’y à pas de paramètre, il n’y à que le résultat.") == "S’il n’y a pas de paramètre, il n’y a que le résultat.")
        // Where the scan shows invented accents elsewhere (`üne`), grammar that wants the verb by a wide margin decides;
        // clean text, and a range or a label after the à, keep it.
        #expect(repaired("Voici üne fenêtre. Cela à permis de le faire, et le tutoriel nous à montré comment.")
                == "Voici une fenêtre. Cela a permis de le faire, et le tutoriel nous a montré comment.")
        for kept in ["Cela à permis de le faire.", "Voici üne fenêtre. Il va de léger (0.1) à marqué (6.9), semblable à Normalisé."] {
            #expect(repaired(kept).hasSuffix(kept.components(separatedBy: "fenêtre. ").last!), "\(kept)")
        }
        // After a pronoun that is only a singular subject, or the y of il y: the verb comes next.
        #expect(repaired("Il y à maintenant 4 thèmes. On à alors avantage à scinder.") == "Il y a maintenant 4 thèmes. On a alors avantage à scinder.")
        // An invented grave on la before plus, moins or même and what the article agrees with; là même où stays.
        #expect(repaired("Choisissez de là plus grande utilité. Il n’a pas là même signification.")
            == "Choisissez de la plus grande utilité. Il n’a pas la même signification.")
        for kept in ["Il n’y à faire que cela.", "Il passe de ouvert à fermé.", "Le passage à niveau est fermé.",
                     "Le tiroir à demi fermé.", "Il ajoute cela à la liste.", "Il est resté là même où il était.",
                     "Il est là plus souvent."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("La différence est qu’elle utilisé le tampon.") == "La différence est qu’elle utilise le tampon.")
        // cela, ceci and ça are subjects when a verb follows them directly.
        #expect(repaired("Et cela signifié que ceci constitué un progrès.") == "Et cela signifie que ceci constitue un progrès.")
        #expect(repaired("Pour cela, créé un fichier.") == "Pour cela, créé un fichier.")
        // After the subject relative qui, or after ne behind a noun, a bare participle is the verb.
        #expect(repaired("Il a sa version de mknod, qui remplacé en général la version standard.")
                == "Il a sa version de mknod, qui remplace en général la version standard.")
        #expect(repaired("Cette page de manuel ne documenté que l’utilisation.") == "Cette page de manuel ne documente que l’utilisation.")
        for kept in ["Après avoir terminé le mouvement, relâchez.", "Le conducteur destiné au chef.", "Celui à qui confié le rôle."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A short noun cannot stand bare before a verb: its accent variant is the object pronoun.
        #expect(repaired("Il suffit de lé diviser en plusieurs parties.") == "Il suffit de le diviser en plusieurs parties.")
        for kept in ["Le lé mesure deux mètres.", "Un lé tombe."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("Il indique que vous étés en mode de secours, si vous n’étés pas sûr.")
            == "Il indique que vous êtes en mode de secours, si vous n’êtes pas sûr.")
        // An adjective or a noun cannot follow its subject bare either; nor across the reflexive `se` (and `ne`).
        #expect(repaired("Lorsqu’elles différent, ils se référent à la note, ils ne se référent qu’à elle.")
            == "Lorsqu’elles diffèrent, ils se réfèrent à la note, ils ne se réfèrent qu’à elle.")
        for kept in ["Elles sont différentes.", "Ils se sont vus.", "Il se veut précédent."] { #expect(repaired(kept) == kept, "\(kept)") }
        // A damaged word is repaired to the form its neighbour calls for: a participle, a verb of the subject's person.
        #expect(repaired("Le curseur a été deplace, vous etes prêts.") == "Le curseur a été déplacé, vous êtes prêts.")
        // A capitalised label after a determiner is read like a noun (la Boite: boîte, not the verb boiter).
        #expect(repaired("Il est dans la Boite à outils.") == "Il est dans la Boîte à outils.")
        // A valid word that is the form the auxiliary calls for stays as read: dû, not the article du.
        for kept in ["Il pense à part soi.", "Il va à côté.", "Est-elle partie ?", "Il est allé à Paris.",
                     "Ils avaient dû laisser tomber leur contribution."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("an adjective or noun one accent from a preposition becomes it where only the preposition fits (sûr la, dés que)")
    func prepositionVariant() {
        #expect(repaired("Il revient sûr la décision et sûr l'ordre du jour.") == "Il revient sur la décision et sur l'ordre du jour.")
        #expect(repaired("Il revient dés que vous cliquez, dés l'ajout. Dés lors, tout va.")
            == "Il revient dès que vous cliquez, dès l'ajout. Dès lors, tout va.")
        for kept in ["Bien sûr, il part.", "Il en est sûr.", "Il est sûr des résultats.", "Il est sûr de lui.",
                     "Il est sûr que tout va.", "Les dés que tu lances."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("an accent invented on a determiner before its noun is removed when they agree (là ligne → la ligne)")
    func determinerBeforeNoun() {
        #expect(repaired("Il trace là ligne avec dés couleurs vives.") == "Il trace la ligne avec des couleurs vives.")
        // The noun may also be a participle (sortie, données).
        #expect(repaired("Il écrit vers là sortie et garde dés données.") == "Il écrit vers la sortie et garde des données.")
        // From three letters, a letter's shape too (u read as ti), before a noun that takes no adjective here.
        #expect(repaired("Cliquez pour ouvrir tine image de la liste.") == "Cliquez pour ouvrir une image de la liste.")
        // A noun capitalised as official texts write their titles' nouns; a name is no such noun.
        #expect(repaired("Rappelant là Décision No 9/09 du Conseil,") == "Rappelant la Décision No 9/09 du Conseil,")
        for kept in ["Il est là Paris aussi.", "Il est là seul.", "Il est là demain.", "Les dés sont jetés.", "On va là où il veut.", "Il est là, reste calme.",
                     "Le curseur noir (tons sombres) a été déplacé."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a determiner's invented accent before a numeral, or before an adjective that opens a plural noun phrase")
    func determinerBeforeModifier() {
        #expect(repaired("Il puise dans lés trois autres cartouches.") == "Il puise dans les trois autres cartouches.")
        #expect(repaired("Il offre lés mêmes fonctionnalités et l’objet dés deux prochaines parties.")
                == "Il offre les mêmes fonctionnalités et l’objet des deux prochaines parties.")
        // The noun after its article, or before an adjective that follows it, keeps its accent.
        for kept in ["Il jette les dés deux fois.", "Il jette dés pipés.", "Les dés sont jetés."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a determiner's invented accent after tous, after an article it cannot be the noun of, and opening a sentence")
    func determinerAfterPredeterminer() {
        #expect(repaired("Il voit tous lés pixels noirs.") == "Il voit tous les pixels noirs.")
        #expect(repaired("Choisissez un dés mots-clés de la liste.") == "Choisissez un des mots-clés de la liste.")
        #expect(repaired("Ils sont imprimés. Lés exemples suivent.") == "Ils sont imprimés. Les exemples suivent.")
        // A preposition only before a noun that is only plural, which it cannot govern bare.
        #expect(repaired("Il est possible d’ajouter dès espaces entre les notes.")
            == "Il est possible d’ajouter des espaces entre les notes.")
        for kept in ["Il répond dès réception du courrier.", "Les dés sont jetés.", "Un dé roule.", "Tous dés confondus.",
                     "Dès lors, tout change."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a grammatical word prose never writes with its accent is the plain one (lès, qué); çà and compounds stay")
    func unwrittenGrammaticalForm() {
        #expect(repaired("Il accumule toutes lès modifications en mémoire.") == "Il accumule toutes les modifications en mémoire.")
        #expect(repaired("Il existe un risque qué le programme échoue.") == "Il existe un risque que le programme échoue.")
        for kept in ["Il erre çà et là.", "Ça marche bien.", "Il vit à Villeneuve-lès-Avignon.", "Il l’a fait dès lundi."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("des where no plural noun phrase can follow (before lors, a definite article, que) is dès")
    func lostGraveOnDes() {
        #expect(repaired("L’extension sera donc reprise des lors que l’appel aura lieu.")
                == "L’extension sera donc reprise dès lors que l’appel aura lieu.")
        #expect(repaired("Les propriétés sont déterminées des le début, des l’installation et des que possible.")
                == "Les propriétés sont déterminées dès le début, dès l’installation et dès que possible.")
        // `dés` (dice), its grave read as an acute, is the preposition where no determiner makes it the noun.
        #expect(repaired("Elles sont traitées dés qu’elles sont trouvées, et consultées dés à présent. Dés lors, tout change.")
                == "Elles sont traitées dès qu’elles sont trouvées, et consultées dès à présent. Dès lors, tout change.")
        #expect(repaired("Il lance les dés que tu lui donnes.") == "Il lance les dés que tu lui donnes.")
        #expect(repaired("Des lors, tout change.") == "Dès lors, tout change.")
        // The article before a plural noun phrase stays.
        for kept in ["La liste des lois et des longues lignes.", "Le choix des lecteurs."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("la where neither article nor pronoun can stand (before où, pour, a determiner; ending a sentence after a verb) is là")
    func lostGraveOnLa() {
        #expect(repaired("La barre s’insérera la où vous l’aurez placée.") == "La barre s’insérera là où vous l’aurez placée.")
        #expect(repaired("Les zones en gris sont la pour vous aider. Il n’est pas la pour ça. C’est la un point important.")
                == "Les zones en gris sont là pour vous aider. Il n’est pas là pour ça. C’est là un point important.")
        let lossy = "Il a été vu a la fin de a et de a. Les décisions sont prises la. Traditionnellement, Debian a tout."
        #expect(repaired(lossy).contains("sont prises là. Traditionnellement"))
        // Nor before an elided article or `qu’` (`Il s’agit la d’un lot`), nor after a verb whose object pronoun is a
        // determiner too (`ce soit la un moyen`); a digit or capital the word pass read as the article's `l` too.
        #expect(repaired("Il s’agit la d’un lot de filtres. Bien que ce soit la un moyen radical, il est bon.")
                == "Il s’agit là d’un lot de filtres. Bien que ce soit là un moyen radical, il est bon.")
        #expect(repaired("L’option n’est Ia que pour mémoire.") == "L’option n’est là que pour mémoire.")
        #expect(repaired("L’option n’est 1a qu’à titre anecdotique ; il faut le placer 1a où il faut.")
                == "L’option n’est là qu’à titre anecdotique ; il faut le placer là où il faut.")
        #expect(repaired("Il faut le placer la où il faut.") == "Il faut le placer là où il faut.")
        for kept in ["Voir la section 1a pour le détail.", "Le tableau 1a où figure le total."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // An article before its noun, de la and par la, a note name: the article or the noun stays.
        for kept in ["Il joue la note la pour finir.", "Le chemin passe par la pour aller.", "Elle vient de la où il habite.",
                     "Il prend la forme voulue.", "Ils sont prises la. Traditionnellement, Debian a tout."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // After a noun a demonstrative opened, before a mark, it is the suffix `-là`, hyphen lost or not;
        // an imperative's object and a pronoun before its verb stay.
        #expect(repaired("L’analyse est arrêtée à ce moment la. Avec ces outils-la, il part.")
                == "L’analyse est arrêtée à ce moment-là. Avec ces outils-là, il part.")
        for kept in ["Donne-la vite.", "Ce fichier la contient."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("où where no clause can follow is the conjunction ou (plus où moins, éclaircir où assombrir)")
    func inventedGraveOnOu() {
        #expect(repaired("Un carré plus où moins grand.") == "Un carré plus ou moins grand.")
        #expect(repaired("Pour éclaircir où assombrir une image.") == "Pour éclaircir ou assombrir une image.")
        // In a scan that invents accents (premiére), où between a noun and a noun phrase with no verb after it joins
        // the two; a verb after the phrase (or a word that may be one) keeps the relative.
        #expect(repaired("La premiére partie traite d’un opéra où une œuvre pour grand orchestre.")
                == "La première partie traite d’un opéra ou une œuvre pour grand orchestre.")
        // So does an elided article opening the phrase; `l’on` opens a clause.
        #expect(repaired("La premiére partie utilise l’outil Balance des couleurs où l’outil Niveaux, mais ils diffèrent.")
                == "La première partie utilise l’outil Balance des couleurs ou l’outil Niveaux, mais ils diffèrent.")
        for kept in ["Le répertoire où les fichiers de configuration sont stockés. La premiére partie.",
                     "Le répertoire où les fichiers résident. La premiére partie.",
                     "Le dossier où l’on range les fichiers. La premiére partie.", "Le calque où l’image est rangée. La premiére partie.",
                     "Un opéra où une œuvre pour grand orchestre."] {
            #expect(repaired(kept).contains("où"), "\(kept)")
        }
        #expect(repaired("Il est normal de ne pas savoir où chercher.") == "Il est normal de ne pas savoir où chercher.")
        // Two finite verbs of one person, or two participles past a form only a pronoun carries (mis: je mis);
        // not where the second verb's subject may follow it (an indirect question).
        #expect(repaired("Un socket reçoit où envoie des datagrammes. Pour cela, modifiez où commentez la ligne.")
                == "Un socket reçoit ou envoie des datagrammes. Pour cela, modifiez ou commentez la ligne.")
        #expect(repaired("Les commentaires sont colorés, soulignés où mis en évidence.") == "Les commentaires sont colorés, soulignés ou mis en évidence.")
        #expect(repaired("On voit où mène le chemin.") == "On voit où mène le chemin.")
        // After a comma too; a grammatical adverb, de before a determiner, a gerund, two numbers or acronyms.
        #expect(repaired("Une valeur, où bien deux, avec cette valeur où plus.") == "Une valeur, ou bien deux, avec cette valeur ou plus.")
        #expect(repaired("Le BIOS où de l’UEFI, un où deux disques, un CD où DVD, où en utilisant lvextend.")
            == "Le BIOS ou de l’UEFI, un ou deux disques, un CD ou DVD, ou en utilisant lvextend.")
        // Before a bare noun, d’ and a determiner, non, and after a compound preposition.
        #expect(repaired("Titres et entête où pied de page, un objet où d’une propriété, y avoir où non, au-dessus où au-dessous.")
            == "Titres et entête ou pied de page, un objet ou d’une propriété, y avoir ou non, au-dessus ou au-dessous.")
        // A clause it would open has no verb before the next mark.
        #expect(repaired("Vous déplacerez un calque où une sélection, ils suivront. Un glissando où un soufflet, le reste.")
            == "Vous déplacerez un calque ou une sélection, ils suivront. Un glissando ou un soufflet, le reste.")
        // De before an infinitive or a singular noun; a conjunction or a relative pronoun next.
        #expect(repaired("Il permet de mémoriser où de mettre en cache, un saut de ligne où de page, une clef où d’armure.")
            == "Il permet de mémoriser ou de mettre en cache, un saut de ligne ou de page, une clef ou d’armure.")
        #expect(repaired("Le fichier a été tronqué où lorsque la date manque, une musique comprimée où qui sort du cadre.")
            == "Le fichier a été tronqué ou lorsque la date manque, une musique comprimée ou qui sort du cadre.")
        // A bare plural noun after d’; two names with no verb after them.
        #expect(repaired("Il donne un aspect de marbrures où d’aplats. Il marche dans OpenOffice où LibreOffice.")
            == "Il donne un aspect de marbrures ou d’aplats. Il marche dans OpenOffice ou LibreOffice.")
        #expect(repaired("Le système Debian où Apache tourne est lent.") == "Le système Debian où Apache tourne est lent.")
        // A noun one invented accent from a determiner is that determiner: the clause has its subject and verb.
        #expect(repaired("Il sert dans les cas d’utilisation où lés droits de superutilisateur ne sont pas nécessaires.")
            == "Il sert dans les cas d’utilisation où les droits de superutilisateur ne sont pas nécessaires.")
        // A verb with no pronoun of its person shares the sentence's subject; a noun's homograph after a
        // determiner is the noun (du calque, un masque), no verb of a relative clause.
        #expect(repaired("À moins que vous n’agrandissiez le canevas où ne déplaciez le calque. La hauteur de la sélection où du calque.")
            == "À moins que vous n’agrandissiez le canevas ou ne déplaciez le calque. La hauteur de la sélection ou du calque.")
        #expect(repaired("Ajouter, Appliquer, Effacer où Convertir en sélection un masque.")
            == "Ajouter, Appliquer, Effacer ou Convertir en sélection un masque.")
        for kept in ["Dans les cas où doigté et hampe vont dans la même direction.", "Le dossier où un fichier manque.",
                     "Le pays où du sable tombe.", "Le cas où nous ne pouvons rien."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        for kept in ["Le cas où le chemin manque.", "La boîte où vous pouvez écrire.", "Il ne sait pas où aller.",
                     "Le pays où de nombreux paquets manquent.", "Il ira où que vous alliez.", "Le pays où des gens vivent.",
                     "Dans la mesure où dans votre société chacun utilise ce logiciel, tout va.",
                     "Les moments où il n’y a rien.", "La source, d’où cet aspect.", "Les paquets, où les fichiers, les pages.",
                     "L’endroit où l’on range les fichiers, où d’autres passent.", "Le pays où vivent les gens.",
                     "Là où même les experts échouent.", "D’où vient-il ?", "Le pays où tout commence.",
                     "Le moment où ne reste rien, le cas où de nombreux fichiers manquent, où en est-il ?"] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("& and 4 read for à are repaired from the grammar that follows")
    func ampersandAndFour() {
        #expect(repaired("la lutte contre l’utilisation d’Internet & des fins terroristes") == "la lutte contre l’utilisation d’Internet à des fins terroristes")
        #expect(repaired("Invite les États participants & envisager de fournir des contributions") == "Invite les États participants à envisager de fournir des contributions")
        #expect(repaired("ils sont appelés 4 envisager des mesures") == "ils sont appelés à envisager des mesures")
        #expect(repaired("en application du paragraphe 4 de la résolution") == "en application du paragraphe 4 de la résolution")
        #expect(repaired("la société Johnson & Johnson") == "la société Johnson & Johnson")
        // Those `&` show a scan that drops the accent of `à`, as plain `a`s would: a lone `a` after a noun
        // is judged in that light (`une réponse a une question`), but never after a preposition (`sur a partition`).
        let ampersands = "Le disque sert & des fins diverses et le fichier sert & la configuration. "
            + "Il faut fournir une réponse a une question particulière avant d’aller & la suite."
        #expect(repaired(ampersands).contains("une réponse à une question"))
        #expect(repaired(ampersands + " Des éléments sur a partition se chevauchent.").contains("sur a partition"))
        // A lone € between two words is the English model's reading of à; beside an amount it is the currency.
        #expect(repaired("L’utilisateur sera autorisé € utiliser sudo.") == "L’utilisateur sera autorisé à utiliser sudo.")
        #expect(repaired("Cela coûte 10 € par mois, € 5 pour les membres.") == "Cela coûte 10 € par mois, € 5 pour les membres.")
        // An adverb between à and the de/que it takes makes a locution (à moins que); for a plain a,
        // only where the clause has its verb elsewhere (il a moins de temps).
        #expect(repaired("Les calques seront effacés, & moins que l’image change, et le texte reste a moins que vous ne l’effaciez.")
                == "Les calques seront effacés, à moins que l’image change, et le texte reste à moins que vous ne l’effaciez.")
        #expect(repaired("Il a moins de temps.") == "Il a moins de temps.")
        // A scan makes & of à, never of the verb a: a participle after it proves nothing.
        #expect(repaired("Le résultat évoque tout & fait des nuages.") == "Le résultat évoque tout à fait des nuages.")
        #expect(repaired("La commande est identique & gunzip sur ce système.") == "La commande est identique à gunzip sur ce système.")
        // No number above one before a noun that is only singular.
        #expect(repaired("Il ne peut être chargé, 4 cause de la différence.") == "Il ne peut être chargé, à cause de la différence.")
        // Between two numbers rising, a 4 joins the ends of a range; not a falling pair or one after a comma.
        #expect(repaired("Les valeurs vont de 0 4 255 ; voyez les chapitres 3 4 5.")
                == "Les valeurs vont de 0 à 255 ; voyez les chapitres 3 à 5.")
        for kept in ["Les valeurs sont 9 4 2 ici.", "Les valeurs sont 1, 4 5 ici."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A number nothing nominal follows is a value set or reached, not what the verb counts.
        #expect(repaired("Réglez le seuil à 0,4 et un rayon a 0,6. Il a 3 enfants. Il en a 3.")
                == "Réglez le seuil à 0,4 et un rayon à 0,6. Il a 3 enfants. Il en a 3.")
        // A pronoun a preposition or a verb governs is no subject; a conjunction needs its subject
        // before the verb; an adverb before an infinitive, even one that is also a noun, is à's.
        #expect(repaired("Ceci ne doit nuire en rien a la conformité. Il faut garder cela a l’esprit.")
                == "Ceci ne doit nuire en rien à la conformité. Il faut garder cela à l’esprit.")
        #expect(repaired("La corde est pincée comme a l’accoutumée, on la pince.")
                == "La corde est pincée comme à l’accoutumée, on la pince.")
        #expect(repaired("Il n’existe pas a proprement parler de limite.") == "Il n’existe pas à proprement parler de limite.")
        for kept in ["Tout cela a été fait.", "Le texte, comme a été dit, reste.", "Rien a changé depuis."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A lone a between two words inside a hyphenated compound is à; the verb enters one only with
        // the t of an inversion, or where specks joined a subject to it.
        #expect(repaired("Sans vouloir tout-a-fait les supprimer, ni tout-4-fait, le voisin d’en face.")
                == "Sans vouloir tout-à-fait les supprimer, ni tout-à-fait, le voisin d’en face.")
        for kept in ["Y-a-t-il un souci ?", "Il-a-été rapporté que tout va bien."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A preposition glued to an article it spells, accents aside, before a noun that article agrees
        // with (or a name) is the two words; after the word it makes a listed compound with, it stays.
        #expect(repaired("La rétrocompatibilité delà sortie de fdisk, voir la section 8.4.3 delà RFC 5661.")
                == "La rétrocompatibilité de la sortie de fdisk, voir la section 8.4.3 de la RFC 5661.")
        // Also where the word pass first read the glued pair as that word (`dela` → `delà`).
        #expect(repaired("La section 8.4.3\ndela RFC 5661 est citée.") == "La section 8.4.3\nde la RFC 5661 est citée.")
        for kept in ["Au delà de la ville, et au-delà du reste, on va par delà les monts."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // Two spaces between two words of a line mark a lost word: à, where grammar wants it surely.
        #expect(repaired("Sans avoir à demander  l’application, vu les risques inhérents  la stabilité, en bas  gauche.")
                == "Sans avoir à demander à l’application, vu les risques inhérents à la stabilité, en bas à gauche.")
        // A modal governs the infinitive bare only where its own infinitive does not stand between.
        #expect(repaired("Vous pouvez être amené  réinstaller le programme.") == "Vous pouvez être amené à réinstaller le programme.")
        for kept in ["Vous  noterez que des  microprogrammes et une entité  d’ordonnancement suivent.",
                     "Vous devez d’abord  comprendre comment ils fonctionnent.", "Vous pouvez faire  comprendre le sens.", "Vous pouvez  comprendre le sens."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A lost à that took one space with it, before an infinitive prose writes after à a hundred
        // times, with the word after it as prose pairs them (`à partir de`), where nothing governs it bare.
        #expect(repaired("Le répertoire partir duquel la commande est lancée. La sortie est produite directement partir des sources.")
                == "Le répertoire à partir duquel la commande est lancée. La sortie est produite directement à partir des sources.")
        #expect(repaired("Il peut aussi s’utiliser partir d’autres applications.") == "Il peut aussi s’utiliser à partir d’autres applications.")
        for kept in ["Vous pouvez partir de ce fichier.", "Il faut ne pas partir de zéro, et partir du modèle pour partir de là.",
                     "Quel format utiliser pour la sortie ?", "Il faut utiliser pour cela un fichier."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // After an elided article's noun, a word that is a verb too is the clause's verb (`L’éditeur fait`),
        // so the a after it is no second verb.
        #expect(repaired("L’éditeur fait suite a une longue réflexion.") == "L’éditeur fait suite à une longue réflexion.")
        // An opening quotation mark parts no phrase: the quoted name is what follows the a.
        #expect(repaired("Le style du markup est défini a « Oblique Bold » ici.") == "Le style du markup est défini à « Oblique Bold » ici.")
        #expect(repaired("Le fichier a « oublié » sa forme.") == "Le fichier a « oublié » sa forme.")
        // So is a plain a, even in a clause with no other verb, and the ends may be decimals.
        #expect(repaired("Valeurs de 0,0 a 1,0. Numérotés de 32 a 64.") == "Valeurs de 0,0 à 1,0. Numérotés de 32 à 64.")
        // A conjunction before a preposition joins two complements: the clause's verb comes after them,
        // so the a is no verb (`de bac a sable et de sécurité est`); one before a subject opens a clause.
        let losesAccent = "Il sert a copier, a coller, a voir et a lire le texte. "
        #expect(repaired(losesAccent + "Toute analyse de bac a sable et de sécurité est difficile.")
                .hasSuffix("Toute analyse de bac à sable et de sécurité est difficile."))
        #expect(repaired(losesAccent + "Le bac a sable et le jardin est fermé.")
                .hasSuffix("Le bac a sable et le jardin est fermé."))
        // A scan that reads à intact reads an & as one: the page's — unless the document writes the
        // same words around an intact à.
        let keepsGrave = "Il sert à copier, à coller, à voir, à lire et à écrire le texte. "
        #expect(repaired(keepsGrave + "Voyez l’aperçu de calque & canal.") == keepsGrave + "Voyez l’aperçu de calque & canal.")
        #expect(repaired(keepsGrave + "La boîte à outils est là ; la boite & outils aussi.")
                == keepsGrave + "La boîte à outils est là ; la boite à outils aussi.")
        // Between two nouns inside a label an & is the label's, wherever the scan loses its à;
        // not beside a noun prose puts à beside, nor in a sentence.
        let losesGrave = "Il sert a copier, a coller, a voir et a lire le texte. "
        for kept in ["Ouvrez Édition → Fenêtres d’image → Titre & état pour le voir.",
                     "Le réglage avec Taille de l’aperçu de calque & canal change."] {
            #expect(repaired(losesGrave + kept).hasSuffix(kept), "\(kept)")
        }
        #expect(repaired(losesGrave + "Voyez la Boîte & outils.").hasSuffix("la Boîte à outils."))
        #expect(repaired(losesGrave + "Vous disposez d’une pipette & couleur.").hasSuffix("pipette à couleur."))
    }

    @Test("a capital A inside a sentence before a determiner or an elision is à; labels and sentence starts stay")
    func capitalAInsideSentence() {
        #expect(repaired("Les détails particuliers A chaque système. Il fournit les fonctions nécessaires A l'amorçage.")
                == "Les détails particuliers à chaque système. Il fournit les fonctions nécessaires à l'amorçage.")
        // Before des after a participle or an adjective; after a noun, des follows a label too.
        #expect(repaired("Les extenseurs affectés A des notes incluses.") == "Les extenseurs affectés à des notes incluses.")
        for kept in ["Voir la colonne A et la colonne B.", "Voir l'annexe A du rapport.", "A partir de demain, tout change.",
                     "Il choisit le type A. Puis il part.", "Voir l'annexe A des règles."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("lost, wrong and extra accents are restored from the confusion model")
    func accents() {
        #expect(repaired("prises en la matiere") == "prises en la matière")
        #expect(repaired("les progres de la téléinformatique") == "les progrès de la téléinformatique")
        #expect(repaired("la premiére partie") == "la première partie")
        #expect(repaired("à la 45éme séance") == "à la 45ème séance")
        #expect(repaired("à la 36eme séance") == "à la 36ème séance")
        #expect(repaired("eu égard à l’intérét") == "eu égard à l’intérêt")
        #expect(repaired("qui pourra étre suivie") == "qui pourra être suivie")
        #expect(repaired("fera mieux connaitre la facon de proner") == "fera mieux connaître la façon de prôner")
        #expect(repaired("la violence motivee par des préjuges") == "la violence motivée par des préjugés")
        #expect(repaired("le chat ét le chien") == "le chat et le chien")
    }

    @Test("a unit symbol the lexicon builds from a prefix is no repair target: zcat stays, kcai is still kcal")
    func prefixedSymbolsAreNoTargets() {
        let kept = "Les fichiers sont lus par gunzip ou zcat dans le tube."
        #expect(repaired(kept) == kept)
        // The document writing the symbol makes it a target again.
        #expect(repaired("Une portion de 200 kcal, soit 200 kcai par jour.") == "Une portion de 200 kcal, soit 200 kcal par jour.")
    }

    @Test("ô read as 6, d or é, and œ read as cc, are repaired")
    func circumflexAndLigature() {
        #expect(repaired("sur le r6le que pourrait jouer") == "sur le rôle que pourrait jouer")
        #expect(repaired("un rdle plus actif") == "un rôle plus actif")
        // So does û's into a d, in a model without the letter.
        #expect(repaired("vous devez être sdrs que le fichier existe") == "vous devez être sûrs que le fichier existe")
        #expect(repaired("le réle futur") == "le rôle futur")
        #expect(repaired("la séance de cl6ture") == "la séance de clôture")
        #expect(repaired("est au cceur du concept") == "est au cœur du concept")
        // English spells the loan without its ligature: in French text it gets it back (an English
        // word the ligature makes no French word of stays: `does`, `poem`).
        #expect(repaired("il faut mettre en oeuvre une méthode") == "il faut mettre en œuvre une méthode")
        #expect(repaired("le groupiz pertinent") == "le groupe pertinent")
        #expect(repaired("la ﬁn du mandat") == "la fin du mandat")
    }

    @Test("capitals: Etats → États, all-caps words get accented capitals, acronyms stay")
    func capitals() {
        #expect(repaired("les Etats participants") == "les États participants")
        #expect(repaired("DECISION No 991") == "DÉCISION No 991")
        #expect(repaired("CYBERSECURITE : EXPLORATION DU ROLE FUTUR DE L’OSCE") == "CYBERSÉCURITÉ : EXPLORATION DU RÔLE FUTUR DE L’OSCE")
        #expect(repaired("la séance commune du FCS et du CP") == "la séance commune du FCS et du CP")
    }

    @Test("an accent on e that the same unknown word carries twice is no invention of the scan: it stays")
    func repeatedAccentIsKept() {
        let twice = "Une police sérif ou avec empattement, une police sans sérif et une autre."
        #expect(repaired(twice) == twice)
        // Once, it is the scan's (the lexicon knows only serif); and ÿ is no accent French writes twice by chance.
        #expect(repaired("Une police sérif ou avec empattement.") == "Une police serif ou avec empattement.")
        #expect(repaired("Le raÿon du cercle et le raÿon du carré.") == "Le rayon du cercle et le rayon du carré.")
        // Twice, beside the repaired word's family written intact, it is the scan's again.
        #expect(repaired("Si vous utiliséz find, puis si vous l’utiliséz ailleurs, il faut utiliser les options.")
                == "Si vous utilisez find, puis si vous l’utilisez ailleurs, il faut utiliser les options.")
    }

    @Test("a word the document spells correctly elsewhere is evidence for the repair")
    func documentEvidence() {
        let text = "la cybersécurité est un enjeu ; la cybersécurité progresse ; renforcer la cybersecurité."
        #expect(repaired(text) == "la cybersécurité est un enjeu ; la cybersécurité progresse ; renforcer la cybersécurité.")
    }

    @Test("document symbols, numbers, URLs and e-mail addresses are never touched")
    func protectedSpans() {
        let text = "la Décision MC.DEC/2/09 (SEC.GAL/107/10), le document A/65/201 et FSC.DEL/92/09 ; voir www.osce.org/fr ou pm-fsc@osce.org, le 2 juin 2010."
        #expect(repairer.repair(text).stage.edits.isEmpty)
    }

    @Test("a clean paragraph gets zero edits and zero suggestions")
    func cleanText() {
        let text = """
        Le Forum pour la coopération en matière de sécurité, rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre l’utilisation d’Internet à des fins terroristes, a décidé que les États participants seront invités à échanger des informations.

        Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne. Nul ne sera tenu en esclavage ni en servitude ; l’esclavage et la traite des esclaves sont interdits sous toutes leurs formes.
        """
        let result = repairer.repair(text)
        #expect(result.stage.edits.isEmpty)
        #expect(result.suggestions.isEmpty)
    }

    @Test("the clean decision in Corpora comes out unchanged")
    func cleanCorpus() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Corpora/osce/fsc-dec-10-08.fr.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(repairer.repair(text).stage.edits.isEmpty)
    }

    @Test("the UDHR in French comes out unchanged", .enabled(if: FileManager.default.fileExists(atPath: "/work/shared/corpora/udhr/fra.txt")))
    func cleanUDHR() throws {
        let text = try String(contentsOfFile: "/work/shared/corpora/udhr/fra.txt", encoding: .utf8)
        #expect(repairer.repair(text).stage.edits.isEmpty)
    }

    @Test("reverting the stage gives back the input exactly; edits are sorted and do not overlap")
    func revert() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Corpora/osce/pc-dec-991.fr.ocr.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let stage = repairer.repair(text).stage
        #expect(stage.name == "words")
        #expect(stage.edits.count > 50)
        #expect(stage.revert(stage.apply(to: text)) == text)
        for (a, b) in zip(stage.edits, stage.edits.dropFirst()) {
            #expect(a.offset + a.before.unicodeScalars.count <= b.offset)
        }
    }

    @Test("edits record rule, offset in scalars and confidence")
    func editRecords() {
        let text = "Vu l’avis, le r6le de I’OSCE"
        let edits = repairer.repair(text).stage.edits
        let scalars = Array(text.unicodeScalars)
        #expect(edits.map(\.rule) == ["circumflex-o", "elision-l"])
        for edit in edits {
            #expect(String(String.UnicodeScalarView(scalars[edit.offset..<edit.offset + edit.before.unicodeScalars.count])) == edit.before)
            #expect(edit.confidence > 0.5 && edit.confidence <= 1)
        }
    }

    @Test("edits below the threshold become suggestions with offsets in the output")
    func suggestions() {
        let strict = WordRepairer(language: .french, lexicon: frenchLexicon!, minConfidence: 0.99)
        let text = "Le réle de I’OSCE"
        let (stage, suggestions) = strict.repair(text)
        #expect(stage.edits.isEmpty)
        #expect(suggestions.map(\.after) == ["rôle", "l’"])
        let lenient = WordRepairer(language: .french, lexicon: frenchLexicon!, minConfidence: 0.8)
        let (stage2, suggestions2) = lenient.repair("Un long texte avec I’OSCE et le réle")
        let output = stage2.apply(to: "Un long texte avec I’OSCE et le réle")
        for suggestion in suggestions2 {
            let scalars = Array(output.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[suggestion.offset..<suggestion.offset + suggestion.before.unicodeScalars.count])) == suggestion.before)
        }
    }

    @Test("paragraph ends: a lost final full stop after running prose, lone letters after the final stop")
    func paragraphEnds() {
        let prose = "Cette page documente l’interface pour ceux qui ont envie ou besoin d’utiliser directement le niveau DDP"
        #expect(repaired(prose + "\n\nCe programme définit la priorité.\n") == prose + ".\n\nCe programme définit la priorité.\n")
        #expect(repaired(prose + "\n") == prose + ".\n")
        // The `que` of `ne … que` restricts; it opens no clause whose verb would be yet to come.
        let restricted = "Les commandes sont passées avec une option pour s’assurer qu’elles ne fonctionnent que sur les paquets de l’architecture"
        #expect(repaired(restricted + "\n\nLa suite.\n") == restricted + ".\n\nLa suite.\n")
        // A quotation mark (or a speck read as one) opening the next paragraph changes nothing.
        #expect(repaired(prose + "\n\n‘Ce programme définit la priorité.\n").hasPrefix(prose + ".\n\n"))
        // A heading, a paragraph without a verb, one cut on a word that calls for more, one the next continues.
        for kept in ["Les paquets binaires\n\nCe programme définit la priorité.\n",
                     "La liste des options de configuration du noyau et des modules chargés au démarrage de la machine\n\nCe programme.\n",
                     "Vous pouvez amorcer l’installateur sur une machine qui ne possède pas de lecteur avec une\n\nClé USB.\n",
                     prose + "\n\nqui suit.\n",
                     // The last clause has no verb yet: `aucun` is a (negative) determiner opening it.
                     "Le curseur noir a été déplacé à 63 et le curseur blanc à 189, et aucun pixel\n\nLa suite.\n"] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("Cela offre même des fonctionnalités qui ne sont pas disponibles autrement. k\n\nLa suite.\n")
                == "Cela offre même des fonctionnalités qui ne sont pas disponibles autrement.\n\nLa suite.\n")
        #expect(repaired("On en profite pour voir ces concepts. L É\n") == "On en profite pour voir ces concepts.\n")
        // The small letter after the stop was a speck too: the stop stays a stop, not a comma.
        #expect(repaired("Visitez notre page d’aide sur l’écriture du contenu de l’aide. à l\n\nLa suite.\n")
                == "Visitez notre page d’aide sur l’écriture du contenu de l’aide.\n\nLa suite.\n")
        // A figure's number follows its word, an abbreviation's stop ends no sentence.
        for kept in ["Le résultat est visible sur la figure 3\n", "On y trouve des images, des sons, etc. a\n"] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a comma ending a paragraph of prose before a sentence is its full stop; so is a glued colon in a scan, before prose")
    func commaEndingParagraph() {
        #expect(repaired("Un tube est créé avec l’appel système pipe qui crée un nouveau tube pour un exemple,\n\nLes objets sont là.\n")
                == "Un tube est créé avec l’appel système pipe qui crée un nouveau tube pour un exemple.\n\nLes objets sont là.\n")
        // At the end of the text too.
        #expect(repaired("La suite.\n\nLe message vous avertira de l’écrasement du fichier si vous continuez ainsi,\n")
                == "La suite.\n\nLe message vous avertira de l’écrasement du fichier si vous continuez ainsi.\n")
        // A glued colon is the scan's stop before a paragraph of prose, in a text whose words show a scan's damage.
        let scanned = "Le systéme a été ‘amorcé et le paquet sudo sera installé sur le nouveau systeme, et le premier "
            + "utilisateur sera autorisé à utiliser la commande sudo:\n\nL’horloge du systéme est alors réglée, "
            + "puis le fuseau horaire est déterminé par le pays choisi.\n"
        #expect(repaired(scanned).contains("commande sudo.\n\nL’horloge"))
        // A run of paragraphs ending on commas is the scan's run of misread stops where they open as prose does
        // (a determiner, a pronoun), not a preamble's chain of clauses.
        let run = "Le systéme a été amorcé et le paquet sera installé sur le nouveau systeme avec la premiére option. "
            + "Les données écrites à l’entrée du tube peuvent être lues à sa sortie,\n\n"
            + "Un tube est créé avec l’appel système qui crée un nouveau tube pour un exemple,\n\nLes tubes sont là.\n"
        #expect(repaired(run).contains("à sa sortie.\n\nUn tube"))
        #expect(repaired(run).contains("pour un exemple.\n\nLes tubes"))
        // There a paragraph opening on `Si` is prose too, as no preamble's clause opens so; in clean text its comma stays.
        let conditional = "Le systéme a été amorcé et le paquet sera installé sur le nouveau systeme avec la premiére option.\n\n"
            + "Si NEW est omis, alors l’étiquette existante est écrite sur la sortie standard des données,\n\nUn script est lancé.\n"
        #expect(repaired(conditional).contains("sortie standard des données.\n\nUn script"))
        let clean = "Si l’URL n’a pas de protocole, le protocole HTTP est supposé par tous les outils,\n\nUne classe indique le type.\n"
        #expect(repaired(clean) == clean)
        // In such a text a comma may end a sentence of eight words or more that has no verb; a short phrase is fronted.
        let verbless = "Le systéme a été amorcé et le paquet sera installé sur le nouveau systeme avec la premiére option. "
            + "La taille de la brosse fixée dans les Options de l’outil,\n\nDans l’exemple 2, la taille change.\n"
        #expect(repaired(verbless).contains("Options de l’outil.\n\nDans"))
        #expect(repaired(verbless.replacingOccurrences(of: "La taille de la brosse fixée dans les Options de l’outil,", with: "Pour les autres,"))
                    .contains("Pour les autres,\n\nDans"))
        // Whatever opens the paragraph after it: no preamble's clause follows a colon.
        #expect(repaired(scanned.replacingOccurrences(of: "L’horloge du systéme est alors", with: "Ensuite l’horloge du systéme est"))
                    .contains("commande sudo.\n\nEnsuite"))
        #expect(repaired(scanned.replacingOccurrences(of: "L’horloge du systéme est alors réglée, puis le fuseau horaire est déterminé par le pays choisi.", with: "sudo -i"))
                    .contains("commande sudo:\n\nsudo -i"), "a colon before a line of code announces it")
        // Does not harm: a preamble's clauses, a series, a name or a list's next item after the break; and a colon,
        // glued or spaced, in clean text, or before a list or an example.
        for kept in ["Rappelant la décision par laquelle le Conseil permanent a créé la mission en Ukraine,\n\nDécide de prolonger.\n",
                     "Considérant que la reconnaissance de la dignité constitue le fondement de la liberté dans le monde,\n\nConsidérant que la méconnaissance des droits a conduit à des actes,\n\nL’Assemblée proclame.\n",
                     "Nous sommes en cours de standardisation sur un système que la majorité des paquets utilise,\n\nQuilt, qui est utilisé.\n",
                     "Vous pouvez lier ces deux options dans les outils que GIMP propose, Rotation, Mise à l’échelle,\n\nPerspective, Cage.\n",
                     "Vous pouvez modifier ce comportement avec les commandes suivantes de la barre de menu:\n\nCalque et Image.\n",
                     "Vous pouvez modifier ce comportement avec les commandes suivantes de la barre de menu :\n\nCalque et Image.\n",
                     "Pour enregistrer vos modifications, exécutez ces commandes dans un terminal:\n\nCela vous permettra de les garder lors de la prochaine mise à jour du système.\n"] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("grammar and context repairs: capitals inside a sentence, 11 for il, a full stop before lower case")
    func contextRules() {
        #expect(repaired("vous devriez Vous assurer que tout va bien") == "vous devriez vous assurer que tout va bien")
        // A verb capitalised as the last of a run of like labels keeps its capital; a lone one does not.
        let commands = "Il est utilisé quand vous Coupez, Copiez ou Collez des données."
        #expect(repaired(commands) == commands)
        #expect(repaired("Il est utilisé quand vous copiez ou Collez des données.") == "Il est utilisé quand vous copiez ou collez des données.")
        // A determiner, or a preposition before one, right after a verb, whatever its capital's shape; a label
        // after the noun that names it, or opening with a preposition, keeps its capital.
        #expect(repaired("Certains périphériques exigent Le chargement d’un fichier, puis appuyez Sur la touche Entrée.")
                == "Certains périphériques exigent le chargement d’un fichier, puis appuyez sur la touche Entrée.")
        // A form of être or avoir is that verb though it spells a noun too (est, the east).
        #expect(repaired("Si le curseur est Sur une valeur négative, rien ne change.") == "Si le curseur est sur une valeur négative, rien ne change.")
        // A subject pronoun after a subordinating conjunction, before a verb that agrees with it, `ne` or a clitic.
        #expect(repaired("Quand Il n’y a pas de problème, on continue. Si Vous appuyez sur le bouton, rien.")
                == "Quand il n’y a pas de problème, on continue. Si vous appuyez sur le bouton, rien.")
        // One the verb does not agree with is no subject (`que Je fait` is `que le fait`, a misread article).
        #expect(!repaired("Notez que Je fait de modifier les calques compte.").contains("que je fait"))
        // A preposition shaped like its small letter after a participle, an infinitive or a verb that is no
        // command; after a noun it may open a sentence whose stop was lost, after a command a label.
        #expect(repaired("Une spécification écrite Par notre expert. Le fichier demandé Pour amorcer. Il est produit Par un graveur.")
                == "Une spécification écrite par notre expert. Le fichier demandé pour amorcer. Il est produit par un graveur.")
        for kept in ["Puis choisissez Pour cent ici.", "Voyez les bogues de ces programmes Par exemple le crochet."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // Where the scan capitalises a letter in grammatical words twice or more, the preposition is lowered after
        // a noun or an adverb too (never after a determiner, a preposition or a command, which a label follows).
        #expect(repaired("Vous gardez vos droits Sur un ouvrage. Il modifie les réglages directement Sur le canevas.")
                == "Vous gardez vos droits sur un ouvrage. Il modifie les réglages directement sur le canevas.")
        // A determiner after a preposition, where the scan capitalises that letter twice or more (a title cited once stays).
        #expect(repaired("Un procédé de gestion de La mémoire. Ils l’ont fait pour Le bénéfice de tous. Il a fini.")
                == "Un procédé de gestion de la mémoire. Ils l’ont fait pour le bénéfice de tous. Il a fini.")
        let title = "Voyez le chapitre intitulé dans Les expressions musicales en clair."
        #expect(repaired(title) == title)
        // Once only where the preposition opens its phrase and the sentence runs on through it (`un clic Sur la note
        // vous amène`); a phrase a comma closes, or one a pronominal verb and its subject follow, opens the sentence
        // whose full stop the scan lost; `Voici` presents a sentence of its own.
        #expect(repaired("Un clic Sur la note vous amène au code. Vous gardez vos droits Sur un ouvrage.")
                == "Un clic sur la note vous amène au code. Vous gardez vos droits sur un ouvrage.")
        // A comma before a coordinating conjunction closes no phrase; a reflexive verb inside a relative clause is that clause's.
        #expect(repaired("Les données sont encore Sur les disques sains, mais les autres non. Il donne des indications Sur ce qui s’est passé.")
                == "Les données sont encore sur les disques sains, mais les autres non. Il donne des indications sur ce qui s’est passé.")
        for once in ["Cliquez sur les programmes Sur le bureau, Il lance tout.", "Il dessine des variations de couleur Sur la gauche se trouve un dégradé.",
                     "Il chante du sacré à l’opéra Voici un motet."] {
            #expect(repaired(once) == once, "\(once)")
        }
        // `un`, `une` by their determiner reading (they are nouns too), `Des` past the grave rule, and
        // the article after `tous`/`toutes` in small letters.
        #expect(repaired("Vous aurez Un système minimal, vous obtiendrez Des copies de tous Les éléments.")
                == "Vous aurez un système minimal, vous obtiendrez des copies de tous les éléments.")
        // After a subordinating conjunction a determiner opens its clause's subject.
        #expect(repaired("Il échoue. Si Un service a accès à la clé, il la lit.") == "Il échoue. Si un service a accès à la clé, il la lit.")
        for kept in ["La commande Depuis le chemin transforme le chemin.", "Si vous choisissez Pour cent, vous définissez la taille.",
                     "Choisissez Tous Les Fichiers dans le menu.", "Cliquez sur Une image pour l’ouvrir.",
                     "Reportez-vous au chapitre Quelques erreurs des plus courantes."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // An i that lost its dot reads as a capital I: `car Il existe`, `mais ils Introduisent`.
        #expect(repaired("Le code vient de l’amont, car Il existe souvent une version. Mais ils Introduisent des bogues.")
                == "Le code vient de l’amont, car il existe souvent une version. Mais ils introduisent des bogues.")
        // A name keeps its capital.
        let named = "Le paquet est écrit par Ian Jackson et utilisé sur Internet."
        #expect(repaired(named) == named)
        // A form that can only be a conjugated verb is no label: `ce qui Signifie`, `ses propriétés Sont`.
        #expect(repaired("Il affiche trois points, ce qui Signifie que le menu suit. Ses propriétés Sont lues.")
                == "Il affiche trois points, ce qui signifie que le menu suit. Ses propriétés sont lues.")
        // Not a name whose small-letter form is a verb, nor an imperative opening a sentence whose stop was lost.
        for kept in ["La réunion aura lieu à Vienne les 17 et 18 mars.", "La version décrite ici Veuillez vous référer au reste."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A verb right after its subject pronoun is no label; a label that ends the sentence stays.
        #expect(repaired("Le système est prêt. Vous Pouvez choisir un disque. Cliquez sur Vous Pouvez.")
                == "Le système est prêt. Vous pouvez choisir un disque. Cliquez sur Vous Pouvez.")
        // A finished clause before the capital and a verb after it: a full stop was lost instead.
        #expect(repaired("Le mot de passe est comparé avec le premier Ces deux mots de passe devront être identiques.")
                == "Le mot de passe est comparé avec le premier. Ces deux mots de passe devront être identiques.")
        // A short aside in brackets between the subject and its verb is passed over.
        #expect(repaired("Cliquez sur l'image pour prélever les coordonnées Cette option (cochée par défaut) vous permet de modifier les paramètres.")
                == "Cliquez sur l'image pour prélever les coordonnées. Cette option (cochée par défaut) vous permet de modifier les paramètres.")
        // So does a determiner after a verb when its noun phrase has a verb of its own that agrees with it;
        // without one it is the object's (`exigent Le chargement`).
        #expect(repaired("Les valeurs peuvent aussi changer Le type de table de partitions peut être différent.")
                == "Les valeurs peuvent aussi changer. Le type de table de partitions peut être différent.")
        #expect(repaired("Ces options exigent Le chargement du module.") == "Ces options exigent le chargement du module.")
        // After a clause a conjunction opened and no verb completed, such a subject (clitics before its verb) opens the next.
        #expect(repaired("Elles sont inscrites par eux plutôt que par le responsable du paquet afin de garantir une cohérence globale Ces informations se trouvent dans le fichier.")
                == "Elles sont inscrites par eux plutôt que par le responsable du paquet afin de garantir une cohérence globale. Ces informations se trouvent dans le fichier.")
        // A subject pronoun with its verb after it opens that clause too (`Cela` is no form of `celer` there;
        // `Vous en trouverez` needs its `Vous`).
        #expect(repaired("La gravure devait être correcte dès le premier essai Cela demande une grande habileté.")
                == "La gravure devait être correcte dès le premier essai. Cela demande une grande habileté.")
        #expect(repaired("La syntaxe est donnée dans la section suivante Vous en trouverez des exemples.")
                == "La syntaxe est donnée dans la section suivante. Vous en trouverez des exemples.")
        // …but an adverb set off by a comma opens the clause after it, and a clause whose other words the scan
        // capitalised shows the capital is no sentence start.
        #expect(repaired("Les symboles sont conservées, ainsi Vous pouvez configurer le reste.")
                == "Les symboles sont conservées, ainsi vous pouvez configurer le reste.")
        // Nor does a sentence end inside an aside it has not closed, or before the verb of a clause `mais` opened.
        #expect(repaired("On peut le modifier (mais en faisant cela Il devient plus difficile) ou le garder.")
                == "On peut le modifier (mais en faisant cela il devient plus difficile) ou le garder.")
        #expect(repaired("Les numéros sont fixés par l’amont, mais parfois Ils introduisent des erreurs.")
                == "Les numéros sont fixés par l’amont, mais parfois ils introduisent des erreurs.")
        // An infinitive takes no subject after it: a subject pronoun there opens a sentence whose stop was lost.
        #expect(repaired("Il montre mieux l’élément à extraire Ce ne sera probablement pas le cas.").contains("extraire Ce ne sera"))
        #expect(repaired("Il faut extraire Ce fichier du paquet.") == "Il faut extraire ce fichier du paquet.")
        // Nor after the noun of an interrogative determiner: the indirect question's verb comes after it.
        #expect(repaired("Vous pouvez dire au système quels paquets Vous avez compilés vous-mêmes.")
                == "Vous pouvez dire au système quels paquets vous avez compilés vous-mêmes.")
        // (The verb, which can only be one, loses its capital.)
        let strayCapitals = "Si la taille est importante (comme celle de l’exemple) Il la Zoomera pour l’afficher."
        #expect(repaired(strayCapitals) == "Si la taille est importante (comme celle de l’exemple) Il la zoomera pour l’afficher.")
        // Two letters that are no word before the capital are a speck, not a clause running on.
        #expect(repaired("Il suffit de l’annuler comme indiqué ici. ji Cette section explique la manière.").contains("ji Cette"))
        // …and a verb takes the determiner as its object's, and a conjunction ends no sentence.
        #expect(repaired("Le thread qui modifie Ses identifiants stocke les valeurs.") == "Le thread qui modifie ses identifiants stocke les valeurs.")
        #expect(repaired("Vous avez utilisé un outil et Vous devez le relancer.") == "Vous avez utilisé un outil et vous devez le relancer.")
        // An elided word capitalised after a word that calls for more, before a lower-case word.
        #expect(repaired("Les données sont lues sur L’entrée standard et si vous N’avez pas de fichier, il faut activer L’option.")
                == "Les données sont lues sur l’entrée standard et si vous n’avez pas de fichier, il faut activer l’option.")
        // …not a title (`L’Éditeur`), nor after a noun, which may end a sentence whose stop was lost.
        for kept in ["Ouvrez avec L’Éditeur de texte.", "Le calque de l’image source L’outil Niveaux fournit le reste."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A closing bracket before a capitalised clause opener with a verb after it lost its full stop.
        #expect(repaired("Le curseur noir (tons sombres) Le curseur blanc est déplacé.")
                == "Le curseur noir (tons sombres). Le curseur blanc est déplacé.")
        for kept in ["Voir (page 3) le reste.", "Voir la suite. (Voir plus bas.) Le reste suit.", "Le filtre (Flou) La Rochelle.",
                     "Dépendance (Le paquet attend un autre paquet) Ce paquet attend un autre paquet."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A clause opener after a word that may end a sentence, with a verb on both sides, lost the stop
        // before it; a noun that is also a verb form (image) only after its clause's verb.
        #expect(repaired("Le filtre permet de changer l’aspect de l’image Ce filtre fonctionne sur les calques.")
                == "Le filtre permet de changer l’aspect de l’image. Ce filtre fonctionne sur les calques.")
        #expect(repaired("Le programme définit directement le niveau DDP Ce programme définit la priorité.")
                == "Le programme définit directement le niveau DDP. Ce programme définit la priorité.")
        #expect(repaired("Le calque a les mêmes dimensions que l’image source L’outil Niveaux fournit des fonctions semblables.")
                == "Le calque a les mêmes dimensions que l’image source. L’outil Niveaux fournit des fonctions semblables.")
        // Not a capitalised preposition (a title's or a label's as often), nor a title, nor without a verb before.
        for kept in ["Gravez-la sur un disque Pour amorcer la machine, il faut une clé.",
                     "Elle affectera toute la portée Jusqu’à la fin de la partition, qui change.",
                     "Le programme définit le niveau DDP Le Guide Pratique est utile.",
                     "Le niveau du paquet DDP Le programme définit la priorité."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // The second half of a negation a verb after its `ne` is no label: its capital is the scan's.
        #expect(repaired("Elle ne la connaît Pas par avance, et si vous n’êtes Pas satisfait, recommencez.")
                == "Elle ne la connaît pas par avance, et si vous n’êtes pas satisfait, recommencez.")
        #expect(repaired("Cliquez sur le bouton Pas à pas pour avancer.") == "Cliquez sur le bouton Pas à pas pour avancer.")
        // So is an adverb that is nothing else, after a word no label follows; after a preposition it may be one.
        #expect(repaired("La liste inclut Seulement les variables vues par lui et Seulement lui.")
                == "La liste inclut seulement les variables vues par lui et seulement lui.")
        #expect(repaired("Cliquez sur Toujours pour garder ce choix.") == "Cliquez sur Toujours pour garder ce choix.")
        // A content word after a determiner loses a capital the document writes nowhere else
        // inside a sentence, when it writes the word in small letters elsewhere…
        #expect(repaired("Les données vont sur la Sortie standard. La sortie d’erreur reste libre.")
                == "Les données vont sur la sortie standard. La sortie d’erreur reste libre.")
        // In its other number only where the scan shows it capitalises that letter in a grammatical word
        // (`Pour`); a label names its thing in one number (`la Valeur` beside `des valeurs`).
        #expect(repaired("Les paquets sont là. Ne modifiez pas le correctif d’un Paquet sans en discuter, il faut Pour cela un accord.")
                == "Les paquets sont là. Ne modifiez pas le correctif d’un paquet sans en discuter, il faut pour cela un accord.")
        #expect(repaired("Les valeurs sont là. Dans GIMP, la Valeur est la plus forte des composantes.")
                == "Les valeurs sont là. Dans GIMP, la Valeur est la plus forte des composantes.")
        // After any word, where the scan shows it capitalises that letter in grammatical words (`Ce`, `Cette`).
        #expect(repaired("Il lit Ce fichier et Cette page. Le paquet évolue sans Changer leurs numéros. Il faut changer le fichier.")
                == "Il lit ce fichier et cette page. Le paquet évolue sans changer leurs numéros. Il faut changer le fichier.")
        #expect(repaired("Il lit ce fichier. Le paquet évolue sans Changer leurs numéros. Il faut changer le fichier.")
                == "Il lit ce fichier. Le paquet évolue sans Changer leurs numéros. Il faut changer le fichier.")
        // So does a noun that ends its clause; a verb there names a button (`de Continuer.`).
        #expect(repaired("Une approche globale de la Cybersécurité, qui rappelle la cybersécurité.")
                == "Une approche globale de la cybersécurité, qui rappelle la cybersécurité.")
        #expect(repaired("Cliquez sur le bouton de Continuer. Pour continuer, cliquez.") == "Cliquez sur le bouton de Continuer. Pour continuer, cliquez.")
        // …but a label or a name that recurs with its capital keeps it, and so does a word never seen small.
        for kept in ["Ouvrez la Sélection rapide. La Sélection rapide contient la sélection.",
                     "Ouvrez le dialogue Options des Outils que vous voyez. Les outils sont là.",
                     "Le Secrétariat rédige. Il consulte le Secrétariat sur la suite.",
                     "Les données vont sur la Sortie standard.",
                     "Ils sont dans le Chemins de l’utilisateur. S’il y en a plus d’un dans le Chemin de l’utilisateur, le chemin compte.",
                     // An item of a list whose other items are capitalised alike is one label among others.
                     "Il peut s’agir d’un Plan, d’une Sphère ou d’un Cylindre. Plaquer sur un plan n’a guère de sens."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A noun and its apposition are no list: the items must open alike.
        #expect(repaired("Un chapitre est consacré aux Supports, le Chapitre 4, qui décrit les supports.")
                == "Un chapitre est consacré aux supports, le Chapitre 4, qui décrit les supports.")
        // A vowel misread in a short word gives a closed-class word only: names stay.
        #expect(repaired("Si vous le voulez, vaus pouvez utiliser nano et groff pour cela.")
                == "Si vous le voulez, vous pouvez utiliser nano et groff pour cela.")
        #expect(repaired("Le texte est clair. 11 est adopté.") == "Le texte est clair. Il est adopté.")
        // A paragraph opening with `Il.` and a capital is the heading numbered II: no sentence is a pronoun alone.
        #expect(repaired("I. Ordre du jour\n\nIl. Modalités d’organisation\n\nIl est prévu. Il. Est-ce clair ?")
                == "I. Ordre du jour\n\nII. Modalités d’organisation\n\nIl est prévu. Il. Est-ce clair ?")
        // T read for its I, after a speck read as an opening quote.
        #expect(repaired("Il utilise X Window. ‘Tl suffit d’installer le fichier. Le Tl est un élément.")
                == "Il utilise X Window. Il suffit d’installer le fichier. Le Tl est un élément.")
        // Or a small t, its crossbar a speck.
        #expect(repaired("Le texte est clair. tl se tiendra en mars.") == "Le texte est clair. Il se tiendra en mars.")
        // A clitic between the pronoun and its verb.
        #expect(repaired("Appuyez sur les touches. II s’agit de la touche Suppr, et 1l n’est pas utile.")
                == "Appuyez sur les touches. Il s’agit de la touche Suppr, et il n’est pas utile.")
        // Two clitics; a lone I, 1 or i whose l the scan lost, where a sentence (or for i a clause) opens.
        #expect(repaired("Le trait suit. II n’y a donc pas de pause. I est aussi basé sur Linux. 1 vous suffit de cliquer.")
                == "Le trait suit. Il n’y a donc pas de pause. Il est aussi basé sur Linux. Il vous suffit de cliquer.")
        #expect(repaired("Pour l’instant, i est seulement possible de lire.") == "Pour l’instant, il est seulement possible de lire.")
        // Before a verb that is also a noun when its object follows (a noun takes no noun phrase after it); an H, the two
        // strokes joined, too.
        #expect(repaired("Voyez la liste. 1 montre une brève aide. 1 découpe l’image. H permet de modifier le texte.")
                == "Voyez la liste. Il montre une brève aide. Il découpe l’image. Il permet de modifier le texte.")
        // A letter, a number or an option may be a subject: before a noun-like verb form, inside a sentence, after a hyphen.
        for kept in ["Voyez la liste. 1 page suffit.", "La variable I est un entier.", "Si ni -r ni -I n’est indiquée, rien ne change.",
                     "Voyez la liste. 1 montre suffit.", "La vitamine H est utile."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // Glued to its verb too; words that merely start so stay.
        #expect(repaired("Le système démarre. ILest possible de le faire, mais le disque ilest lent.")
                == "Le système démarre. Il est possible de le faire, mais le disque il est lent.")
        // Read as ones, the token opens with digits: no ordinal ending follows them.
        #expect(repaired("Le texte est court. 11est souvent utile, mais 1lest aussi. Voir le 11e point.")
                == "Le texte est court. Il est souvent utile, mais il est aussi. Voir le 11e point.")
        #expect(repaired("Il illustre le propos.") == "Il illustre le propos.")
        // The impersonal `il y` glued into one token before a form of avoir, its `a` no preposition then.
        #expect(repaired("Il existe trois éléments. lly a d'abord l'agent, mais iy a peu de chance. Il-y a une option.")
                == "Il existe trois éléments. Il y a d'abord l'agent, mais il y a peu de chance. Il y a une option.")
        #expect(repaired("Les lecteurs de bande n'ont-rien a voir avec les partitions.").contains("rien à voir"))
        for kept in ["Le paquet lly est installé.", "La variable iy vaut deux."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("il faut renforcer les efforts. notamment dans la région") == "il faut renforcer les efforts, notamment dans la région")
        // A verb that `ne` opened and the second half of its negation; a modal and the infinitive the
        // word pass repaired (`étre`).
        #expect(repaired("Quand on ne peut. pas utiliser un fichier, vous ne l’avez. pas signé.")
                == "Quand on ne peut pas utiliser un fichier, vous ne l’avez pas signé.")
        #expect(repaired("Cette fonctionnalité peut. étre désactivée.") == "Cette fonctionnalité peut être désactivée.")
        // Not without the `ne`: the stop may end a sentence whose next one the scan read small.
        #expect(repaired("Il le peut. pas un autre.") == "Il le peut. pas un autre.")
        // A noun and a finite auxiliary that is also a noun (`est`, the east); a grammatical preposition that
        // also spells an adjective (`sur`) and the determiner of its noun phrase.
        #expect(repaired("Le code. est en cours d'élaboration. Cliquez sur. la ligne.")
                == "Le code est en cours d'élaboration. Cliquez sur la ligne.")
        // A relative pronoun before a small letter.
        #expect(repaired("Le curseur va au premier endroit où. on doit entrer du texte.")
                == "Le curseur va au premier endroit où on doit entrer du texte.")
        // Not the adjective's stop before a word that is no determiner: its sentence ends there.
        #expect(repaired("Ce fruit est sur. il le sait.") == "Ce fruit est sur. Il le sait.")
        // A speck between a noun and the adjective agreeing with it: no sentence opens on that adjective.
        #expect(repaired("Rappelant la Décision du Conseil. ministériel sur la lutte,")
                == "Rappelant la Décision du Conseil ministériel sur la lutte,")
        #expect(repaired("Il ouvre le menu. contextuel de correction.") == "Il ouvre le menu contextuel de correction.")
        // A noun and a verb that can only be finite: its subject.
        #expect(repaired("Toutes les discussions. sont ouvertes à tous.") == "Toutes les discussions sont ouvertes à tous.")
        // A verb opening its sentence and its object's determiner.
        #expect(repaired("Le but est double. 3. Présenter. les mesures défensives possibles.")
                == "Le but est double. 3. Présenter les mesures défensives possibles.")
        #expect(repaired("Fermez la fenêtre. Déplacez. le curseur vers la gauche.") == "Fermez la fenêtre. Déplacez le curseur vers la gauche.")
        // Where they disagree too: a French word in small letters after a stop goes on the sentence (a scan reads a
        // capital small only where the shapes coincide, and even there the stop was a speck 80 times in 85).
        #expect(repaired("Il ouvre la fenêtre. contextuel est le mot.") == "Il ouvre la fenêtre contextuel est le mot.")
        // A word whose first letter the scan misread (`loute`: `Toute`) proves nothing of its case: the stop stays.
        let misreadInitial = "Ils ne sont pas astreints aux mêmes restrictions. loute analyse exhaustive doit en tenir compte."
        #expect(repaired(misreadInitial) == misreadInitial)
        // Before a subject pronoun the stop may be a comma or a lost capital: left as read — but `il`
        // is `Il` whose capital stroke the scan read as a dotted i (17 of 17 in the sets; the
        // reference of this very sentence writes `Il s’agit`).
        #expect(repaired("LilyPond gère la notation proportionnelle. il s’agit de durées.")
                == "LilyPond gère la notation proportionnelle. Il s’agit de durées.")
        // So is a paragraph's first `il` after a paragraph that ends a sentence; not after an open one or a dash.
        #expect(repaired("Le travail de détective.\n\nil est conseillé de travailler ici.\n")
                == "Le travail de détective.\n\nIl est conseillé de travailler ici.\n")
        let runsOn = "Les options suivantes\n\nil est conseillé de lire.\n\n- il faut aussi lire.\n"
        #expect(repaired(runsOn) == runsOn)
        #expect(repaired("Les options sont toutes. elles permettent de choisir.")
                == "Les options sont toutes. elles permettent de choisir.")
        #expect(repaired("etc. et ainsi de suite") == "etc. et ainsi de suite")
        // Between a noun its determiner has just opened and `de` with its noun phrase, the stop is a speck, no comma.
        #expect(repaired("Il règle le niveau. de priorité par défaut, et la largeur. de la fenêtre aussi.")
                == "Il règle le niveau de priorité par défaut, et la largeur de la fenêtre aussi.")
        // Nor between a word and the `à` prose puts after it (its government, by its lemma).
        #expect(repaired("Les processus appartiennent. à la même session et restent accessibles. à tous.")
                == "Les processus appartiennent à la même session et restent accessibles à tous.")
        // An indefinite determiner may end a sentence as a pronoun: before a capital its stop stays.
        let pronoun = "Il est probablement le transport le plus utilisé de tous. Veuillez noter qu’il est lent."
        #expect(repaired(pronoun) == pronoun)
        // Nor after a subordinating conjunction that is nothing else.
        #expect(repaired("Cette méthode est plus appropriée puisque. le diagramme sera aligné.")
                == "Cette méthode est plus appropriée puisque le diagramme sera aligné.")
        // A conjunctive locution (`du moment que`) opens a clause: the comma stands.
        #expect(repaired("Copiez-le sur n’importe quel support. du moment que vous le citez.")
                == "Copiez-le sur n’importe quel support, du moment que vous le citez.")
        // A negation or an auxiliary does not end a sentence before the word it governs.
        #expect(repaired("la traduction n'est pas. complète, et il est. notamment demandé")
                == "la traduction n'est pas complète, et il est notamment demandé")
        for kept in ["Il ne vient pas. le lendemain, il part.", "Il ne vient pas. Complète est la liste."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("du Conseil permanent et du Forum") == "du Conseil permanent et du Forum")
    }

    @Test("punctuation specks: words glued by a dot, a false hyphen, a stray opening quote, a dot after a determiner")
    func specks() {
        #expect(repaired("le système de.contrôle des fichiers") == "le système de contrôle des fichiers")
        #expect(repaired("renvoyer la-copie du fichier") == "renvoyer la copie du fichier")
        #expect(repaired("les ‘périphériques sont prêts") == "les périphériques sont prêts")
        #expect(repaired("il affiche les. colonnes demandées") == "il affiche les colonnes demandées")
        // Before a label's capital or a number too, and after a subject pronoun before its verb.
        #expect(repaired("Il copie dans le. Presse-papiers ce qui est au-dessus de. 189. Vous. pouvez le voir.")
                == "Il copie dans le Presse-papiers ce qui est au-dessus de 189. Vous pouvez le voir.")
        // Or after one opening its sentence, whatever rare noun it also spells (dans: plural of dan).
        #expect(repaired("Un texte est là. Dans. les dictionnaires, on trouve des mots.")
                == "Un texte est là. Dans les dictionnaires, on trouve des mots.")
        // A preposition used as an adverb may end a sentence before the next one's opening word.
        #expect(repaired("Le noyau arrive juste après. Il est donc prêt.") == "Le noyau arrive juste après. Il est donc prêt.")
        #expect(repaired("voir le fichier toto.patch et paquet.info") == "voir le fichier toto.patch et paquet.info")
        // Two nouns a colon joins are a notation, however long the second.
        #expect(repaired("des paires nom:valeur associées") == "des paires nom:valeur associées")
        #expect(repaired("il dit « bonjour ‘mon ami’ » et part") == "il dit « bonjour ‘mon ami’ » et part")
    }

    @Test("specks between words: several dots and colons, a damaged part, a glued apostrophe, clitic and auxiliary hyphens")
    func moreSpecks() {
        #expect(repaired("Les règles ici:ne.concernent que lui.") == "Les règles ici ne concernent que lui.")
        #expect(repaired("Ils peuvent.étre lus.") == "Ils peuvent être lus.")
        #expect(repaired("Les autres'colonnes sont envoyées'au serveur.") == "Les autres colonnes sont envoyées au serveur.")
        #expect(repaired("Il installe un'systeme complet.") == "Il installe un système complet.")
        #expect(repaired("Il lira'l'entrée standard.") == "Il lira l'entrée standard.")
        #expect(repaired("Il ne-peut pas être-utilisé avec beaucoup de-détails.") == "Il ne peut pas être utilisé avec beaucoup de détails.")
        #expect(repaired("Les programmes qui uti- lisent la bibliothèque sont tron- qués.")
                == "Les programmes qui utilisent la bibliothèque sont tronqués.")
        #expect(repaired("le rapport public- privé") == "le rapport public- privé", "no joined word: left for the reader")
        #expect(repaired("Il corrige les sur- et sous-expositions.") == "Il corrige les sur- et sous-expositions.",
                "a suspended hyphen before et and the compound it shares: no suret")
        // Kept: names the document repeats, words with an apostrophe, inversions and imperatives, prefixes.
        for kept in ["Voir sources.list puis sources.list encore.", "Aujourd'hui, quelqu'un l'a vu.",
                     "Peut-il le faire ? Indique-le.", "Les contre-mesures et les sous-processus."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a hyphen read for a space goes even when a part is damaged too, after a subject pronoun, between a noun and its participle")
    func falseHyphensWithDamage() {
        #expect(repaired("Il peut étre-utilisé pour réaliser-cértaines tâches.") == "Il peut être utilisé pour réaliser certaines tâches.")
        // A part past repair beside a preposition is still a word of its own; a short one may be a prefix.
        #expect(repaired("Elle utilise cette hibhotheque-avec la nouvelle version.") == "Elle utilise cette hibhotheque avec la nouvelle version.")
        // Two small words glued after a subject, even when English knows the pair; a clitic is no subject.
        #expect(repaired("Je pense qu’il ya un souci en meme temps.") == "Je pense qu’il y a un souci en même temps.")
        // So after the elided `si` or `ne` they follow.
        #expect(repaired("S’ily a un fichier, il n’ya rien à faire.") == "S’il y a un fichier, il n’y a rien à faire.")
        let prefix = "Le mode xyz-de est actif."
        #expect(repaired(prefix) == prefix)
        // A compound the dictionary lists is whole, though one part is no word alone (`jacent`).
        let listed = "C’est une référence vers l’objet sous-jacent pointé par le nom."
        #expect(repaired(listed) == listed)
        #expect(repaired("C'est le seul calque qu'elle-utilise.") == "C'est le seul calque qu'elle utilise.")
        // Even repeated: a subject before its verb is never one compound.
        #expect(repaired("Le tampon qu'elle-utilise, puis celui qu'elle-utilise ensuite.")
                == "Le tampon qu'elle utilise, puis celui qu'elle utilise ensuite.")
        #expect(repaired("Le motif-fourni remplit le rayon-spécifié.") == "Le motif fourni remplit le rayon spécifié.")
        // Conjunctions, adverbs and finite verbs never enter a compound; nor does être with its adjective.
        #expect(repaired("Il lit ou-seulement écrit, et vous aurez-aussi le choix.") == "Il lit ou seulement écrit, et vous aurez aussi le choix.")
        #expect(repaired("Les tampons-sont lus et-écrits ; c'est-possible.") == "Les tampons sont lus et écrits ; c'est possible.")
        // An auxiliary ends no compound, though `est` is also a noun and `but` a verb; listed ones stay (nord-est).
        #expect(repaired("Le but-est simple : la saisie-est lue par le vent du nord-est.")
                == "Le but est simple : la saisie est lue par le vent du nord-est.")
        // Does not harm: a hyphen French prose writes where the dictionary has none; a speck's hyphen goes.
        #expect(repaired("Une fenêtre attachée en-dessous de la boîte. En-outre, elle suit.")
                == "Une fenêtre attachée en-dessous de la boîte. En outre, elle suit.")
        // Does not harm: a prefix the dictionary lists opens a compound, whatever follows it.
        #expect(repaired("La liste des scripts qui re-balayera tous les dossiers.") == "La liste des scripts qui re-balayera tous les dossiers.")
        #expect(repaired("Vous pouvez aussi-utiliser ce mode.") == "Vous pouvez aussi utiliser ce mode.")
        // Kept: inversion, listed compounds, a compound one accent away from a listed one, short nouns as prefixes.
        // A compound the dictionary lists one accent away is the repair (not a split); a locution does not count.
        #expect(repaired("La liste d'en-tètes, vis-a-vis du texte, celui-la de-la colonne.")
            == "La liste d'en-têtes, vis-à-vis du texte, celui-là de la colonne.")
        for kept in ["Utilise-t-elle le nouveau-né ?", "Un ordre auto-généré.",
                     "Le ramasse-miettes libère la mémoire.", "Le non-dit et la quasi-totalité.", "Ce jour-là, celui-ci part.",
                     "Cette fois-ci, la recherche est plus approfondie."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("an unclosed quote after a preposition, before a vowel, is what remains of an elided l; real quotations stay")
    func quoteForElidedL() {
        #expect(repaired("Le rôle de ‘OSCE et la mission de 'OSCE ainsi que de \"OSCE dans la région.")
                == "Le rôle de l'OSCE et la mission de l'OSCE ainsi que de l'OSCE dans la région.")
        let quoted = "Il dit ‘bonjour’ et 'salut' à \"Pierre\" de l'école, puis de \"Annecy\" à Lyon."
        #expect(repaired(quoted) == quoted)
        // After any word that is no determiner, before an acronym the document writes after `l'` elsewhere.
        #expect(repaired("Les atouts de l'OSCE, le mandat de l'OSCE et le rôle que \"OSCE pourrait jouer.")
                == "Les atouts de l'OSCE, le mandat de l'OSCE et le rôle que l'OSCE pourrait jouer.")
        let once = "Le mandat de l'OSCE et le rôle que \"ONU pourrait jouer."
        #expect(repaired(once) == once)
    }

    @Test("no mark parts a verb from its object's determiner; a relative pronoun is not hyphenated to its verb")
    func verbAndObject() {
        #expect(repaired("Le Secrétariat établira. un rapport qui-est utile.") == "Le Secrétariat établira un rapport qui est utile.")
        #expect(repaired("Il faut. des fonds.") == "Il faut des fonds.")
    }

    @Test("a capitalised word mid-sentence gets its misread ô back too (Réle → Rôle), nothing else")
    func capitalisedCircumflexO() {
        #expect(repaired("Le R6le des États et la Cl6ture.") == "Le Rôle des États et la Clôture.")
        #expect(repaired("Le rapport de Madame Adler.") == "Le rapport de Madame Adler.")
    }

    @Test("à glued to the determiner after it is split (ala → à la); words that start so stay (aune)")
    func gluedGraveA() {
        #expect(repaired("Il participe ala réunion et aune autre, acette date.") == "Il participe à la réunion et aune autre, à cette date.")
        // At a sentence's start, with its capital; a name that starts so stays.
        #expect(repaired("Le disque est prêt. Ala place du partitionneur, Alain choisit.")
                == "Le disque est prêt. À la place du partitionneur, Alain choisit.")
        // Where the words around make the `a` the verb of its clause, it is the verb: after a subject pronoun.
        #expect(repaired("Le rendu des éléments dont il ala charge.") == "Le rendu des éléments dont il a la charge.")
    }

    @Test("the 1990 spelling's future and conditional with a grave (révèlerait, cèdera) stay; a misread grave elsewhere is repaired")
    func rectifiedFutureStem() {
        let kept = "Cela révèlerait le problème, et les tests reflèteront les changements."
        #expect(repaired(kept) == kept)
        #expect(repaired("Le problème est rèvélé par le test.") != "Le problème est rèvélé par le test.")
    }

    @Test("à glued to a determiner into a rare noun the lexicon knows (ace) is split before a noun that determiner takes; after a determiner it is that noun")
    func gluedGraveIntoValidNoun() {
        #expect(repaired("Déplacez l'image par rapport ace cadre. Demandez ace qu'elles soient examinées.")
                == "Déplacez l'image par rapport à ce cadre. Demandez à ce qu'elles soient examinées.")
        // A noun after its determiner; à never stands before le or les (au, aux).
        for kept in ["Il a servi un ace gagnant.", "Après qu'un fichier ale été chargé."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A document may open on such a word: nothing stands before it to ask about (a crash until 2026-12-06).
        #expect(repaired("avoir installé un nouveau fichier, il faut relancer") == "avoir installé un nouveau fichier, il faut relancer")
        #expect(repaired("ace cadre") == "à ce cadre")
    }

    @Test("an acronym the document uses alone, glued to an elided l, gets its apostrophe back; unknown ones stay")
    func gluedAcronymElision() {
        #expect(repaired("LOSCE est active. Le rôle de LOSCE et de l'OSCE dans la région de l'OSCE, que l'OSCE suit, car l'OSCE agit.")
                == "L'OSCE est active. Le rôle de l'OSCE et de l'OSCE dans la région de l'OSCE, que l'OSCE suit, car l'OSCE agit.")
        #expect(repaired("Le LOGICIEL et DONU.") == "Le LOGICIEL et DONU.")
    }

    @Test("V’ is a misread l’ (no French elision has a v); a lone @ is à, an address keeps its @")
    func vForLAndAtForA() {
        #expect(repaired("Le rôle de V'OSCE, sa mission @ Vienne et son mandat @ long terme.")
                == "Le rôle de l'OSCE, sa mission à Vienne et son mandat à long terme.")
        #expect(repaired("Écrire à info@osce.org ou à @osce.") == "Écrire à info@osce.org ou à @osce.")
    }

    @Test("a backslash before an apostrophe is a misread l; paths keep their backslashes")
    func backslashForL() {
        #expect(repaired("Les décisions relatives à \\'échange et à \\'OSCE.") == "Les décisions relatives à l'échange et à l'OSCE.")
        #expect(repaired("Voir C:\\Windows\\system et \\\\serveur\\partage.") == "Voir C:\\Windows\\system et \\\\serveur\\partage.")
    }

    @Test("a 4 before an infinitive or a determiner is à even after a capital; counted nouns keep their number")
    func fourBeforeInfinitive() {
        #expect(repaired("Appelez l'outil Seuil 4 partir de l'image.") == "Appelez l'outil Seuil à partir de l'image.")
        #expect(repaired("Les « parasites » 4 une image.") == "Les « parasites » à une image.", "no number before an article")
        #expect(repaired("Le détail se trouve 4 chaque section ; la note est identique 4 celle de la ligne.")
                == "Le détail se trouve à chaque section ; la note est identique à celle de la ligne.",
                "nor before an indefinite determiner or a demonstrative pronoun")
        #expect(repaired("Il y a 4 pages et 4 tests.") == "Il y a 4 pages et 4 tests.")
        // Nor before a number written out: one number never stands before another.
        #expect(repaired("Une hymne pour chœur 4 quatre voix mixtes.") == "Une hymne pour chœur à quatre voix mixtes.")
        #expect(repaired("Il y a maintenant 4 thèmes d'interface disponibles.") == "Il y a maintenant 4 thèmes d'interface disponibles.")
        #expect(repaired("Les options communes 4 tous les outils sont là.") == "Les options communes à tous les outils sont là.")
        // A scan reads the verb a as a letter: a pronoun before the 4 (which says verb for an `a`) only has to be outweighed.
        #expect(repaired("Le bouton est tout 4 droite de la fenêtre.") == "Le bouton est tout à droite de la fenêtre.")
        #expect(repaired("Nous vous invitons 4 toujours insérer une espace.") == "Nous vous invitons à toujours insérer une espace.")
        #expect(repaired("Voir le paragraphe 4 de la résolution et le point 4 des statuts.")
                == "Voir le paragraphe 4 de la résolution et le point 4 des statuts.", "numbers do precede de, du, des")
    }

    @Test("à read as 2, 3 or 8 is judged as a 4 is; a determiner, a plural noun before a range, or a subject keeps the number")
    func otherDigitsForGrave() {
        #expect(repaired("La liste des pays 2 l'intérieur des continents.") == "La liste des pays à l'intérieur des continents.")
        #expect(repaired("Cela correspond 8 la transition entre les deux.") == "Cela correspond à la transition entre les deux.")
        #expect(repaired("Le bouton éditeur, et, tout 4 droite, le menu.") == "Le bouton éditeur, et, tout à droite, le menu.")
        // A number after a determiner, and the low end of a range after a plural noun.
        #expect(repaired("Réunion du CP le 2 juin 2010, qui a décidé.") == "Réunion du CP le 2 juin 2010, qui a décidé.")
        #expect(repaired("Lisez les chapitres 3 à 5 du manuel.") == "Lisez les chapitres 3 à 5 du manuel.")
        #expect(repaired("Lisez les chapitres 3 45 du manuel.") == "Lisez les chapitres 3 45 du manuel.")
        // After what governs à, or a noun that holds one value, the digit before a number is à.
        #expect(repaired("La mémoire ne doit pas être inférieure 4 512 Mo.") == "La mémoire ne doit pas être inférieure à 512 Mo.")
        // Of two digits in a row, the à is the second (the first is the value), unless a number comes before them.
        #expect(repaired("Si l'on donne la valeur 2 4 ce paramètre, tout change.") == "Si l'on donne la valeur 2 à ce paramètre, tout change.")
        #expect(repaired("Il est possible d'utiliser 1 4 4 poignées.") == "Il est possible d'utiliser 1 à 4 poignées.")
        // An acronym is no noun of the lexicon's (`OST` is no `ost`): the number before it stays.
        #expect(repaired("Ils vont au pilote de périphérique (couche 2 OST).") == "Ils vont au pilote de périphérique (couche 2 OST).")
    }

    @Test("after a determiner a verb form is impossible: the accent variant that agrees with the determiner wins")
    func determinerAgreement() {
        #expect(repaired("Ouvrez une boite de dialogue.") == "Ouvrez une boîte de dialogue.", "boîte (fem.), not boité (masc. participle)")
        // Only a noun follows the determiner: `des tournes` (page turns, a noun the lexicon lacks) has
        // no noun one accent away, and the participle `tournés` is no reading of it.
        #expect(repaired("Optimisation des tournes, présentation en ligne.") == "Optimisation des tournes, présentation en ligne.")
        // `ce` is also a subject: a verb after it is no misread noun.
        #expect(repaired("De même, ce fut la première distribution.") == "De même, ce fut la première distribution.")
    }

    @Test("a comma or colon before a capitalised determiner, pronoun, numeral or sentence adverb, or any word opening a clause after a complete one, was a full stop; names, labels and titles keep theirs")
    func commaBeforeSentenceStart() {
        #expect(repaired("Il remplit le calque, Cette option est utile.") == "Il remplit le calque. Cette option est utile.")
        // After a closing guillemet and its space too, where the capital is none a small letter is shaped like;
        // after a quotation a comma as often closes a fronted clause before a capital the scan made.
        #expect(repaired("La méthode est appelée « Bilinéaire », La couleur de chaque pixel est calculée.")
                == "La méthode est appelée « Bilinéaire ». La couleur de chaque pixel est calculée.")
        #expect(repaired("Si vous n’avez pas choisi la tâche « Desktop : environment », Vous aurez un système minimal.")
                .contains("« Desktop : environment », "))
        // A colon after a short label that opens its paragraph introduces its description; one that ends a
        // sentence the paragraph began was a stop.
        let labels = "Les options.\n\nRégularité des carreaux: Quand elle vaut 1, ils sont réguliers.\n\nAutorise le découpage: Cette option coupe."
        #expect(repaired(labels) == labels)
        #expect(repaired("Le disque est prêt et les données sont copiées: Les fichiers restent.")
                == "Le disque est prêt et les données sont copiées. Les fichiers restent.")
        // A footnote's mark may stand between the word and the comma.
        #expect(repaired("Des experts des exploitants de réseaux¹, Les organisations seront invitées.")
                == "Des experts des exploitants de réseaux¹. Les organisations seront invitées.")
        // A comma that closes a clause the sentence opened with a conjunction is followed by the main clause.
        #expect(repaired("Si vous faites une erreur, Vous aurez deux choix.") == "Si vous faites une erreur, vous aurez deux choix.")
        #expect(repaired("Lorsqu’il démarre, Vous voyez le menu.") == "Lorsqu’il démarre, vous voyez le menu.")
        // So does one a colon opens, and one after a sentence an exclamation mark ended; a stop glued before a
        // small letter inside the phrase is a speck that ends nothing.
        #expect(repaired("Elle apparaît dès que vous activez l’outil : si elles n’y sont pas, Vous pouvez les ouvrir.")
                == "Elle apparaît dès que vous activez l’outil : si elles n’y sont pas, vous pouvez les ouvrir.")
        #expect(repaired("Prenez garde ! Avant d’installer. des scripts, Vous devez les lire.")
                == "Prenez garde ! Avant d’installer des scripts, vous devez les lire.")
        // After a colon a preposition shows no clause opening: a speck may stand there (`pris: en charge`).
        #expect(repaired("Un menu apparaît (sur les matériels pris : en charge), Maintenant vous pouvez choisir.")
                != "Un menu apparaît (sur les matériels pris : en charge), maintenant vous pouvez choisir.")
        // The conjunction opens a sentence after one that ended with a bracket and a stop.
        #expect(repaired("Voir plus haut (dans l’exemple). Si le problème persiste, Vous devrez relancer.")
                == "Voir plus haut (dans l’exemple). Si le problème persiste, vous devrez relancer.")
        // Nor can a sentence end before its verb: the comma after a phrase that opens it stays.
        #expect(repaired("Avec ce curseur, Vous pouvez atténuer le relief.") == "Avec ce curseur, vous pouvez atténuer le relief.")
        // So does a phrase a coordinating conjunction and its comma open.
        #expect(repaired("Il envoie la clé au serveur et, en cas de succès, Vous envoie un courriel.")
                == "Il envoie la clé au serveur et, en cas de succès, vous envoie un courriel.")
        // A noun that also conjugates a verb (`image`: imager) is the noun inside the fronted phrase.
        #expect(repaired("Pour une image avec une transparence, Il faut un canal.") == "Pour une image avec une transparence, il faut un canal.")
        // No sentence ends on a coordinating conjunction: the comma after it stays, the capital goes.
        #expect(repaired("Les crochets sont plus petits mais, Proportionnellement, les hampes sont longues.")
                == "Les crochets sont plus petits mais, proportionnellement, les hampes sont longues.")
        #expect(repaired("Voir les données: Les fichiers sont là (0), Le reste suit.")
                == "Voir les données. Les fichiers sont là (0). Le reste suit.")
        // A sentence adverb, a negative determiner, a numeral open a sentence too.
        #expect(repaired("Le système est installé, Cependant il reste des pixels, Aucun pixel ne manque, Deux fichiers suffisent.")
                == "Le système est installé. Cependant il reste des pixels. Aucun pixel ne manque. Deux fichiers suffisent.")
        // A colon glued to its word is no French colon: before any capitalised word it was a full stop.
        #expect(repaired("Voir les systèmes présents: Dans quelques rares cas, rien. Lisez-le plus tard: Voir le manuel.")
                == "Voir les systèmes présents. Dans quelques rares cas, rien. Lisez-le plus tard. Voir le manuel.")
        // An elided capital too; a spaced colon is the writer's.
        #expect(repaired("Ses usages sont multiples: L’un des plus courants est là. Voici le principe : L’outil agit.")
                == "Ses usages sont multiples. L’un des plus courants est là. Voici le principe : L’outil agit.")
        // Not the I’ a scan makes of a small l’.
        #expect(repaired("Il faut la structure du document: I’option de menu suffit.").contains("document: l’option"))
        // Any other common word, where the clause before has its verb and the one it opens has its own.
        #expect(repaired("Il est un grand créateur de texture, Notez qu’il est simple. Le deuxième essai réussira, Pour réessayer, sélectionnez Configurer.")
                == "Il est un grand créateur de texture. Notez qu’il est simple. Le deuxième essai réussira. Pour réessayer, sélectionnez Configurer.")
        // A coordinating conjunction whose capital is shaped like its small letter follows its comma.
        #expect(repaired("Gardez la fenêtre en vue quand vous travaillez avec un masque, Car vous ne pouvez pas savoir lequel est actif.")
                == "Gardez la fenêtre en vue quand vous travaillez avec un masque, car vous ne pouvez pas savoir lequel est actif.")
        // `Il` after a phrase the sentence fronts is the pronoun whose small `i` the scan misread; after a
        // complete clause it may open the next sentence, and stays.
        #expect(repaired("Avec un motif, Il vous permet d’aligner les calques.") == "Avec un motif, il vous permet d’aligner les calques.")
        // An adverb alone opening the sentence is fronted too: no sentence is `Aussi.`
        #expect(repaired("Le programme est prêt. Toutefois, Il se peut que le disque soit plein.")
                == "Le programme est prêt. Toutefois, il se peut que le disque soit plein.")
        #expect(repaired("Elle fonctionne. Aussi, Si vous ne savez pas, lisez la suite.").contains("Aussi, Si vous"))
        // The points of a version number end no sentence: the phrase it closes is still fronted.
        #expect(repaired("Depuis GIMP-2.10.4, Vous n’avez plus besoin de le faire.") == "Depuis GIMP-2.10.4, vous n’avez plus besoin de le faire.")
        let afterClause = "Le filtre agit sur le calque actif, Il éparpille les pixels."
        #expect(repaired(afterClause) == afterClause)
        for kept in ["Ouvrez le menu Fichier, Ouvrir pour cela.", "Ubuntu peut être examinée, Ubuntu est également libre.",
                     "Voyez les contextes du même type, Vautre s’attache à lui.", "Le menu Calques, Transformer est utile.",
                     "Les autres champs (Enhances, Conflicts, Breaks, Replaces et Provides) sont simplifiés.",
                     "La ligature se base ici sur les notes sol, la, Si."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        for kept in ["Il habite à Paris, La Haye et Lyon.", "Les menus Fichier, Édition et Affichage.", "Il dit, Paul est là.",
                     "Voir les systèmes présents : Dans quelques rares cas, rien.", "Il écrit à Paul: Marie est là.",
                     "Lisez le Chapitre 8, Les prochaines étapes.", "Il faut choisir, Pour les claviers latins, une carte."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A preposition, a conjunction or an elided word whose capital no small letter is shaped like
        // opens a sentence when its clause has a verb of its own; a capital a scan makes (`Sur`) does not.
        #expect(repaired("Le filtre a été appliqué au calque, Mais elle devient visible.")
                == "Le filtre a été appliqué au calque. Mais elle devient visible.")
        #expect(repaired("Le contour est tracé en noir, L’autre est tracé en blanc.")
                == "Le contour est tracé en noir. L’autre est tracé en blanc.")
        // So does an elided subject whose capital a small letter is shaped like, after a clause with its verb.
        #expect(repaired("Le mélange donne du noir, C’est ce qui compte. Le programme lit un fichier, S’il n’y a rien, il attend.")
                == "Le mélange donne du noir. C’est ce qui compte. Le programme lit un fichier. S’il n’y a rien, il attend.")
        for kept in ["Lors de la frappe, S’il manque un mot, il est souligné.", "Juste au-dessus du si, C’est-à-dire au plus haut."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // A preposition's verb may come after its fronted phrase's comma and a relative.
        #expect(repaired("La saisie décrit le contenu, Dans le cas qui nous occupe, il s’agit de musique.")
                == "La saisie décrit le contenu. Dans le cas qui nous occupe, il s’agit de musique.")
        for kept in ["Le contour est tracé en noir, Sur le calque il reste visible.",
                     "Le contour est tracé en noir, Avec une bordure blanche.", "Ceci reflète le mécanisme de LilyPond, Jusque dans la version 1.7."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a mark standing alone between two words of a sentence is a speck; typographic colons stay")
    func loneSpecks() {
        #expect(repaired("la file d’ordonnancement . d’entrées et le filtre écrase ‘ complètement le calque")
                == "la file d’ordonnancement d’entrées et le filtre écrase complètement le calque")
        // A closing quote no spaced opening one announced is a speck; a quotation in English marks keeps it.
        #expect(repaired("Elle examine de ” nombreuses possibilités.") == "Elle examine de nombreuses possibilités.")
        #expect(repaired("Il a dit “ bonjour ” puis il part.") == "Il a dit “ bonjour ” puis il part.")
        // A bar between two French words too — not in code, nor where the scan reads letters as bars.
        #expect(repaired("La commande est généralement | capable de le faire.") == "La commande est généralement capable de le faire.")
        #expect(repaired("Tapez ls | grep toto pour voir.") == "Tapez ls | grep toto pour voir.")
        #expect(repaired("La commande est généralement | capable de |a faire.").contains("généralement | capable de la"))
        // A dash after a determiner, or between a preposition and its phrase's determiner, cuts no aside.
        #expect(repaired("Pour la – plupart des utilisateurs, les symboles utilisés dans – les paquets sont clairs.")
                == "Pour la plupart des utilisateurs, les symboles utilisés dans les paquets sont clairs.")
        for kept in ["Il dit : « oui ».", "Voir l’option . Par exemple ceci.", "Décide : de tenir une conférence",
                     "Il lit et – surtout – il écrit.", "Elles seront présentées plus avant – voir la suite."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a repeated English look-alike one accent from a French grammatical word, or a French loan English spells without its diacritics, is the French word; other repeated English words stay")
    func repeatedEnglishLookAlike() {
        #expect(repaired("Les concaténer dans l'ordre ow ils sont présentés, dans les situations ow un fichier manque.")
                == "Les concaténer dans l'ordre où ils sont présentés, dans les situations où un fichier manque.")
        #expect(repaired("Cochez la case Apercu pour voir le résultat. Le panneau Apercu montre la texture.")
                == "Cochez la case Aperçu pour voir le résultat. Le panneau Aperçu montre la texture.")
        let kept = "Le programme lit the fichier, puis il écrit the résultat."
        #expect(repaired(kept) == kept)
        // The particle of a name between two capitalised words is the name's, in its language.
        let name = "Un de nos étudiants au Google Summer of Code et au Bureau of Standards."
        #expect(repaired(name) == name)
    }

    @Test("specks between sentences go, a glued double full stop becomes one, de là + noun is de la")
    func sentenceSpecks() {
        #expect(repaired("Elles sont dans l'index. : Les images sont là. Vous fermez GIMP. . Si vous voulez.")
                == "Elles sont dans l'index. Les images sont là. Vous fermez GIMP. Si vous voulez.")
        #expect(repaired("voyez le dégradé..Les deux images") == "voyez le dégradé. Les deux images")
        // A semicolon, a degree sign or a bar after a full stop is no mark of either sentence.
        #expect(repaired("Créez un dossier si nécessaire. | Si vous voulez. L'image sera déformée. ° Le filtre agit. Voyez cela. ; Notez bien.")
                == "Créez un dossier si nécessaire. Si vous voulez. L'image sera déformée. Le filtre agit. Voyez cela. Notez bien.")
        #expect(repaired("Créez un dossier si nécessaire. |\n\nSi vous voulez.") == "Créez un dossier si nécessaire.\n\nSi vous voulez.")
        // A dash opens no sentence inside a paragraph — but after a label it is a menu path's arrow.
        #expect(repaired("L'option est désactivée. - Le curseur noir bouge. — Bien que la musique soit là.")
                == "L'option est désactivée. Le curseur noir bouge. Bien que la musique soit là.")
        #expect(repaired("Ouvrez le menu Fenêtre. - Mosaïque.") == "Ouvrez le menu Fenêtre. - Mosaïque.")
        #expect(repaired("Choisissez Outils - Options - (Type de document) - Général.") == "Choisissez Outils - Options - (Type de document) - Général.")
        // A speck opening the next paragraph goes too; a bullet opening a list item stays.
        #expect(repaired("Elle devient la version finale.\n\n. Des milliers de paquets.\n\nIls sont lancés (par dpkg).\n\n_ Pour cela, lisez.\n\n- Une liste.")
                == "Elle devient la version finale.\n\nDes milliers de paquets.\n\nIls sont lancés (par dpkg).\n\nPour cela, lisez.\n\n- Une liste.")
        // The same specks ending a paragraph; a colon that announces the next paragraph stays.
        #expect(repaired("Tout se trouve dans l'index. :\n\nLes images sont là.") == "Tout se trouve dans l'index.\n\nLes images sont là.")
        #expect(repaired("Voyez les options. :\n\nsetterm affiche. Un point marque la pointe. :")
                == "Voyez les options.\n\nsetterm affiche. Un point marque la pointe.")
        for kept in ["Les options sont les suivantes :\n\nLa première.", "Les formats PNG, JPEG, etc. :\n\n- PNG.",
                     "Le retour à la ligne (physique) : Format donne la suite."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("Il prend la Boite'à outils et des passages de là brosse.") == "Il prend la Boite à outils et des passages de la brosse.")
        #expect(repaired("Il vient de là demain.") == "Il vient de là demain.")
    }

    @Test("after an auxiliary a finite form whose accent was lost is the participle; nouns and adjectives stay")
    func participleAfterAuxiliary() {
        #expect(repaired("Cet outil est utilise pour éclaircir. Le curseur a été déplace jusqu'au pic.")
                == "Cet outil est utilisé pour éclaircir. Le curseur a été déplacé jusqu'au pic.")
        // Adverbs and a negation may stand between the auxiliary and its participle.
        #expect(repaired("Cela est aussi utilise pour chercher. Le pilote ne soit pas trouve du premier coup.")
                == "Cela est aussi utilisé pour chercher. Le pilote ne soit pas trouvé du premier coup.")
        // A word with no accent left is repaired as the participle across adverbs too;
        // after être an adjective is as good a predicate (complete: complète, one accent).
        #expect(repaired("Ce document est continuellement revise. La liste sera complete demain. Le curseur a ete deplace.")
                == "Ce document est continuellement révisé. La liste sera complète demain. Le curseur a été déplacé.")
        for kept in ["Ils ont envie de partir.", "Il est conforme.", "Il a dit oui.", "Le signal est envoyé.",
                     "La fenêtre est automatiquement active.", "Le fichier est pipe.", "Il est aussi question de lui.",
                     "La lettre A représente n’importe quel caractère."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a verb taking only a direct object cannot close its clause after a determiner and a noun: it is the participle qualifying the noun")
    func participleClosingNounPhrase() {
        #expect(repaired("Le fichier est copié sur le système installe. Le démarrage sécurise; rien d’autre.")
                == "Le fichier est copié sur le système installé. Le démarrage sécurisé; rien d’autre.")
        // Its object may follow a comma or a colon; a verb that may be intransitive closes a clause
        // (`le système démarre.`); a form that is a noun too stays (`la donne.`).
        for kept in ["Le système installe, configure et lance les services.", "Le programme sélectionne : tout.",
                     "Puis le système démarre.", "Il change la donne."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a form that is also a noun is the participle where no bare noun stands: before a preposition after être, before anything but de or que after avoir")
    func participleThatIsAlsoANoun() {
        #expect(repaired("Le résultat est place dans le fichier. Le code est copie automatiquement sur le disque.")
                == "Le résultat est placé dans le fichier. Le code est copié automatiquement sur le disque.")
        #expect(repaired("Des développeurs ont participe à ce document. Après avoir clique avec la pipette, le volume a été monte.")
                == "Des développeurs ont participé à ce document. Après avoir cliqué avec la pipette, le volume a été monté.")
        // A bare noun after être is a predicate; after avoir, a locution that de or que continues or that ends the clause.
        for kept in ["Le fichier est pipe.", "Cela est cause de problèmes.", "Ces règles ont force de loi.",
                     "Pour ceux qui ont envie (ou besoin) de le faire.", "Ceux qui ont envie ou besoin de le faire.",
                     "Faites-le s’ils en ont envie.",
                     "Ils ont peur que le disque soit plein.", "La liste a place dans le menu."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }


    @Test("où read as ot, od, ott, ob or o0 is où, before a subject or a determiner alike")
    func misreadingsOfOu() {
        #expect(repaired("Choisissez l’endroit ot on veut placer la note. Le cas od il s'agit de lui. Au moment o0 la syllabe tombe.")
                == "Choisissez l’endroit où on veut placer la note. Le cas où il s'agit de lui. Au moment où la syllabe tombe.")
        #expect(repaired("Dans les cas ott le chemin manque, une liste apparaît ob vous pouvez choisir.")
                == "Dans les cas où le chemin manque, une liste apparaît où vous pouvez choisir.")
        // Its ù read as two i's: the word pass reads ou, and the grammar of a lost grave decides —
        // here a prepositional locution before a clause with its own verb.
        #expect(repaired("Dans la mesure oii les corrections étaient rares, on grave.")
                == "Dans la mesure où les corrections étaient rares, on grave.")
        #expect(repaired("Dans la mesure ou les corrections étaient rares, on grave.")
                == "Dans la mesure où les corrections étaient rares, on grave.")
        #expect(repaired("Les fenêtres oiivertes, un chat oii un chien, la mesure ou la taille.")
                == "Les fenêtres ouvertes, un chat ou un chien, la mesure ou la taille.")
    }

    @Test("no comma or full stop parts pouvoir, devoir or vouloir from its infinitive, but a fronted phrase or an aside keeps its comma")
    func markBetweenModalAndInfinitive() {
        #expect(repaired("Les fichiers doivent, pouvoir être lus. Vous pouvez. éditer le fichier.")
                == "Les fichiers doivent pouvoir être lus. Vous pouvez éditer le fichier.")
        // A comma before the modal's subject closed a phrase of its own: it opened no aside.
        #expect(repaired("Dans ces dialogues, vous pouvez, définir des mots-clés.") == "Dans ces dialogues, vous pouvez définir des mots-clés.")
        for kept in ["Si vous voulez, éditer le fichier est facile.", "Vous pouvez, si vous voulez, éditer le fichier."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // Nor a colon: a modal introduces nothing.
        #expect(repaired("Vous pouvez: utiliser le menu.") == "Vous pouvez utiliser le menu.")
        // The infinitive's clitic or an adverb that is nothing else may stand between them.
        #expect(repaired("Le système devrait. se lancer seul. Vous pouvez, ainsi stocker vos réglages.")
                == "Le système devrait se lancer seul. Vous pouvez ainsi stocker vos réglages.")
        #expect(repaired("Vous pouvez, ainsi, stocker vos réglages.") == "Vous pouvez, ainsi, stocker vos réglages.")
        // A word the word pass repaired is the infinitive as repaired (`étre`: être).
        #expect(repaired("Cette option ne peut, étre appliquée dans ce mode.") == "Cette option ne peut être appliquée dans ce mode.")
    }

    @Test("no comma or colon parts a verb that ne opened from the second half of its negation, but an aside keeps its commas")
    func markInsideNegation() {
        #expect(repaired("Vous ne l’avez, pas activée. Ils ne sont, plus là. Vous n’avez: jamais lu le fichier.")
                == "Vous ne l’avez pas activée. Ils ne sont plus là. Vous n’avez jamais lu le fichier.")
        for kept in ["Il n’est, de ce fait, pas toujours facile.", "Il ne sait pas, pas plus que vous.", "Ce n’est pas, pas du tout, la fin."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a semicolon glued after a phrase the sentence fronted is its comma: a semicolon parts clauses, not their parts")
    func semicolonClosingFrontedPhrase() {
        #expect(repaired("Ensuite; vous choisissez la langue. Pour mémoire; il n’y a rien. Quand vous créez une sélection; elle est visible.")
                == "Ensuite, vous choisissez la langue. Pour mémoire, il n’y a rien. Quand vous créez une sélection, elle est visible.")
        // Between two clauses, or after a clause the sentence does not front, the semicolon is the writer's.
        for kept in ["Le fichier est lu; il est ensuite écrit.", "En effet, la présence est gênante; l’absence aussi.",
                     "Vous choisissez la langue ; ensuite, le clavier."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("in a scan, a colon glued to a word that waits for its complement or verb is a speck: sans: problème, Cliquez: sur, fichier: est")
    func colonAfterGrammaticalWord() {
        let damage = "Le systéme a été amorcé et le paquet sera installé sur le nouveau systeme avec la premiére option. "
        #expect(repaired(damage + "Il fonctionne sans: problème avec plusieurs: composants. Cliquez: sur le bouton.")
                == "Le système a été amorcé et le paquet sera installé sur le nouveau système avec la première option. "
                    + "Il fonctionne sans problème avec plusieurs composants. Cliquez sur le bouton.")
        // So between a noun and its complement with `de`, or the verb it is the subject of.
        #expect(repaired(damage + "Avant la configuration: de l’horloge, le fichier: est lu.")
                .hasSuffix("Avant la configuration de l’horloge, le fichier est lu."))
        // A colon after a noun phrase introduces; in clean text a glued colon is the writer's, wherever it stands.
        #expect(repaired(damage + "Il a trois fonctions: couper, copier. Astuce: mettez-vous à gauche.")
                .hasSuffix("Il a trois fonctions: couper, copier. Astuce: mettez-vous à gauche."))
        for kept in ["Il fonctionne sans: problème.", "Cliquez: sur le bouton."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // So after a participle before its preposition, an adverb that is nothing else, a negation's second
        // half, and a noun inside its sentence before a preposition, with no comma soon after.
        #expect(repaired(damage + "Les liens utilisés: par le système sont simplement: ignorés. Il n’a pas: besoin du réseau. "
                         + "Lisez les informations de dernière minute: sur la page.")
                .hasSuffix("Les liens utilisés par le système sont simplement ignorés. Il n’a pas besoin du réseau. "
                           + "Lisez les informations de dernière minute sur la page."))
        // So between a noun and the adjective that agrees with it, on either side.
        #expect(repaired(damage + "Évitez le matériel: propriétaire et les nombreux: changements de contexte.")
                .hasSuffix("Évitez le matériel propriétaire et les nombreux changements de contexte."))
        // A colon after a whole phrase may introduce a clause, its parts, or what a pronoun stands for; an
        // adjective that does not agree with the noun before it is no part of its phrase.
        #expect(repaired(damage + "Il affiche les modes: normal ou inversé.").hasSuffix("Il affiche les modes: normal ou inversé."))
        for kept in ["Considérons les barres en milieu de ligne: dans la partition, leur place varie.",
                     "Il choisit le système à installer: la langue, le pays.", "On a besoin d’un programme pour la créer: l’éditeur."] {
            #expect(repaired(damage + kept).hasSuffix(kept), "\(kept)")
        }
    }

    @Test("in a scan, a comma after a coordinating conjunction that no comma closes before the sentence ends is a speck")
    func commaAfterConjunction() {
        let damage = "Le systéme a été amorcé et le paquet sera installé sur le nouveau systeme avec la premiére option. "
        #expect(repaired(damage + "Les pixels noirs et, des lignes horizontales. Il y a les paquets mais, les outils manquent.")
                .hasSuffix("Les pixels noirs et des lignes horizontales. Il y a les paquets mais les outils manquent."))
        // An aside's commas stay, and so does one before a preposition or a conjunction, whose aside the
        // scan may have lost the closing comma of; in clean text, every comma stays.
        for kept in ["Il lit, mais, si vous voulez, les fichiers restent.", "Il lit, mais, à moins d’une erreur la vie suffit."] {
            #expect(repaired(damage + kept).hasSuffix(kept), "\(kept)")
        }
        #expect(repaired("Les pixels noirs et, des lignes horizontales.") == "Les pixels noirs et, des lignes horizontales.")
    }

    @Test("in a scan, no comma parts a noun from the bare noun its de joins to it, nor a verb from the infinitive its de opens")
    func commaBeforeComplementWithDe() {
        let damage = "Le systéme a été amorcé et le paquet sera installé sur le nouveau systeme avec la premiére option. "
        #expect(repaired(damage + "Elle reste découpée, mais elle suit la zone, de sélection. Le bouton permet, de mettre à jour le tout.")
                .hasSuffix("Elle reste découpée, mais elle suit la zone de sélection. Le bouton permet de mettre à jour le tout."))
        // A list of de complements, an adverbial phrase, an aside or a fronted phrase before an infinitive keep theirs.
        for kept in ["Il permet la mise à l’échelle, de découpage et de retournement.", "Le nombre de sockets, de puces et de cœurs varie.",
                     "Utilisez un disque, de préférence neuf.", "Il est possible, grâce à ces méthodes, de rectifier la position.",
                     "Si vous le souhaitez, de pouvoir modifier le code."] {
            #expect(repaired(damage + kept).hasSuffix(kept), "\(kept)")
        }
        #expect(repaired("Elle suit la zone, de sélection.") == "Elle suit la zone, de sélection.")
    }

    @Test("no comma parts an auxiliary from its participle, faut from its infinitive, or the relative qui from its verb")
    func commaInsideVerbPhrase() {
        #expect(repaired("La partition est, sauvegardée sur le disque. Il faut, remarquer cela. Ce qui, est entre les lignes reste.")
                == "La partition est sauvegardée sur le disque. Il faut remarquer cela. Ce qui est entre les lignes reste.")
        // An aside keeps its commas; a verb and its complement may be parted by the comma closing a subordinate clause.
        for kept in ["Le fichier est, par exemple, sauvegardé.", "Si elles correspondent, le script continue."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("no comma parts ne, or an object pronoun inside the verb's group of pronouns, from the verb that follows")
    func commaInsidePronounGroup() {
        #expect(repaired("Un script dont vous ne, connaissez pas l’usage. Nous vous, recommandons de lire. Vous pouvez vous, déplacer.")
                == "Un script dont vous ne connaissez pas l’usage. Nous vous recommandons de lire. Vous pouvez vous déplacer.")
        // A stressed pronoun after a conjunction or a comma is no object pronoun; a determiner before a noun keeps its comma.
        for kept in ["Et vous, recommandez-vous ce livre ?", "Quant à nous, vous, vous pouvez partir.", "Il prend les paquets, les fichiers, les pages."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("no comma parts a subject pronoun from its verb or its ne, unless a preposition governs it or the verb opens an aside")
    func commaAfterSubjectPronoun() {
        #expect(repaired("Si vous, réglez l’exposant, la force change. Maintenant, vous, pouvez choisir.")
                == "Si vous réglez l’exposant, la force change. Maintenant, vous pouvez choisir.")
        #expect(repaired("Quand il, ne répond pas, le serveur attend.") == "Quand il ne répond pas, le serveur attend.")
        for kept in ["Pour vous, lisez la notice.", "Le rapport, il, entre autres, rappelle la règle.", "Et vous, recommandez-vous ce livre ?",
                     "Vous, vous pouvez partir.", "La première qui, elle, sera placée.", "Les cordes, elles, continuent de jouer."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("after pouvoir, devoir or vouloir a word that is no infinitive is the scan's damage of one: âtre, tre → être")
    func infinitiveAfterModal() {
        #expect(repaired("La grille peut âtre affichée. La garantie ne peut tre assurée. Cela devrait âtre le cas.")
                == "La grille peut être affichée. La garantie ne peut être assurée. Cela devrait être le cas.")
        // Across up to three adverbs.
        #expect(repaired("Le mot de passe ne doit pas non plus tre un nom propre.") == "Le mot de passe ne doit pas non plus être un nom propre.")
        // Adverbs, pronouns and real infinitives stand there; an âtre elsewhere is a hearth.
        for kept in ["Ils peuvent encore contenir le code.", "Vous ne pouvez pas le faire.", "Il doit être réparé.",
                     "Le feu brûle dans l’âtre.", "Il peut beaucoup.",
                     // `puis` is the adverb unless its pronoun stands before it.
                     "Il hésita puis partit."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        #expect(repaired("Je puis tre utile.") == "Je puis être utile.")
        // Between a modal and an attribute only être and its kin fit: a noun there (ère), or the noun
        // the word pass read a wreck as (ére → ère), is the one whose letters it keeps best.
        #expect(repaired("Plusieurs fichiers peuvent ère compressés. Debian peut ére facilement mis à jour. Les canaux peuvent eue utiles.")
                == "Plusieurs fichiers peuvent être compressés. Debian peut être facilement mis à jour. Les canaux peuvent être utiles.")
        // No attribute after it, or a word no closer to one verb than to another: nothing to go by.
        for kept in ["Cela peut ère une fin.", "Une ère peut commencer.", "Il peut sept fois plus."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }
    @Test("a listed compound that opens with an elision is matched whole: c’est-a-dire lost the accent of à")
    func elidedCompound() {
        #expect(repaired("La partition étendue, c'est-a-dire la partition primaire.") == "La partition étendue, c'est-à-dire la partition primaire.")
        // Its middle part a capital or a letter with the wrong accent, which no accent edit reaches.
        #expect(repaired("Le noyau, c'est-A-dire le code, soit c'est-é-dire le reste.") == "Le noyau, c'est-à-dire le code, soit c'est-à-dire le reste.")
        #expect(repaired("Le composant, c’est-d-dire le nom. C’est-d-dire le reste.") == "Le composant, c’est-à-dire le nom. C’est-à-dire le reste.")
        for kept in ["La partition, c'est-à-dire la première.", "Il s'est-il rendu compte ?"] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("after dans, pendant, à or sur a bare singular noun opening with a vowel lost its l’; adverbs, numerals, names, set phrases and h aspiré stay")
    func lostArticleAfterPreposition() {
        #expect(repaired("Les paquets sont disponibles pendant installation. La sélection dans image de droite.")
                == "Les paquets sont disponibles pendant l’installation. La sélection dans l’image de droite.")
        // `de` elides itself before a vowel: `de original` lost the l’ of `de l’original`.
        #expect(repaired("Le fichier est construit à partir de original pour le reste.")
                == "Le fichier est construit à partir de l’original pour le reste.")
        for kept in ["Il revient dans environ dix minutes.", "Il reste pendant encore une heure.", "Il range dans huit boîtes.",
                     "Il compte de un à trois.", "Elle parle de Internet.",
                     "Il joue dans hockey sur glace."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // After à, sur, selon and the like the article is the rule too, but for a name (`internet`), a verb form
        // and a noun prose writes bare after à (`à intervalles`); avec and après take bare nouns, and keep them.
        #expect(repaired("Voir à exception du dernier, sur utilisation du disque, selon ordre croissant.")
                == "Voir à l’exception du dernier, sur l’utilisation du disque, selon l’ordre croissant.")
        for kept in ["Il se connecte sur internet chaque jour.", "Il revient à intervalles réguliers.",
                     "Une police avec empattement, après utilisation du disque.", "Tout ce qui reste sur est ajouté.",
                     "Les instruments à archet sont abordés.", "Rotation arbitraire. Avant application de la rotation.",
                     "Valable uniquement sur architecture i386."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // No finite verb follows a preposition: a noun that also conjugates one is the noun there (not after `à`).
        #expect(repaired("Faites un clic droit sur image pour accéder aux précisions sur interface.")
                == "Faites un clic droit sur l’image pour accéder aux précisions sur l’interface.")
        #expect(!repaired("Le fichier à été lu.").contains("l’été"), "a participle after à is the verb a misread, not a noun")
        // `avec` takes bare nouns, but not one that names the code or quoted label after it.
        #expect(repaired("Les cibles sont passées avec option « -a » pour tout. Elle est désactivée avec option -k.")
                == "Les cibles sont passées avec l’option « -a » pour tout. Elle est désactivée avec l’option -k.")
        // An `&` read as `à` is that preposition.
        #expect(repaired("Il faut demander & application de changer la taille de la brosse.")
                == "Il faut demander à l’application de changer la taille de la brosse.")
        // An acronym the document writes after l’ elsewhere takes it after de too; one it never elides stays.
        #expect(repaired("L'Atelier de OSCE sur une approche globale de l'OSCE. Le rôle de ONU reste.")
                == "L'Atelier de l'OSCE sur une approche globale de l'OSCE. Le rôle de ONU reste.")
    }

    @Test("a bare singular noun after et or ou, where the first phrase is an article and its noun, lost its l’")
    func lostArticleInCoordination() {
        #expect(repaired("Le statut et affectation du bogue sont mis à jour. Elle permet la notification et interception des événements.")
                == "Le statut et l’affectation du bogue sont mis à jour. Elle permet la notification et l’interception des événements.")
        for kept in [
            // A verb the noun also spells coordinates with the clause's verb; a preposition's complement takes bare nouns.
            "Le menu est rapide d’accès et affiche la valeur.",
            "Les données pour poursuite du traitement et interprétation.",
            "Il gère tous les types d’installation et offre un choix.",
            // A comma parts an enumeration, which may end on a bare noun.
            "Le nom, le prénom, et adresse.",
        ] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a sentence opening in small letters on a bare singular noun lost its L’ with its capital; a stop another rule reads as a speck does not count")
    func lostArticleOpeningSentence() {
        // Asked before `stopBeforeSmallLetter`, which would take the stop for a speck.
        #expect(repaired("Voir la liste (des objets). ordre dans lequel ils sont placés compte. Voir les objets. installation du paquet.")
                == "Voir la liste (des objets). L’ordre dans lequel ils sont placés compte. Voir les objets. L’installation du paquet.")
        // A noun that is also a verb or a participle goes on the sentence before; a stop after a determiner or
        // a preposition is a speck; an ellipsis or an abbreviation may go on in small letters.
        for kept in ["Le code est lu. Le code. est ce que vous écrivez.", "Il lit un. ouvrage de référence.",
                     "Choisissez Format, Police... option de taille.", "Voir le chap. ordre des notes."] {
            #expect(!repaired(kept).contains("L’"), "\(kept)")
        }
    }

    @Test("an apostrophe lost or misread after an elided word is put back")
    func lostApostrophe() {
        #expect(repaired("il faut dempecher quils partent") == "il faut d’empêcher qu’ils partent")
        #expect(repaired("ils n‘empêchent rien") == "ils n’empêchent rien")
        // l’aversion or la version glued: the document writes the noun it means elsewhere.
        #expect(repaired("La version 2 est sortie. La clé sera incluse dans laversion suivante.")
                == "La version 2 est sortie. La clé sera incluse dans la version suivante.")
        #expect(repaired("Il montre laversion de tous.") == "Il montre l’aversion de tous.")
        // A negation calls for the elided ne, also when the word left is English (nest).
        #expect(repaired("Le fichier qui nest pas compressé reste là. Si aucun encodage nest donné, rien.")
                == "Le fichier qui n’est pas compressé reste là. Si aucun encodage n’est donné, rien.")
        #expect(repaired("Le nid (nest) est vide.") == "Le nid (nest) est vide.")
        // The l of a determiner or of l’ read as a small f: before a noun it agrees with, and not after a determiner;
        // the note fa stays.
        #expect(repaired("Il montre foption de menu et règle fa connexion du poste.") == "Il montre l’option de menu et règle la connexion du poste.")
        #expect(repaired("Il joue un fa dièse, en clé de fa.") == "Il joue un fa dièse, en clé de fa.")
        // ù read as r: `or` between a noun and the clause it opens is où; the conjunction follows a mark.
        #expect(repaired("Va au point or il devient difficile.") == "Va au point où il devient difficile.")
        #expect(repaired("Il voulait partir, or il pleuvait.") == "Il voulait partir, or il pleuvait.")
        // Does not harm: a capitalised English word inside a sentence is a name, unless the document writes it in lower case.
        #expect(repaired("Le code Scheme saisi par l’utilisateur est lu par Scheme.") == "Le code Scheme saisi par l’utilisateur est lu par Scheme.")
        #expect(repaired("Voir la Decision prise hier ; cette decision est finale.") == "Voir la Décision prise hier ; cette décision est finale.")
        // Does not harm: after a comma, `Il` is the pronoun whose capital the scan made, not a new sentence — after
        // a phrase the sentence fronts, it is small (`note` conjugates `noter` too: the noun here).
        #expect(repaired("Pour une note en particulier, Il serait mal venu de cliquer.") == "Pour une note en particulier, il serait mal venu de cliquer.")
        // Does not harm: no article stands before a preposition (dû à), a bracketed prefix is a piece of a word,
        // and a term the lexicon lacks is the document's when it writes another form of it.
        #expect(repaired("C’est à la fois dû à la fréquence des appels.") == "C’est à la fois dû à la fréquence des appels.")
        #expect(repaired("C’est souvent un effet indésirable dû aux paramètres de l’appareil.")
                == "C’est souvent un effet indésirable dû aux paramètres de l’appareil.", "nor before à fused with its article")
        #expect(repaired("Les cases peuvent être (dé)sélectionnées avec la touche.") == "Les cases peuvent être (dé)sélectionnées avec la touche.")
        #expect(repaired("Choisissez Désaturer dans le menu, puis désaturez l’image entière.")
                == "Choisissez Désaturer dans le menu, puis désaturez l’image entière.")
        // But two forms read with the same misshapen letter (`t` for `f`) are one word a poor scan damaged twice.
        #expect(repaired("Le gel des tonctionnalites est la première étape. Chaque tonctionnalite est décrite.")
                == "Le gel des fonctionnalités est la première étape. Chaque fonctionnalité est décrite.")
        // Does not harm: a text in the 1990 spelling (circumflexes of â, ê, ô kept, none on i or u) keeps its i and u;
        // a text that writes connaître gets its lost circumflexes back.
        #expect(repaired("Le même enchainement peut être lu ; les pixels apparaitront tôt.")
                == "Le même enchainement peut être lu ; les pixels apparaitront tôt.")
        #expect(repaired("Le même enchainement peut être lu ; il faut connaître la suite.")
                == "Le même enchaînement peut être lu ; il faut connaître la suite.")
        // A paragraph opening in lower case opens with a command's name; a lone a before est is a letter.
        #expect(repaired("Voici la suite.\n\nipcs montre des renseignements.") == "Voici la suite.\n\nipcs montre des renseignements.")
        #expect(repaired("Si aucune catégorie n’est indiquée, a est pris par défaut.") == "Si aucune catégorie n’est indiquée, a est pris par défaut.")
        // Does not harm: the stop of a dotted abbreviation before a lower-case word.
        #expect(repaired("La « brosse filtre », c.-à-d. d’appliquer un filtre.") == "La « brosse filtre », c.-à-d. d’appliquer un filtre.")
        // Does not harm: a regular participle the lexicon lacks (it lists only `cliqué`) is the writer's word,
        // and a participle after `tous les deux` qualifies a pronoun, no noun.
        #expect(repaired("Les zones peuvent être cliquées. Elles sont pointées.") == "Les zones peuvent être cliquées. Elles sont pointées.")
        #expect(repaired("Un titre et un nom, tous les deux centrés, puis un texte.") == "Un titre et un nom, tous les deux centrés, puis un texte.")
        #expect(repaired("Il attend deux secondés ét repart.") == "Il attend deux secondes et repart.")
        // Does not harm: the pronouns elide only before a verb (`sorme` is no s’orme), articles before anything.
        #expect(repaired("Il les présente sous une sorme simple.") == "Il les présente sous une sorme simple.")
        #expect(repaired("Le paquet sinstalle vite.") == "Le paquet s’installe vite.")
        #expect(repaired("le co-responsable, dit-il, est-ce bien au-dessus ? indique-le") == "le co-responsable, dit-il, est-ce bien au-dessus ? indique-le")
        // A question mark read for the apostrophe, glued between an elision and a vowel.
        #expect(repaired("Le nom d?onglet et L?arrière-plan.") == "Le nom d’onglet et L’arrière-plan.")
        // A double quote likewise; a quotation opens after a space.
        #expect(repaired("Dans ce cas, c\"est ce qu”on appelle le mot \"est\".")
                == "Dans ce cas, c’est ce qu’on appelle le mot \"est\".")
        #expect(repaired("Est-ce vrai?oui, dit-il?") == "Est-ce vrai?oui, dit-il?")
        // The apostrophe of qu’ read as an i before a short subject pronoun.
        #expect(repaired("Il faut quiils partent et quiil reste.") == "Il faut qu’ils partent et qu’il reste.")
    }

    @Test("a form the document writes is no evidence for itself when it is the misreading of a word prose prefers")
    func writtenMisreadingIsNoEvidence() {
        // méme: même (é read for ê) or mémé (e read for é)? The document's own mémé is même read badly.
        #expect(repaired("Ils débutent en mémé temps. Elles débutent au méme instant.")
                == "Ils débutent en même temps. Elles débutent au même instant.")
    }

    @Test("a shape misreading the document repeats is trusted only when the document writes the repaired word too")
    func repeatedShapeMisreading() {
        #expect(repaired("La bibhotheque exporte des symboles. La bibhotheque possède un nom. Une bibliothèque est utile.")
                == "La bibliothèque exporte des symboles. La bibliothèque possède un nom. Une bibliothèque est utile.")
        // Written without its accents counts too: a scan that drops them drops them everywhere.
        #expect(repaired("La bibhotheque exporte des symboles. La bibhotheque possède un nom. Une bibliotheque est utile.")
                == "La bibliothèque exporte des symboles. La bibliothèque possède un nom. Une bibliothèque est utile.")
        let repeated = "La bibhotheque exporte des symboles. La bibhotheque possède un nom."
        #expect(repaired(repeated) == repeated, "a repeated form may be a word the lexicon lacks")
        // Another form of the repaired word's family, intact, counts too: the damage spared it.
        #expect(repaired("Le curseur blane est à droite. Le point blane est fixé. La pipette blanche sert.")
                == "Le curseur blanc est à droite. Le point blanc est fixé. La pipette blanche sert.")
        let unrelated = "Le curseur blane est à droite. Le point blane est fixé. La pipette noire sert."
        #expect(repaired(unrelated) == unrelated)
    }

    @Test("two words whose space the scan lost are split where one piece is a small grammatical word; terms, names and doubtful cuts stay")
    func gluedWords() {
        #expect(repaired("On le fait parexemple ici. Lesutilisateurs le savent.") == "On le fait par exemple ici. Les utilisateurs le savent.")
        #expect(repaired("Celaest utile et ily a un pixel.") == "Cela est utile et il y a un pixel.")
        // An `a` cut off is judged like any other (before an infinitive it is à).
        #expect(repaired("Il esta remarquer que le fichier esta jour.") == "Il est à remarquer que le fichier est à jour.")
        // A cut-off `a` governs what follows in its phrase, and never follows a determiner.
        #expect(repaired("Une pédale de sourdine (una corda) est prévue.") == "Une pédale de sourdine (una corda) est prévue.")
        #expect(repaired("Le silence vaut un longa ; il faut donc le multiplier.") == "Le silence vaut un longa ; il faut donc le multiplier.")
        // Two small words glued are read so before any one-word repair (dela is no delà), even repeated.
        #expect(repaired("Il prend la forme dela croix, puis dela flèche. Sila valeur est nulle, rien ne change.")
                == "Il prend la forme de la croix, puis de la flèche. Si la valeur est nulle, rien ne change.")
        // Kept: a term the document repeats, a name inside a sentence, an English word, a piece of two
        // letters that is no grammatical word (mm a), a determiner before no noun (des ta) or before a
        // mark, a prefix the lexicon may lack (surcouche), a token two cuts fit (similaires a / similaire sa).
        for kept in ["La commande apropos et la commande apropos.", "Il a vu Dupont hier.", "Le fichier unzip est là.",
                     "Il mesure mma de long.", "Il voit desta gamme.", "Une surcouche utile.",
                     "Des fonctions similairesa celles-ci."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
        // exposces is no `expos ces.`: an é with its bar broken and its accent lost.
        #expect(repaired("Elles sont exposces.") == "Elles sont exposées.")
    }

    @Test("a word damaged past the confusion search is matched to a form the document writes intact elsewhere")
    func documentForms() {
        // w for n (no listed confusion) and i for l (a listed one); cavai is a word (je cavai).
        #expect(repaired("Le canal Alpha est actif. Si le cawai Alpha est vide, rien ne change.")
                == "Le canal Alpha est actif. Si le canal Alpha est vide, rien ne change.")
        #expect(repaired("La composition est lancée. Le raccourci de la compositiou et du chacfiot est connu. Le charriot avance.")
                .contains("du charriot"))
        // Kept: a word the document does not write elsewhere, one it repeats (a term the lexicon lacks),
        // a short word (phis: plus or puis), a word two forms fit about as well, a piece of a token.
        for kept in ["Si le cawai Alpha est vide, rien ne change.",
                     "Le canal est actif. Le cawai est vide. Le cawai est plein.",
                     "Il voit plus de calques, puis phis de pixels.",
                     "Le canal et le chenal sont là. Le cawal est vide.",
                     "Le canal est là. Le ¢cawai est vide."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("je before a word that reads as no verb is le, its l curled into a j; the pronoun before its verb stays")
    func articleReadAsJe() {
        #expect(repaired("Un mineur empêche je système d’amorcer. Vous pouvez je constater dans la liste.")
                == "Un mineur empêche le système d’amorcer. Vous pouvez le constater dans la liste.")
        for kept in ["Je pense que je suis prêt.", "Je ne sais pas si je le fais.", "Ce que je veux."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a mixed-case name one letter added, lost or accented from one the document writes more often is that name, or misread in shape from one it writes twice")
    func documentNames() {
        #expect(repaired("LilyPond est un logiciel. LilyPond grave la musique. Avec LilÿPond et LilylPond on grave.")
                == "LilyPond est un logiciel. LilyPond grave la musique. Avec LilyPond et LilyPond on grave.")
        // A shape the scan misreads (`t` for `l`) where the name's parts are words and the variant's are not.
        #expect(repaired("LilyPond est un logiciel. LilyPond grave la musique. Avec LityPond on grave.")
                == "LilyPond est un logiciel. LilyPond grave la musique. Avec LilyPond on grave.")
        // Even where the scan misread the shape more often than it read the name intact.
        #expect(repaired("LilyPond grave. LityPond écrit. LityPond lit. LilyPond joue. LityPond chante.")
                == "LilyPond grave. LilyPond écrit. LilyPond lit. LilyPond joue. LilyPond chante.")
        // Another plain letter for another may be the scan's habit or the name (both `LilyPond` and `LilyBond`
        // are words); case alone is no damage; a name the document writes once proves nothing.
        for kept in ["LilyPond est un logiciel. LilyPond grave la musique. Avec LilyBond on grave.",
                     "TEXworks est là. TEXworks reste. TeXworks aussi.",
                     "LilyPond est un logiciel. Avec LilÿPond on grave."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("a long word damaged past the confusion search is matched to a form French prose uses, within a tighter budget")
    func proseForms() {
        #expect(repaired("Les forictionnalites de l'installateur sont là.") == "Les fonctionnalités de l'installateur sont là.")
        #expect(repaired("Des informations complenicntaires sont données.") == "Des informations complémentaires sont données.")
        #expect(repaired("Il donne la tonetion obsolète.") == "Il donne la fonction obsolète.")
        // Ten letters or more: two hits outside the confusion model (e → i, lost n) may be bridged.
        #expect(repaired("Le tiret est effacé sans frditement supplémentaire.") == "Le tiret est effacé sans traitement supplémentaire.")
        #expect(repaired("Ils sont accueillants et contribuent egaleiient au projet.").contains("également au projet"))
        // Kept: a word only its accents part from a prose form (a rare word spelt right), and one
        // whose nearest prose form lies past the budget (spécique: spécifique lost two letters).
        for kept in ["Le dévanâgari ou le malayalam.", "Un fichier de log spécique au test."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }
}
