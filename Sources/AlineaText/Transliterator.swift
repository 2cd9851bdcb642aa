import CICU

/// An ICU transform such as `Any-Latin; Latin-ASCII`, used to build
/// accent-insensitive keys (`cybersécurité` → `cybersecurite`) for matching
/// cognates and OCR variants. Opening a transliterator parses its rules, so
/// create one and reuse it; an instance is not safe to share across threads.
public final class Transliterator {
    /// The transform ID the instance was opened with.
    public let id: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the transform `id`; throws `ICUError` for an unknown or malformed ID.
    public init(_ id: String) throws {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let opened = units.withUnsafeBufferPointer { alinea_translit_open($0.baseAddress, Int32($0.count), &status) }
        guard let opened, status <= 0 else {
            throw ICUError(code: status > 0 ? status : 1, operation: "opening transliterator '\(id)'")
        }
        self.id = id
        self.handle = opened
    }

    deinit { alinea_translit_close(handle) }

    /// Applies the transform to `text`.
    public func transliterate(_ text: String) throws -> String {
        if text.isEmpty { return text }
        var units = Array(text.utf16)
        var capacity = units.count * 2 + 16
        for _ in 0..<3 {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var status: Int32 = 0
            _ = buffer.withUnsafeMutableBufferPointer {
                alinea_translit_apply(handle, $0.baseAddress, &length, Int32(capacity), &status)
            }
            if status == ICUError.bufferOverflow {
                capacity *= 4
                continue
            }
            try ICUError.check(status, "transliteration '\(id)'")
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
        throw ICUError(code: ICUError.bufferOverflow, operation: "transliteration '\(id)'")
    }
}
