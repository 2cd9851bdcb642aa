#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only into memory, unmapped when the last reference goes.
///
/// Why mapping rather than reading: a `FormTable` holds about a million forms
/// and a run looks up a few thousand of them; mapping lets the kernel bring in
/// only the pages a lookup touches, and lets concurrent processes share them.
/// The bytes never change while mapped (the table is replaced by rename, never
/// rewritten in place), so the object is immutable and can be shared across threads.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer
    private let mappedLength: Int

    /// Maps the file at `path`.
    init(path: String) throws(FormTableError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        let length = Int(status.st_size)
        guard length > 0 else {
            // mmap refuses an empty range; an empty file is simply no bytes.
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            mappedLength = 0
            return
        }
        guard let start = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0),
              start != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: start, count: length)
        mappedLength = length
    }

    deinit {
        if mappedLength > 0, let start = bytes.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: start), mappedLength)
        }
    }
}
