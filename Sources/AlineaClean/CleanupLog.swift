/// Everything the cleaner did to a document: its stages in order, plus the
/// low-confidence changes it only suggests. Replaying the stages gives the
/// output; reverting them in reverse order gives back the input exactly.
/// This is the `--changes` JSON file.
public struct CleanupLog: Codable, Sendable, Equatable {
    /// The passes, in the order they ran.
    public var stages: [EditStage]
    /// Changes below the confidence threshold, not applied. Offsets refer to the final output.
    public var suggestions: [Edit]

    public init(stages: [EditStage] = [], suggestions: [Edit] = []) {
        self.stages = stages
        self.suggestions = suggestions
    }

    /// The cleaned text for `input`.
    public func apply(to input: String) -> String {
        stages.reduce(input) { $1.apply(to: $0) }
    }

    /// The original text given the cleaned `output`.
    public func revert(_ output: String) -> String {
        stages.reversed().reduce(output) { $1.revert($0) }
    }

    /// All applied edits, across stages.
    public var appliedEdits: [Edit] { stages.flatMap(\.edits) }
}
