@testable import AlineaAlign
import Testing

@Suite("Alignment evidence")
struct FeatureExtractorTests {
    @Test("dates normalise equal across French and English")
    func datesAcrossLanguages() {
        let x = FeatureExtractor(dictionary: nil)
        #expect(x.dates(in: "réunion des 9 et 10 mai 2011 à Vienne", french: true) == ["2011-05-09", "2011-05-10"])
        #expect(x.dates(in: "meeting of 9 and 10 May 2011 in Vienna", french: false) == ["2011-05-09", "2011-05-10"])
        #expect(x.dates(in: "adopted on May 9, 2011", french: false) == ["2011-05-09"])
        #expect(x.dates(in: "le 1er décembre 2010", french: true) == ["2010-12-01"])
        // `may` in lower case is a verb, not a month.
        #expect(x.dates(in: "States may 10 times 2011", french: false).isEmpty)
    }

    @Test("cognate keys ignore case and accents and meet on a shared stem")
    func cognateKeys() {
        let folder = MatchKeyFolder()
        #expect(folder.fold("Cybersécurité") == "cybersecurite")
        #expect(folder.fold("ÉTATS") == "etats")
        #expect(folder.fold("cœur") == "coeur")
        #expect(FeatureExtractor.cognateStem(folder.fold("organisation")) == FeatureExtractor.cognateStem(folder.fold("organization")))
        #expect(FeatureExtractor.cognateStem(folder.fold("cybersécurité")) == FeatureExtractor.cognateStem("cyber"))
    }

    @Test("acronyms match when French permutes the English letters or a table pairs them")
    func acronyms() {
        #expect(AcronymKeys.key("FCS", french: true) == AcronymKeys.key("FSC", french: false))
        #expect(AcronymKeys.key("CP", french: true) == AcronymKeys.key("PC", french: false))
        #expect(AcronymKeys.key("ONU", french: true) == AcronymKeys.key("UN", french: false))
        #expect(AcronymKeys.key("OSCE", french: true) != AcronymKeys.key("UN", french: false))
        #expect(AcronymKeys.isAcronym("OSCE") && !AcronymKeys.isAcronym("Osce") && !AcronymKeys.isAcronym("A"))
    }

    @Test("document symbols are single anchors")
    func symbols() {
        #expect(FeatureExtractor.isSymbol("MC.DEC/2/09"))
        #expect(FeatureExtractor.isSymbol("A/65/201"))
        #expect(!FeatureExtractor.isSymbol("and/or"))
        #expect(!FeatureExtractor.isSymbol("2011"))
    }
}
