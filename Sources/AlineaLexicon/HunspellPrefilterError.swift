/// Why a `HunspellPrefilter` could not be built for a dictionary. None of
/// these is a fault of the dictionary: without a filter every word simply
/// goes to Hunspell, as before.
public enum HunspellPrefilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `.aff` or `.dic` file could not be read.
    case unreadable(path: String)
    /// The affix file uses a feature the filter does not model (compounding,
    /// `IGNORE`, flag aliases, a non-UTF-8 encoding…), so the filter could not
    /// prove a rejection and is not built.
    case unsupported(directive: String)

    public var description: String {
        switch self {
        case .unreadable(let path):
            return "cannot read \(path)"
        case .unsupported(let directive):
            return "the affix file uses \(directive), which the Hunspell prefilter does not model"
        }
    }
}
