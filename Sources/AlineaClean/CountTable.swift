/// The rows of a generated table of counts (`form count`, `à next gauche 268 0`):
/// a key of space-separated words followed by whole numbers, one row per line.
/// The tables ship as string literals of thousands of lines and are read once
/// per process, before the first French word is judged, so the lines are cut
/// over their UTF-8 bytes rather than split into substrings (which cost more
/// than the rest of a short document's cleaning).
enum CountTable {
    /// The rows of `table` whose line holds `keyFields` words and then `counts`
    /// numbers, each as its key (the words joined by single spaces, as written)
    /// and numbers, in order. Other lines (comments, blank or malformed) are skipped.
    static func rows(in table: String, keyFields: Int, counts: Int) -> [(key: String, counts: [Int])] {
        var table = table
        return table.withUTF8 { bytes in
            var rows: [(key: String, counts: [Int])] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if let row = row(bytes, lineStart, lineEnd, keyFields: keyFields, counts: counts) { rows.append(row) }
                lineStart = lineEnd + 1
            }
            return rows
        }
    }

    /// One line's row, or nil when it does not hold exactly the fields asked for.
    private static func row(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                            keyFields: Int, counts: Int) -> (key: String, counts: [Int])? {
        // Where each field starts and ends; single spaces between fields.
        var fields: [Range<Int>] = []
        fields.reserveCapacity(keyFields + counts)
        var fieldStart = start
        for position in start...end where position == end || bytes[position] == 0x20 {
            guard position > fieldStart else { return nil }
            fields.append(fieldStart..<position)
            fieldStart = position + 1
        }
        guard fields.count == keyFields + counts else { return nil }
        var numbers: [Int] = []
        numbers.reserveCapacity(counts)
        for field in fields[keyFields...] {
            var value = 0
            for position in field {
                let digit = Int(bytes[position]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            numbers.append(value)
        }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[0].lowerBound..<fields[keyFields - 1].upperBound]),
                         as: UTF8.self)
        return (key, numbers)
    }
}
