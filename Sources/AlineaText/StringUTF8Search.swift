extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8
    /// (no Unicode equivalence: meant for ASCII tags such as Hunspell's
    /// `po:nom`). With Foundation imported, `contains(_:)` goes through
    /// `NSString` and a locale-aware search, which made a tenth of the
    /// cleaner's time when asked of every morphological analysis.
    @inlinable
    public func contains(utf8 needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// The first occurrence of `needle`, compared byte for byte in UTF-8 like
    /// `contains(utf8:)`: Foundation's `range(of:)` converts both strings to
    /// UTF-16 and searches with a locale, for an ASCII tag in an analysis.
    @inlinable
    public func range(utf8 needle: String) -> Range<Index>? {
        guard let offset = utf8Offset(of: needle) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The UTF-8 offset of the first occurrence of `needle`, if any.
    @inlinable
    func utf8Offset(of needle: String) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.find(pattern, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
        }
    }

    @usableFromInline
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard bytes.count >= pattern.count else { return nil }
        var start = 0
        let last = bytes.count - pattern.count
        while start <= last {
            if bytes[start] == first {
                var k = 1
                while k < pattern.count && bytes[start + k] == pattern[k] { k += 1 }
                if k == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }
}
