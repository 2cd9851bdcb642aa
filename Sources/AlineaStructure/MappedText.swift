/// Text assembled from pieces of an input document that remembers, for
/// every Unicode scalar, where it came from. Block and sentence texts are
/// rewritten (lines joined, Markdown emphasis and markers dropped), yet
/// their `start`/`end` must still point at the real characters of the input.
struct MappedText: Sendable, Equatable {
    /// The scalars of the assembled text.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each scalar, its offset in the input (in Unicode scalars).
    private(set) var offsets: [Int] = []

    init() {}

    /// Number of scalars.
    var count: Int { scalars.count }
    /// Whether there is no text.
    var isEmpty: Bool { scalars.isEmpty }

    /// Appends one scalar read at `offset` in the input.
    mutating func append(_ scalar: Unicode.Scalar, offset: Int) {
        scalars.append(scalar)
        offsets.append(offset)
    }

    /// Appends another mapped text.
    mutating func append(contentsOf other: MappedText) {
        scalars.append(contentsOf: other.scalars)
        offsets.append(contentsOf: other.offsets)
    }

    /// The text as a `String`.
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The scalars in `range`, still mapped.
    func slice(_ range: Range<Int>) -> MappedText {
        var result = MappedText()
        result.scalars = Array(scalars[range])
        result.offsets = Array(offsets[range])
        return result
    }

    /// The text without leading and trailing whitespace.
    func trimmed() -> MappedText {
        var lower = 0, upper = scalars.count
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return slice(lower..<upper)
    }

    /// Input offset of the first scalar and one past the last (`nil` when empty).
    var inputSpan: (start: Int, end: Int)? {
        guard let first = offsets.first, let last = offsets.last else { return nil }
        return (first, last + 1)
    }

    /// The scalar index for each UTF-16 offset (plus the end), to map ICU boundaries back.
    func scalarIndexByUTF16Offset() -> [Int] {
        var map: [Int] = []
        map.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            map.append(index)
            if scalar.utf16.count == 2 { map.append(index) }
        }
        map.append(scalars.count)
        return map
    }

    /// The UTF-16 code units of the text, for ICU.
    var utf16: [UInt16] { Array(string.utf16) }
}
