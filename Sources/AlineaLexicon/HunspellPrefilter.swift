/// A cheap test that answers "Hunspell certainly rejects this word" without
/// asking Hunspell, built from the same `.aff`/`.dic` pair.
///
/// Why: the OCR cleaner asks Hunspell about up to 60 candidate spellings per
/// damaged word, nearly all wrong, and libhunspell spends tens of
/// microseconds rejecting each (it tries every prefix and suffix rule that
/// fits, with their conditions). On new text those rejections were over half
/// of the cleaning time. This filter rejects most of them in a few hash
/// probes; what it lets through still goes to Hunspell, which gives the
/// verdict, so the filter can make checks faster but never changes an answer.
///
/// How: `AffixAnalysis` replays Hunspell's affix analysis without the checks
/// that can only refuse a reading, so it admits a superset of what Hunspell
/// accepts; the filter rejects only what it does not admit.
///
/// It is applied only where that replay, with Hunspell's split of words at
/// hyphens (`BREAK -`), is all of Hunspell's work: words of lower-case
/// letters (`a`–`z`, Latin-1 letters, `œ`), optionally with a capital first
/// letter (Hunspell then also tries the lower-case form), and with hyphens or
/// straight apostrophes inside (`porte-parole`, `aujourd'hui`). Anything else
/// (typographic apostrophes, which Hunspell converts first, digits, dots,
/// other capitals or scripts) is never rejected by the filter. Building
/// fails with `HunspellPrefilterError.unsupported` for affix files with
/// compounding or input rewriting the replay does not cover (English's
/// `COMPOUNDRULE`, for one), and the dictionary then does without a filter.
public struct HunspellPrefilter: Sendable {
    /// The relaxed affix analysis, shared by copies of the filter.
    private let analysis: AffixAnalysis

    /// Builds the filter for the dictionary at `affixPath`/`dictionaryPath`.
    public init(affixPath: String, dictionaryPath: String) throws(HunspellPrefilterError) {
        let affixes = try AffixFile(path: affixPath)
        // Hunspell rewrites (ICONV) or splits (BREAK) words before lookup. The
        // filter models the split at hyphens; every other pattern must be unable
        // to match inside a word the filter judges: it needs a character outside
        // the filter's alphabet, or is anchored to the start or end of the word
        // by a hyphen or apostrophe, which never start or end such a word.
        for pattern in affixes.inputConversions where !Self.needsForeignCharacter(pattern.filter { $0 != "_" }) {
            throw .unsupported(directive: "ICONV \(pattern)")
        }
        for pattern in affixes.breakPatterns where pattern != "-" {
            let anchoredStart = pattern.hasPrefix("^"), anchoredEnd = pattern.hasSuffix("$") && pattern.count > 1
            let core = pattern.dropFirst(anchoredStart ? 1 : 0).dropLast(anchoredEnd ? 1 : 0)
            let separators: Set<Character> = ["-", "'"]
            let outside = (anchoredStart && core.first.map(separators.contains) == true)
                || (anchoredEnd && core.last.map(separators.contains) == true)
            if !outside, !Self.needsForeignCharacter(String(core)) { throw .unsupported(directive: "BREAK \(pattern)") }
        }
        // The roots reached from a lower-case word are lower-case (so Hunspell's
        // hidden capitalised homonyms need not be indexed) only if no rule strips a capital.
        let strips = Set(affixes.prefixes.map(\.strip) + affixes.suffixes.map(\.strip))
        for strip in strips where String(decoding: strip, as: UTF8.self).unicodeScalars.contains(where: \.properties.changesWhenLowercased) {
            throw .unsupported(directive: "an affix rule stripping \(String(decoding: strip, as: UTF8.self))")
        }
        analysis = try AffixAnalysis(affixes: affixes, dictionaryPath: dictionaryPath)
    }

