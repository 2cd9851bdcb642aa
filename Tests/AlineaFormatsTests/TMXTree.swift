import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A TMX document parsed back with Foundation's XMLParser: proves the output
/// is well-formed and lets tests look at what a reader would see.
final class TMXTree: NSObject, XMLParserDelegate {
    struct TU {
        var props: [String: String] = [:]
        var tuvs: [(lang: String, seg: String)] = []
    }
    var header: [String: String] = [:]
    var headerProps: [String: String] = [:]
    var units: [TU] = []
    var rootVersion: String?
    private var text = ""
    private var propType: String?
    private var lang: String?
    private var inTU = false

    /// Parses `xml`; nil when it is not well-formed.
    static func parse(_ xml: String) -> TMXTree? {
        let tree = TMXTree()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = tree
        return parser.parse() ? tree : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        switch name {
        case "tmx": rootVersion = attributes["version"]
        case "header": header = attributes
        case "tu": inTU = true; units.append(TU())
        case "prop": propType = attributes["type"]
        case "tuv": lang = attributes["xml:lang"]
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "prop":
            if inTU { units[units.count - 1].props[propType ?? ""] = text } else { headerProps[propType ?? ""] = text }
        case "seg": units[units.count - 1].tuvs.append((lang ?? "", text))
        case "tu": inTU = false
        default: break
        }
    }
}
