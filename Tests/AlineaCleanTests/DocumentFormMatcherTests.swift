import Testing
import AlineaClean

@Suite("DocumentFormMatcher")
struct DocumentFormMatcherTests {
    let matcher = DocumentFormMatcher(model: OCRConfusionModel(language: .french),
                                      forms: ["canal", "calque", "nouveau", "threads", "partitionner", "documents",
                                              "peuvent", "charriot"])

    /// The forms matched to `token` within the cost a five-letter word may reach.
    func words(_ token: String, maxCost: Double = 1.8) -> [String] {
        matcher.matches(for: token, maxCost: maxCost).map(\.word)
    }

    @Test("a word hit twice or three times is matched to the form the document writes")
    func twoOrThreeHits() {
        // v for n (no listed confusion) and i for l (a listed one).
        #expect(words("cawai") == ["canal"])
        // e for o, y for u: two listed shapes.
        #expect(words("neuveay") == ["nouveau"])
        // A letter swapped with its neighbour's place: two letters misread.
        #expect(words("penveut") == ["peuvent"])
        #expect(words("chacfiot") == ["charriot"])
    }

    @Test("the match costs the model's prices: a listed confusion its own, any other letter the generic price")
    func prices() throws {
        let model = OCRConfusionModel(language: .french)
        func price(_ observed: String, _ intended: String) throws -> Double {
            try #require(model.substitutions.first { String(String.UnicodeScalarView($0.observed)) == observed
                && String(String.UnicodeScalarView($0.intended)) == intended }?.cost)
        }
        let listed = try #require(matcher.matches(for: "neuveay", maxCost: 3).first?.cost)
        #expect(abs(listed - (try price("e", "o") + price("y", "u"))) < 1e-9)
        let generic = try #require(matcher.matches(for: "cawai", maxCost: 3).first?.cost)
        #expect(abs(generic - (try price("i", "l") + DocumentFormMatcher.otherLetterCost)) < 1e-9)
    }

    @Test("one edit is left to the one-letter search, two edits outside the model are too many")
    func limits() {
        // One letter lost, added or misread: not this matcher's business.
        #expect(words("canai").isEmpty)
        #expect(words("calqve").isEmpty)
        // Two letters misread with no listed confusion.
        #expect(words("dqcumqnts", maxCost: 3).isEmpty)
    }

    @Test("nothing outside the model at a word's ends: a word glued on or cut off, or another ending")
    func ends() {
        #expect(words("pthreads", maxCost: 3).isEmpty)
        #expect(words("partitionneur", maxCost: 3).isEmpty)
        #expect(words("partitionnez", maxCost: 3).isEmpty)
    }

    @Test("a form more than two letters longer or shorter is never tried")
    func lengths() {
        #expect(words("can", maxCost: 10).isEmpty)
        #expect(words("nouveautes", maxCost: 10).isEmpty)
    }
}
