import AlineaText

/// A pass of the cleaner (layout, footnotes, words…) and the edits it made.
/// All edits of a stage refer to the stage's input and do not overlap, so a
/// stage applies (and reverts) as one simultaneous substitution.
public struct EditStage: Codable, Sendable, Equatable {
    /// The pass's name (`layout`, `footnotes`, `words`).
    public var name: String
    /// Its edits, sorted by offset, non-overlapping; at one offset an
    /// insertion comes before the edit that replaces what follows it.
    public var edits: [Edit]

    public init(name: String, edits: [Edit]) {
        self.name = name
        self.edits = edits.sorted { ($0.offset, $0.before.isEmpty ? 0 : 1) < ($1.offset, $1.before.isEmpty ? 0 : 1) }
    }

    /// The stage's output for `input`.
    public func apply(to input: String) -> String {
        Self.substitute(input, edits.map { ($0.offset, $0.before, $0.after) })
    }

    /// `positioned` (edits not applied, with offsets in this stage's input) moved
    /// to offsets in its output; one that overlaps an edit of the stage is dropped,
    /// since the text it would replace is no longer there.
    func carry(_ positioned: [Edit]) -> [Edit] {
        var carried: [Edit] = []
        var shift = 0
        var index = 0
        for item in positioned.sorted(by: { $0.offset < $1.offset }) {
            // Edits that end before the item (an insertion at its offset included) move it.
            while index < edits.count, edits[index].offset + edits[index].before.unicodeScalars.count <= item.offset {
                shift += edits[index].after.unicodeScalars.count - edits[index].before.unicodeScalars.count
                index += 1
            }
            // The next edit must start at or after the item's end.
            if index < edits.count, edits[index].offset < item.offset + item.before.unicodeScalars.count { continue }
            var moved = item
            moved.offset += shift
            carried.append(moved)
        }
        return carried
    }

    /// Where each edit's new text stands in the stage's output (scalar offsets).
    var outputRanges: [Range<Int>] {
        var shift = 0
        return edits.map { edit in
            let start = edit.offset + shift
            let length = edit.after.unicodeScalars.count
            shift += length - edit.before.unicodeScalars.count
            return start..<(start + length)
        }
    }

    /// The stage's input given its `output`: every edit undone.
    public func revert(_ output: String) -> String {
        var shift = 0
        var inverse: [(Int, String, String)] = []
        for edit in edits {
            inverse.append((edit.offset + shift, edit.after, edit.before))
            shift += edit.after.unicodeScalars.count - edit.before.unicodeScalars.count
        }
        return Self.substitute(output, inverse)
    }

    /// Replaces each (offset, old, new) in `text`; `old` must be what is there.
    /// Offsets are counted in scalars, found from the UTF-8 bytes alone (a
    /// scalar starts at every byte that is not a continuation byte), eight
    /// bytes at a time: every stage of a run applies its edits to the whole
    /// text. The result is put together from slices of `text` and the new
    /// strings, which are valid UTF-8 already, so nothing is decoded again.
    private static func substitute(_ text: String, _ changes: [(Int, String, String)]) -> String {
        var text = text
        // (Byte offset, byte length) of each change's old text in `text`.
        let spans: [(start: Int, length: Int)] = text.withUTF8 { bytes in
            var spans: [(start: Int, length: Int)] = []
            spans.reserveCapacity(changes.count)
            var position = 0, byte = 0
            for (offset, old, _) in changes {
                precondition(offset >= position, "edits out of order at \(offset)")
                // `scalar` counts the scalars that start before byte `start`.
                var start = byte, scalar = position
                // Whole words of eight bytes while they start no more scalars than are needed.
                while start + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)
                    let continuations = (word & 0x8080_8080_8080_8080 & ~(word << 1)).nonzeroBitCount
                    guard scalar + 8 - continuations <= offset else { break }
                    scalar += 8 - continuations
                    start += 8
                }
                // Then byte by byte, to the byte that starts scalar `offset` (or the end).
                while start < bytes.count {
                    if bytes[start] & 0xC0 != 0x80 {
                        if scalar == offset { break }
                        scalar += 1
                    }
                    start += 1
                }
                let oldBytes = old.utf8
                precondition(scalar == offset && start + oldBytes.count <= bytes.count
                    && bytes[start..<(start + oldBytes.count)].elementsEqual(oldBytes),
                    "edit at \(offset) does not match the text it claims to replace")
                spans.append((start, oldBytes.count))
                byte = start + oldBytes.count
                position = offset + old.unicodeScalars.count
            }
            return spans
        }
        // Sliced through the scalar view: a `String` subscript would round the bounds to
        // whole characters, and an edit may replace one scalar of a cluster.
        let utf8 = text.utf8, scalars = text.unicodeScalars
        var result = ""
        result.reserveCapacity(utf8.count + changes.reduce(0) { $0 + $1.2.utf8.count })
        var copied = utf8.startIndex
        for (span, change) in zip(spans, changes) {
            let start = utf8.index(utf8.startIndex, offsetBy: span.start)
            result.append(contentsOf: Substring(scalars[copied..<start]))
            result.append(change.2)
            copied = utf8.index(start, offsetBy: span.length)
        }
        result.append(contentsOf: Substring(scalars[copied...]))
        return result
    }
}
