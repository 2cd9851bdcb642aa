import AlineaStructure
import Foundation

/// Shared segmenters (loading a Hunspell dictionary takes a few tenths of a
/// second) and paths to the corpus files the tests read.
enum Fixtures {
    static let french: DocumentSegmenter = try! DocumentSegmenter(language: "fr")
    static let english: DocumentSegmenter = try! DocumentSegmenter(language: "en")
    static let frenchSubclauses: DocumentSegmenter = try! DocumentSegmenter(language: "fr", subclauses: true)

    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The OSCE seed corpus.
    static let osce = repository.appendingPathComponent("Corpora/osce")
    /// The shared UDHR pair (read-only, outside the repository; may be absent).
    static let udhr = repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/udhr")

    /// The text of a file, or nil when it is absent.
    static func text(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The blocks of `type`, in order.
    static func blocks(_ document: StructuredDocument, _ type: BlockType) -> [Block] {
        document.blocks.filter { $0.type == type }
    }

    /// A complete French decision exercising every block type, with clause
    /// verbs that do not occur in the seed corpus (Saluant, Encourage, Prie…).
    static let frenchDecision = """
        **Organisation pour la sécurité et la coopération en Europe
        Conseil permanent**

        PC.DEC/1234
        12 mars 2015

        FRANÇAIS
        Original : ANGLAIS

        1050ème séance plénière du Conseil
        PC Journal No 1050, point 2 de l’ordre du jour

        DÉCISION No 1234
        ATELIER SUR LA SÉCURITÉ
        DES RÉSEAUX

        Le Conseil permanent,

        Saluant les initiatives prises par les États participants,

        Profondément préoccupé par la multiplication des attaques,

        Soucieux d’éviter les doubles emplois,

        Se félicitant de la coopération avec l’Organisation des Nations Unies¹,

        Décide :

        1. D’organiser un atelier à Vienne ;
        2. De prier le Secrétariat d’en assurer l’organisation ;

        Encourage les États participants à y contribuer.

        ATELIER SUR LA SÉCURITÉ DES RÉSEAUX

        Vienne, 9 et 10 mai 2015

        L’atelier portera sur les questions suivantes :

        - la protection des infrastructures ;
        a) les pratiques nationales ;
        (b) les normes de comportement.

        ¹ Rapport du Groupe d’experts gouvernementaux (A/65/201).
        """

    /// The English counterpart.
    static let englishDecision = """
        **Organization for Security and Co-operation in Europe
        Permanent Council**

        PC.DEC/1234
        12 March 2015

        Original: ENGLISH

        1050th Plenary Meeting
        PC Journal No. 1050, Agenda item 2

        DECISION No. 1234
        WORKSHOP ON THE SECURITY
        OF NETWORKS

        The Permanent Council,

        Welcoming the initiatives taken by the participating States,

        Deeply concerned by the growing number of attacks,

        Mindful of the need to avoid duplication,

        Bearing in mind the co-operation with the United Nations¹,

        Decides:

        1. To organize a workshop in Vienna;
        2. To request the Secretariat to organize it;

        Encourages the participating States to contribute.

        WORKSHOP ON THE SECURITY OF NETWORKS

        Vienna, 9 and 10 May 2015

        The workshop will address the following issues:

        - the protection of infrastructures;
        a) national practices;
        (b) norms of behaviour.

        ¹ Report of the Group of Governmental Experts (A/65/201).
        """
}
