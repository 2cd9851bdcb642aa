@testable import AlineaAlign
import Foundation
import Testing

@Suite("BilingualDictionary")
struct BilingualDictionaryTests {
    static let freeDictInstalled = FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-fra-eng.dict.dz")
        && FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-eng-fra.dict.dz")

    @Test("FreeDict loads and translates inflected words both ways", .enabled(if: freeDictInstalled))
    func freeDict() throws {
        let d = try BilingualDictionary.freeDict()
        #expect(d.count > 10_000)
        #expect(d.englishTranslations(ofFrench: "paix").contains("peace"))
        #expect(d.englishTranslations(ofFrench: "Sécurité").contains("security"))
        #expect(d.englishTranslations(ofFrench: "abandonnés").contains("abandoned"))
        #expect(d.frenchTranslations(ofEnglish: "decisions").contains("decision"))
        // FreeDict 0.4.1 has no `organisation` entry: the cognate stem pairs
        // it with `organization` (see FeatureExtractorTests.cognateKeys).
    }

    @Test("a missing FreeDict names the Debian package to install")
    func missingFreeDict() {
        #expect(throws: BilingualDictionaryError.missingFreeDict(path: "/nonexistent/freedict-fra-eng.dict.dz", package: "dict-freedict-fra-eng")) {
            try BilingualDictionary.freeDict(directory: "/nonexistent")
        }
        let message = BilingualDictionaryError.missingFreeDict(path: "x", package: "dict-freedict-fra-eng").description
        #expect(message.contains("apt-get install dict-freedict-fra-eng"))
    }

    @Test("a glossary TSV is parsed, comments and blank lines skipped, and merges over a dictionary")
    func glossary() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alinea-glossary-\(UUID()).tsv").path
        try "# OSCE terms\nÉtats participants\tparticipating States\n\ncybersécurité\tcybersecurity\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let g = try BilingualDictionary.glossary(tsvPath: path)
        #expect(g.englishTranslations(ofFrench: "Cybersécurité") == ["cybersecurity"])
        #expect(g.englishTranslations(ofFrench: "participants").contains("participating"))
        let merged = BilingualDictionary(pairs: [("paix", "peace")]).merging(g)
        #expect(merged.englishTranslations(ofFrench: "paix") == ["peace"])
        #expect(merged.frenchTranslations(ofEnglish: "cybersecurity") == ["cybersecurite"])
    }

    @Test("a malformed glossary line is reported with its line number")
    func badGlossary() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alinea-bad-glossary-\(UUID()).tsv").path
        try "paix\tpeace\nsécurité security\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: BilingualDictionaryError.badGlossaryLine(path: path, line: 2, content: "sécurité security")) {
            try BilingualDictionary.glossary(tsvPath: path)
        }
        #expect(throws: BilingualDictionaryError.self) { try BilingualDictionary.glossary(tsvPath: "/nonexistent/glossary.tsv") }
    }
}
