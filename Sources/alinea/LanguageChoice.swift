import ArgumentParser

/// The `--lang` value of the commands that read one document: a language, or
/// `auto` to guess it from function words. An enum so that the parser itself
/// rejects anything else, with the list of valid values in the message.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case fr, en, auto

    /// The language code when the user named one; nil for `auto`.
    var code: String? { self == .auto ? nil : rawValue }
}
