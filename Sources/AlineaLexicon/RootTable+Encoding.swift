/// The roots as bytes, for the form table to keep them (format 4): parsing
/// the French `.dic` for the prefilter cost about 130 M instructions on every
/// run that loaded it, nearly half the fixed cost of cleaning one decision;
/// copying the arrays back costs a few hundred thousand.
///
/// The layout, little-endian: eight `UInt64` counts (keys, key starts,
/// hashes, flag starts, flag counts, flags, slots, mask), then the arrays in
/// that order (`UInt8`, `Int32`, `UInt32`, `Int32`, `Int32`, `UInt16`,
/// `Int32`), then one byte per root for `standalone`.
extension RootTable {
    /// The table's arrays laid out as above.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        for count in [keys.count, keyStarts.count, hashes.count, flagStarts.count, flagCounts.count, flags.count, slots.count, mask] {
            Self.append(UInt64(count), to: &bytes)
        }
        Self.append(keys, to: &bytes)
        Self.append(keyStarts, to: &bytes)
        Self.append(hashes, to: &bytes)
        Self.append(flagStarts, to: &bytes)
        Self.append(flagCounts, to: &bytes)
        Self.append(flags, to: &bytes)
        Self.append(slots, to: &bytes)
        bytes.append(contentsOf: standalone.map { $0 ? 1 : 0 })
        return bytes
    }

    /// The table `encoded()` wrote, or nil when `bytes` is no such table:
    /// counts that disagree with the length or with each other, or an index
    /// out of its array (a damaged file must not make a lookup trap).
    init?(encoded bytes: UnsafeRawBufferPointer) {
        var reader = Reader(bytes: bytes)
        guard let counts = reader.counts(8) else { return nil }
        let roots = counts[2]
        guard counts[1] == roots + 1, counts[3] == roots, counts[4] == roots, counts[6] > 0,
              counts[6] & (counts[6] - 1) == 0, counts[7] == counts[6] - 1,
              let keys: [UInt8] = reader.array(counts[0]), let keyStarts: [Int32] = reader.array(counts[1]),
              let hashes: [UInt32] = reader.array(counts[2]), let flagStarts: [Int32] = reader.array(counts[3]),
              let flagCounts: [Int32] = reader.array(counts[4]), let flags: [UInt16] = reader.array(counts[5]),
              let slots: [Int32] = reader.array(counts[6]), let standalone: [UInt8] = reader.array(roots),
              reader.isAtEnd else { return nil }
        guard keyStarts[0] == 0, Int(keyStarts[roots]) == keys.count else { return nil }
        for index in 0..<roots {
            let flagStart = Int(flagStarts[index]), flagCount = Int(flagCounts[index])
            guard keyStarts[index] <= keyStarts[index + 1], flagStart >= 0, flagCount >= 0,
                  flagStart + flagCount <= flags.count else { return nil }
        }
        for slot in slots where slot < 0 || Int(slot) > roots { return nil }
        self.init(keys: keys, keyStarts: keyStarts, hashes: hashes, flagStarts: flagStarts, flagCounts: flagCounts,
                  flags: flags, standalone: standalone.map { $0 != 0 }, slots: slots, mask: counts[7])
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func append<T: FixedWidthInteger>(_ values: [T], to bytes: inout [UInt8]) {
        for value in values { append(value, to: &bytes) }
    }

    /// Reads counts and arrays off the front of the bytes.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func counts(_ number: Int) -> [Int]? {
            guard let raw: [UInt64] = array(number), raw.allSatisfy({ $0 <= UInt64(Int32.max) }) else { return nil }
            return raw.map { Int($0) }
        }

        mutating func array<T: FixedWidthInteger>(_ count: Int) -> [T]? {
            let length = count * MemoryLayout<T>.size
            guard count >= 0, length <= bytes.count - offset else { return nil }
            let start = offset
            offset += length
            // One copy of the bytes (a million values read one by one cost tens of millions of instructions).
            var values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                if length > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)])) }
                initialized = count
            }
            if T.self != UInt8.self, 1.littleEndian != 1 {
                for index in values.indices { values[index] = T(littleEndian: values[index]) }
            }
            return values
        }
    }
}
