import Foundation
import Testing

@Suite("alinea clean", .enabled(if: AlineaProcess.available))
struct CleanCommandTests {
    let seed = "Corpora/osce/pc-dec-991.fr.ocr.txt"

    @Test("the scanned decision is cleaned to stdout, with a summary on stderr")
    func cleansSeed() throws {
        let result = try AlineaProcess.run(["clean", seed, "--lang", "fr"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("l’OSCE"))
        #expect(!result.stdout.contains("I’OSCE"))
        #expect(result.stderr.contains("edits applied"))
    }

    @Test("--changes and --report are written; --revert gives back the scanned text exactly")
    func changesReportRevert() throws {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cleaned = folder.appendingPathComponent("clean.txt"), changes = folder.appendingPathComponent("changes.json")
        let report = folder.appendingPathComponent("report.html"), restored = folder.appendingPathComponent("restored.txt")
        let result = try AlineaProcess.run(["clean", seed, "-o", cleaned.path, "--changes", changes.path, "--report", report.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: changes)) as? [String: Any]
        let stages = try #require(json?["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["name"] as? String }.contains("layout"))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("elision-l"))
        let revert = try AlineaProcess.run(["clean", "--revert", changes.path, cleaned.path, "-o", restored.path])
        #expect(revert.status == 0)
        #expect(try Data(contentsOf: restored) == Data(contentsOf: AlineaProcess.repository.appendingPathComponent(seed)))
    }

    @Test("--revert with a log that does not fit the file: exit 65, no crash")
    func revertMismatch() throws {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let changes = folder.appendingPathComponent("changes.json"), other = folder.appendingPathComponent("other.txt")
        #expect(try AlineaProcess.run(["clean", seed, "--changes", changes.path]).status == 0)
        try Data("Un autre texte.\n".utf8).write(to: other)
        let result = try AlineaProcess.run(["clean", "--revert", changes.path, other.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("does not match"))
    }

    @Test("clean text goes through unchanged")
    func cleanTextUnchanged() throws {
        let path = "Corpora/osce/fsc-dec-10-08.fr.txt"
        let result = try AlineaProcess.run(["clean", path])
        #expect(result.status == 0)
        #expect(result.stdoutBytes == (try Data(contentsOf: AlineaProcess.repository.appendingPathComponent(path))))
    }

    @Test("a French scan given as English: exit 65, saying which language the text reads as")
    func wrongLanguage() throws {
        let result = try AlineaProcess.run(["clean", seed, "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("reads as French") && result.stderr.contains("--lang fr"))
    }

    @Test("missing file: exit 66; empty file: exit 65; bad option: exit 64")
    func errors() throws {
        #expect(try AlineaProcess.run(["clean", "/nonexistent/scan.txt"]).status == 66)
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let result = try AlineaProcess.run(["clean", empty.path])
        #expect(result.status == 65)
        #expect(!result.stderr.isEmpty)
        #expect(try AlineaProcess.run(["clean", seed, "--lang", "de"]).status == 64)
    }
}
