import AlineaAlign
import AlineaFormats
import Testing

@Suite("HTML review page")
struct HTMLReviewWriterTests {
    let html = HTMLReviewWriter(settings: FormatFixtures.settings).render(FormatFixtures.alignment())

    @Test("self-contained: inline CSS, no scripts, no external resources")
    func selfContained() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
    }

    @Test("text is escaped and control characters dropped")
    func escaping() {
        #expect(html.contains("&lt;A&amp;B&gt;"))
        #expect(!html.contains("<A&B>"))
        #expect(!html.contains("\u{0007}"))
    }

    @Test("low-confidence beads are listed first, in a to-review section linking to their rows")
    func reviewFirst() throws {
        let review = try #require(html.range(of: "To review (2)"))
        let table = try #require(html.range(of: "All beads"))
        #expect(review.lowerBound < table.lowerBound)
        let section = html[review.upperBound..<table.lowerBound]
        #expect(section.contains("href=\"#b3\"") && section.contains("href=\"#b6\""))
        #expect(!section.contains("href=\"#b1\""))
        #expect(html.contains("<tr id=\"b3\" class=\"review\""))
        #expect(html.contains("<tr id=\"b1\" class=\"sure\""))
        #expect(html.contains("<tr id=\"b5\" class=\"check\""))
    }

    @Test("summary counts, block types and clause numbers are shown")
    func summary() {
        #expect(html.contains("6 beads"))
        #expect(html.contains("4 translation units; 2 without counterpart"))
        #expect(html.contains("<span class=\"tag\">operative</span><span class=\"tag\">1</span>"))
        #expect(html.contains("(no counterpart)"))
    }
}
