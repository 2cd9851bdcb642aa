@testable import AlineaAlign
import AlineaStructure
import Testing

@Suite("DocumentAligner")
struct DocumentAlignerTests {
    static let french = [
        "Le Conseil permanent,",
        "Rappelant la Décision No 991 du 9 et 10 mai 2011 sur la sécurité,",
        "Décide d’organiser une réunion spéciale sur la cybersécurité à Vienne ;",
        "Charge le Secrétariat de préparer un rapport pour l’Organisation.",
        "Le présent document sera distribué aux États participants.",
    ]
    static let english = [
        "The Permanent Council,",
        "Recalling Decision No. 991 of 9 and 10 May 2011 on security,",
        "Decides to organize a special meeting on cyber security in Vienna;",
        "Tasks the Secretariat with preparing a report for the Organization.",
        "This document will be distributed to the participating States.",
    ]

    static func document(_ texts: [String], language: String, types: [BlockType]) -> StructuredDocument {
        var offset = 0
        let blocks = zip(texts, types).map { text, type -> Block in
            defer { offset += text.count + 2 }
            return Block(type: type, text: text, start: offset, end: offset + text.count,
                         sentences: [Sentence(text: text, start: offset, end: offset + text.count)])
        }
        return StructuredDocument(language: language, blocks: blocks)
    }

    static func pairs(_ a: Alignment) -> [String] {
        a.beads.map { $0.french.map(String.init).joined(separator: ",") + "-" + $0.english.map(String.init).joined(separator: ",") }
    }

    @Test("parallel documents align one block to one block, at both levels")
    func parallelDocuments() {
        let types: [BlockType] = [.enacting, .preamble, .operative, .operative, .paragraph]
        let fr = Self.document(Self.french, language: "fr", types: types)
        let en = Self.document(Self.english, language: "en", types: types)
        let aligner = DocumentAligner()
        for level in AlignmentLevel.allCases {
            let alignment = aligner.align(french: fr, english: en, level: level)
            #expect(Self.pairs(alignment) == ["0-0", "1-1", "2-2", "3-3", "4-4"])
            #expect(alignment.level == level)
            #expect(alignment.french.count == 5 && alignment.english.count == 5)
        }
    }

    @Test("inside a block, two sentences split at different points form one 2-2 sentence bead")
    func crossingSentences() throws {
        let frText = "La Conférence s’ouvrira le 16 juin 2025 à 10 heures et se terminera le 17 juin 2025 à 13 heures. Elle se tiendra à la Hofburg, à Vienne."
        let enText = "The Conference will open at 10 a.m. on 16 June 2025. It will close at 1 p.m. on 17 June 2025 and will take place at the Hofburg in Vienna."
        func block(_ text: String, cut: String) -> Block {
            let first = String(text[..<text.range(of: cut)!.upperBound]), second = String(text[text.range(of: cut)!.upperBound...].dropFirst())
            let a = first.count
            return Block(type: .annex, text: text, start: 0, end: text.count,
                         sentences: [Sentence(text: first, start: 0, end: a), Sentence(text: second, start: a + 1, end: text.count)])
        }
        let fr = StructuredDocument(language: "fr", blocks: [block(frText, cut: "13 heures.")])
        let en = StructuredDocument(language: "en", blocks: [block(enText, cut: "16 June 2025.")])
        let alignment = DocumentAligner().align(french: fr, english: en, level: .sentence)
        #expect(alignment.beads.map { "\($0.french)-\($0.english)" } == ["[0, 1]-[0, 1]"])
        #expect(AlignWeights.fitted.sentenceLevel.twoToTwo < AlignWeights.fitted.twoToTwo)
    }

    @Test("a footnote body left mid-document by a scan still pairs with the English footnote at the end")
    func floatingFootnote() {
        var frTexts = Self.french, frTypes: [BlockType] = [.enacting, .preamble, .operative, .operative, .paragraph]
        frTexts.insert("Rapport du Groupe d’experts gouvernementaux (A/65/201).", at: 2)
        frTypes.insert(.footnote, at: 2)
        let enTexts = Self.english + ["Report of the Group of Governmental Experts (A/65/201)."]
        let enTypes: [BlockType] = [.enacting, .preamble, .operative, .operative, .paragraph, .footnote]
        let a = DocumentAligner().align(french: Self.document(frTexts, language: "fr", types: frTypes),
                                        english: Self.document(enTexts, language: "en", types: enTypes), level: .paragraph)
        #expect(Set(Self.pairs(a)) == ["0-0", "1-1", "3-2", "4-3", "5-4", "2-5"])
        #expect(a.beads.count == 6)
    }

    @Test("a footnote whose mark the scan lost (typed as a plain paragraph) still pairs with the English footnote")
    func unmarkedFootnote() {
        let frTexts = Self.french + ["? Rapport du Groupe d’experts gouvernementaux sur la sécurité internationale (A/65/201)."]
        let frTypes: [BlockType] = [.enacting, .preamble, .operative, .operative, .paragraph, .annex]
        let enTexts = Self.english + ["Report of the Group of Governmental Experts on International Security (A/65/201)."]
        let enTypes: [BlockType] = [.enacting, .preamble, .operative, .operative, .paragraph, .footnote]
        let a = DocumentAligner().align(french: Self.document(frTexts, language: "fr", types: frTypes),
                                        english: Self.document(enTexts, language: "en", types: enTypes), level: .paragraph)
        #expect(Set(Self.pairs(a)) == ["0-0", "1-1", "2-2", "3-3", "4-4", "5-5"])
        #expect(a.beads.allSatisfy { !$0.french.isEmpty && !$0.english.isEmpty })
    }

