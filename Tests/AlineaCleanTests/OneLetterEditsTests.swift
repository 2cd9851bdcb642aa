import Foundation
import Testing
import AlineaClean
import AlineaLexicon
import AlineaText

@Suite("OneLetterEdits")
struct OneLetterEditsTests {
    let edits = OneLetterEdits(letters: Array("esntiarulodcpmévqfgbhàxèjyêzçôîâùûœ".unicodeScalars),
                               model: OCRConfusionModel(language: .french))

    /// The words of `lexicon` one letter from `word`, cheapest first.
    func ranked(_ word: String, in lexicon: Set<String>) -> [OneLetterEdits.Candidate] {
        edits.candidates(for: word) { lexicon.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// The words of `lexicon` one letter from `word`, with their costs.
    func found(_ word: String, in lexicon: Set<String>) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: ranked(word, in: lexicon).map { ($0.word, $0.cost) })
    }

    @Test("a letter lost, added, misread or swapped is found, and nothing two letters away")
    func reach() {
        let lexicon: Set<String> = ["parfois", "toujours", "travaillez", "information", "documents", "toujour"]
        #expect(found("parfos", in: lexicon).keys.sorted() == ["parfois"])
        #expect(found("toujcurs", in: lexicon).keys.sorted() == ["toujours"])
        #expect(found("travatillez", in: lexicon).keys.sorted() == ["travaillez"])
        #expect(found("infromation", in: lexicon).keys.sorted() == ["information"])
        #expect(found("dcouments", in: lexicon).keys.sorted() == ["documents"])
        #expect(found("dacumants", in: lexicon).isEmpty)
    }

    @Test("nothing is dropped or added at a word's ends, but a doubled last letter or a thin one no inflection ends with")
    func ends() {
        // A letter before the word is a lost elision (d’instruments), not a speck.
        #expect(found("dinstruments", in: ["instruments"]).isEmpty)
        #expect(found("nstruments", in: ["instruments"]).isEmpty)
        // A last letter is an inflection the lexicon may lack (misperceptions).
        #expect(found("perceptions", in: ["perception"]).isEmpty)
        #expect(found("permettr", in: ["permettre"]).isEmpty)
        #expect(found("portess", in: ["portes"]).keys.sorted() == ["portes"])
        // A speck's thin letter after the last one: noyaui is noyau.
        #expect(found("noyaui", in: ["noyau"]).keys.sorted() == ["noyau"])
        // But t and r end inflections (finit, finir): fichiert is no fichier plus a speck.
        #expect(found("fichiert", in: ["fichier"]).isEmpty)
        #expect(found("fichierr", in: ["fichier"]).keys.sorted() == ["fichier"])
        // The first and last letters may still be misread.
        #expect(found("trousseaus", in: ["trousseaux"]).keys.sorted() == ["trousseaux"])
        #expect(found("jesquelles", in: ["lesquelles"]).keys.sorted() == ["lesquelles"])
    }

    @Test("a mark or a doubled letter is cheap, a listed confusion costs its price, any other letter most")
    func costs() {
        let lexicon: Set<String> = ["manière", "matière", "diagramme", "pareil", "accidentelles", "hauteurs"]
        let mark = found("mañière", in: lexicon)
        #expect(mark["manière"] == OneLetterEdits.markCost)
        #expect(mark["matière"] == OneLetterEdits.anyLetterCost)
        #expect(found("diagrammme", in: lexicon)["diagramme"] == OneLetterEdits.markCost)
        #expect(found("pareéil", in: lexicon)["pareil"] == OneLetterEdits.markCost)
        // e read for c is one of the confusion model's shapes.
        let shape = found("aceidentelles", in: lexicon)["accidentelles"]
        #expect(shape != nil && shape! < OneLetterEdits.anyLetterCost && shape! > OneLetterEdits.markCost)
        #expect(found("hautedrs", in: lexicon)["hauteurs"] == OneLetterEdits.anyLetterCost)
        // Cheapest first.
        #expect(ranked("mañière", in: lexicon).map(\.word) == ["manière", "matière"])
    }

