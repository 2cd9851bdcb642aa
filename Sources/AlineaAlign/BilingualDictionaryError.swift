/// Why a bilingual dictionary or glossary could not be loaded, phrased so the
/// user knows what to install or fix.
public enum BilingualDictionaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A FreeDict file is absent: the Debian package is not installed.
    case missingFreeDict(path: String, package: String)
    /// A FreeDict file exists but could not be decompressed or parsed.
    case corruptFreeDict(path: String, reason: String)
    /// The glossary file could not be read.
    case unreadableGlossary(path: String, reason: String)
    /// A glossary line is not `french<TAB>english`.
    case badGlossaryLine(path: String, line: Int, content: String)
    /// The glossary holds no entry at all.
    case emptyGlossary(path: String)

    public var description: String {
        switch self {
        case .missingFreeDict(let path, let package):
            return "\(path): FreeDict dictionary not found; install it with `apt-get install \(package)` or align without a dictionary"
        case .corruptFreeDict(let path, let reason):
            return "\(path): cannot read the FreeDict dictionary (\(reason)); reinstall its Debian package"
        case .unreadableGlossary(let path, let reason):
            return "\(path): cannot read the glossary (\(reason))"
        case .badGlossaryLine(let path, let line, let content):
            let shown = content.count > 60 ? String(content.prefix(60)) + "…" : content
            return "\(path):\(line): expected `french<TAB>english` (or a `#` comment), found \"\(shown)\""
        case .emptyGlossary(let path):
            return "\(path): the glossary holds no `french<TAB>english` entry"
        }
    }
}
