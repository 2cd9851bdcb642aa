@testable import AlineaClean
import Testing

@Suite("HTML review page")
struct CleanReportTests {
    @Test("every change is placed where it landed in the output, and the page is escaped and self-contained")
    func report() {
        let layout = EditStage(name: "layout", edits: [Edit(offset: 3, before: "\n", after: " ", rule: "join-lines", confidence: 0.9)])
        let words = EditStage(name: "words", edits: [Edit(offset: 4, before: "I’<b>", after: "l’<b>", rule: "elision-l", confidence: 0.95)])
        let log = CleanupLog(stages: [layout, words], suggestions: [Edit(offset: 0, before: "Une", after: "Un", rule: "accent", confidence: 0.3)])
        let input = "Une\nI’<b> & co\n"
        let output = log.apply(to: input)
        let report = CleanReport(result: CleanResult(text: output, log: log, language: .french), title: "a<b>.txt")
        let spans = report.locate()
        #expect(spans.map(\.start) == [3, 4, 0])
        #expect(spans.map(\.end) == [4, 9, 3])
        let html = report.html()
        #expect(html.contains("l’&lt;b&gt;"))
        #expect(html.contains("&amp; co"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("a&lt;b&gt;.txt"))
        #expect(html.contains("class=\"suggestion\""))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link") && !html.contains("<script"))
    }
}