    @Test("a scan adds only thin letters, marks, doubled letters or a stroke beside an m, n or u")
    func addedLetters() {
        #expect(found("travatillez", in: ["travaillez"]).keys.sorted() == ["travaillez"])
        #expect(found("imnportance", in: ["importance"]).keys.sorted() == ["importance"])
        // Does not harm: a round letter in the middle of a word is the writer's (a word the lexicon lacks).
        #expect(found("pinaillerie", in: ["piaillerie"]).isEmpty)
        #expect(found("scanneurs", in: ["scanners"]).isEmpty)
    }

    @Test("a scan loses any letter but a tall one, unless that one doubles a neighbour")
    func lostLetters() {
        #expect(found("plupat", in: ["plupart"]).keys.sorted() == ["plupart"])
        #expect(found("systme", in: ["système"]).keys.sorted() == ["système"])
        #expect(found("interes", in: ["internes"]).keys.sorted() == ["internes"])
        #expect(found("apeler", in: ["appeler"]).keys.sorted() == ["appeler"])
        // Does not harm: a word the lexicon lacks is no lost ascender or descender away from one it has.
        #expect(found("mensurale", in: ["mensurable"]).isEmpty)
        #expect(found("cingalais", in: ["cinghalais"]).isEmpty)
        #expect(found("cote", in: ["copte"]).isEmpty)
    }
}

@Suite("OneLetterEdits without accents")
struct AccentedOneLetterEditsTests {
    let edits = OneLetterEdits(letters: Array("esntiarulodcpmévqfgbhàxèjyêzçôîâùûœ".unicodeScalars),
                               model: OCRConfusionModel(language: .french))

    /// The words of `lexicon` one letter from `word` accents aside, with their costs.
    func found(_ word: String, in lexicon: [String]) -> [String: Double] {
        var bySkeleton: [String: [String]] = [:]
        for form in lexicon { bySkeleton[AccentSkeleton.of(form), default: []].append(form) }
        let ranked = edits.accentedCandidates(for: word) { bySkeleton[String(decoding: $0, as: UTF8.self)] ?? [] }
        return Dictionary(uniqueKeysWithValues: ranked.map { ($0.word, $0.cost) })
    }

    @Test("a letter misread and accents lost in one word: the edit, each accent at the model's price, and the two failures")
    func reach() throws {
        let model = OCRConfusionModel(language: .french)
        let eForÉ = try #require(model.substitutions.first { $0.observed == ["e"] && $0.intended == ["é"] }).cost
        let cost = try #require(found("préfevable", in: ["préférable", "préfabriqué"])["préférable"])
        #expect(abs(cost - (OneLetterEdits.anyLetterCost + eForÉ + OneLetterEdits.secondFailureCost)) < 1e-9)
        #expect(found("resullat", in: ["résultat"]).keys.sorted() == ["résultat"])
        #expect(found("bibliotheaue", in: ["bibliothèque"]).keys.sorted() == ["bibliothèque"])
        // The edit may give the accented letter itself: `a` read for `è` (a shape the model lists, at its price,
        // below any letter's), `c` for `è`.
        let aForÈ = try #require(model.substitutions.first { $0.observed == ["a"] && $0.intended == ["è"] }).cost
        #expect(found("relave", in: ["relève"])["relève"] == aForÈ)
        #expect(aForÈ < OneLetterEdits.anyLetterCost)
        #expect(found("regulicres", in: ["régulières"]).keys.sorted() == ["régulières"])
        // Nothing two letters away, even accents aside.
        #expect(found("prefavabla", in: ["préférable"]).isEmpty)
    }

    @Test("one failure beats two, a consonant is never read for a marked vowel, and a name stripped of letters is too dear")
    func harmless() {
        // `internes` needs one letter, `infères` a letter and an accent: far enough apart to choose.
        let rivals = found("interes", in: ["internes", "infères"])
        #expect(rivals["internes"] == OneLetterEdits.anyLetterCost)
        #expect(rivals["infères"]! - rivals["internes"]! >= 0.3)
        #expect(found("pstree", in: ["pétrée"]).isEmpty)
        #expect(found("prblmatique", in: ["problématique"]).isEmpty)
        #expect(found("xecuteez", in: ["exécutée"]).isEmpty)
    }
}

