import Foundation

/// The parts of a Hunspell `.aff` file that decide which strings Hunspell can
/// accept: the flag encoding, the prefix and suffix rules, the `NEEDAFFIX`
/// flag, and the input conversions and word breaks that change or split a
/// word before lookup.
///
/// Reading refuses (`HunspellPrefilterError.unsupported`) every directive
/// that rewrites the word before lookup in a way the prefilter does not model
/// (`IGNORE`, flag aliases, a legacy encoding, language-specific casing,
/// German sharp s), and compounding directives it does not know. Compounding
/// — Hunspell accepting strings by other means than "root + at most one
/// prefix + at most two suffixes" — is read but not replayed: its flags are
/// kept so that a caller can tell whether a compound can ever open with a
/// letter (`compoundsBeginWithDigits(roots:)`); the prefilter refuses any.
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
    var breakPatterns: [String] = Self.defaultBreakPatterns
    /// Hunspell's `BREAK` table for an affix file without one, in its order.
    static let defaultBreakPatterns = ["-", "^-", "-$"]

    /// Whether, in a word of letters and digits with hyphens between them,
    /// the `BREAK` table can split at hyphens and nowhere else: it holds `-`,
    /// and every other pattern either needs a character no such word has
    /// (French's `.`, `·`, `^'`, `’$`) or is a hyphen anchored at an end
    /// (`^-`, `-$`), where such a word has none. Then libhunspell's `BREAK`
    /// rule on such a word is its rule for `-` alone, which
    /// `HunspellDictionary` replays (`FormTable.breaksAtHyphensOnly`).
    var breaksAtHyphensOnly: Bool {
        breakPatterns.contains("-") && breakPatterns.allSatisfy { pattern in
            var core = Substring(pattern)
            if core.hasPrefix("^") { core = core.dropFirst() } else if core.hasSuffix("$") { core = core.dropLast() }
            return core == "-" || core.utf8.contains { byte in
                // ASCII other than letters, digits and the hyphen, or a lead byte outside Latin-1 and Extended-A.
                byte < 0x80 && !(0x30...0x39 ~= byte || 0x41...0x5A ~= byte || 0x61...0x7A ~= byte || byte == 0x2D)
                    || byte == 0xC2 || byte >= 0xC6
            }
        }
    }

    /// The flags that let a root take part in a compound: those `COMPOUNDFLAG`,
    /// `COMPOUNDBEGIN`, `COMPOUNDMIDDLE` and `COMPOUNDLAST`/`COMPOUNDEND` name and
    /// every flag of every `COMPOUNDRULE`. Empty without compounding.
    var compoundFlags: Set<UInt16> = []
    /// The first compounding directive of the file (nil without any): what the
    /// prefilter, which does not replay compounds, names when it refuses the file.
    var compoundingDirective: String?
    /// Whether a `CHECKCOMPOUNDPATTERN` entry rewrites the characters where two
    /// parts of a compound meet (a replacement, its fourth field).
    var rewritesCompoundJoints = false

    /// Directives whose presence makes the prefilter unsound.
    /// (`CHECKSHARPS` adds German sharp-s variants of all-caps words.)
    private static let unsupportedKeywords: Set<String> = ["COMPLEXPREFIXES", "IGNORE", "AF", "CHECKSHARPS"]
    /// Compounding directives that name the flags of compound parts.
    private static let compoundFlagKeywords: Set<String> = [
        "COMPOUNDFLAG", "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDLAST", "COMPOUNDEND",
    ]
    /// Compounding directives that only restrict compounds (or which affixes
    /// may stand inside one, on parts that carry a compound flag anyway).
    /// Any other `COMPOUND…` directive is refused.
    private static let compoundLimitKeywords: Set<String> = [
        "COMPOUNDMIN", "COMPOUNDWORDMAX", "COMPOUNDPERMITFLAG", "COMPOUNDFORBIDFLAG", "COMPOUNDROOT",
    ]

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
            if Self.unsupportedKeywords.contains(keyword) { throw .unsupported(directive: keyword) }
            let value = fields.count > 1 ? lines.string(fields[1]) : ""
            if keyword.hasPrefix("COMPOUND") {
                compoundingDirective = compoundingDirective ?? keyword
                if Self.compoundFlagKeywords.contains(keyword) {
                    if fields.count > 1, let flag = flagEncoding.decodeSingle(lines.bytes[fields[1]]) { compoundFlags.insert(flag) }
                } else if keyword == "COMPOUNDRULE" {
                    // A header with the count, then one `COMPOUNDRULE rule` line per rule.
                    for _ in 0..<max(0, Int(value) ?? 0) {
                        guard let ruleLine = lines.next() else { break }
                        let rule = lines.fields(of: ruleLine)
                        if rule.count >= 2 { compoundFlags.formUnion(ruleFlags(lines.bytes[rule[1]])) }
                    }
                } else if !Self.compoundLimitKeywords.contains(keyword) {
                    throw .unsupported(directive: keyword)
                }
                continue
            }
            switch keyword {
            case "CHECKCOMPOUNDPATTERN":
                // A header with the count, then `CHECKCOMPOUNDPATTERN end begin [replacement]` lines.
                for _ in 0..<max(0, Int(value) ?? 0) {
                    guard let entryLine = lines.next() else { break }
                    if lines.fields(of: entryLine).count >= 4 { rewritesCompoundJoints = true }
                }
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

    /// The flags a `COMPOUNDRULE` names: with one-byte flags every byte but the
    /// `*` and `?` operators; with two-byte flags, each one in parentheses.
    private func ruleFlags(_ rule: UnsafeBufferPointer<UInt8>.SubSequence) -> [UInt16] {
        let star = UInt8(ascii: "*"), question = UInt8(ascii: "?")
        switch flagEncoding {
        case .byte:
            return rule.filter { $0 != star && $0 != question }.map { UInt16($0) }
        case .long:
            var flags: [UInt16] = []
            var index = rule.startIndex
            while let open = rule[index...].firstIndex(of: UInt8(ascii: "(")),
                  let close = rule[open...].firstIndex(of: UInt8(ascii: ")")) {
                if let flag = flagEncoding.decodeSingle(rule[(open + 1)..<close]) { flags.append(flag) }
                index = close + 1
            }
            return flags
        }
    }

    /// Whether every compound libhunspell may accept begins with an ASCII
    /// digit, so that no word opening with a letter is one, and whatever holds
    /// of the root + affix readings (`RelaxedExpansion`) holds of every
    /// accepted word of letters (digits after the first letter and hyphens
    /// included). True without compounding. Otherwise it asks that no
    /// `CHECKCOMPOUNDPATTERN` rewrite a joint, that no affix lend a compound
    /// flag through its continuation (an affixed form never enters a
    /// compound), and that every root carrying a compound flag begin with a
    /// digit and carry no affix class (no affix strips or adds around it
    /// inside a compound). English's ordinal rules (`21st`, `112th`: roots
    /// `1/n1`, `1th/tc`) pass; a language that compounds words of letters does
    /// not, and its form table then claims no completeness.
    func compoundsBeginWithDigits(roots: RootTable) -> Bool {
        guard !compoundFlags.isEmpty else { return true }
        guard !rewritesCompoundJoints else { return false }
        let rules = prefixes + suffixes
        guard rules.allSatisfy({ compoundFlags.isDisjoint(with: $0.continuation) }) else { return false }
        let affixClasses = Set(rules.map(\.flag))
        var holds = true
        roots.forEachRoot { root, has, _ in
            guard holds, has.flags.contains(where: compoundFlags.contains) else { return }
            holds = root.first.map { (0x30...0x39).contains($0) } == true && !has.flags.contains(where: affixClasses.contains)
        }
        return holds
    }
}
