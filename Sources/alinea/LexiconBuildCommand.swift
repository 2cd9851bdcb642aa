import AlineaLexicon
import ArgumentParser
import Foundation

/// `alinea lexicon build`: expand a dictionary, ask libhunspell once per
/// form, and write the form table the cleaner reads.
struct LexiconBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile the form table of a Hunspell dictionary.",
        discussion: """
            Expands the dictionary's .dic with its .aff (unmunch, Debian package
            hunspell-tools), adds every reading of root and affixes unmunch misses, the
            capitalised form and the form in capitals of each, asks libhunspell for the
            verdict and analyses of each (on every core), and writes the table
            atomically. French: 1.6 million forms, under a minute and a half on two
            cores, 113 MB; American English (en_US, which French cleaning asks whether
            a word is English): 0.37 million forms, seconds, 29 MB. Progress goes to
            standard error.

            Its answers are libhunspell's, so it mostly changes speed: a table that holds
            every word of letters the dictionary accepts (alinea lexicon status says so)
            answers without libhunspell, which is then not loaded at all for most
            decisions (the scanned seed: 0.12–0.14 s CPU without the tables, 0.03–0.04 s with).
            Not only speed: the French table's index of accent-free spellings lets the
            one-letter repair find words it misses without one, so build it before
            cleaning. It is tied to the .aff/.dic it was built from (path, size, time,
            digest) and to its format; otherwise it is ignored until rebuilt.

            Examples:
              alinea lexicon build --language fr
              alinea lexicon build --language en_US --if-needed
            """
    )

    @Option(name: .long, help: "The dictionary, as `alinea clean` opens it (fr, en_US…).")
    var language = "fr"

    @Flag(name: .long, help: "Do nothing when a valid table for the installed dictionary exists.")
    var ifNeeded = false

    @Option(name: .long, help: "Folder of the tables (default: $ALINEA_CACHE_DIR, $XDG_CACHE_HOME/alinea or ~/.cache/alinea).")
    var cacheDir: String?

    @Option(name: .long, help: "Threads asking libhunspell (default: one per core).")
    var workers: Int?

    @Flag(name: .long, help: "Leave out the capitalised form of each form (a smaller table, more misses at sentence starts, and no promise to hold every accepted word).")
    var noCapitals = false

    func run() throws {
        try CommandFailure.reporting {
            let location = cacheDir.map(FormTableLocation.init(directory:)) ?? .standard()
            let (affix, dictionary) = try HunspellDictionary.files(of: language)
            let path = location.path(language: language)
            if ifNeeded, let table = try? FormTable(path: path, affixPath: affix, dictionaryPath: dictionary) {
                Console.message("lexicon: \(path) is up to date (\(table.formCount) forms)")
                return
            }
            let start = Date()
            Console.message("lexicon: expanding \(dictionary) with unmunch…")
            let forms = try FormExpansion.forms(affixPath: affix, dictionaryPath: dictionary, capitalised: !noCapitals)
            Console.message("lexicon: \(forms.count) forms; asking libhunspell for each")
            let reporter = ProgressReporter(total: forms.count)
            let builder = FormTableBuilder(affixPath: affix, dictionaryPath: dictionary)
            let table = try builder.build(forms: forms, to: path, completing: !noCapitals,
                                          workers: workers ?? ProcessInfo.processInfo.activeProcessorCount) {
                done, _ in reporter.report(done: done)
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            Console.message(String(format: "lexicon: wrote %@ (%d forms, %d distinct analyses in %d lists, %.1f MB) in %.0f s",
                                   path, table.formCount, table.analysisCount, table.analysisListCount,
                                   Double(size) / 1e6, Date().timeIntervalSince(start)))
        }
    }
}

/// Prints build progress every tenth of the work, from any thread.
private final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var lastTenth = 0

    init(total: Int) { self.total = total }

    func report(done: Int) {
        lock.lock(); defer { lock.unlock() }
        let tenth = total == 0 ? 10 : done * 10 / total
        guard tenth > lastTenth, tenth < 10 else { return }
        lastTenth = tenth
        Console.message("lexicon: \(tenth * 10) % (\(done) of \(total) forms)")
    }
}

extension FormTableError: StatusCarrying {
    var exitStatus: Int32 {
        switch self {
        case .missing, .unreadable: return 66
        case .unwritable: return 73
        case .notATable, .unsupportedVersion, .truncated, .corrupt, .stale: return 65
        case .expanderMissing, .expanderFailed, .noForms: return 70
        }
    }
}

extension LexiconError: StatusCarrying {
    var exitStatus: Int32 { 66 }
}
