/// A change log that does not fit the text it is applied to (the wrong
/// file, or a file edited after cleaning). Checked before replaying, because
/// `EditStage` treats a mismatch as a programming error.
public struct CleanupLogMismatch: Error, Equatable, Sendable, CustomStringConvertible {
    /// The stage whose edit did not match.
    public let stage: String
    /// Where the edit expected its text, in Unicode scalars of that stage's text.
    public let offset: Int
    /// What it expected to find there.
    public let expected: String

    public var description: String {
        let shown = expected.replacingOccurrences(of: "\n", with: "\\n")
        return "the change log does not match this text: stage '\(stage)' expects \"\(shown)\" at offset \(offset); use the cleaned file the log was written with"
    }
}

extension CleanupLog {
    /// The original text for `output`, after checking that every edit's
    /// replacement is where the log says (so a wrong file is an error, not a crash).
    public func checkedRevert(_ output: String) throws -> String {
        var text = output
        for stage in stages.reversed() {
            let scalars = Array(text.unicodeScalars)
            var shift = 0
            var position = 0
            for edit in stage.edits {
                let after = Array(edit.after.unicodeScalars)
                let at = edit.offset + shift
                guard at >= position, at + after.count <= scalars.count, Array(scalars[at..<at + after.count]) == after else {
                    throw CleanupLogMismatch(stage: stage.name, offset: max(0, at), expected: edit.after)
                }
                position = at + after.count
                shift += after.count - edit.before.unicodeScalars.count
            }
            text = stage.revert(text)
        }
        return text
    }

    /// Applied edits counted by rule, most frequent first (for summaries).
    public var ruleCounts: [(rule: String, count: Int)] {
        var counts: [String: Int] = [:]
        for edit in appliedEdits { counts[edit.rule, default: 0] += 1 }
        return counts.map { (rule: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.rule < $1.rule }
    }
}
