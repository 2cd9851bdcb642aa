import AlineaText
import ArgumentParser

/// The `-o/--output` option every data-producing subcommand shares.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Writes `text` to the chosen destination.
    func write(_ text: String) throws {
        try FileAccess.write(text, to: output ?? "-")
    }
}
