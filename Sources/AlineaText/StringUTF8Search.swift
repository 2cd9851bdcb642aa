extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8
    /// (no Unicode equivalence: meant for ASCII tags such as Hunspell's
    /// `po:nom`). With Foundation imported, `contains(_:)` goes through
    /// `NSString` and a locale-aware search, which made a tenth of the
    /// cleaner's time when asked of every morphological analysis.
    @inlinable
    public func contains(utf8 needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.find(pattern, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
        }
    }

    @usableFromInline
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard bytes.count >= pattern.count else { return false }
        var start = 0
        let last = bytes.count - pattern.count
        while start <= last {
            if bytes[start] == first {
                var k = 1
                while k < pattern.count && bytes[start + k] == pattern[k] { k += 1 }
                if k == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