@Suite("One-letter repair (French)", .enabled(if: frenchLexicon != nil, "hunspell-fr is not installed"))
struct OneLetterRepairTests {
    let repairer = WordRepairer(language: .french, lexicon: frenchLexicon!)

    func repaired(_ input: String) -> String { repairer.repair(input).stage.apply(to: input) }

    @Test("a long word nothing else repairs, one letter from one word, is repaired")
    func repairs() {
        #expect(repaired("Il est toujcurs possible de le faire.") == "Il est toujours possible de le faire.")
        #expect(repaired("Le diagrammme doit correspondre au temps.") == "Le diagramme doit correspondre au temps.")
        #expect(repaired("Vous travatillez sur une branche.") == "Vous travaillez sur une branche.")
        #expect(repaired("Les hautedrs sont indiquées.") == "Les hauteurs sont indiquées.")
        // After de, the preposition before an infinitive as often as an article before a noun.
        #expect(repaired("La commande est capable de derecter un système.") == "La commande est capable de détecter un système.")
    }

    @Test("after an elision, a word opening with a consonant or a digit lost its first vowel")
    func lostInitialVowel() {
        // `ordre` over the archaic `ardre`: the one prose writes.
        #expect(repaired("Le point 3 de l’rdre du jour. Le point 4 de l’6rdre du jour.")
                == "Le point 3 de l’ordre du jour. Le point 4 de l’ordre du jour.")
        // Does not harm: a program's name no vowel makes a word.
        #expect(repaired("Lancez l’xterm ici.") == "Lancez l’xterm ici.")
    }

    @Test("a reading too doubtful to apply yields to a sure one-letter repair")
    func doubtfulReadingYields() {
        // bientat: the confusion search reaches only doubtful readings; one letter (a for ô) makes bientôt.
        #expect(repaired("Nous publierons bientat la version.") == "Nous publierons bientôt la version.")
    }

    @Test("between words one letter away, the one the document writes elsewhere wins, else the one prose writes far more; a tie is left")
    func documentDecides() {
        #expect(repaired("Parfois les amonts changent parfos leurs numéros.")
                == "Parfois les amonts changent parfois leurs numéros.")
        // parfos: parfois, paros, paréos, parfis — no edit sets one apart, but prose writes parfois
        // far more often than each of the others (ProseFormFrequencies); so impotant is important.
        #expect(repaired("Les amonts changent parfos leurs numéros.") == "Les amonts changent parfois leurs numéros.")
        #expect(repaired("Il est impotant de le voir.") == "Il est important de le voir.")
        // Where the help prose cannot tell (it writes `vraiment` three times, `vidiment` never), French at
        // large can: vraiment is written about 600 times per million words, vidiment never (GeneralFormFrequencies).
        #expect(repaired("Elle n’est pas viaiment correcte.") == "Elle n’est pas vraiment correcte.")
        // Neither the edits nor prose set one of grillas's neighbours apart.
        #expect(repaired("Les amonts changent grillas leurs numéros.") == "Les amonts changent grillas leurs numéros.")
    }

    @Test("a short word inside running French is repaired only to the one very common word among its neighbours")
    func shortWordInProse() {
        #expect(repaired("Les fichiers danis le dossier sont lus.") == "Les fichiers dans le dossier sont lus.")
        #expect(repaired("Les courbes sont cetle fois rouges.") == "Les courbes sont cette fois rouges.")
        // The very common word may be one of running prose, which French at large writes constantly
        // (`aura`, 34 times as often as `jura`) and the help prose seldom.
        #expect(repaired("Le rendu est net et il y wura un test.") == "Le rendu est net et il y aura un test.")
        // `tras`: `très` is written only 13 times as often as `bras`, and the help prose writes `gras` more — but
        // the confusion model reads an `a` for `è` (the grave joined to the bowl), a reading no other word has.
        #expect(repaired("Le rendu est tras net.") == "Le rendu est très net.")
        // Among code, marks or unknown words, or where the document writes the form again, it is left.
        for kept in ["Voir iconv(1) et la suite.", "Il cherche et iconv lit la suite.", "Les options (aps, fixe) sont lues.", "Le mot qut et le mot qut restent.",
                     "Lancez gzip danis ici."] {
            #expect(repaired(kept) == kept, "\(kept)")
        }
    }

    @Test("no repair makes a verb of the first or second person plural that no nous or vous before it in the sentence is the subject of")
    func pluralPersonNeedsItsSubject() {
        let adjective = "La commande affiche la date au format discordien et la quitte."
        #expect(repaired(adjective) == adjective, "discordiez (imperfect, 2nd plural) has no vous")
        #expect(repaired("Il faut que vous distribriez le programme.") == "Il faut que vous distribuiez le programme.")
        #expect(repaired("Il faut que vols distribriez le programme.") == "Il faut que vols distribuiez le programme.",
                "a subject with one inner letter misread is still the subject")
    }

    @Test("a form read the same way three times, no less often than the word it would be is written, is a term the lexicon lacks")
    func repeatedTermStays() {
        let term = "Le système V démarre. Systemd le remplace, et systemd gère les cibles que systemd active."
        #expect(repaired(term) == term)
        // Written whole more often than misread, the word is what the scan damaged.
        #expect(repaired("Le système démarre, le système tourne, le système s’arrête. Le systemd est lent, le systemd aussi.")
                == "Le système démarre, le système tourne, le système s’arrête. Le système est lent, le système aussi.")
    }

    @Test("after a determiner, the noun of its number")
    func determinerNumber() {
        // noyaui: noyau (a speck's i dropped) or noyaux (i read for x); du says which.
        #expect(repaired("Les composants du noyaui gardent les clés.") == "Les composants du noyau gardent les clés.")
        #expect(repaired("Les composants des noyaui gardent les clés.") == "Les composants des noyaux gardent les clés.")
        // Does not harm: the only word one letter away disagrees with le, so the word is left.
        #expect(repaired("Le fichiert est lu.") == "Le fichiert est lu.")
    }

    @Test("names, quotations, word pieces, repeated forms and nouns after a determiner are left")
    func leftAlone() {
        let kept = [
            // Capitalised inside a sentence: a name.
            "Le paquet Toujcurs est installé.",
            // A sentence opening in lower case opens with a name.
            "Voyez les options.\n\nsetterm affiche les couleurs.",
            // A short quotation mentions a term.
            "comme « sempre pp » sous la note",
            // A piece of a word cut at a line's end.
            "un rapport de suivi présentant les sugges-\ntions et recommandations",
            // A form the document repeats is a term the lexicon lacks.
            "Le setterm affiche ceci ; setterm change cela.",
            // After a determiner a verb cannot stand: partitionneur is no partitionner.
            "C’est le partitionneur principal de Debian.",
            // Too short to say: lancet, saisit.
            "Il saisit le texte.",
            // A prefix French adds at will before a vowel: réouvert is no rouvert.
            "Le périphérique est fermé puis réouvert.",
            // A prefix the dictionary lists, glued to a word: multidisques is no multirisques.
            "Quand vous avez défini vos périphériques multidisques, vous pouvez choisir.",
            // An item of a list of terms the lexicon does not know: rslave is no relave.
            "Les options sont unbindable, rprivate, rslave, rshared et runbindable.",
            // …the last one before `et` included: relatime is no relative.
            "Les options noatime, nodiratime, relatime et nosymfollow sont reconnues.",
        ]
        for text in kept { #expect(repaired(text) == text) }
    }
}

@Suite("One-letter repair (English)", .enabled(if: englishLexicon != nil && (try? HunspellDictionary(language: "en_GB")) != nil,
                                              "hunspell-en-us or hunspell-en-gb is not installed"))
struct OneLetterRepairEnglishTests {
    let repairer = WordRepairer(language: .english, lexicon: englishLexicon!)

    func repaired(_ input: String) -> String { repairer.repair(input).stage.apply(to: input) }

    @Test("British spellings are no misreadings of American ones; a damaged word still is")
    func britishSpellings() {
        let british = "Everyone has the right to defence, and the honour and colour of each are respected."
        #expect(repaired(british) == british)
        #expect(repaired("The Council reaffirms its commitment to securjty.") == "The Council reaffirms its commitment to security.")
    }
}
