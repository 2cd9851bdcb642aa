import Testing
import AlineaClean

@Suite("OCR confusion model and candidate search")
struct OCRConfusionModelTests {
    let generator = CandidateGenerator(model: OCRConfusionModel(language: .french))

    @Test("the search reaches words through chains of substitutions, cheapest first")
    func search() {
        let lexicon: Set<String> = ["rôle", "cœur", "déployées", "matière", "matières", "contrôle", "où", "au", "nœuds", "journaux", "dynamiques", "vous", "prévu", "racine"]
        let found = { (word: String) in generator.candidates(for: word, allowed: { _ in true }) { lexicon.contains($0) }.map(\.word) }
        #expect(found("r6le") == ["rôle"])
        #expect(found("contrdéle") == ["contrôle"])   // the bowl read as d, the circumflex as an accent
        #expect(found("oti") == ["où"])               // a u broken into t and i, its grave read as the dot
        #expect(found("ol") == ["où"] && found("oll") == ["où"])   // the u and its grave run into one stroke
        // The grave read as a t's crossbar, a d's or b's ascender, or the u as a zero: ot, ott, od, ob, o0.
        for reading in ["ot", "ott", "od", "ob", "o0"] { #expect(found(reading) == ["où"], "\(reading)") }
        #expect(found("ati") == ["au"])
        #expect(found("neuds") == ["nœuds"])          // the o of the ligature lost
        #expect(found("joyrnaux") == ["journaux"])
        #expect(found("yous") == ["vous"])
        #expect(found("previ") == ["prévu"])           // a u whose right stem faded to a dot
        #expect(found("cacine") == ["racine"])
        #expect(found("dyhamiques") == ["dynamiques"])
        #expect(found("cceur") == ["cœur"])
        #expect(generator.candidates(for: "âtre", allowed: { _ in true }) { $0 == "être" }.map(\.word) == ["être"])   // the circumflex right, the letter misread
        #expect(found("déployeés") == ["déployées"])
        #expect(found("matiere") == ["matière"])
        #expect(found("xyz").isEmpty)
    }

    @Test("a byte test that turns guesses away before they are built changes no answer, and stops what it turns away")
    func bytePrescreen() {
        let lexicon: Set<String> = ["rôle", "cœur", "matière", "matières", "contrôle", "où", "vous", "prévu", "racine", "dynamiques"]
        // A necessary condition of the lexicon: no word of it has a `z`, and every one is shorter than 11 bytes.
        let mayAccept = { (bytes: UnsafeBufferPointer<UInt8>) in !bytes.contains(UInt8(ascii: "z")) && bytes.count < 11 }
        var asked: [String] = []
        for word in ["r6le", "cceur", "matiere", "matieres", "contrdéle", "oti", "yous", "previ", "cacine", "dyhamiques", "xyz"] {
            let plain = generator.candidates(for: word, allowed: { _ in true }) { lexicon.contains($0) }
            let screened = generator.candidates(for: word, allowed: { _ in true }, mayAccept: mayAccept) { candidate in
                asked.append(candidate)
                return lexicon.contains(candidate)
            }
            #expect(screened == plain, "\(word)")
        }
        #expect(!asked.isEmpty && asked.allSatisfy { !$0.contains("z") && $0.utf8.count < 11 })
        // A test that turns everything away leaves nothing to accept.
        #expect(generator.candidates(for: "r6le", allowed: { _ in true }, mayAccept: { _ in false }) { _ in true }.isEmpty)
    }

    @Test("a broken letter that lost its accent too is one substitution, priced as both")
    func shapeWithAccentLost() {
        let model = OCRConfusionModel(language: .french)
        let composed = model.substitutions.filter { String(String.UnicodeScalarView($0.observed)) == "c" && $0.intended == ["é"] }
        #expect(composed.count == 1 && composed.first?.kind == .shape)
        #expect(abs((composed.first?.cost ?? 0) - 1.0) < 1e-9)   // c for e (0.70), e for é (0.30)
        let lexicon: Set<String> = ["distribuées", "compilées"]
        let found = { (word: String) in generator.candidates(for: word, allowed: { _ in true }) { lexicon.contains($0) }.map(\.word) }
        #expect(found("distribuces") == ["distribuées"])
        #expect(found("compilces") == ["compilées"])
        // English has no accents to lose: nothing is composed.
        #expect(!OCRConfusionModel(language: .english).substitutions.contains { $0.intended == ["é"] })
    }

    @Test("an accented letter read twice, with and without its accent, is one letter")
    func doubledAccent() {
        let lexicon: Set<String> = ["compressées", "représentation", "défaut", "empêcher", "modèle", "paramètre"]
        let found = { (word: String) in generator.candidates(for: word, allowed: { $0.isAccentOnly }) { lexicon.contains($0) }.map(\.word) }
        for (scan, word) in [("compresseées", "compressées"), ("repréesentation", "représentation"), ("deéfaut", "défaut"), ("empeécher", "empêcher"),
                             ("modeéle", "modèle"), ("paraméetre", "paramètre")] {
            #expect(found(scan) == [word], "\(scan)")
        }
    }

    @Test("degraded strokes: one letter for a neighbour of its height, dearer than the classic pairs")
    func degradedStrokes() {
        let lexicon: Set<String> = ["différence", "plus", "toujours", "scripts", "gauche", "système", "certaines", "temporaire",
                                    "combinera", "corriger", "centre", "tons", "nous", "et", "or", "courriels", "rechercher",
                                    "sombres", "gamme", "forme", "utilisez", "souris", "commande"]
        let found = { (word: String) in generator.candidates(for: word, allowed: { _ in true }) { lexicon.contains($0) }.map(\.word) }
        for (scan, word) in [("ditférence", "différence"), ("ptus", "plus"), ("taujours", "toujours"), ("seripts", "scripts"),
                             ("qauche", "gauche"), ("svstème", "système"), ("cerlaines", "certaines"), ("remporaire", "temporaire"),
                             ("combimera", "combinera"), ("cerriger", "corriger"), ("cenire", "centre"), ("totis", "tons"), ("tious", "nous"),
                             ("courtiels", "courriels"), ("recherchet", "rechercher"), ("sonibres", "sombres"), ("gamnie", "gamme"),
                             ("conimande", "commande"), ("fortne", "forme"), ("utihisez", "utilisez"), ("soufis", "souris")] {
            #expect(found(scan) == [word], "\(scan)")
        }
        // The grave of où read as the dot of an i.
        #expect(generator.candidates(for: "oi", allowed: { $0.isAccentOnly }) { $0 == "où" }.map(\.word) == ["où"])
        // An e opening a word is left to the classic pairs: er is et (r for t), never or.
        #expect(found("er") == ["et"])
        // A vowel read for another only in long words (nano is no nono), unless the caller lifts
        // the limit: then the candidate says so, for the caller to keep only frequent words.
        let short: Set<String> = ["nono", "vous"]
        #expect(generator.candidates(for: "nano", allowed: { _ in true }) { short.contains($0) }.isEmpty)
        let lifted = generator.candidates(for: "vaus", allowed: { _ in true }, lengthLimits: false) { short.contains($0) }
        #expect(lifted.map(\.word) == ["vous"] && lifted.allSatisfy(\.belowLengthLimit))
        #expect(generator.candidates(for: "taujours", allowed: { _ in true }) { lexicon.contains($0) }.allSatisfy { !$0.belowLengthLimit })
        let model = OCRConfusionModel(language: .french)
        let cost = { (observed: String, intended: String) in
            model.substitutions.first { $0.observed == Array(observed.unicodeScalars) && $0.intended == Array(intended.unicodeScalars) }?.cost ?? 0 }
        #expect(cost("t", "f") > cost("rn", "m"), "a broken crossbar is rarer than rn for m")
    }

    @Test("allowed kinds restrict the search (capitalised words get accents only)")
    func kinds() {
        let lexicon: Set<String> = ["rôle", "états"]
        let accentsOnly = generator.candidates(for: "r6le", allowed: { $0.isAccentOnly }) { lexicon.contains($0) }
        #expect(accentsOnly.isEmpty)
        let etats = generator.candidates(for: "etats", allowed: { $0.isAccentOnly }) { lexicon.contains($0) }
        #expect(etats.map(\.word) == ["états"])
        #expect(etats.first?.kinds == [.accentLoss])
    }

    @Test("English drops the accent-adding substitutions")
    func english() {
        let model = OCRConfusionModel(language: .english)
        #expect(!model.substitutions.contains { $0.kind == .accentLoss })
        #expect(model.substitutions.contains { $0.kind == .inventedAccent })
    }

    @Test("confidence falls with cost, and a rival almost as cheap lowers it further")
    func confidence() {
        let generator = CandidateGenerator(model: OCRConfusionModel(language: .french))
        let alone = generator.candidates(for: "matiere", allowed: { _ in true }) { $0 == "matière" }
        // matiére (é, 0.30) and matière (è, 0.35): two readings almost as cheap.
        let rivals = generator.candidates(for: "matiere", allowed: { _ in true }) { $0 == "matière" || $0 == "matiére" }
        let one = try! #require(CandidateGenerator.confidence(of: alone))
        #expect(one == alone[0].confidence && one > 0.8)
        let two = try! #require(CandidateGenerator.confidence(of: rivals))
        #expect(rivals.count == 2 && two < rivals[0].confidence && two < one)
        #expect(CandidateGenerator.confidence(of: []) == nil)
    }
}