    /// Whether Hunspell certainly rejects `word`. False means "ask Hunspell":
    /// the word may or may not be accepted, or is of a kind the filter does
    /// not judge.
    public func rejects(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            Self.shape(of: bytes) != .other && !mayAccept(bytes)
        }
    }

    /// Whether Hunspell certainly finds no morphological analysis of `word`.
    ///
    /// `Hunspell_analyze` collects the same root + affix readings as `spell`,
    /// but without the split at hyphens (libhunspell 1.7 reads the halves of a
    /// hyphenated word only for Hungarian): `rouge-vert` is spelled, and has no
    /// analysis; `porte-parole`, a root of the dictionary, has one. So the whole
    /// word must have a reading, whatever its halves. One more exception:
    /// analysis also reads the hidden capitalised forms Hunspell adds for
    /// upper-case entries (`Edf` from `EDF`), which `spell` refuses and the
    /// filter does not index. Hence only for words without a capital, which
    /// never reach those forms.
    public func hasNoAnalysis(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            Self.shape(of: bytes) == .lowercase && !analysis.admits(bytes)
        }
    }

    /// Hunspell's `spell` for a word of the alphabet, relaxed: the word (or,
    /// capitalised, its lower-case form) has a reading as root + affixes, or
    /// it splits at a hyphen into two parts Hunspell may accept (its `BREAK`
    /// rule: both sides of the first or second hyphen are words). A part the
    /// filter cannot judge (`--` leaves one starting with a hyphen) may be
    /// accepted.
    private func mayAccept(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let shape = Self.shape(of: bytes)
        switch shape {
        case .other:
            return true
        case .lowercase:
            if analysis.admits(bytes) { return true }
        case .capitalised:
            if analysis.admits(bytes) { return true }
            let lowerAdmitted = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
                _ = lower.initialize(from: bytes)
                if lower[0] < 0x80 {
                    lower[0] += 0x20
                } else {
                    lower[1] += lower[0] == 0xC3 ? 0x20 : 1   // À…Þ → à…þ, Œ → œ
                }
                return analysis.admits(UnsafeBufferPointer(lower))
            }
            if lowerAdmitted { return true }
        }
        var hyphens = 0
        for index in bytes.indices where bytes[index] == 0x2D {
            hyphens += 1
            // Hunspell gives up beyond ten break points; the filter, before trying too many splits.
            if hyphens > 6 { return true }
            if mayAccept(UnsafeBufferPointer(rebasing: bytes[..<index])),
               mayAccept(UnsafeBufferPointer(rebasing: bytes[(index + 1)...])) {
                return true
            }
        }
        return false
    }

    /// How a word is written, for what the filter can judge.
    private enum Shape { case lowercase, capitalised, other }

    /// `lowercase` for letters of the alphabet, with hyphens and apostrophes
    /// inside; `capitalised` when the first letter is a capital; `other` for
    /// anything else (or the empty string).
    private static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        guard !bytes.isEmpty else { return .other }
        var capitalised = false
        var index = 0
        while index < bytes.count {
            let start = index
            let byte = bytes[index]
            var upper = false
            switch byte {
            case 0x61...0x7A:
                index += 1
            case 0x41...0x5A:
                upper = true
                index += 1
            case 0x2D, 0x27:   // - '
                guard index > 0, index + 1 < bytes.count else { return .other }
                index += 1
            case 0xC3, 0xC5:
                guard index + 1 < bytes.count else { return .other }
                let next = bytes[index + 1]
                if byte == 0xC3 {
                    if next == 0x97 || next == 0xB7 || next < 0x80 || next > 0xBF { return .other }   // × ÷
                    upper = next < 0x9F
                } else {
                    guard next == 0x92 || next == 0x93 else { return .other }   // Œ œ
                    upper = next == 0x92
                }
                index += 2
            default:
                return .other
            }
            if upper {
                guard start == 0 else { return .other }
                capitalised = true
            }
        }
        return capitalised ? .capitalised : .lowercase
    }

    /// Whether `text` contains a character outside the filter's alphabet
    /// (letters, hyphen, apostrophe).
    private static func needsForeignCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x152, 0x153, 0x2D, 0x27: return false
            case 0xC0...0xFF: return scalar.value == 0xD7 || scalar.value == 0xF7
            default: return true
            }
        } || text.isEmpty
    }

    /// Number of distinct roots indexed (for diagnostics).
    public var rootCount: Int { analysis.roots.count }
}
