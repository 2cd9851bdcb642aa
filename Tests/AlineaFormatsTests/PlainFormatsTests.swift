import AlineaAlign
import AlineaFormats
import Foundation
import Testing

@Suite("beads, TSV and JSON exports; format inference")
struct PlainFormatsTests {
    let alignment = FormatFixtures.alignment()
    let settings = FormatFixtures.settings

    @Test("beads: fr_indices<TAB>en_indices<TAB>confidence, empty side for omissions, # header")
    func beads() {
        let lines = BeadsWriter(settings: settings).render(alignment).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("#") == true)
        #expect(Array(lines.dropFirst()) == ["0\t0\t0.9900", "1\t1\t0.9300", "2\t2\t0.3100", "3,4\t3\t0.8000", "5\t\t0.7000", "\t4\t0.2000", ""])
    }

    @Test("TSV: one row per bead, confidence column, tabs and line breaks inside text become spaces")
    func tsv() {
        var messy = alignment
        messy.french[0].text = "DÉCISION\tNo\n991"
        let rows = TSVWriter(settings: settings).render(messy).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == alignment.beads.count)
        #expect(rows.allSatisfy { $0.count == 3 })
        #expect(rows[0] == ["DÉCISION No 991", "DECISION No. 991", "0.99"])
        #expect(rows[3][0] == "Décide : d’organiser la conférence.")
        #expect(rows[4][1] == "" && rows[5][0] == "")
        var plain = settings
        plain.tsvConfidence = false
        #expect(TSVWriter(settings: plain).render(alignment).split(separator: "\n").first == "DÉCISION No 991\tDECISION No. 991")
    }

    @Test("JSON: versioned schema, sorted keys, units with offsets, round-trips")
    func json() throws {
        let text = try AlignmentJSON(settings: settings).render(alignment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "alinea.align")
        #expect(object["version"] as? Int == 1)
        let beads = try #require(object["beads"] as? [[String: Any]])
        #expect(beads[2]["lowConfidence"] as? Bool == true && beads[0]["lowConfidence"] as? Bool == false)
        let units = try #require(object["french"] as? [[String: Any]])
        #expect(units[4]["start"] as? Int == 92 && units[4]["end"] as? Int == 118 && units[4]["blockType"] as? String == "operative")
        #expect(text.range(of: "\"beads\"")!.lowerBound < text.range(of: "\"english\"")!.lowerBound)
        #expect(try AlignmentJSON.decode(Data(text.utf8)) == alignment)
        #expect(throws: DecodingError.self) { try AlignmentJSON.decode(Data(text.replacingOccurrences(of: "alinea.align", with: "alinea.segment").utf8)) }
    }

    @Test("the format follows the output file's extension", arguments: [
        ("out.tmx", ExportFormat.tmx), ("dir.v2/Out.TMX", .tmx), ("pairs.tsv", .tsv), ("x.beads", .beads),
        ("review.html", .html), ("review.htm", .html), ("a.json", .json),
    ])
    func inference(path: String, format: ExportFormat) {
        #expect(ExportFormat(path: path) == format)
    }

    @Test("unknown or missing extensions give no format")
    func noInference() {
        #expect(ExportFormat(path: "out.txt") == nil)
        #expect(ExportFormat(path: "dir.tmx/out") == nil)
        #expect(ExportFormat(path: ".tmx") == nil)
    }

    @Test("every format renders the same alignment")
    func everyFormat() throws {
        for format in ExportFormat.allCases {
            #expect(try !format.render(alignment, settings: settings).isEmpty)
        }
    }
}
