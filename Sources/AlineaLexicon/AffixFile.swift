import Foundation

/// The parts of a Hunspell `.aff` file that decide which strings Hunspell can
/// accept: the flag encoding, the prefix and suffix rules, the `NEEDAFFIX`
/// flag, and the input conversions and word breaks that change or split a
/// word before lookup.
///
/// Reading refuses (`HunspellPrefilterError.unsupported`) every directive
/// that lets Hunspell accept strings by other means than "root + at most one
/// prefix + at most two suffixes" (compounding), or that rewrites the word
/// before lookup in a way the prefilter does not model (`IGNORE`, flag
/// aliases, a legacy encoding, language-specific casing, German sharp s).
struct AffixFile: Sendable {
    var flagEncoding: FlagEncoding = .byte
    var prefixes: [AffixRule] = []
    var suffixes: [AffixRule] = []
    /// The `NEEDAFFIX` (or old `PSEUDOROOT`) flag: roots carrying it are not
    /// words on their own.
    var needAffix: UInt16?
    /// The `ICONV` table: strings Hunspell rewrites in a word first, with their replacements.
    var inputConversions: [(pattern: String, replacement: String)] = []
    /// `BREAK` patterns (Hunspell's default when the file has none).
    var breakPatterns: [String] = ["-", "^-", "-$"]

    /// Directives whose presence makes the prefilter unsound (any `COMPOUND…` too).
    /// (`CHECKSHARPS` adds German sharp-s variants of all-caps words.)
    private static let unsupportedKeywords: Set<String> = ["COMPLEXPREFIXES", "IGNORE", "AF", "CHECKSHARPS"]

    init(path: String) throws(HunspellPrefilterError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let storage = [UInt8](data)
        var parsed = Self()
        var failure: HunspellPrefilterError?
        storage.withUnsafeBufferPointer { bytes in
            do throws(HunspellPrefilterError) { try parsed.read(LineRanges(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
        self = parsed
    }

    private init() {}

    private mutating func read(_ source: LineRanges) throws(HunspellPrefilterError) {
        var lines = source
        var sawEncoding = false
        while let line = lines.next() {
            let fields = lines.fields(of: line)
            guard let first = fields.first else { continue }
            // Affix classes first: they are most of the file.
            if lines.bytes(first, equal: "PFX") || lines.bytes(first, equal: "SFX") {
                let isPrefix = lines.bytes(first, equal: "PFX")
                guard fields.count >= 4, let flag = flagEncoding.decodeSingle(lines.bytes[fields[1]]),
                      let count = Int(lines.string(fields[3])) else { continue }
                let crossProduct = lines.bytes[fields[2].lowerBound] == 0x59   // `Y`
                // The next `count` lines are the class's entries, as Hunspell reads them.
                for _ in 0..<count {
                    guard let entryLine = lines.next() else { break }
                    let entry = lines.fields(of: entryLine)
                    guard entry.count >= 4 else { continue }
                    let strip = lines.bytes(entry[2], equal: "0") ? [] : Array(lines.bytes[entry[2]])
                    var affixRange = entry[3]
                    var continuation: [UInt16] = []
                    if let slash = lines.bytes[affixRange].firstIndex(of: 0x2F) {
                        continuation = flagEncoding.decode(lines.bytes[(slash + 1)..<affixRange.upperBound])
                        affixRange = affixRange.lowerBound..<slash
                    }
                    let affix = lines.bytes(affixRange, equal: "0") ? [] : Array(lines.bytes[affixRange])
                    let rule = AffixRule(flag: flag, strip: strip, affix: affix, continuation: continuation,
                                         crossProduct: crossProduct)
                    if isPrefix { prefixes.append(rule) } else { suffixes.append(rule) }
                }
                continue
            }
            let keyword = lines.string(first)
            if keyword.hasPrefix("COMPOUND") || Self.unsupportedKeywords.contains(keyword) {
                throw .unsupported(directive: keyword)
            }
            let value = fields.count > 1 ? lines.string(fields[1]) : ""
            switch keyword {
            case "SET":
                guard value == "UTF-8" else { throw .unsupported(directive: "SET \(value)") }
                sawEncoding = true
            case "FLAG":
                guard value == "long" else { throw .unsupported(directive: "FLAG \(value)") }
                flagEncoding = .long
            case "LANG":
                // Hungarian, Turkish, Azeri and Crimean Tatar switch on special casing and dash rules.
                if ["hu", "tr", "az", "crh"].contains(where: { value.hasPrefix($0) }) {
                    throw .unsupported(directive: "LANG \(value)")
                }
            case "NEEDAFFIX", "PSEUDOROOT":
                needAffix = fields.count > 1 ? flagEncoding.decodeSingle(lines.bytes[fields[1]]) : nil
            case "ICONV", "BREAK":
                // libhunspell reads only the first ICONV table.
                if keyword == "ICONV", !inputConversions.isEmpty { throw .unsupported(directive: "a second ICONV table") }
                // A header with the count, then `ICONV from to` / `BREAK pattern` lines.
                var entries: [String] = []
                for _ in 0..<max(0, Int(value) ?? 0) {
                    guard let entryLine = lines.next() else { break }
                    let entry = lines.fields(of: entryLine)
                    guard entry.count >= 2 else { continue }
                    if keyword == "BREAK" {
                        entries.append(lines.string(entry[1]))
                    } else if entry.count >= 3 {
                        inputConversions.append((lines.string(entry[1]), lines.string(entry[2])))
                    }
                }
                if keyword == "BREAK" { breakPatterns = entries }
            default:
                continue
            }
        }
        guard sawEncoding else { throw .unsupported(directive: "SET (legacy 8-bit encoding)") }
    }
}
