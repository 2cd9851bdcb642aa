import AlineaAlign

/// What every export format is: a value configured by the shared
/// `ExportSettings` that turns an alignment into the text of one file. One
/// contract lets `ExportFormat` pick a writer by type and lets a new format
/// be added without touching the others.
public protocol AlignmentRenderer: Sendable {
    /// The locales, thresholds and naming shared by every format.
    var settings: ExportSettings { get }

    /// A writer configured by `settings`.
    init(settings: ExportSettings)

    /// The complete file text for `alignment`.
    func render(_ alignment: Alignment) throws -> String
}
