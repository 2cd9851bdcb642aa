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
    /// Works on the UTF-8 bytes alone (offsets are counted in scalars by their
    /// lead bytes): every stage of a run applies its edits to the whole text.
    private static func substitute(_ text: String, _ changes: [(Int, String, String)]) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Built as UTF-8 bytes copied in runs: appending slices to a String view
            // re-copies it (quadratic on large texts).
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + changes.reduce(0) { $0 + $1.2.utf8.count })
            var position = 0, byte = 0
            for (offset, old, new) in changes {
                // Walk to the scalar at `offset`: a scalar starts at every byte that is not a continuation byte.
                var start = byte
                var scalar = position
                while scalar < offset, start < bytes.count {
                    start += 1
                    while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
                    scalar += 1
                }
                let oldBytes = old.utf8
                precondition(offset >= position && scalar == offset && start + oldBytes.count <= bytes.count
                    && bytes[start..<(start + oldBytes.count)].elementsEqual(oldBytes),
                    "edit at \(offset) does not match the text it claims to replace")
                result.append(contentsOf: bytes[byte..<start])
                result.append(contentsOf: new.utf8)
                byte = start + oldBytes.count
                position = offset + old.unicodeScalars.count
            }
            result.append(contentsOf: bytes[byte...])
            return String(decoding: result, as: UTF8.self)
        }
    }
}
