@testable import AlineaClean
import Testing

@Suite("Layout repair: wrapped lines, paragraphs, page breaks, hyphenation")
struct LayoutRepairerTests {
    @Test("a scan-like rendering of clean paragraphs comes back as one paragraph per line")
    func reflowsGeneratedScan() throws {
        let paragraphs = LayoutFixtures.paragraphs
        try #require(paragraphs.count >= 4)
        let scan = LayoutFixtures.scanned(paragraphs)
        let result = LayoutFixtures.layout(scan)
        #expect(result.text == paragraphs.joined(separator: "\n\n") + "\n")
        #expect(result.log.revert(result.text) == scan)
        // Page numbers and the running header were removed as page furniture.
        #expect(result.log.stages[0].edits.count >= 2)
        #expect(!result.text.contains("- 2 -"))
        #expect(!result.text.contains("FSC.DEC/10/08"))
    }

    @Test("clean text with intentional line structure is not re-flowed")
    func leavesCleanTextAlone() throws {
        let fsc = try #require(LayoutFixtures.corpus("Corpora/osce/fsc-dec-10-08.fr.txt"))
        #expect(LayoutFixtures.layout(fsc).log.appliedEdits.isEmpty)
        let short = "FSC.DEC/10/08\n29 octobre 2008\n\nDécide :\n\n1. D'organiser un atelier ;\n2. De prier le Secrétariat ;\n"
        #expect(LayoutFixtures.layout(short).log.appliedEdits.isEmpty)
    }

    @Test("the UDHR (one indented paragraph per line) is not re-flowed", .enabled(if: LayoutFixtures.udhr != nil))
    func leavesUDHRAlone() throws {
        let udhr = try #require(LayoutFixtures.udhr)
        #expect(LayoutFixtures.layout(udhr).log.appliedEdits.isEmpty)
    }

