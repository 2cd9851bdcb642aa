import Foundation

/// The forms a Hunspell dictionary spells out: Debian's `unmunch` (package
/// `hunspell-tools`) applied to the `.dic`/`.aff` pair, plus the
/// capitalised form of each.
///
/// Why `unmunch`: the forms only decide which strings get a stored answer;
/// the answers themselves come from libhunspell (`FormTableBuilder`), so an
/// expansion that invents a form costs a table entry with libhunspell's
/// verdict on it, and one that misses a form costs a trip to libhunspell at
/// run time, never a wrong answer — and the forms it misses (rules whose
/// condition has an accented letter: `résolu`) are added by the builder from
/// `RelaxedExpansion` when it completes the table. `unmunch` expands French in 3 s. Forms
/// with an apostrophe (`l'homme`: the elision prefixes, 1.6 M of 2.2 M) are
/// left out: the cleaner looks words up after their elision, and text writes
/// the apostrophe `’`, which the `.aff`'s `ICONV` maps only inside libhunspell.
/// Capitalised forms are kept because sentence starts are frequent and a
/// single miss makes a run load libhunspell.
public enum FormExpansion {
    /// The program and the Debian package that provides it.
    public static let tool = "unmunch", package = "hunspell-tools"

    /// Runs `unmunch` on the pair and returns its distinct forms without an
    /// apostrophe, with their capitalised forms when `capitalised`.
    public static func forms(affixPath: String, dictionaryPath: String, capitalised: Bool = true) throws(FormTableError) -> [String] {
        let output = try runUnmunch(affixPath: affixPath, dictionaryPath: dictionaryPath)
        let forms = parse(output, capitalised: capitalised)
        guard !forms.isEmpty else { throw .noForms(dictionaryPath: dictionaryPath) }
        return forms
    }

    /// The distinct forms of `unmunch` output (one form per line, possibly
    /// followed by `/flags` or by morphological fields after a space or tab),
    /// without apostrophes, sorted; with each form's capitalised form when
    /// `capitalised`.
    public static func parse(_ output: [UInt8], capitalised: Bool) -> [String] {
        var forms = Set<String>()
        var start = 0
        while start < output.count {
            var end = start
            while end < output.count, output[end] != 0x0A { end += 1 }
            var formEnd = start
            while formEnd < end, output[formEnd] != 0x2F, output[formEnd] != 0x20, output[formEnd] != 0x09, output[formEnd] != 0x0D {
                formEnd += 1
            }
            let form = output[start..<formEnd]
            if !form.isEmpty, !form.contains(0x27) {
                let word = String(decoding: form, as: UTF8.self)
                forms.insert(word)
                if capitalised { forms.insert(capitalise(word)) }
            }
            start = end + 1
        }
        return forms.sorted()
    }

    /// `word` with its first character upper-cased (`état` → `État`).
    public static func capitalise(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Where `unmunch` is, if installed.
    static func unmunchPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") + ["/usr/bin"] {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func runUnmunch(affixPath: String, dictionaryPath: String) throws(FormTableError) -> [UInt8] {
        guard let executable = unmunchPath() else { throw .expanderMissing(tool: tool, package: package) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // unmunch takes the .dic first, then the .aff.
        process.arguments = [dictionaryPath, affixPath]
        let output = Pipe()
        process.standardOutput = output
        // unmunch reports every .aff line it parses on stderr: noise, not diagnosis.
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .expanderFailed(tool: tool, status: -1, message: "\(error)")
        }
        let bytes = Array(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .expanderFailed(tool: tool, status: process.terminationStatus,
                                  message: "run `\(executable) \(dictionaryPath) \(affixPath)` to see its messages")
        }
        return bytes
    }
}
