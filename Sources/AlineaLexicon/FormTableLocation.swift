import Foundation

/// Where form tables live: `$ALINEA_CACHE_DIR` when set, else
/// `$XDG_CACHE_HOME/alinea`, else `~/.cache/alinea`; one file per dictionary,
/// `hunspell-<language>.forms`.
///
/// Why a cache folder: the table is derived data, rebuilt from the installed
/// dictionary by `alinea lexicon build`; deleting it only costs speed. The
/// environment variable lets tests, CI and packagers put it elsewhere.
public struct FormTableLocation: Equatable, Sendable {
    /// The folder holding the tables.
    public let directory: String

    /// The environment variable that overrides the folder.
    public static let environmentVariable = "ALINEA_CACHE_DIR"

    /// A location in an explicit folder.
    public init(directory: String) {
        self.directory = directory
    }

    /// The location the environment chooses (see the type's documentation).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> FormTableLocation {
        if let chosen = environment[environmentVariable], !chosen.isEmpty {
            return FormTableLocation(directory: chosen)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return FormTableLocation(directory: xdg + "/alinea")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return FormTableLocation(directory: home + "/.cache/alinea")
    }

    /// The table file for the dictionary opened as `language` (`fr`, `en_US`).
    public func path(language: String) -> String {
        directory + "/hunspell-\(language).forms"
    }
}
