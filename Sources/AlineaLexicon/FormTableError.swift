/// Why a `FormTable` could not be opened or built.
///
/// Opening errors are never fatal to a caller that has libhunspell: the
/// dictionary then answers every word as it did without a table. Each message
/// says how to get a good table back.
public enum FormTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No table has been built at this path.
    case missing(path: String)
    /// A file could not be read (the table, or a dictionary file to identify).
    case unreadable(path: String, reason: String)
    /// The file is not a form table at all (wrong magic bytes).
    case notATable(path: String)
    /// The table was written by another version of the format.
    case unsupportedVersion(path: String, found: UInt32, expected: UInt32)
    /// The file is shorter than its header says (an interrupted copy, a full disk).
    case truncated(path: String, expected: UInt64, actual: UInt64)
    /// The header or the body does not check out (a digest or a bound is wrong).
    case corrupt(path: String, detail: String)
    /// The dictionary files changed since the table was built.
    case stale(path: String, detail: String)
    /// The affix expander (`unmunch`) is not installed.
    case expanderMissing(tool: String, package: String)
    /// The affix expander ran but failed.
    case expanderFailed(tool: String, status: Int32, message: String)
    /// The expander produced no usable form.
    case noForms(dictionaryPath: String)
    /// The table could not be written.
    case unwritable(path: String, reason: String)

    /// The command that rebuilds a table, quoted in messages.
    static let rebuild = "alinea lexicon build"

    public var description: String {
        switch self {
        case .missing(let path):
            return "no form table at \(path); build one with `\(Self.rebuild)` (about a minute)"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .notATable(let path):
            return "\(path): not an Alinea form table; delete it or rebuild with `\(Self.rebuild)`"
        case .unsupportedVersion(let path, let found, let expected):
            return "\(path): form table format \(found), this alinea reads format \(expected); rebuild with `\(Self.rebuild)`"
        case .truncated(let path, let expected, let actual):
            return "\(path): truncated (\(actual) of \(expected) bytes); rebuild with `\(Self.rebuild)`"
        case .corrupt(let path, let detail):
            return "\(path): damaged (\(detail)); rebuild with `\(Self.rebuild)`"
        case .stale(let path, let detail):
            return "\(path): out of date (\(detail)); rebuild with `\(Self.rebuild)`"
        case .expanderMissing(let tool, let package):
            return "\(tool) is not installed; install it with: apt-get install \(package)"
        case .expanderFailed(let tool, let status, let message):
            return "\(tool) failed with status \(status): \(message)"
        case .noForms(let dictionaryPath):
            return "expanding \(dictionaryPath) gave no forms; is it a Hunspell .dic file?"
        case .unwritable(let path, let reason):
            return "\(path): cannot be written (\(reason))"
        }
    }
}
