import AlineaText

/// A pass of the cleaner (layout, footnotes, words…) and the edits it made.
/// All edits of a stage refer to the stage's input and do not overlap, so a
/// stage applies (and reverts) as one simultaneous substitution.
public struct EditStage: Codable, Sendable, Equatable {
    /// The pass's name (`layout`, `footnotes`, `words`).
    public var name: String
    /// Its edits, sorted by offset, non-overlapping.
    public var edits: [Edit]

    public init(name: String, edits: [Edit]) {
        self.name = name
        self.edits = edits.sorted { $0.offset < $1.offset }
    }

    /// The stage's output for `input`.
    public func apply(to input: String) -> String {
        Self.substitute(input, edits.map { ($0.offset, $0.before, $0.after) })
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
    private static func substitute(_ text: String, _ changes: [(Int, String, String)]) -> String {
        let scalars = text.scalarArray
        let bytes = Array(text.utf8)
        // Built as UTF-8 bytes copied in runs: appending slices to a String view
        // re-copies it (quadratic on large texts).
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + changes.reduce(0) { $0 + $1.2.utf8.count })
        var position = 0, byte = 0
        func advance(to offset: Int) -> Int {
            var end = byte
            for scalar in scalars[position..<offset] { end += UTF8.width(scalar) }
            return end
        }
        for (offset, old, new) in changes {
            let oldScalars = Array(old.unicodeScalars)
            precondition(offset >= position && offset + oldScalars.count <= scalars.count
                && scalars[offset..<offset + oldScalars.count].elementsEqual(oldScalars),
                "edit at \(offset) does not match the text it claims to replace")
            let start = advance(to: offset)
            result.append(contentsOf: bytes[byte..<start])
            result.append(contentsOf: new.utf8)
            byte = start + old.utf8.count
            position = offset + oldScalars.count
        }
        result.append(contentsOf: bytes[byte...])
        return String(decoding: result, as: UTF8.self)
    }
}
