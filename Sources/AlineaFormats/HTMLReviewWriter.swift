import AlineaAlign

/// A self-contained HTML page for reviewing an alignment: summary counts at
/// the top, then the beads to review (below the confidence threshold) with
/// links to their rows, then every bead side by side, coloured by confidence
/// (green: sure, amber: check if in doubt, red: review). Inline CSS only, no
/// scripts, no external resources: it opens from a mail attachment or an
/// offline folder exactly as written.
public struct HTMLReviewWriter: AlignmentRenderer {
    public let settings: ExportSettings
    /// Beads at or above this confidence are green; between the low-confidence
    /// threshold and this, amber.
    public var sureConfidence: Double = 0.8

    public init(settings: ExportSettings = ExportSettings()) {
        self.settings = settings
    }

    public func render(_ alignment: Alignment) -> String {
        let e = MarkupEscaping.text, a = MarkupEscaping.attribute
        let beads = ResolvedBead.all(alignment, lowConfidence: settings.lowConfidence)
        let review = beads.filter(\.isLowConfidence)
        let pairs = beads.filter(\.isPair)
        let title = "Alignment" + (settings.documentLabel(for: alignment).map { " — " + $0 } ?? "")
        var shapes: [String: Int] = [:]
        for bead in beads { shapes[bead.shape, default: 0] += 1 }

        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            td,th{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}
            th.n,td.n{width:4.5em}th.c,td.c{width:5.5em}th.t,td.t{width:8em}
            tr.sure td.c{background:#d9f2d9}tr.check td.c{background:#fde9b5}tr.review td.c{background:#f7c6c6}
            tr.review{outline:2px solid #d33}
            td.empty{background:#f3f3f3;color:#999;font-style:italic}
            .tag{display:inline-block;font-size:.8em;background:#eef;border-radius:3px;padding:0 .3em;margin-right:.2em}
            .summary li,.review li{margin:.15em 0}
            :target{background:#ffffcc}
            </style>
            </head>
            <body>
            <h1>\(e(title))</h1>
            <ul class="summary">
            <li>\(beads.count) beads (\(alignment.level.rawValue) level): \(alignment.french.count) French and \(alignment.english.count) English units</li>
            <li>\(pairs.count) translation units; \(beads.count - pairs.count) without counterpart</li>
            <li>shapes: \(e(shapes.sorted { $0.key < $1.key }.map { "\($0.key) × \($0.value)" }.joined(separator: ", ")))</li>
            <li>\(review.count) below confidence \(Self.format(settings.lowConfidence)) to review</li>
            </ul>

            """
        out += "<h2>To review (\(review.count))</h2>\n"
        if review.isEmpty {
            out += "<p>No bead below the confidence threshold.</p>\n"
        } else {
            out += "<ol class=\"review\">\n"
            for bead in review {
                let preview = bead.frenchText.isEmpty ? bead.englishText : bead.frenchText
                out += "<li><a href=\"#b\(bead.index + 1)\">bead \(bead.index + 1)</a> (\(bead.shape), confidence \(Self.format(bead.bead.confidence))): \(e(String(preview.prefix(90))))\(preview.count > 90 ? "…" : "")</li>\n"
            }
            out += "</ol>\n"
        }
        out += "<h2>All beads</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th class=\"c\">conf.</th><th class=\"t\">block</th>"
            + "<th lang=\"\(a(settings.frenchLocale))\">French (\(e(settings.frenchLocale)))</th>"
            + "<th lang=\"\(a(settings.englishLocale))\">English (\(e(settings.englishLocale)))</th></tr></thead>\n<tbody>\n"
        for bead in beads {
            let tags = bead.blockTypes.map { "<span class=\"tag\">\(e($0.rawValue))</span>" }.joined()
                + bead.numbers.map { "<span class=\"tag\">\(e($0))</span>" }.joined()
            out += "<tr id=\"b\(bead.index + 1)\" class=\"\(colour(bead))\"><td class=\"n\">\(bead.index + 1)</td>"
                + "<td class=\"c\">\(Self.format(bead.bead.confidence))</td><td class=\"t\">\(tags)</td>"
                + cell(bead.frenchText, locale: settings.frenchLocale) + cell(bead.englishText, locale: settings.englishLocale) + "</tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    private func colour(_ bead: ResolvedBead) -> String {
        if bead.isLowConfidence { return "review" }
        return bead.bead.confidence >= sureConfidence ? "sure" : "check"
    }

    private func cell(_ text: String, locale: String) -> String {
        if text.isEmpty { return "<td class=\"empty\">(no counterpart)</td>" }
        return "<td lang=\"\(MarkupEscaping.attribute(locale))\">\(MarkupEscaping.text(text))</td>"
    }

    private static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
