import ArgumentParser

/// `alinea lexicon`: manage the compiled form tables that let the cleaner
/// answer a dictionary's forms without loading libhunspell.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Build or check the compiled form table of a Hunspell dictionary (speeds up clean).",
        discussion: """
            `alinea clean` asks Hunspell about every word and many candidate repairs.
            A form table holds libhunspell's own verdict and analyses for each form of
            the installed dictionary (its .dic expanded by its .aff with unmunch, plus
            capitalised forms), so those words are answered by one probe in a mapped
            file, exactly as libhunspell would. Without a table, or with one built from
            other dictionary files, alinea works as before, only slower.

            Tables live in $ALINEA_CACHE_DIR, else $XDG_CACHE_HOME/alinea, else
            ~/.cache/alinea, as hunspell-LANGUAGE.forms. Rebuild after upgrading the
            dictionary package (a stale table is ignored, never used).

            Examples:
              alinea lexicon build                 # French, about a minute on two cores
              alinea lexicon build --if-needed     # only when missing or out of date
              alinea lexicon status
            """,
        subcommands: [LexiconBuildCommand.self, LexiconStatusCommand.self]
    )
}
