import AlineaText

/// What the user chooses for a cleaning run.
public struct CleanOptions: Sendable, Equatable {
    /// The document's language; nil guesses it from function words (`--lang auto`).
    public var language: CleanLanguage?
    /// Word repairs less certain than this are suggested, not applied.
    public var minConfidence: Double
    /// Apostrophe style of the output (`.keep` leaves each apostrophe as it is).
    public var apostrophes: ApostropheStyle

    public init(language: CleanLanguage? = nil, minConfidence: Double = 0.5, apostrophes: ApostropheStyle = .keep) {
        self.language = language
        self.minConfidence = minConfidence
        self.apostrophes = apostrophes
    }
}
