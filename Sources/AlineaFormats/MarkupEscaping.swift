/// Escaping shared by the XML (TMX) and HTML writers. XML 1.0 cannot carry
/// C0 control characters other than tab, LF and CR, nor U+FFFE/U+FFFF, even
/// as character references, so those are dropped: an OCR stray control byte
/// must not make the whole memory unreadable.
enum MarkupEscaping {
    /// Whether XML 1.0 allows the scalar in a document.
    static func isLegalXML(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Text content: `&`, `<`, `>` escaped (`>` too, for `]]>`), illegal characters removed.
    static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// Attribute values (double-quoted): also `"` and `'`; tabs and line breaks
    /// as references so attribute normalisation keeps them.
    static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where quotes: out.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where quotes: out.append(contentsOf: "&apos;".unicodeScalars)
            case "\t" where quotes: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where quotes: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: if isLegalXML(c) { out.append(c) }
            }
        }
        return String(out)
    }
}
