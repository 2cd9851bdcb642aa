/// The outcome of cleaning a document: the text, the language it was cleaned
/// as, and the log that explains (and can undo) every change.
public struct CleanResult: Sendable, Equatable {
    /// The cleaned text: one paragraph per line, blank lines between paragraphs.
    public let text: String
    /// Every applied change by stage, plus suggestions; `log.revert(text)` gives the input back.
    public let log: CleanupLog
    /// The language the text was cleaned as (given or guessed).
    public let language: CleanLanguage

    public init(text: String, log: CleanupLog, language: CleanLanguage) {
        self.text = text
        self.log = log
        self.language = language
    }
}
