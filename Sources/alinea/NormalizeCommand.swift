import AlineaText
import ArgumentParser

/// `alinea normalize`: decode any supported encoding into NFC UTF-8.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Decode a text file in any encoding and write it as clean UTF-8.",
        discussion: """
            Detects the encoding (byte-order marks, strict UTF-8, then ICU's charset
            detector; Latin-1 guesses are read as Windows-1252 so that bytes 0x80–0x9F
            give ’ — œ), converts to Unicode NFC, turns CRLF/CR line endings into LF
            and optionally unifies apostrophes. The detected encoding is reported on
            standard error. Undecodable bytes are an error, never replaced.

            Example:
              alinea normalize scan-export.txt -o scan.txt --apostrophe typographic
            """
    )

    @Argument(help: "The text file to read ('-' for standard input).")
    var input: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var inputOptions: InputOptions

    @Option(help: ApostropheStyle.optionHelp)
    var apostrophe: ApostropheStyle = .keep

    func run() throws {
        try CommandFailure.reporting {
            let result = try inputOptions.read(input, apostrophes: apostrophe)
            Console.message("\(input): \(result.detected ? "detected" : "read as") \(result.encoding)")
            try output.write(result.text)
        }
    }
}

extension ApostropheStyle: ExpressibleByArgument {
    /// The one help text of every `--apostrophe` option.
    static let optionHelp: ArgumentHelp = "Apostrophe style: typographic (’), straight (') or keep."
}
