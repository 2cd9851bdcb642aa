import Foundation
import Testing

@Suite("alinea segment", .enabled(if: AlineaProcess.available))
struct SegmentCommandTests {
    let decision = """
        DÉCISION No 12
        ATELIER SUR LA SÉCURITÉ

        Le Conseil permanent,

        Rappelant la Décision No 3/04 du Conseil ministériel sur la lutte contre le terrorisme,

        Charge le Secrétaire général d’organiser un atelier. Celui-ci aura lieu à Vienne.

        """

    private func run(_ text: String, _ arguments: [String]) throws -> AlineaProcess.Result {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("decision.txt")
        try Data(text.utf8).write(to: file)
        return try AlineaProcess.run(["segment", file.path] + arguments)
    }

    @Test("JSON output follows the versioned alinea.segment schema")
    func json() throws {
        let result = try run(decision, ["--lang", "fr"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(object["schema"] as? String == "alinea.segment")
        #expect(object["version"] as? Int == 1)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["type"] as? String } == ["heading", "title", "enacting", "preamble", "operative"])
        #expect(blocks.first?["number"] as? String == "12")
    }

    @Test("outline shows type tags and sentences; lines gives one sentence per line")
    func outlineAndLines() throws {
        let outline = try run(decision, ["--lang", "fr", "--format", "outline"])
        #expect(outline.stdout.contains("[heading 12] DÉCISION No 12"))
        #expect(outline.stdout.contains("      • Celui-ci aura lieu à Vienne."))
        let lines = try run(decision, ["--lang", "fr", "--format", "lines"])
        #expect(lines.stdout.split(separator: "\n").count == 6)
        let blocks = try run(decision, ["--lang", "fr", "--format", "lines", "--units", "blocks"])
        #expect(blocks.stdout.split(separator: "\n").count == 5)
    }

    @Test("--lang auto guesses the language and reports it on stderr")
    func autoLanguage() throws {
        let result = try run("The Permanent Council,\n\nRecalling the decisions of the Ministerial Council on the fight against terrorism,\n\nDecides to hold a workshop in Vienna.\n", ["--format", "lines"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("language en"))
    }

    @Test("--encoding is shared with the other commands: a forced Windows-1252 file segments with its accents")
    func forcedEncoding() throws {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("decision.cp1252.txt")
        let bytes = Array("Le Conseil permanent,\n\nCharge le Secrétaire général d’organiser un atelier.\n".unicodeScalars).map { scalar -> UInt8 in
            switch scalar { case "é": 0xE9; case "’": 0x92; default: UInt8(scalar.value) }
        }
        try Data(bytes).write(to: file)
        let result = try AlineaProcess.run(["segment", file.path, "--lang", "fr", "--format", "lines", "--encoding", "windows-1252"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Charge le Secrétaire général d’organiser un atelier."))
        let wrong = try AlineaProcess.run(["segment", file.path, "--lang", "fr", "--encoding", "utf-8"])
        #expect(wrong.status == 65)
    }

    @Test("an unknown language is a usage error; a missing file exits 66")
    func errors() throws {
        #expect(try run(decision, ["--lang", "de"]).status == 64)
        let missing = try AlineaProcess.run(["segment", "/nonexistent/decision.txt", "--lang", "fr"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no such file"))
    }

    @Test("--subclauses adds sub-clauses to the sentences that divide, and only then")
    func subclauses() throws {
        let text = "La première partie portera sur les menaces relatives a) au domaine politico-militaire ; et b) à la cybercriminalité.\n"
        let with = try run(text, ["--lang", "fr", "--subclauses"])
        #expect(with.stdout.contains("\"subclauses\""))
        let without = try run(text, ["--lang", "fr"])
        #expect(!without.stdout.contains("\"subclauses\""))
    }
}
