import AlineaAlign
import AlineaFormats
import Foundation
import Testing

@Suite("TMX 1.4b export")
struct TMXWriterTests {
    let settings = FormatFixtures.settings

    private func tree(_ alignment: Alignment = FormatFixtures.alignment(), settings: ExportSettings? = nil) throws -> (String, TMXTree) {
        let xml = TMXWriter(settings: settings ?? self.settings).render(alignment)
        return (xml, try #require(TMXTree.parse(xml), "TMX must be well-formed XML"))
    }

    @Test("the document is well-formed, UTF-8 without BOM, TMX version 1.4")
    func wellFormed() throws {
        let (xml, tmx) = try tree()
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
        #expect(Array(xml.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(tmx.rootVersion == "1.4")
    }

    @Test("the header carries every attribute the DTD requires, with a TMX date")
    func header() throws {
        let (_, tmx) = try tree()
        for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
            #expect(tmx.header[attribute]?.isEmpty == false, "missing \(attribute)")
        }
        #expect(tmx.header["creationtool"] == "Alinea")
        #expect(tmx.header["creationtoolversion"] == "9.9")
        #expect(tmx.header["segtype"] == "paragraph")
        #expect(tmx.header["datatype"] == "plaintext")
        #expect(tmx.header["creationdate"] == "20231114T221320Z")
        let (_, sentences) = try tree(FormatFixtures.alignment(level: .sentence))
        #expect(sentences.header["segtype"] == "sentence")
    }

    @Test("srclang follows the declared original language, else the setting; its tuv comes first")
    func sourceLanguage() throws {
        let (_, declaredFrench) = try tree(FormatFixtures.alignment(originalLanguage: "fr"))
        #expect(declaredFrench.header["srclang"] == "fr-FR")
        #expect(declaredFrench.units.allSatisfy { $0.tuvs.first?.lang == "fr-FR" })
        let (_, declaredEnglish) = try tree(FormatFixtures.alignment(originalLanguage: "en"))
        #expect(declaredEnglish.header["srclang"] == "en-GB")
        #expect(declaredEnglish.units.allSatisfy { $0.tuvs.first?.lang == "en-GB" })
        var custom = settings
        custom.sourceLanguage = "fr"
        custom.englishLocale = "en-US"
        let (_, forced) = try tree(FormatFixtures.alignment(originalLanguage: "en"), settings: custom)
        #expect(forced.header["srclang"] == "fr-FR")
        #expect(forced.units.allSatisfy { Set($0.tuvs.map(\.lang)) == ["fr-FR", "en-US"] })
    }

    @Test("one TU per bead with text on both sides; omissions are counted in the header, never empty segments")
    func noEmptySegments() throws {
        let (xml, tmx) = try tree()
        #expect(tmx.units.count == 4)
        #expect(tmx.units.allSatisfy { $0.tuvs.count == 2 && $0.tuvs.allSatisfy { !$0.seg.isEmpty } })
        #expect(!xml.contains("<seg></seg>"))
        #expect(tmx.headerProps["x-unaligned-fr-FR"] == "1")
        #expect(tmx.headerProps["x-unaligned-en-GB"] == "1")
        #expect(tmx.headerProps["x-translation-units"] == "4")
    }

    @Test("a 2-1 bead joins its French units with a space")
    func merged() throws {
        let (_, tmx) = try tree()
        let merged = try #require(tmx.units.first { $0.tuvs.contains { $0.seg.hasPrefix("Décide") } })
        #expect(merged.tuvs.first { $0.lang == "fr-FR" }?.seg == "Décide : d’organiser la conférence.")
    }

    @Test("markup characters round-trip and illegal control characters are dropped")
    func escaping() throws {
        let (xml, tmx) = try tree()
        #expect(!xml.contains("\u{0007}"))
        #expect(xml.contains("&lt;A&amp;B&gt;"))
        let preamble = try #require(tmx.units.first { $0.props["x-block-type"] == "preamble" })
        #expect(preamble.tuvs.first { $0.lang == "fr-FR" }?.seg == "Rappelant les « règles » <A&B> de l'OSCE,")
        #expect(preamble.tuvs.first { $0.lang == "en-GB" }?.seg == "Recalling the \"rules\" <A&B> of the OSCE,")
        var quoted = settings
        quoted.documentName = "x\"y'<z>&"
        quoted.toolVersion = "1\"<&'2"
        var anonymous = FormatFixtures.alignment()
        anonymous.symbol = nil
        let (_, named) = try tree(anonymous, settings: quoted)
        #expect(named.headerProps["x-document"] == "x\"y'<z>&")
        #expect(named.header["creationtoolversion"] == "1\"<&'2")
    }

    @Test("props: document, block type, clause number, confidence, low-confidence flag")
    func props() throws {
        let (_, tmx) = try tree()
        #expect(tmx.units.allSatisfy { $0.props["x-document"] == "PC.DEC/991" })
        #expect(tmx.units[0].props["x-block-type"] == "heading")
        #expect(tmx.units[0].props["x-clause-number"] == "991")
        #expect(tmx.units[1].props["x-clause-number"] == nil)
        #expect(tmx.units[1].props["x-confidence"] == "0.93")
        #expect(tmx.units[1].props["x-low-confidence"] == nil)
        #expect(tmx.units[2].props["x-low-confidence"] == "yes")
        #expect(tmx.units[3].props["x-block-type"] == "operative")
        #expect(tmx.units[3].props["x-clause-number"] == "1")
    }
}
