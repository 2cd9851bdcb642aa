import AlineaStructure
import AlineaText
import ArgumentParser
import Foundation

/// `alinea segment`: cut a decision into typed blocks and sentences.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut a decision into header, heading, title, preamble and operative clauses, annex, list items, footnotes and sentences.",
        discussion: """
            Works on clean text and on raw OCR text (hard-wrapped lines, page-break
            lines, OCR confusions). Clause types are recognised from morphology
            (French present participles and 3rd-person verbs from Hunspell, English
            -ing and -s forms) plus a small lexicon of drafting formulas (Eu égard,
            Considérant que, Whereas, Mindful…).

            Formats:
              json     schema "alinea.segment" version 1 (docs/segment-schema.md)
              outline  indented, for people: type tags, numbers, sentences
              lines    one sentence (or --units blocks: block) per line

            Examples:
              alinea segment decision.fr.txt --lang fr --format outline
              alinea segment decision.en.txt -o decision.en.json --subclauses
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, outline, lines }
    /// Units of the `lines` format.
    enum Units: String, ExpressibleByArgument, CaseIterable { case sentences, blocks }

    @Argument(help: "The text file to read ('-' for standard input), in any supported encoding.")
    var input: String

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Language of the text: fr, en or auto (guessed from function words).")
    var lang: LanguageChoice = .auto

    @Option(help: "Output format: json, outline or lines.")
    var format: Format = .json

    @Option(help: "With --format lines: one sentence per line (sentences) or one block per line (blocks).")
    var units: Units = .sentences

    @Flag(help: "Also cut long clauses into sub-clauses at ';' and lettered enumerations (a) … b) …).")
    var subclauses = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        try CommandFailure.reporting {
            let text = try inputOptions.read(input).text
            let language = try chooseLanguage(for: text)
            let document = try DocumentSegmenter(language: language, subclauses: subclauses).segment(text)
            try output.write(SegmentRendering.render(document, format: format, units: units))
        }
    }

    private func chooseLanguage(for text: String) throws -> String {
        if let code = lang.code { return code }
        guard let guess = LanguageGuesser().guess(text), guess.confidence >= 0.6 else {
            throw SegmentCommandError.languageUnknown(input)
        }
        Console.message("\(input): language \(guess.language.rawValue) (confidence \(String(format: "%.2f", guess.confidence)))")
        return guess.language.rawValue
    }
}

/// Errors of `alinea segment` that are about the input data.
enum SegmentCommandError: Error, CustomStringConvertible, StatusCarrying {
    case languageUnknown(String)

    var description: String {
        switch self {
        case .languageUnknown(let path):
            return "\(path): cannot tell confidently whether the text is French or English; pass --lang fr or --lang en"
        }
    }

    var exitStatus: Int32 { 65 }
}