    @Test("the letterhead's lines stay on their lines however long; a first paragraph's lines are joined",
          .enabled(if: LayoutFixtures.french != nil))
    func letterhead() {
        let body = [
            "Rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre l’utilisation",
            "de l’Internet à des fins terroristes, dans laquelle les États participants sont invités",
            "à échanger des informations sur l’utilisation de l’Internet à des fins terroristes,",
        ].joined(separator: "\n")
        let headed = "Organisation pour la sécurité et la coopération en Europe\nConseil permanent\n\nPC.DEC/1187\n27 mars 2025\n\n" + body + "\n"
        let paragraphs = LayoutFixtures.layout(headed).text.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "Organisation pour la sécurité et la coopération en Europe\nConseil permanent")
        // A first block that is a paragraph (its last line ends in punctuation) is re-joined as before.
        let plain = body + "\n\n" + body + "\n"
        #expect(LayoutFixtures.layout(plain).text.components(separatedBy: "\n\n").first?.hasPrefix("Rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre l’utilisation de l’Internet") == true)
    }

    @Test("a page-start line after a comma opens a new clause only if it starts like one",
          .enabled(if: LayoutFixtures.french != nil))
    func pageBreakDecisions() {
        let repairer = LayoutRepairer(lexicon: LayoutFixtures.french)
        let gap = LayoutRepairer.Gap(blankLines: false, pageStart: true, short: true)
        #expect(repairer.decide(LineShape("Processus de Corfou,"), LineShape("Rappelant la Décision No 2/09"), gap)
            == .paragraph(rule: "page-break", confidence: 0.75))
        let full = LayoutRepairer.Gap(blankLines: false, pageStart: true, short: false)
        #expect(repairer.decide(LineShape("dans le cadre du"), LineShape("Processus de Corfou,"), full)
            == .space(rule: "join-page-break", confidence: 0.8))
        #expect(repairer.decide(LineShape("au niveau de la"), LineShape("sécurité régionale,"), full)
            == .space(rule: "join-page-break", confidence: 0.8))
        #expect(repairer.decide(LineShape("pour cette conférence."), LineShape("CONFERENCE DE L’OSCE"), gap)
            == .paragraph(rule: "title-end", confidence: 0.8))
    }

    @Test("end-of-line hyphenation is undone for words, kept for compounds", .enabled(if: LayoutFixtures.french != nil))
    func hyphenation() {
        let resolver = HyphenationResolver(lexicon: LayoutFixtures.french)
        #expect(resolver.decide(left: "cyber", right: "sécurité") == .join(confidence: 0.95))
        #expect(resolver.decide(left: "politico", right: "militaire") == .keepHyphen(confidence: 0.95))
        #expect(resolver.decide(left: "peut", right: "être") == .keepHyphen(confidence: 0.95))
        #expect(resolver.decide(left: "est", right: "ce") != .join(confidence: 0.95))
        // Hunspell accepts any two words joined by a hyphen; a joined word wins over such an unlisted compound.
        #expect(resolver.decide(left: "com", right: "mande") == .join(confidence: 0.95))
        #expect(resolver.decide(left: "aléatoire", right: "ment") == .join(confidence: 0.95))
        #expect(resolver.decide(left: "public", right: "privé") == .keepHyphen(confidence: 0.9))
    }

    @Test("numbered items whose blank lines the scan lost stay items; a place line before them stays alone", .enabled(if: LayoutFixtures.french != nil))
    func numberedItemsWithoutBlankLines() {
        let text = ["La Conférence portera sur les questions suivantes, dans l’ordre que la Présidence aura fixé pour",
                    "l’ensemble des séances de travail prévues au cours des deux journées de la réunion :",
                    "", "Vienne, 16 et 17 juin 2025",
                    "1. Ouverture de la Conférence : allocutions de bienvenue des représentants",
                    "2. Séance 1 : Menaces actuelles contre les infrastructures énergétiques critiques",
                    "3. Séance 2 : Partenariats public-privé et échange d’informations"].joined(separator: "\n") + "\n"
        let result = LayoutFixtures.layout(text)
        let paragraphs = result.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(paragraphs.count == 5)
        #expect(paragraphs[1] == "Vienne, 16 et 17 juin 2025")
        #expect(paragraphs[2].hasPrefix("1. Ouverture") && paragraphs[4].hasPrefix("3. Séance 2"))
        #expect(result.log.revert(result.text) == text)
    }

    @Test("hyphenated line ends inside a wrapped paragraph", .enabled(if: LayoutFixtures.french != nil))
    func hyphenationInText() {
        let line = "Le Forum pour la coopération en matière de sécurité renforcera la cyber-"
        let text = [line, "sécurité des États participants et le dialogue politico-", "militaire entre les délégations, ainsi que la coopération entre",
                    "les organisations régionales et internationales dans ce domaine précis.",
                    "", "Le Secrétariat établira un rapport de suivi sur les suggestions et les",
                    "recommandations concrètes formulées lors de la réunion de cette année."].joined(separator: "\n") + "\n"
        let result = LayoutFixtures.layout(text)
        #expect(result.text.contains("la cybersécurité des États"))
        #expect(result.text.contains("dialogue politico-militaire entre"))
        #expect(result.text.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        #expect(result.log.revert(result.text) == text)
    }

    @Test("a name with a capital inside, cut at a line end, is joined where the document writes it whole",
          .enabled(if: LayoutFixtures.french != nil))
    func camelCaseNameCutAtLineEnd() {
        let lines = ["Félicitations, vous venez de créer votre première partition avec le logiciel Lily-",
                     "Pond et vous pouvez maintenant découvrir les autres fonctions que LilyPond offre",
                     "aux utilisateurs qui veulent graver leurs partitions de musique avec Jean-",
                     "Pierre et les autres membres de cette petite équipe de développeurs motivés.", "",
                     "Le Secrétariat établira un rapport de suivi sur les suggestions et les",
                     "recommandations concrètes formulées lors de la réunion de cette année."]
        let text = lines.joined(separator: "\n") + "\n"
        let result = LayoutFixtures.layout(text)
        #expect(result.text.contains("avec le logiciel LilyPond et vous"))
        // A speck after the hyphen or before the capital goes with the cut.
        for (cut, rest) in [("Lily-.", "Pond et"), ("Lily- .", "Pond et"), ("Lily-", ". Pond et")] {
            var specked = lines
            specked[0] = specked[0].replacingOccurrences(of: "Lily-", with: cut)
            specked[1] = specked[1].replacingOccurrences(of: "Pond et", with: rest)
            let scan = specked.joined(separator: "\n") + "\n"
            let repaired = LayoutFixtures.layout(scan)
            #expect(repaired.text.contains("avec le logiciel LilyPond et vous"), "\(cut) \(rest)")
            #expect(repaired.log.revert(repaired.text) == scan)
        }
        // Without the whole word elsewhere, a hyphen before a capital is a compound name's.
        #expect(result.text.contains("avec Jean-Pierre et les"))
        #expect(result.log.revert(result.text) == text)
    }

    @Test("a word cut at a line end with a speck after its hyphen is joined when the halves make a word",
          .enabled(if: LayoutFixtures.french != nil))
    func speckAfterLineEndHyphen() {
        let text = ["Le développement intervient dans un monde partagé selon des diffé-.",
                    "rents objectifs et de nombreux domaines d’intérêt, par exemple celui d’un mena- |",
                    "ces et d’un amont bien connu pour les uns et les autres de ceux qui y travaillent,",
                    "particulier intéressé par le travail sur une nouvelle fonctionnalité des pré-.",
                    "et post-conditions que les autres équipes de développeurs ne partagent pas, car",
                    "elles travaillent sur des branches séparées qui sont fusionnées les unes avec les",
                    "autres après des révisions du code et des discussions adéquates entre les équipes",
                    "qui en ont la charge et les responsables de la publication de chaque version."].joined(separator: "\n") + "\n"
        let result = LayoutFixtures.layout(text)
        #expect(result.text.contains("selon des différents objectifs"))
        // A bar or a degree sign is read from a speck there too, spaced from the hyphen or not.
        #expect(result.text.contains("celui d’un menaces et"))
        // Halves that make no word keep their hyphen and speck.
        #expect(result.text.contains("des pré-. et post-conditions"))
        #expect(result.log.revert(result.text) == text)
    }

    @Test("a word cut by a page break or prefixed with a speck is joined; a compound keeps its hyphen",
          .enabled(if: LayoutFixtures.french != nil))
    func hyphenationAcrossBreaks() {
        let text = ["Lors de la résolution des dépendances entre les objets partagés, l’éditeur de liens",
                    "inspecte la chaîne de dépendance, puis les bibliothèques du système, l’éditeur dy-", "",
                    ", namiques inspecte d’abord chaque chaîne de dépendance à la recherche d’une barre",
                    "oblique, ce qui peut arriver si un chemin contenant des barres obliques a été indi-",
                    "‘qué au moment de la liaison, ou si les options ont été modifiées par le module",
                    "de configuration qui accompagne le programme au moment de son installa-", "",
                    "tion sur la machine, quand les paquets sont téléchargés par l’utilisateur lui-", "",
                    "même, qui les a choisis dans la liste des paquets proposés par le programme."].joined(separator: "\n") + "\n"
        let result = LayoutFixtures.layout(text)
        #expect(result.text.contains("l’éditeur dynamiques inspecte"))
        #expect(result.text.contains("a été indiqué au moment"))
        #expect(result.text.contains("de son installation sur la machine"))
        #expect(result.text.contains("l’utilisateur lui-même, qui"))
        #expect(result.log.revert(result.text) == text)
    }

    @Test("all-caps title lines are one paragraph; a short heading line stays apart")
    func titles() {
        let text = [" DECISION No 991", "CONFERENCE DE L’OSCE SUR UNE APPROCHE GLOBALE DE LA",
                    "CYBERSECURITE : EXPLORATION DU ROLE FUTUR DE L’OSCE", "",
                    "Rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre",
                    "l’utilisation d’Internet à des fins terroristes, dans laquelle les États",
                    "participants sont invités à échanger des informations sur l’utilisation",
                    "d’Internet à des fins terroristes et à identifier des stratégies",
                    "possibles de lutte contre cette menace,"].joined(separator: "\n") + "\n"
        let result = LayoutFixtures.layout(text)
        let paragraphs = result.text.split(separator: "\n").map(String.init)
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first == "DECISION No 991")
        #expect(paragraphs.dropFirst().first == "CONFERENCE DE L’OSCE SUR UNE APPROCHE GLOBALE DE LA CYBERSECURITE : EXPLORATION DU ROLE FUTUR DE L’OSCE")
    }

    @Test("a word of a title in capitals cut at a line end is joined when the halves make a word; a compound keeps its hyphen",
          .enabled(if: LayoutFixtures.french != nil))
    func hyphenatedCapitals() {
        let repairer = LayoutRepairer(lexicon: LayoutFixtures.french)
        let plain = LayoutRepairer.Gap(blankLines: false, pageStart: false, short: false)
        #expect(repairer.decide(LineShape("SUR UNE APPROCHE GLOBALE DE LA CYBERSÉCU-"), LineShape("RITÉ : EXPLORATION DU RÔLE"), plain)
            == .dehyphenate(confidence: 0.85))
        #expect(repairer.decide(LineShape("LA COOPÉRATION POLITICO-"), LineShape("MILITAIRE DANS LA RÉGION"), plain)
            == .keepHyphen(confidence: 0.8))
        // Read without its accents, the whole is a word once they are back — asked of the confusion search.
        let unaccented = (LineShape("SUR UNE APPROCHE GLOBALE DE LA CYBERSECU-"), LineShape("RITE : EXPLORATION DU ROLE"))
        let searching = LayoutRepairer(lexicon: LayoutFixtures.french,
                                       generator: CandidateGenerator(model: OCRConfusionModel(language: .french)))
        #expect(searching.decide(unaccented.0, unaccented.1, plain) == .dehyphenate(confidence: 0.8))
        #expect(repairer.decide(unaccented.0, unaccented.1, plain) == .keepHyphen(confidence: 0.8))
        // Fragments that no accents make a word keep their hyphen.
        #expect(searching.decide(LineShape("LE PROGRAMME XQZT-"), LineShape("WVRK DU CONSEIL"), plain) == .keepHyphen(confidence: 0.8))
    }

    @Test("a title in capitals cut by a blank line after a preposition or a determiner is one title",
          .enabled(if: LayoutFixtures.french != nil))
    func titleCutByBlankLine() {
        let repairer = LayoutRepairer(lexicon: LayoutFixtures.french)
        let blank = LayoutRepairer.Gap(blankLines: true, pageStart: false, short: true)
        let title = LineShape("ORDRE DU JOUR ET MODALITÉS D’ORGANISATION DE LA CONFÉRENCE DE")
        #expect(repairer.decide(title, LineShape("LOSCE SUR LA PROTECTION DES INFRASTRUCTURES"), blank)
            == .space(rule: "join-title", confidence: 0.8))
        // In running text, after a preposition, an elided l’ read as a capital goes on the sentence.
        #expect(repairer.decide(LineShape("de la cybersécurité dans la région de"), LineShape("I’OSCE."), blank)
            == .space(rule: "join-across-blank", confidence: 0.7))
        // A short line that ended its sentence, then the pronoun Il misread in small letters, opens a paragraph.
        let short = LayoutRepairer.Gap(blankLines: false, pageStart: false, short: true)
        #expect(repairer.decide(LineShape("I’OSCE."), LineShape("tl se-tiendra aux fins suivantes :"), short)
            == .paragraph(rule: "short-line", confidence: 0.85))
        #expect(repairer.decide(LineShape("cliquez sur Gérer, ou"), LineShape("Cliquez sur l’icône."), blank)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
        // Does not harm: a title that ends on a noun, then another line in capitals, stays two.
        #expect(repairer.decide(LineShape("DÉCISION No 1187"), LineShape("ORDRE DU JOUR ET MODALITÉS"), blank)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
        #expect(repairer.decide(LineShape("ORDRE DU JOUR ET MODALITÉS D’ORGANISATION"), LineShape("LOSCE SUR LA PROTECTION"), blank)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
    }

    @Test("a blank line before a lower-case word is a scan artefact, unless an enumeration or a finished short line precedes",
          .enabled(if: LayoutFixtures.french != nil))
    func blankLineBeforeLowercase() {
        let repairer = LayoutRepairer(lexicon: LayoutFixtures.french)
        let blankAfterFullLine = LayoutRepairer.Gap(blankLines: true, pageStart: false, short: false)
        #expect(repairer.decide(LineShape("puis d’ajouter au-dessus l’opacité ou le mode voulus."),
                                LineShape("un « calque de modification » possédant la forme,"), blankAfterFullLine)
            == .space(rule: "join-across-blank", confidence: 0.6))
        // Does not harm: lower-case items after `:` or `;`, and a short line that ended a sentence.
        #expect(repairer.decide(LineShape("Décide :"), LineShape("de prier le Secrétariat de diffuser"), blankAfterFullLine)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
        let blankAfterShortLine = LayoutRepairer.Gap(blankLines: true, pageStart: false, short: true)
        #expect(repairer.decide(LineShape("amples renseignements."), LineShape("depuis la fenêtre d’options de l’outil"), blankAfterShortLine)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
        // An elided word counts by the word after its head, inside a running sentence only:
        // after a sentence's end, `l’outil` is a paragraph whose capital the scan misread.
        #expect(repairer.decide(LineShape("aucun caractère (même pas"), LineShape("l’astérisque) n’est montré."), blankAfterShortLine)
            == .space(rule: "join-across-blank", confidence: 0.6))
        #expect(repairer.decide(LineShape("il ne pourra pas être remonté jusqu’à ce que vous lui ajoutiez un canal Alpha."),
                                LineShape("l’outil Niveaux fournit des fonctions similaires à celles"), blankAfterFullLine)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
        // So is a noun that needs its article after a finished sentence: the scan lost its thin `L’`.
        #expect(repairer.decide(LineShape("déjà des bogues déposés sur le sujet, cela rend la chose encore plus aisée."),
                                LineShape("utilisation d’un PPA a un certain nombre d’avantages. C’est assez simple,"), blankAfterFullLine)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
        #expect(repairer.decide(LineShape("déjà des bogues déposés sur le sujet, cela rend la chose encore plus aisée"),
                                LineShape("utilisation d’un PPA a un certain nombre d’avantages. C’est assez simple,"), blankAfterFullLine)
            == .space(rule: "join-across-blank", confidence: 0.7))
    }

    @Test("a blank line inside a running sentence before a capitalised menu item is a scan artefact; a verb opening a clause is not",
          .enabled(if: LayoutFixtures.french != nil))
    func blankLineBeforeMenuItem() {
        let repairer = LayoutRepairer(lexicon: LayoutFixtures.french)
        let blankAfterFullLine = LayoutRepairer.Gap(blankLines: true, pageStart: false, short: false)
        let running = LineShape("sont résolus, vous pouvez fermer le panneau de sortie par l’option de menu")
        // `Fenêtre` is also a form of `fenêtrer`, but a dash after it makes it a menu item.
        #expect(repairer.decide(running, LineShape("Fenêtre - Masquer la console de sortie."), blankAfterFullLine)
            == .space(rule: "join-across-blank", confidence: 0.6))
        // Does not harm: an operative clause opening with its verb stays a paragraph.
        #expect(repairer.decide(running, LineShape("Charge le Secrétaire général de diffuser la décision."), blankAfterFullLine)
            == .paragraph(rule: "paragraph-break", confidence: 0.95))
    }

    @Test("an opening mark standing alone travels with the next word when judging whether a line ended early")
    func openingWidth() {
        #expect(LineShape("« masques de canaux », affichés").openingWidth == 9)
        #expect(LineShape("— voir plus bas").openingWidth == 6)
        // Does not harm: a plain word or a marker glued to its number counts alone.
        #expect(LineShape("Rappelant la Décision").openingWidth == 9)
        #expect(LineShape("1. Ouverture").openingWidth == 2)
    }

    @Test("hard wrapping is detected from line lengths, not from the file")
    func wrapProfile() {
        let wrapped = WrapProfile(DocumentLines(LayoutFixtures.scanned(LayoutFixtures.paragraphs)))
        #expect(wrapped.isHardWrapped)
        #expect((60...72).contains(wrapped.width))
        let perLine = WrapProfile(DocumentLines(LayoutFixtures.paragraphs.joined(separator: "\n")))
        #expect(!perLine.isHardWrapped)
    }

    @Test("a running header misread on a later page, glued to a scrap of page number, goes; the header's own symbol stays",
          .enabled(if: LayoutFixtures.french != nil))
    func damagedRunningHeader() {
        let body = LayoutFixtures.paragraphs.flatMap { LayoutFixtures.wrap($0, width: 72) }
        var lines = ["PC.DEC/1187", "9 mars 2011", "", "Original : ANGLAIS", ""]
        lines += body.prefix(9)
        lines += ["aie", "PC:DEC/1187", ""]    // page 2: the number read as `aie`, the symbol's dot as a colon
        lines += body.dropFirst(9)
        let output = LayoutFixtures.layout(lines.joined(separator: "\n") + "\n").text
        #expect(output.hasPrefix("PC.DEC/1187\n"), "the header keeps its symbol")
        #expect(!output.contains("PC:DEC/1187") && !output.contains("\naie") && !output.contains(" aie "))
        // A symbol cited in a sentence is content.
        let cited = ["Vu le document", "PC.DEC/1187", "et le rapport."].joined(separator: " ")
        #expect(LayoutFixtures.layout(cited + "\n").text.contains("PC.DEC/1187"))
    }

    @Test("a paragraph a text repeats, each time at the top of a page, is text, not a running header")
    func repeatedParagraphIsNotFurniture() {
        // Pages set wider than the repeated paragraph (as in a bundle of scans), so that its
        // lines are short by the document's measure: only their prose tells them from furniture.
        let paragraph = LayoutFixtures.wrap(LayoutFixtures.paragraphs[0], width: 72)
        var lines: [String] = []
        for page in 1...4 {
            lines.append("\u{0C}" + paragraph[0])
            lines += paragraph.dropFirst()
            for other in LayoutFixtures.paragraphs.dropFirst() {
                lines += [""] + LayoutFixtures.wrap(other, width: 150)
            }
            lines += ["", "- \(page) -", ""]
        }
        let (output, log) = LayoutFixtures.layout(lines.joined(separator: "\n") + "\n")
        let removed = log.stages[0].edits.map(\.before).joined()
        #expect(!removed.contains(paragraph[0]), "the paragraph's first line was taken for a running header")
        #expect(output.components(separatedBy: LayoutFixtures.paragraphs[0]).count - 1 == 4)
    }

    @Test("page numbers are recognised in their usual forms")
    func pageNumbers() {
        for line in ["- 2 -", "– 12 –", "Page 2 of 5", "Page 3 sur 7", "-4-"] {
            #expect(PageFurnitureRemover.isExplicitPageNumber(line), "\(line)")
        }
        for line in ["2. De prier", "- Appeler l’attention", "Page blanche", "10/08/2009"] {
            #expect(!PageFurnitureRemover.isExplicitPageNumber(line), "\(line)")
        }
    }
}
