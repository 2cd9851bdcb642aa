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

    @Option(help: "Apostrophe style: typographic (’), straight (') or keep.")
    var apostrophe: ApostropheStyle = .keep

    @Option(help: "Force the input encoding (utf-8, utf-16le, utf-16be, windows-1252, or any ICU name) instead of detecting it.")
    var encoding: String?

    func run() throws {
        try CommandFailure.reporting {
            let normalizer = DocumentNormalizer(apostrophes: apostrophe, encoding: encoding.map(TextEncoding.init(userName:)))
            let result = try normalizer.normalize(FileAccess.read(input))
            Console.message("\(input): \(result.detected ? "detected" : "read as") \(result.encoding)")
            try output.write(result.text)
        }
    }
}

extension ApostropheStyle: ExpressibleByArgument {}
