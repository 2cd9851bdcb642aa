import Testing
@testable import AlineaClean
import AlineaLexicon

@Suite("Circumflex frequencies: the prior between two valid words a lost circumflex makes one")
struct CircumflexFrequenciesTests {
    @Test("a circumflexed form is preferred only when prose writes it far more often than the plain one")
    func preference() {
        let counts = CircumflexFrequencies(table: "tâche 19\ncôte 31\ncote 38\nsûr 10\nsur 6464\nrôle 4\n")
        #expect(counts.preferredCircumflexed("tache") == "tâche")      // never seen plain
        #expect(counts.preferredCircumflexed("cote") == nil)           // both common
        #expect(counts.preferredCircumflexed("sur") == nil)            // the plain form dominates
        #expect(counts.preferredCircumflexed("role") == nil)           // too rare to say
        #expect(counts.preferredCircumflexed("maison") == nil)
    }

    @Test("the shipped table was counted in real prose and knows the common pairs")
    func shippedTable() {
        let shared = CircumflexFrequencies.shared
        #expect(CircumflexFrequencies.corpusWords > 100_000)
        #expect(shared.preferredCircumflexed("tache") == "tâche")
        #expect(shared.preferredCircumflexed("du") == nil)
        #expect(shared.preferredCircumflexed("sur") == nil)
        #expect(CircumflexFrequencies.removingCircumflexes("fenêtre rôle") == "fenetre role")
    }

    @Test("in a document whose scan drops circumflexes a valid word prose writes with one is restored; elsewhere not",
          .enabled(if: frenchLexicon != nil, "hunspell-fr is not installed"))
    func restoresInDocumentsThatLoseThem() {
        let repairer = WordRepairer(language: .french, lexicon: frenchLexicon!)
        func repaired(_ input: String) -> String { repairer.repair(input).stage.apply(to: input) }
        // controle and fenetre show the loss; tache is a word, but the prior says tâche.
        let lossy = "Le controle de la fenetre. Certaines taches sont faites par le programme sur le disque."
        #expect(repaired(lossy) == "Le contrôle de la fenêtre. Certaines tâches sont faites par le programme sur le disque.")
        // The same word in a text that keeps its circumflexes, or shows one lost word only, stays.
        for kept in ["Le contrôle de la fenêtre. Une tache d'encre sur la page.",
                     "Le controle de la page. Une tache d'encre sur la page."] {
            #expect(repaired(kept).contains("tache"), "\(kept)")
        }
    }
}
