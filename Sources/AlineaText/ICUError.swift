import CICU

/// A failure reported by ICU, carried as a typed Swift error so callers can
/// tell a bad transliterator ID or locale from an allocation failure.
public struct ICUError: Error, Equatable, CustomStringConvertible, Sendable {
    /// ICU's `UErrorCode` value (positive: failure).
    public let code: Int32
    /// What Alinea was doing when ICU failed, for the message.
    public let operation: String

    /// Creates an error for a raw ICU status code.
    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's symbolic name for the code, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String { String(cString: alinea_icu_error_name(code)) }

    public var description: String { "ICU \(operation) failed: \(name)" }

    /// ICU's `U_BUFFER_OVERFLOW_ERROR`, which preflighting callers retry on.
    static let bufferOverflow: Int32 = 15

    /// Throws when `status` is an ICU failure (warnings, which are negative, pass).
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 { throw ICUError(code: status, operation: operation()) }
    }
}

/// The version of the ICU library Alinea is linked against (e.g. "72.1").
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    alinea_icu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
