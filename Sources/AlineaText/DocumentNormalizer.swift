/// The first step of every Alinea job: bytes in any supported encoding to
/// clean Unicode text — decoded (see `TextDecoder`), without BOM, in NFC,
/// with LF line endings and the chosen apostrophe style. Nothing else in the
/// text changes, so the step is safe on text that was already right.
public struct DocumentNormalizer: Sendable {
    /// Apostrophe style to apply (`.keep` by default: normalisation alone never rewrites characters).
    public var apostrophes: ApostropheStyle
    /// Encoding to force instead of detecting.
    public var encoding: TextEncoding?

    /// Creates a normaliser.
    public init(apostrophes: ApostropheStyle = .keep, encoding: TextEncoding? = nil) {
        self.apostrophes = apostrophes
        self.encoding = encoding
    }

    /// The normalised text and the encoding it was read in.
    public struct Output: Sendable, Equatable {
        public let text: String
        public let encoding: TextEncoding
        public let detected: Bool
    }

    /// Decodes and normalises `bytes`.
    public func normalize(_ bytes: [UInt8]) throws -> Output {
        let decoded = try TextDecoder().decode(bytes, forced: encoding)
        return Output(text: try normalize(text: decoded.text), encoding: decoded.encoding, detected: decoded.detected)
    }

    /// Normalises text that is already decoded.
    public func normalize(text: String) throws -> String {
        var text = text
        if text.first == "\u{FEFF}" { text.removeFirst() }
        // "\r\n" is a single Character in Swift: look for the byte, replace as strings.
        if text.contains(utf8: "\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Most texts are already NFC (`isNormalized` answers them from their scalars): copied only if not.
        if try !text.isNormalized(.nfc) {
            text = try text.normalized(.nfc)
        }
        return apostrophes.apply(to: text)
    }
}
