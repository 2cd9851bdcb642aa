import CICU

/// Turns the bytes of an exported document into a `String`, detecting the
/// encoding the way a careful person would: byte-order marks first, then
/// strict UTF-8, then ICU's charset detector, with Latin-1 guesses read as
/// Windows-1252. It never substitutes: undecodable bytes are an error, so
/// nothing the user gave is silently lost.
public struct TextDecoder: Sendable {
    /// The decoded text and how it was read.
    public struct Result: Sendable, Equatable {
        /// The text, without any byte-order mark, exactly as encoded (not yet normalised).
        public let text: String
        /// The encoding used.
        public let encoding: TextEncoding
        /// Whether the encoding was detected (false when forced by the caller).
        public let detected: Bool
    }

    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes`, detecting the encoding unless `forced` is given.
    public func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) throws -> Result {
        if bytes.isEmpty { throw TextDecodingError.empty }
        if let forced {
            var body = bytes[...]
            if forced == .utf8 || forced == .utf8BOM, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
            let text = try Self.convert(Array(body), encoding: forced)
            return try Self.checked(Result(text: Self.droppingBOM(text), encoding: forced, detected: false))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let text = try Self.convert(Array(bytes.dropFirst(3)), encoding: .utf8)
            return try Self.checked(Result(text: text, encoding: .utf8BOM, detected: true))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: TextEncoding = bytes[0] == 0xFF ? .utf16LE : .utf16BE
            if bytes.count % 2 != 0 { throw TextDecodingError.undecodable(encoding: encoding.icuName, offset: bytes.count - 1) }
            let text = try Self.convert(Array(bytes.dropFirst(2)), encoding: encoding)
            return try Self.checked(Result(text: text, encoding: encoding, detected: true))
        }
        if let nul = bytes.firstIndex(of: 0) {
            // UTF-16 without a BOM shows NULs in every other byte of Latin text.
            if let guess = Self.bomlessUTF16(bytes) {
                let text = try Self.convert(bytes, encoding: guess)
                return try Self.checked(Result(text: text, encoding: guess, detected: true))
            }
            throw TextDecodingError.binary(offset: nul)
        }
        if let text = Self.strictUTF8(bytes) {
            return try Self.checked(Result(text: text, encoding: .utf8, detected: true))
        }
        let encoding = Self.detectSingleByte(bytes)
        let text = try Self.convert(bytes, encoding: encoding)
        return try Self.checked(Result(text: text, encoding: encoding, detected: true))
    }

    /// Strict UTF-8 validation (Swift's `String(decoding:)` repairs; this refuses).
    static func strictUTF8(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// A BOM-less UTF-16 guess: NUL bytes that fall (almost) only on one parity.
    static func bomlessUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for (i, byte) in bytes.enumerated() where byte == 0 {
            if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        let half = bytes.count / 2
        if oddNUL * 10 >= half * 3 && evenNUL == 0 { return .utf16LE }
        if evenNUL * 10 >= half * 3 && oddNUL == 0 { return .utf16BE }
        return nil
    }

    /// ICU's detector for non-UTF-8 single-byte text; Latin guesses become Windows-1252.
    static func detectSingleByte(_ bytes: [UInt8]) -> TextEncoding {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var status: Int32 = 0
        let found = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) {
                alinea_charset_detect($0.baseAddress, Int32($0.count), &name, Int32(name.count), &confidence, &status)
            }
        }
        guard found == 1, status <= 0 else { return .windows1252 }
        let detected = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch detected.uppercased() {
        case "ISO-8859-2" where confidence >= 80, "WINDOWS-1250" where confidence >= 80:
            return .named(detected)
        case "ISO-8859-1", "WINDOWS-1252", "ISO-8859-15", "ISO-8859-2", "WINDOWS-1250":
            // Western documents: read every Latin guess as the browsers' superset.
            return .windows1252
        default:
            return confidence >= 50 ? .named(detected) : .windows1252
        }
    }

    /// Decodes with ICU, refusing invalid or unmapped bytes.
    static func convert(_ bytes: [UInt8], encoding: TextEncoding) throws -> String {
        if bytes.isEmpty { return "" }
        var output = [UInt16](repeating: 0, count: bytes.count * 2 + 16)
        var errorOffset: Int32 = -1
        var status: Int32 = 0
        let produced = encoding.icuName.withCString { name in
            bytes.withUnsafeBufferPointer { buf in
                buf.withMemoryRebound(to: CChar.self) { src in
                    output.withUnsafeMutableBufferPointer { dest in
                        alinea_charset_decode(name, src.baseAddress, Int32(src.count), dest.baseAddress, Int32(dest.count), &errorOffset, &status)
                    }
                }
            }
        }
        if status > 0 {
            if errorOffset >= 0 { throw TextDecodingError.undecodable(encoding: encoding.icuName, offset: Int(errorOffset)) }
            if status == 4 /* U_FILE_ACCESS_ERROR: no such converter */ { throw TextDecodingError.unknownEncoding(encoding.icuName) }
            throw ICUError(code: status, operation: "decoding \(encoding.icuName)")
        }
        return String(decoding: output[0..<Int(produced)], as: UTF16.self)
    }

    static func droppingBOM(_ text: String) -> String {
        text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
    }

    /// Rejects text that decoded but is not prose: empty after trimming, or
    /// full of C0 control characters (binary data that happened to decode).
    static func checked(_ result: Result) throws -> Result {
        var controls = 0
        var total = 0
        var firstControl: Int?
        // Read from the UTF-8 bytes (a whole document, once): a scalar starts at every byte
        // but a continuation byte; C1 controls (U+0080–U+009F) are C2 80–C2 9F.
        var text = result.text
        text.withUTF8 { bytes in
            for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
                let byte = bytes[index]
                let isControl = byte < 0x20 ? byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
                    : byte == 0x7F || byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])
                if isControl {
                    controls += 1
                    if firstControl == nil { firstControl = total }
                }
                total += 1
            }
        }
        if result.text.allSatisfy({ $0.isWhitespace }) { throw TextDecodingError.empty }
        if let firstControl, controls * 100 > total || controls > 64 {
            throw TextDecodingError.binary(offset: firstControl)
        }
        return result
    }
}
