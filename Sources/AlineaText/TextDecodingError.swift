/// Why a file's bytes could not be turned into text. Each message says what
/// the user can do about it.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no bytes (or only a byte-order mark / white space).
    case empty
    /// The input looks like binary data (NUL or control bytes), not text.
    case binary(offset: Int)
    /// A byte sequence is invalid in the encoding that was detected or forced.
    case undecodable(encoding: String, offset: Int)
    /// ICU has no converter of that name.
    case unknownEncoding(String)

    public var description: String {
        switch self {
        case .empty:
            return "the input is empty: there is no text to process"
        case .binary(let offset):
            return "the input looks like binary data (control byte at offset \(offset)), not a text file; export the document as plain text first"
        case .undecodable(let encoding, let offset):
            return "the bytes at offset \(offset) are not valid \(encoding); pass --encoding with the file's real encoding"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)'; use a name such as utf-8, utf-16le, utf-16be or windows-1252"
        }
    }
}
