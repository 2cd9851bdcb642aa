/// The encodings exported scanned documents arrive in. Anything ICU's
/// converters know can be forced by name through `.named`.
public enum TextEncoding: Equatable, Sendable, CustomStringConvertible {
    case utf8
    /// UTF-8 that started with the byte-order mark EF BB BF.
    case utf8BOM
    case utf16LE, utf16BE
    /// Windows-1252, the superset of ISO-8859-1 that gives meaning to bytes
    /// 0x80–0x9F (`’`, `—`, `œ`), as browsers read "Latin-1" files.
    case windows1252
    /// Any other ICU converter name.
    case named(String)

    /// The ICU converter name.
    public var icuName: String {
        switch self {
        case .utf8, .utf8BOM: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .windows1252: return "windows-1252"
        case .named(let name): return name
        }
    }

    public var description: String {
        switch self {
        case .utf8BOM: return "UTF-8 (with BOM)"
        case .utf16LE: return "UTF-16LE (with BOM)"
        case .utf16BE: return "UTF-16BE (with BOM)"
        default: return icuName
        }
    }

    /// Parses a user-given encoding name (`utf-8`, `latin1`, `cp1252`, `utf-16le`…).
    public init(userName: String) {
        switch userName.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "windows-1252", "cp1252", "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .windows1252
        default: self = .named(userName)
        }
    }
}
