import AlineaAlign
import AlineaFormats
import Foundation
import Testing

@Suite("TBX term bases as glossaries")
struct TBXGlossaryTests {
    /// TBX-Basic (TBX 2, `martif`): one concept with a French synonym and an
    /// English abbreviation, one concept with a German term only.
    let basic = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en-US">
          <text><body>
            <termEntry id="c1">
              <langSet xml:lang="fr-FR">
                <tig><term>Forum pour la coopération en matière de sécurité</term></tig>
                <tig><term>FCS</term></tig>
              </langSet>
              <langSet xml:lang="en-GB">
                <ntig><termGrp><term>FSC</term></termGrp></ntig>
              </langSet>
            </termEntry>
            <termEntry id="c2">
              <langSet xml:lang="de"><tig><term>Sicherheit</term></tig></langSet>
              <langSet xml:lang="EN"><tig><term>security</term></tig></langSet>
            </termEntry>
          </body></text>
        </martif>
        """

    @Test("every French term of an entry pairs with every English term; entries without French give nothing")
    func basicPairs() throws {
        let pairs = try TBXGlossary.pairs(in: Array(basic.utf8), path: "terms.tbx")
        #expect(pairs.map { "\($0.french)|\($0.english)" } == [
            "Forum pour la coopération en matière de sécurité|FSC", "FCS|FSC",
        ])
    }

    @Test("TBX 3 conceptEntry/langSec is read too, with whitespace inside terms folded")
    func tbx3() throws {
        let text = """
            <tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
            <text><body><conceptEntry id="1">
            <langSec xml:lang="fr"><termSec><term>Conseil
              permanent</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>Permanent Council</term></termSec></langSec>
            </conceptEntry></body></text></tbx>
            """
        let pairs = try TBXGlossary.pairs(in: Array(text.utf8), path: "core.tbx")
        #expect(pairs.count == 1)
        #expect(pairs.first?.french == "Conseil permanent")
        #expect(pairs.first?.english == "Permanent Council")
    }

    @Test("TBX is told from TSV by content, not by file name")
    func recognition() {
        #expect(TBXGlossary.recognises(Array(basic.utf8)))
        #expect(!TBXGlossary.recognises(Array("Conseil permanent\tPermanent Council\n".utf8)))
        #expect(!TBXGlossary.recognises(Array("<html><body>not a term base</body></html>".utf8)))
    }

    @Test("malformed XML and a term base without French–English entries are clear errors")
    func errors() {
        let broken = "<martif><text><body><termEntry><langSet xml:lang='fr'><tig><term>x</tig></langSet>"
        #expect(throws: BilingualDictionaryError.self) { try TBXGlossary.pairs(in: Array(broken.utf8), path: "broken.tbx") }
        let german = "<martif><text><body><termEntry><langSet xml:lang='de'><tig><term>Rat</term></tig></langSet></termEntry></body></text></martif>"
        #expect(throws: BilingualDictionaryError.emptyGlossary(path: "de.tbx")) {
            try TBXGlossary.pairs(in: Array(german.utf8), path: "de.tbx")
        }
    }

    @Test("GlossaryFile loads a .txt holding TBX as TBX, and a TSV as TSV")
    func loading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alinea-tbx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tbx = folder.appendingPathComponent("terms.txt"), tsv = folder.appendingPathComponent("terms.tsv")
        try Data(basic.utf8).write(to: tbx)
        try Data("cybersécurité\tcyber security\n".utf8).write(to: tsv)
        #expect(try GlossaryFile.load(tbx.path).englishTranslations(ofFrench: "FCS").contains("fsc"))
        #expect(try GlossaryFile.load(tsv.path).count > 0)
        #expect(throws: BilingualDictionaryError.self) { try GlossaryFile.load(folder.appendingPathComponent("none.tbx").path) }
    }
}
