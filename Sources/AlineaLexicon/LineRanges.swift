#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file's bytes as index ranges (without the `\n`, nor any
/// `\r` before it), and the space- or tab-separated fields of a line.
///
/// The prefilter reads the whole French dictionary at start-up; walking
/// ranges of one buffer instead of building an array per line and per field
/// made that several times cheaper.
struct LineRanges: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is not part of the first line.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func next() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let start = position
        // memchr scans many bytes per step: the French dictionary's 2.6 MB are
        // split into lines twice at start-up (roots, grammatical words).
        var end = bytes.count
        if let base = bytes.baseAddress, let newline = memchr(base + start, 0x0A, bytes.count - start) {
            end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
        }
        position = end + 1
        while end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The space- or tab-separated fields of `line`.
    func fields(of line: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var index = line.lowerBound
        while index < line.upperBound {
            while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            let start = index
            while index < line.upperBound, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
            if index > start { fields.append(start..<index) }
        }
        return fields
    }

    /// The bytes of `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether the bytes of `range` are `text`.
    func bytes(_ range: Range<Int>, equal text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount else { return false }
        let pointer = text.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }
}
