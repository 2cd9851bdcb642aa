import AlineaText
import ArgumentParser

/// The `alinea` command: a thin shell over the Alinea modules. Every
/// subcommand parses arguments, calls one library entry point, and maps
/// errors to a one-line message and a meaningful exit status.
@main
struct AlineaCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "alinea",
        abstract: "Repair, segment and align French–English official decisions; export TMX.",
        discussion: """
            Alinea turns a scanned French version of a decision and its English
            original into a translation memory. The workflow:

              1. normalize  read any encoding (UTF-8, UTF-16, Windows-1252), write UTF-8
              2. clean      repair OCR artefacts (I’OSCE → l’OSCE, a des fins → à des fins,
                            r6le → rôle), re-join lines into paragraphs, restore footnotes;
                            every change is logged and reversible
              3. segment    cut each version into header, title, preamble and operative
                            clauses, annex paragraphs, list items, footnotes and sentences
              4. align      match French and English clause by clause, then sentence by
                            sentence, with a confidence on every pair; write TMX 1.4b,
                            TSV, beads, JSON or a side-by-side HTML review page

            Typical session:
              alinea clean decision.fr.ocr.txt -o decision.fr.txt --report review.html
              alinea align decision.fr.txt decision.en.txt -o decision.tmx

            Data goes to standard output, messages to standard error. Exit status:
            0 success, 64 usage error, 65 bad input data (empty, binary, undecodable,
            wrong language), 66 input file missing or unreadable, 73 output cannot be
            written, 70 internal error.
            """,
        version: "alinea \(version) (ICU \(icuVersion))",
        subcommands: [NormalizeCommand.self, CleanCommand.self, SegmentCommand.self, AlignCommand.self, LexiconCommand.self]
    )
}