    @Test("a paragraph missing on one side becomes a 1-0 bead")
    func deletionRecovered() {
        var french = Self.french
        french.insert("Se félicite des travaux du Groupe informel des Amis de la présidence sur les mesures de confiance, tenus à Genève en 2012.", at: 3)
        let a = DocumentAligner().align(frenchUnits: french, englishUnits: Self.english)
        #expect(Self.pairs(a) == ["0-0", "1-1", "2-2", "3-", "4-3", "5-4"])
    }

    @Test("two French paragraphs translated as one English paragraph become a 2-1 bead")
    func mergeRecovered() {
        var english = Self.english
        english[2] = english[2] + " " + english[3]
        english.remove(at: 3)
        let a = DocumentAligner().align(frenchUnits: Self.french, englishUnits: english)
        #expect(Self.pairs(a) == ["0-0", "1-1", "2,3-2", "4-3"])
    }

    @Test("a shared number alone does not pull a heading onto the wrong paragraph")
    func numberDoesNotHijack() {
        let french = [
            "Chapitre 1",
            "Les responsables doivent vérifier les dépendances avant chaque envoi.",
            "Il existe 1 exception documentée pour les paquets de transition.",
        ]
        let english = [
            "Chapter 1",
            "Maintainers must check dependencies before every upload.",
            "There is 1 documented exception for transitional packages.",
        ]
        let a = DocumentAligner().align(frenchUnits: french, englishUnits: Array(english.dropFirst()))
        // The heading has no English counterpart: it must stay alone, not absorb a numbered sentence.
        #expect(Self.pairs(a) == ["0-", "1-0", "2-1"])
    }

    @Test("a numbered heading missing on one side stays alone; one cut from its title rejoins it",
          arguments: [0.0, AlignWeights.fitted.anchorMismatch])
    func headingAnchors(anchorMismatch: Double) {
        var weights = AlignWeights.fitted
        weights.anchorMismatch = anchorMismatch
        let aligner = DocumentAligner(options: AlignOptions(weights: weights))
        let french = [
            "Même si les modifications dans stable sont déconseillées, elles sont possibles lorsque un problème est signalé.",
            "Vous devez suivre les rapports de bogues de vos paquets.",
        ]
        let english = [
            "While changes in stable are discouraged, they are possible when a problem is reported.",
            "3.1.3. Manage release-critical bugs",
            "You should follow the bug reports of your packages.",
        ]
        let dropped = aligner.align(frenchUnits: french, englishUnits: english)
        let split = aligner.align(frenchUnits: ["7.5.1. Parrainage de paquets", "Le parrainage permet à un nouveau contributeur d'envoyer ses paquets."],
                                  englishUnits: ["7.5.1.", "Sponsoring packages", "Sponsoring lets a new contributor upload packages."])
        if anchorMismatch > 0 {
            // The English heading's number is nowhere in French: not merged into the paragraph before it.
            #expect(Self.pairs(dropped) == ["0-0", "-1", "1-2"])
            // A bare `7.5.1.` is no unit of its own: its title goes with it.
            #expect(Self.pairs(split) == ["0-0,1", "1-2"])
        } else {
            #expect(Self.pairs(dropped) != ["0-0", "-1", "1-2"] || Self.pairs(split) != ["0-0,1", "1-2"],
                    "without the anchor cost one of the two goes wrong (else this test proves nothing)")
        }
    }

    @Test("every bead has a confidence in [0, 1]; a wrong forced pair scores low")
    func confidenceRange() {
        let a = DocumentAligner().align(frenchUnits: Self.french, englishUnits: Self.english)
        for bead in a.beads { #expect((0...1).contains(bead.confidence)) }
        #expect(a.beads.allSatisfy { $0.confidence >= 0.5 })
        let wrong = DocumentAligner().align(frenchUnits: [Self.french[3]], englishUnits: ["Weather forecasts for the Alps were cancelled on Tuesday because of snowfall."])
        for bead in wrong.beads { #expect((0...1).contains(bead.confidence)) }
        let paired = wrong.beads.filter { !$0.french.isEmpty && !$0.english.isEmpty }
        #expect(paired.allSatisfy { $0.confidence < 0.5 })
    }

    @Test("the band keeps the search linear: twice the units, about twice the cells")
    func linearSearch() {
        func cells(_ n: Int) -> Int {
            let fr = (0..<n).map { "Paragraphe \($0) : le Conseil examine le rapport \($0 * 7) sur la sécurité." }
            let en = (0..<n).map { "Paragraph \($0): the Council considers report \($0 * 7) on security." }
            let x = FeatureExtractor(dictionary: nil)
            return BandedAligner(french: x.features(of: fr.map { .init(text: $0) }, french: true),
                                 english: x.features(of: en.map { .init(text: $0) }, french: false),
                                 weights: .fitted, structured: false).alignReportingCells().cells
        }
        let small = cells(1000), large = cells(2000)
        #expect(large < small * 5 / 2)
        #expect(large < 2001 * 200)
    }
}
