import AlineaClean
import AlineaText
import ArgumentParser
import Foundation

/// `alinea clean`: repair an OCR'd decision, logging every change.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Repair OCR text: words, accents, apostrophes, paragraphs, page breaks and footnotes.",
        discussion: """
            Reads a text file in any encoding (like `normalize`), then runs the cleanup
            passes in order — page-furniture (running headers, page numbers), footnotes
            (stray footnote bodies moved to the end, marks restored as ¹), reading-order
            (blocks the OCR read out of order put back where the word they split
            continues: con- … necté), layout (wrapped
            lines re-joined: one paragraph per line, a blank line between paragraphs,
            hyphenation undone), words (I’OSCE → l’OSCE, a des fins → à des fins,
            r6le → rôle, Etats → États) and apostrophes (only with --apostrophe).
            Text that is already clean comes out unchanged.

            The cleaned text goes to standard output (or -o); a summary to standard error.
            --changes writes the change log as JSON (sorted keys):
              { "stages": [ { "name": "layout", "edits": [ { "offset": 42, "before": "\\n",
                  "after": " ", "rule": "join-lines", "confidence": 0.95 }, … ] }, … ],
                "suggestions": [ … ] }
            Offsets count Unicode scalars in the text the stage started from; suggestions
            (below --min-confidence, not applied) refer to the final output.
            --report writes a self-contained HTML page highlighting every change.
            --revert LOG undoes a run: given the cleaned file and its log, it writes the
            original text back exactly (as decoded: UTF-8, NFC, LF line ends); a log that
            does not fit the file is an error (exit 65).

            Examples:
              alinea clean decision.fr.ocr.txt -o decision.fr.txt --changes changes.json --report review.html
              alinea clean --revert changes.json decision.fr.txt -o decision.fr.ocr.txt
            """
    )

    @Argument(help: "The text file to clean ('-' for standard input); with --revert, the cleaned file.")
    var input: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Language of the text: fr, en or auto (guessed from function words). A text that plainly reads as the other language is refused (exit 65).")
    var lang: LanguageChoice = .auto

    @Option(help: "Write the change log (JSON) to this file.")
    var changes: String?

    @Option(help: "Write an HTML review page to this file.")
    var report: String?

    @Option(name: .customLong("min-confidence"), help: "Word repairs below this confidence (0–1) are only suggested.")
    var minConfidence: Double = 0.5

    @Option(help: ApostropheStyle.optionHelp)
    var apostrophe: ApostropheStyle = .keep

    @Option(help: "Undo a run: the change log (JSON) written by --changes for INPUT.")
    var revert: String?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if revert != nil, changes != nil || report != nil {
            throw ValidationError("--revert writes the original text only; it cannot be combined with --changes or --report")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            if let revert {
                let log = try Self.readLog(revert)
                let cleaned = try inputOptions.read(input).text
                try output.write(try log.checkedRevert(cleaned))
                Console.message("clean: reverted \(log.appliedEdits.count) edits")
                return
            }
            let text = try inputOptions.read(input).text
            let language = lang.code.flatMap(CleanLanguage.init(rawValue:))
            let cleaner = try OCRCleaner(options: CleanOptions(language: language, minConfidence: minConfidence, apostrophes: apostrophe))
            // The process ends with this command: tearing down the Hunspell dictionaries and their
            // caches would only cost time (a tenth of a short run), so the cleaner is never released.
            _ = Unmanaged.passRetained(cleaner)
            let result = try cleaner.clean(text)
            if let changes {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                try FileAccess.write(Array(try encoder.encode(result.log)), to: changes)
            }
            if let report {
                let title = input == "-" ? "standard input" : URL(fileURLWithPath: input).lastPathComponent
                try FileAccess.write(CleanReport(result: result, title: title).html(), to: report)
            }
            try output.write(result.text)
            let counts = result.log.ruleCounts.map { "\($0.count) \($0.rule)" }.joined(separator: ", ")
            let suggestions = result.log.suggestions.count
            Console.message("clean: \(result.log.appliedEdits.count) edits applied\(counts.isEmpty ? "" : " (\(counts))"), "
                + "\(suggestions) suggestion\(suggestions == 1 ? "" : "s") [\(result.language.rawValue)]")
        }
    }

    /// Reads a `--changes` log, with a usable message when it is not one.
    static func readLog(_ path: String) throws -> CleanupLog {
        let bytes = try FileAccess.read(path)
        do {
            return try JSONDecoder().decode(CleanupLog.self, from: Data(bytes))
        } catch {
            throw ChangeLogUnreadable(path: path, reason: "\(error)")
        }
    }
}

/// A `--revert` log that is not a change log written by `alinea clean --changes`.
struct ChangeLogUnreadable: Error, CustomStringConvertible, StatusCarrying {
    let path: String
    let reason: String
    var description: String { "\(path): not a change log written by 'alinea clean --changes' (\(reason))" }
    var exitStatus: Int32 { 65 }
}

extension CleanError: StatusCarrying {
    var exitStatus: Int32 { 65 }
}

extension CleanupLogMismatch: StatusCarrying {
    var exitStatus: Int32 { 65 }
}
