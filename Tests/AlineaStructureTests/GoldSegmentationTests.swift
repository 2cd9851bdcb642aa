import AlineaStructure
import Foundation
import Testing

/// The hand-made gold segmentations of the OSCE seed corpus
/// (`Corpora/osce/DOC.LANG.segments.tsv`: `block<TAB>type<TAB>number<TAB>sentence`,
/// one sentence per line, `#` comments). Each pair is skipped until both the
/// text and its gold file exist. `scripts/eval-segment` prints the same
/// comparison with figures and every mismatch.
@Suite("Gold segmentations of the OSCE seed corpus")
struct GoldSegmentationTests {
    struct GoldBlock: Equatable, CustomStringConvertible {
        var type: String
        var number: String?
        var sentences: [String]
        var description: String { "[\(type) \(number ?? "-")] \(sentences.first?.prefix(50) ?? "")" }
    }

    static let documents = ["pc-dec-991.fr", "pc-dec-991.en", "fsc-dec-10-08.fr", "fsc-dec-10-08.en"]

    static func available(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: Fixtures.osce.appendingPathComponent("\(name).txt").path)
            && FileManager.default.fileExists(atPath: Fixtures.osce.appendingPathComponent("\(name).segments.tsv").path)
    }

    static func gold(_ name: String) -> [GoldBlock] {
        guard let text = Fixtures.text(Fixtures.osce.appendingPathComponent("\(name).segments.tsv")) else { return [] }
        var blocks: [GoldBlock] = []
        var lastID: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            if fields[0] != lastID {
                blocks.append(GoldBlock(type: fields[1], number: fields[2].isEmpty ? nil : fields[2], sentences: []))
                lastID = fields[0]
            }
            blocks[blocks.count - 1].sentences.append(normalize(fields[3]))
        }
        return blocks
    }

    static func normalize(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("blocks, types, numbers and sentences match the gold", arguments: documents.filter(available))
    func matchesGold(_ name: String) throws {
        let language = String(name.split(separator: ".").last!)
        let text = try #require(Fixtures.text(Fixtures.osce.appendingPathComponent("\(name).txt")))
        let document = try (language == "fr" ? Fixtures.french : Fixtures.english).segment(text)
        let output = document.blocks.map {
            GoldBlock(type: $0.type.rawValue, number: $0.number, sentences: $0.sentences.map { Self.normalize($0.text) })
        }
        let gold = Self.gold(name)
        #expect(output.count == gold.count)
        for (index, pair) in zip(output, gold).enumerated() where pair.0 != pair.1 {
            Issue.record("\(name) block \(index): got \(pair.0), gold \(pair.1)")
        }
    }
}
