#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `.aff` or `.dic` file a `FormTable` was built from: its path, size,
/// modification time and content digest.
///
/// Why all four: a table replays libhunspell's answers for one exact pair of
/// files. Path, size and time notice an upgraded `hunspell-fr` package at the
/// cost of a `stat`; the digest (`ContentHash`) also notices a file rewritten
/// in place with the same size and time, so a stale table is never used.
public struct DictionaryFileIdentity: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The path the dictionary was opened from, as given.
    public let path: String
    /// Size in bytes.
    public let size: UInt64
    /// Modification time, nanoseconds since 1970.
    public let modificationNanoseconds: Int64
    /// `ContentHash` of the file's bytes.
    public let contentHash: UInt64

    /// An identity as recorded in a table header.
    public init(path: String, size: UInt64, modificationNanoseconds: Int64, contentHash: UInt64) {
        self.path = path
        self.size = size
        self.modificationNanoseconds = modificationNanoseconds
        self.contentHash = contentHash
    }

    /// The identity of the file at `path` now (reads and digests the whole file).
    public init(of path: String) throws(FormTableError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let mapped = try MappedFile(path: path)
        self.init(
            path: path,
            size: UInt64(status.st_size),
            modificationNanoseconds: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec),
            contentHash: ContentHash.of(mapped.bytes)
        )
    }

    public var description: String {
        "\(path) (\(size) bytes, modified \(modificationNanoseconds / 1_000_000_000), digest \(String(contentHash, radix: 16)))"
    }
}
