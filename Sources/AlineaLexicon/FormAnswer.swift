/// What libhunspell said about one exact string: its verdict (`spell`) and
/// its morphological analyses (`analyze`, in libhunspell's order).
///
/// Why a value of its own: it is the unit a `FormTable` stores and returns,
/// and the unit its tests compare with libhunspell. A table never computes an
/// answer; it only replays one that libhunspell gave for the same bytes.
public struct FormAnswer: Equatable, Hashable, Sendable {
    /// Whether `Hunspell_spell` accepted the string.
    public let accepted: Bool
    /// The strings `Hunspell_analyze` returned for it (`po:nom is:mas is:sg`…).
    public let analyses: [String]

    /// An answer as libhunspell gave it.
    public init(accepted: Bool, analyses: [String]) {
        self.accepted = accepted
        self.analyses = analyses
    }
}
