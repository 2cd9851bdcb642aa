import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("alinea align", .enabled(if: AlineaProcess.available))
struct AlignCommandTests {
    static let french = """
        DÉCISION No 12

        Le Conseil permanent,

        Rappelant que les États participants se sont engagés à renforcer la coopération,

        Décide de tenir la conférence annuelle à Vienne les 9 et 10 mai 2011.

        """
    static let english = """
        DECISION No. 12

        The Permanent Council,

        Recalling that the participating States have committed themselves to strengthening co-operation,

        Decides to hold the annual conference in Vienna on 9 and 10 May 2011.

        """

    /// The pair written into a fresh folder, which the caller removes.
    private func pair() throws -> (folder: URL, french: String, english: String) {
        let folder = try AlineaProcess.temporaryFolder()
        let fr = folder.appendingPathComponent("decision.fr.txt"), en = folder.appendingPathComponent("decision.en.txt")
        try Data(Self.french.utf8).write(to: fr)
        try Data(Self.english.utf8).write(to: en)
        return (folder, fr.path, en.path)
    }

    @Test("a small pair gives a well-formed TMX with one TU per clause and a summary on stderr")
    func tmx() throws {
        let (folder, fr, en) = try pair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("decision.tmx")
        let result = try AlineaProcess.run(["align", fr, en, "-o", out.path, "--level", "paragraph", "--no-dictionary"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("beads"))
        let data = try Data(contentsOf: out)
        #expect(XMLParser(data: data).parse())
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.components(separatedBy: "<tu ").count - 1 == 4)
        #expect(xml.contains("<seg>Décide de tenir la conférence annuelle à Vienne les 9 et 10 mai 2011.</seg>"))
        #expect(xml.contains("segtype=\"paragraph\""))
    }

    @Test("without -o: TSV on standard output; --format beads gives indices")
    func stdout() throws {
        let (folder, fr, en) = try pair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = try AlineaProcess.run(["align", fr, en, "--level", "paragraph", "--no-dictionary"])
        #expect(tsv.status == 0)
        #expect(tsv.stdout.split(separator: "\n").first?.hasPrefix("DÉCISION No 12\tDECISION No. 12\t") == true)
        let beads = try AlineaProcess.run(["align", fr, en, "--level", "paragraph", "--no-dictionary", "--format", "beads"])
        #expect(beads.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2).joined(separator: "\t") }
                == ["0\t0", "1\t1", "2\t2", "3\t3"])
    }

    @Test("a segment JSON file is accepted as input in place of text; a foreign JSON is a clear error")
    func segmentInput() throws {
        let (folder, fr, en) = try pair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("decision.fr.json")
        #expect(try AlineaProcess.run(["segment", fr, "--lang", "fr", "-o", json.path]).status == 0)
        let fromJSON = try AlineaProcess.run(["align", json.path, en, "--level", "paragraph", "--no-dictionary", "--format", "beads"])
        let fromText = try AlineaProcess.run(["align", fr, en, "--level", "paragraph", "--no-dictionary", "--format", "beads"])
        #expect(fromJSON.status == 0)
        #expect(fromJSON.stdout == fromText.stdout)
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"schema":"alinea.segment","version":1}"#.utf8).write(to: bad)
        let badRun = try AlineaProcess.run(["align", bad.path, en])
        #expect(badRun.status == 65)
        #expect(badRun.stderr.contains("missing key 'language'"))
    }

    @Test("swapped or same-language files: exit 65 with a clear message; --force overrides")
    func languages() throws {
        let (folder, fr, en) = try pair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let swapped = try AlineaProcess.run(["align", en, fr, "--no-dictionary"])
        #expect(swapped.status == 65)
        #expect(swapped.stderr.contains("swapped"))
        let same = try AlineaProcess.run(["align", fr, fr, "--no-dictionary"])
        #expect(same.status == 65)
        #expect(same.stderr.contains("both in French"))
        #expect(try AlineaProcess.run(["align", en, fr, "--no-dictionary", "--force"]).status == 0)
    }

    @Test("missing file: exit 66; empty file: exit 65; unknown output extension: usage error")
    func badInput() throws {
        let (folder, fr, en) = try pair()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try AlineaProcess.run(["align", fr, "/nonexistent/decision.en.txt"]).status == 66)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let emptyRun = try AlineaProcess.run(["align", fr, empty.path, "--force"])
        #expect(emptyRun.status == 65)
        #expect(try AlineaProcess.run(["align", fr, en, "-o", folder.appendingPathComponent("out.xyz").path]).status == 64)
    }

    @Test("--glossary takes a TBX term base or a TSV list; a malformed one is bad data (65) naming the file")
    func glossaries() throws {
        let (folder, fr, en) = try pair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tbx = folder.appendingPathComponent("terms.tbx"), tsv = folder.appendingPathComponent("terms.tsv")
        try Data("""
            <martif type="TBX-Basic"><text><body><termEntry>
            <langSet xml:lang="fr"><tig><term>Conseil permanent</term></tig></langSet>
            <langSet xml:lang="en"><tig><term>Permanent Council</term></tig></langSet>
            </termEntry></body></text></martif>
            """.utf8).write(to: tbx)
        try Data("Conseil permanent\tPermanent Council\n".utf8).write(to: tsv)
        for glossary in [tbx, tsv] {
            let run = try AlineaProcess.run(["align", fr, en, "--level", "paragraph", "--no-dictionary", "--format", "beads", "--glossary", glossary.path])
            #expect(run.status == 0)
        }
        let broken = folder.appendingPathComponent("broken.tbx")
        try Data("<martif><text><body><termEntry><term>x</langSet>".utf8).write(to: broken)
        let bad = try AlineaProcess.run(["align", fr, en, "--no-dictionary", "--glossary", broken.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("broken.tbx"))
    }
}
