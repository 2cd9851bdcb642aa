import AlineaStructure
import Foundation

/// The three printed forms of a segmented document (`alinea segment --format`).
enum SegmentRendering {
    static func render(_ document: StructuredDocument, format: SegmentCommand.Format, units: SegmentCommand.Units) throws -> String {
        switch format {
        case .json: return try json(document)
        case .outline: return outline(document)
        case .lines: return lines(document, units: units)
        }
    }

    /// The versioned JSON form (docs/segment-schema.md).
    static func json(_ document: StructuredDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// An outline for people: one line per block with its type tag (and number
    /// or header field), then its sentences indented when there are several,
    /// sub-clauses below them.
    static func outline(_ document: StructuredDocument) -> String {
        var out = "# language: \(document.language)"
        if let original = document.originalLanguage { out += " · original: \(original)" }
        if let symbol = document.symbol { out += " · symbol: \(symbol)" }
        out += " · \(document.blocks.count) blocks, \(document.blocks.reduce(0) { $0 + $1.sentences.count }) sentences\n"
        for (index, block) in document.blocks.enumerated() {
            var tag = block.type.rawValue
            if let number = block.number { tag += " \(number)" }
            if let field = block.field { tag += ":\(field)" }
            out += String(format: "%3d ", index) + "[\(tag)] \(block.text)\n"
            let showSentences = block.sentences.count > 1 || block.sentences.contains { $0.subclauses != nil }
            guard showSentences else { continue }
            for sentence in block.sentences {
                out += "      • \(sentence.text)\n"
                for subclause in sentence.subclauses ?? [] {
                    out += "          – \(subclause.text)\n"
                }
            }
        }
        return out
    }

    /// One unit per line, nothing else: sentences (default) or block texts.
    static func lines(_ document: StructuredDocument, units: SegmentCommand.Units) -> String {
        let texts: [String]
        switch units {
        case .sentences: texts = document.blocks.flatMap { $0.sentences.map(\.text) }
        case .blocks: texts = document.blocks.map(\.text)
        }
        return texts.map { $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
    }
}
