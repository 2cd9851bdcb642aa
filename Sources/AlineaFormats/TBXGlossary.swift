import AlineaAlign
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a TermBase eXchange file (ISO 30042: TBX-Basic, TBX 2 `martif`
/// `<termEntry>/<langSet>/<tig>/<term>` and TBX 3 `<conceptEntry>/<langSec>`),
/// the format terminology tools (MultiTerm, memoQ, OmegaT) export, so a
/// translator's term base helps the aligner without being converted by hand.
///
/// Every French term of an entry is paired with every English term of the same
/// entry (synonyms, abbreviations, full forms); languages are recognised by the
/// primary subtag of `xml:lang` (`fr`, `fr-FR`, `FR-ca` are all French).
public enum TBXGlossary {
    /// True when the bytes look like TBX rather than a TSV glossary: an XML
    /// document whose root is `martif` or `tbx`.
    public static func recognises(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).hasPrefix("<") else { return false }
        return head.contains("<martif") || head.contains("<tbx")
    }

    /// The French–English term pairs of a TBX document.
    /// - Throws: `BilingualDictionaryError.unreadableGlossary` when the XML is
    ///   not well-formed, `.emptyGlossary` when no entry holds both languages.
    public static func pairs(in bytes: [UInt8], path: String) throws -> [(french: String, english: String)] {
        let reader = EntryCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw BilingualDictionaryError.unreadableGlossary(
                path: path, reason: "not well-formed TBX/XML near line \(parser.lineNumber): \(reason)")
        }
        guard !reader.pairs.isEmpty else { throw BilingualDictionaryError.emptyGlossary(path: path) }
        return reader.pairs
    }

    /// The language a `xml:lang` value names, when it is one the aligner uses.
    static func language(of tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        return primary == "fr" || primary == "en" ? primary : nil
    }

    /// SAX delegate collecting the terms of each entry by language.
    private final class EntryCollector: NSObject, XMLParserDelegate {
        var pairs: [(french: String, english: String)] = []
        private var terms: [String: [String]] = [:]
        private var languages: [String?] = []
        private var term: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch Self.local(name) {
            case "termentry", "conceptentry": terms = [:]
            case "langset", "langsec": languages.append(attributes["xml:lang"].flatMap(TBXGlossary.language(of:)))
            case "term": term = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            term?.append(string)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch Self.local(name) {
            case "term":
                let text = (term ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let language = languages.last ?? nil, !text.isEmpty, !(terms[language]?.contains(text) ?? false) {
                    terms[language, default: []].append(text)
                }
                term = nil
            case "langset", "langsec":
                _ = languages.popLast()
            case "termentry", "conceptentry":
                for french in terms["fr"] ?? [] {
                    for english in terms["en"] ?? [] { pairs.append((french, english)) }
                }
                terms = [:]
            default: break
            }
        }

        /// Element names compared without prefix or case (`tbx:termEntry`, `termEntry`).
        private static func local(_ name: String) -> String {
            (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
        }
    }
}
