import AlineaText
import ArgumentParser

/// How every subcommand reads its text inputs: one `--encoding` option with one
/// help text, so that `normalize`, `clean`, `segment` and `align` decode files
/// the same way and a user learns the option once.
struct InputOptions: ParsableArguments {
    @Option(help: "Force the input encoding (utf-8, utf-16le, utf-16be, windows-1252, or any ICU name) instead of detecting it.")
    var encoding: String?

    /// The normaliser configured by the options (`apostrophes` is the output style).
    func normalizer(apostrophes: ApostropheStyle = .keep) -> DocumentNormalizer {
        DocumentNormalizer(apostrophes: apostrophes, encoding: encoding.map(TextEncoding.init(userName:)))
    }

    /// Reads and normalises `path` ('-' is standard input).
    func read(_ path: String, apostrophes: ApostropheStyle = .keep) throws -> DocumentNormalizer.Output {
        try normalizer(apostrophes: apostrophes).normalize(FileAccess.read(path))
    }
}
