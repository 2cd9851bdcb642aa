import AlineaText
import Testing

@Suite("Break iteration through ICU")
struct BreakIteratorTests {
    @Test("French sentences, with ICU's abbreviation suppression for M.")
    func frenchSentences() throws {
        let it = try BreakIterator(.sentence, locale: "fr@ss=standard")
        let text = "M. Dupont est arrivé. Il a parlé à l’OSCE. Fin."
        let sentences = try it.segments(of: text).map { String(text[$0.range]) }
        #expect(sentences == ["M. Dupont est arrivé. ", "Il a parlé à l’OSCE. ", "Fin."])
    }

    @Test("English sentences keep e.g. and Mr. inside")
    func englishSentences() throws {
        let it = try BreakIterator(.sentence, locale: "en@ss=standard")
        let text = "Mr. Smith came. It was fine."
        #expect(try it.segments(of: text).count == 2)
    }

    @Test("words are classified as letters or numbers, with offsets mapped back to String indices")
    func words() throws {
        let it = try BreakIterator(.word, locale: "fr")
        let text = "Le 9 mai 2011, l’été 😀 arrive."
        let words = try it.words(of: text)
        #expect(words.map { String(text[$0.range]) }.contains("arrive"))
        #expect(words.filter(\.isNumber).map { String(text[$0.range]) } == ["9", "2011"])
        let last = try #require(words.last)
        #expect(String(text[last.range]) == "arrive")
        #expect(last.utf16Range.lowerBound == text.utf16.distance(from: text.utf16.startIndex, to: last.range.lowerBound))
    }

    @Test("empty text has no segments")
    func empty() throws {
        #expect(try BreakIterator(.sentence, locale: "fr").segments(of: "").isEmpty)
    }
}
