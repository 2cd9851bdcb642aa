import Foundation
import Testing

@Suite("alinea normalize", .enabled(if: AlineaProcess.available))
struct NormalizeCommandTests {
    let expected = "L’État — cœur à l’été\nDeuxième ligne\n"

    private func normalize(_ bytes: [UInt8], _ extra: [String] = []) throws -> AlineaProcess.Result {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.txt")
        try Data(bytes).write(to: file)
        return try AlineaProcess.run(["normalize", file.path] + extra)
    }

    @Test("UTF-16LE with BOM and CRLF becomes UTF-8 with LF; the encoding is reported on stderr")
    func utf16() throws {
        let text = expected.replacingOccurrences(of: "\n", with: "\r\n")
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try normalize(bytes)
        #expect(result.status == 0)
        #expect(result.stdout == expected)
        #expect(result.stderr.contains("UTF-16LE"))
    }

    @Test("Windows-1252 bytes decode to ’ — œ")
    func windows1252() throws {
        var bytes: [UInt8] = [0x4C, 0x92, 0xC9, 0x74, 0x61, 0x74, 0x20, 0x97, 0x20, 0x63, 0x9C, 0x75, 0x72, 0x20, 0xE0, 0x20, 0x6C, 0x92, 0xE9, 0x74, 0xE9, 0x0A]
        bytes += Array("Deuxi".utf8) + [0xE8] + Array("me ligne\n".utf8)
        let result = try normalize(bytes)
        #expect(result.status == 0)
        #expect(result.stdout == expected)
        #expect(result.stderr.contains("windows-1252"))
    }

    @Test("decomposed accents are composed (NFC) and apostrophes restyled on request")
    func nfcAndApostrophes() throws {
        let result = try normalize(Array("L'E\u{0301}tat\n".utf8), ["--apostrophe", "typographic"])
        #expect(result.stdout == "L’État\n")
    }

    @Test("-o writes the file and nothing to stdout")
    func outputFile() throws {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.txt"), output = folder.appendingPathComponent("out.txt")
        try Data(expected.utf8).write(to: input)
        let result = try AlineaProcess.run(["normalize", input.path, "-o", output.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8) == expected)
    }

    @Test("binary input: one-line error, exit 65")
    func binary() throws {
        let result = try normalize([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("binary"))
    }

    @Test("undecodable bytes in a forced encoding: exit 65 with the offset")
    func undecodable() throws {
        let result = try normalize([0x61, 0x62, 0xC3, 0x28], ["--encoding", "utf-8"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("offset 2"))
    }

    @Test("missing file: exit 66; directory: exit 66; empty file: exit 65")
    func badPaths() throws {
        #expect(try AlineaProcess.run(["normalize", "/nonexistent/file.txt"]).status == 66)
        #expect(try AlineaProcess.run(["normalize", NSTemporaryDirectory()]).status == 66)
        #expect(try normalize([]).status == 65)
    }

    @Test("unwritable output: exit 73, and no partial file")
    func unwritable() throws {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.txt")
        try Data(expected.utf8).write(to: input)
        let result = try AlineaProcess.run(["normalize", input.path, "-o", "/nonexistent-dir/out.txt"])
        #expect(result.status == 73)
    }

    @Test("--help teaches the workflow")
    func help() throws {
        let result = try AlineaProcess.run(["--help"])
        #expect(result.stdout.contains("clean") && result.stdout.contains("align") && result.stdout.contains("TMX"))
    }
}
