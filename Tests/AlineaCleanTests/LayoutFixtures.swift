import AlineaClean
import AlineaLexicon
import Foundation

/// Shared data for the layout and cleaner tests: corpus files, the French
/// lexicon (loaded once), and a generator that hard-wraps clean paragraphs
/// the way a scanner's OCR lays them out.
enum LayoutFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A corpus file's text, or nil when absent.
    static func corpus(_ relative: String) -> String? {
        try? String(contentsOf: repository.appendingPathComponent(relative), encoding: .utf8)
    }

    /// The UDHR in French from ../shared (read at run time, never committed).
    static var udhr: String? {
        try? String(contentsOf: repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/udhr/fra.txt"), encoding: .utf8)
    }

    static let french: HunspellDictionary? = try? HunspellDictionary(language: "fr")

    /// Runs the layout stages (page furniture, footnotes, reading order, layout) and returns the output and stages.
    static func layout(_ text: String, lexicon: HunspellDictionary? = french) -> (text: String, log: CleanupLog) {
        var current = text
        var stages: [EditStage] = []
        for stage in [{ PageFurnitureRemover().remove($0) }, { FootnoteRelocator().relocate($0) },
                      { ReadingOrderRepairer(lexicon: lexicon).repair($0) },
                      { LayoutRepairer(lexicon: lexicon).repair($0) }] as [(String) -> EditStage] {
            let result = stage(current)
            stages.append(result)
            current = result.apply(to: current)
        }
        return (current, CleanupLog(stages: stages))
    }

    /// Greedy word wrap at `width`, the way OCR returns a printed paragraph.
    static func wrap(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Paragraphs of running text from the clean FSC decision (its long lines).
    static var paragraphs: [String] {
        (corpus("Corpora/osce/fsc-dec-10-08.fr.txt") ?? "").split(separator: "\n").map(String.init).filter { $0.count > 150 }
    }

    /// A scan-like rendering of `paragraphs`: wrapped at 72, a blank line
    /// between paragraphs, and every `pageLines` lines a page break with a
    /// page number, the running header `symbol`, and an indented first line.
    static func scanned(_ paragraphs: [String], pageLines: Int = 14, symbol: String = "FSC.DEC/10/08") -> String {
        var output: [String] = []
        var count = 0, page = 1
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { output.append("") }
            for line in wrap(paragraph, width: 72) {
                count += 1
                if count % pageLines == 0 {
                    page += 1
                    output += ["", "- \(page) -", "", symbol]
                    output.append(" " + line)
                } else {
                    output.append(line)
                }
            }
        }
        return output.joined(separator: "\n") + "\n"
    }
}
