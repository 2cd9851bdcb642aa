import AlineaLexicon
import ArgumentParser

/// `alinea lexicon status`: say whether the cleaner will use a form table,
/// and if not, why.
struct LexiconStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Tell whether a valid form table exists for a dictionary.",
        discussion: """
            Checks the table as `alinea clean` does (format, length, header digest and
            the identity of the installed .aff/.dic), then the digest of its whole body,
            which clean skips to start fast; prints the table's figures (and whether it
            holds every word of letters the dictionary accepts, so that libhunspell need
            not be asked about the others), or why it is not usable. Exit status 0 when usable, 65 when damaged or out of date, 66
            when missing.
            """
    )

    @Option(name: .long, help: "The dictionary (fr, en_US…).")
    var language = "fr"

    @Option(name: .long, help: "Folder of the tables (default: $ALINEA_CACHE_DIR, $XDG_CACHE_HOME/alinea or ~/.cache/alinea).")
    var cacheDir: String?

    func run() throws {
        try CommandFailure.reporting {
            let location = cacheDir.map(FormTableLocation.init(directory:)) ?? .standard()
            let (affix, dictionary) = try HunspellDictionary.files(of: language)
            let table = try FormTable(path: location.path(language: language), affixPath: affix, dictionaryPath: dictionary)
            try table.verify()
            print("\(table.path): \(table.formCount) forms, \(table.analysisCount) distinct analyses in \(table.analysisListCount) lists")
            // Complete: a word of letters the table lacks is no word, and libhunspell is not asked.
            print(table.isCompleteForLetters
                  ? "holds every word of letters the dictionary accepts"
                  : "does not hold every accepted word: libhunspell answers the words it lacks")
            print("built from \(table.identity.affix)")
            print("       and \(table.identity.dictionary)")
        }
    }
}
