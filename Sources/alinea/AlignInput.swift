import AlineaStructure
import AlineaText
import Foundation

/// One side of `alinea align` as read from disk: either plain text (any
/// encoding, raw OCR or cleaned) or an already segmented document (the JSON
/// of `alinea segment --format json`), recognised by its `schema` key.
enum AlignInput {
    case text(String)
    case segmented(StructuredDocument)

    /// Reads `path`; JSON is only taken for a segment document when it says so.
    static func read(_ path: String, encoding: String?) throws -> AlignInput {
        let bytes = try FileAccess.read(path)
        if let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
           first == UInt8(ascii: "{"),
           let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
           object["schema"] as? String == StructuredDocument.schemaName {
            do {
                return .segmented(try JSONDecoder().decode(StructuredDocument.self, from: Data(bytes)))
            } catch {
                throw AlignCommandError.unreadableSegments(path: path, reason: Self.describe(error))
            }
        }
        let normalizer = DocumentNormalizer(encoding: encoding.map(TextEncoding.init(userName:)))
        do {
            return .text(try normalizer.normalize(bytes).text)
        } catch let error as TextDecodingError {
            throw AlignCommandError.notText(path: path, reason: error)
        }
    }

    /// Text for language guessing (long inputs sampled, `LanguageGuesser.sample`).
    var sampleText: String {
        switch self {
        case .text(let text): return LanguageGuesser.sample(of: text)
        case .segmented(let document): return document.blocks.prefix(400).map(\.text).joined(separator: "\n")
        }
    }

    /// The `--units lines` units: non-empty lines as given (hunalign input),
    /// or the blocks of a segmented document.
    var lines: [String] {
        switch self {
        case .text(let text):
            // Split on UTF-8 bytes: a 100,000-line file is cut in milliseconds.
            return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
                .compactMap { bytes in
                    let line = Substring(bytes)
                    return line.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? nil : String(line)
                }
        case .segmented(let document):
            return document.blocks.map(\.text)
        }
    }

    /// A decoding failure in a few words (the key or value at fault).
    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        default: return "\(error)"
        }
    }
}
