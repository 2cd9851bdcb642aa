import CICU

/// ICU boundary analysis: characters, words, line-break opportunities and
/// sentences. Sentence iterators opened with a `@ss=standard` locale
/// (`fr@ss=standard`, `en@ss=standard`) use ICU's abbreviation suppression
/// so that `M. Dupont` or `e.g. this` are not cut. An instance keeps ICU
/// state and is not safe to share across threads; create one per task.
public final class BreakIterator {
    /// What kind of boundaries to find.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// The ICU locale the iterator was opened with.
    public let locale: String
    /// The kind of boundaries it finds.
    public let kind: Kind
    private let handle: UnsafeMutableRawPointer

    /// Opens an iterator; throws `ICUError` when ICU cannot build it.
    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let opened = locale.withCString { alinea_break_open(kind.rawValue, $0, &status) }
        guard let opened, status <= 0 else {
            throw ICUError(code: status > 0 ? status : 1, operation: "opening \(kind) break iterator for '\(locale)'")
        }
        self.locale = locale
        self.kind = kind
        self.handle = opened
    }

    deinit { alinea_break_close(handle) }

    /// Boundaries as UTF-16 offsets into `units`, each paired with ICU's rule
    /// status for the segment that ends there; the leading 0 is not listed.
    public func utf16Boundaries(in units: [UInt16]) throws -> [(offset: Int, status: Int32)] {
        if units.isEmpty { return [] }
        return try units.withUnsafeBufferPointer { buf in
            var status: Int32 = 0
            alinea_break_set_text(handle, buf.baseAddress, Int32(buf.count), &status)
            try ICUError.check(status, "break iteration")
            var result: [(offset: Int, status: Int32)] = []
            while true {
                let next = alinea_break_next(handle)
                if next < 0 { break }
                result.append((Int(next), alinea_break_rule_status(handle)))
            }
            return result
        }
    }

    /// The segments of `text` between consecutive boundaries, as `String` ranges.
    public func segments(of text: String) throws -> [Segment] {
        let boundaries = try utf16Boundaries(in: Array(text.utf16))
        var segments: [Segment] = []
        segments.reserveCapacity(boundaries.count)
        var lowerIndex = text.startIndex
        var lowerOffset = 0
        for boundary in boundaries {
            let upperIndex = text.utf16.index(lowerIndex, offsetBy: boundary.offset - lowerOffset)
            segments.append(Segment(range: lowerIndex..<upperIndex, utf16Range: lowerOffset..<boundary.offset, ruleStatus: boundary.status))
            lowerIndex = upperIndex
            lowerOffset = boundary.offset
        }
        return segments
    }

    /// The words of `text` (segments ICU classes as letters, numbers or
    /// ideographs), skipping spaces and punctuation.
    public func words(of text: String) throws -> [Segment] {
        precondition(kind == .word, "words(of:) needs a word break iterator")
        return try segments(of: text).filter { $0.ruleStatus >= 100 }
    }

    /// One piece of text between two boundaries.
    public struct Segment: Sendable, Equatable {
        /// Where the segment lies in the string it was cut from.
        public let range: Range<String.Index>
        /// The same place as UTF-16 offsets (ICU's unit), handy for logs and JSON.
        public let utf16Range: Range<Int>
        /// ICU's rule status: for words 0 = none (space, punctuation),
        /// 100–199 number, 200–299 letter, 300+ kana/ideograph.
        public let ruleStatus: Int32

        /// Whether ICU classed this word segment as a number.
        public var isNumber: Bool { (100..<200).contains(ruleStatus) }
        /// Whether ICU classed this word segment as letters.
        public var isLetters: Bool { ruleStatus >= 200 }
    }
}
