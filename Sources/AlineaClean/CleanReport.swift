import AlineaText
/// A self-contained HTML page (inline CSS, no external resources) for a
/// translator to review a cleaning run: the cleaned text with every change
/// highlighted where it landed (before → after, rule and confidence in a
/// tooltip), suggestions in their own colour, and a table of all changes.
public struct CleanReport: Sendable {
    public let result: CleanResult
    /// A title for the page (usually the input file name).
    public let title: String

    public init(result: CleanResult, title: String) {
        self.result = result
        self.title = title
    }

    /// One highlighted span of the output, in Unicode scalars.
    struct Span {
        let start: Int
        let end: Int
        let edit: Edit
        let stage: String
        let id: Int
        let isSuggestion: Bool
    }

    /// The page.
    public func html() -> String {
        let spans = locate()
        let output = Array(result.text.unicodeScalars)
        var body = ""
        var position = 0
        for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) where span.start >= position {
            body += Self.escape(Self.text(output[position..<span.start]))
            let visible = Self.text(output[span.start..<min(span.end, output.count)])
            let kind = span.isSuggestion ? "suggestion" : (span.stage == "words" || span.stage == "apostrophes" ? "word" : "layout")
            let tip = "\(span.stage) · \(span.edit.rule) · \(Self.show(span.edit.before)) → \(Self.show(span.edit.after)) · confidence \(Self.percent(span.edit.confidence))"
            let marker: String
            if span.isSuggestion {
                marker = Self.escape(visible)
            } else if visible.isEmpty {
                marker = "<span class=\"gone\">⌫</span>"
            } else if visible.allSatisfy({ $0 == "\n" }) {
                marker = "<span class=\"mark\">¶</span>" + visible
            } else if visible == " " && span.edit.before.contains("\n") {
                marker = "<span class=\"mark\">⏎</span> "
            } else {
                marker = Self.escape(visible)
            }
            body += "<span class=\"\(kind)\" id=\"c\(span.id)\" title=\"\(Self.escape(tip))\">\(marker)</span>"
            position = max(span.end, span.start)
        }
        body += Self.escape(Self.text(output[min(position, output.count)...]))

        var rows = ""
        for span in spans.sorted(by: { $0.id < $1.id }) {
            rows += "<tr class=\"\(span.isSuggestion ? "suggestion" : "")\"><td><a href=\"#c\(span.id)\">\(span.id)</a></td>"
                + "<td>\(Self.escape(span.isSuggestion ? "suggestion" : span.stage))</td><td>\(Self.escape(span.edit.rule))</td>"
                + "<td><code>\(Self.escape(Self.show(span.edit.before)))</code></td><td><code>\(Self.escape(Self.show(span.edit.after)))</code></td>"
                + "<td>\(Self.percent(span.edit.confidence))</td></tr>\n"
        }
        let applied = result.log.appliedEdits.count, suggested = result.log.suggestions.count
        let summary = result.log.ruleCounts.map { "\($0.count) \($0.rule)" }.joined(separator: ", ")
        return """
            <!DOCTYPE html>
            <html lang="\(result.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>Cleanup review — \(Self.escape(title))</title>
            <style>
            body { font-family: Georgia, serif; margin: 2em auto; max-width: 60em; line-height: 1.5; color: #222; }
            h1 { font-size: 1.4em; } .summary { color: #555; }
            .text { white-space: pre-wrap; border: 1px solid #ccc; padding: 1em; background: #fdfdfb; }
            .word { background: #c8f0c8; border-bottom: 2px solid #2a8a2a; }
            .layout { background: #e4ecf8; }
            .suggestion { background: #ffe2a8; border-bottom: 2px dashed #c07000; }
            .mark { color: #6080b0; font-size: 0.8em; }
            .gone { color: #b03030; font-size: 0.8em; }
            table { border-collapse: collapse; margin-top: 1em; font-size: 0.9em; }
            td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
            tr.suggestion td { background: #fff3d6; }
            code { white-space: pre-wrap; }
            </style>
            </head>
            <body>
            <h1>Cleanup review — \(Self.escape(title))</h1>
            <p class="summary">Language: \(result.language.rawValue). \(applied) changes applied\(summary.isEmpty ? "" : " (\(Self.escape(summary)))"), \(suggested) suggestions not applied.
            Hover a highlight for before → after, rule and confidence.
            <span class="word">word repair</span> <span class="layout">layout</span> <span class="suggestion">suggestion</span></p>
            <div class="text">\(body)</div>
            <h2>All changes</h2>
            <table>
            <tr><th>#</th><th>stage</th><th>rule</th><th>before</th><th>after</th><th>confidence</th></tr>
            \(rows)</table>
            </body>
            </html>

            """
    }

    /// Where each applied edit and each suggestion lies in the final output.
    func locate() -> [Span] {
        let stages = result.log.stages
        var spans: [Span] = []
        var id = 1
        for (index, stage) in stages.enumerated() {
            var shift = 0
            for edit in stage.edits {
                var start = edit.offset + shift
                var end = start + edit.after.unicodeScalars.count
                shift += edit.after.unicodeScalars.count - edit.before.unicodeScalars.count
                for later in stages[(index + 1)...] {
                    start = Self.map(start, through: later, towardsEnd: false)
                    end = max(start, Self.map(end, through: later, towardsEnd: true))
                }
                spans.append(Span(start: start, end: end, edit: edit, stage: stage.name, id: id, isSuggestion: false))
                id += 1
            }
        }
        for suggestion in result.log.suggestions {
            spans.append(Span(start: suggestion.offset, end: suggestion.offset + suggestion.before.unicodeScalars.count,
                              edit: suggestion, stage: "words", id: id, isSuggestion: true))
            id += 1
        }
        return spans
    }

    /// Maps a position in a stage's input to its output; a position inside a
    /// replaced text goes to the start (or end) of the replacement.
    static func map(_ position: Int, through stage: EditStage, towardsEnd: Bool) -> Int {
        var shift = 0
        for edit in stage.edits {
            let beforeEnd = edit.offset + edit.before.unicodeScalars.count
            if beforeEnd <= position && !(edit.before.isEmpty && edit.offset == position && !towardsEnd) {
                shift += edit.after.unicodeScalars.count - edit.before.unicodeScalars.count
            } else if edit.offset < position {
                return towardsEnd ? edit.offset + shift + edit.after.unicodeScalars.count : edit.offset + shift
            } else {
                break
            }
        }
        return position + shift
    }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(scalars: scalars) }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Makes invisible characters visible in tooltips and the table.
    static func show(_ text: String) -> String {
        if text.isEmpty { return "∅" }
        return text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\t", with: "⇥")
    }

    static func percent(_ confidence: Double) -> String { "\(Int((confidence * 100).rounded()))%" }
}
