import AlineaText

/// Turns words into accent- and case-insensitive comparison keys
/// (`Cybersécurité` → `cybersecurite`, `ÉTATS` → `etats`) so that the
/// French and English sides, OCR variants and dictionary headwords meet on
/// one spelling. ASCII words take a fast path; other words go through one
/// ICU `Any-Latin; Latin-ASCII` transliterator (opening one is slow, so an
/// aligner run opens exactly one) and are cached per word type.
/// Not thread-safe: one instance per run.
final class MatchKeyFolder {
    /// Opened on the first non-ASCII word (most English words never need it).
    private lazy var transliterator: Transliterator? = try? Transliterator("Any-Latin; Latin-ASCII")
    private var cache: [String: String] = [:]

    init() {}

    /// The folded key of `word`: lower-case ASCII letters and digits only
    /// (hyphens, apostrophes and other marks dropped).
    func fold(_ word: Substring) -> String {
        var ascii = true
        for unit in word.utf8 where unit >= 0x80 { ascii = false; break }
        if ascii { return Self.asciiKey(word.utf8) }
        if let hit = cache[String(word)] { return hit }
        let transliterated = (try? transliterator?.transliterate(String(word))) ?? String(word)
        let key = Self.asciiKey(transliterated.utf8.filter { $0 < 0x80 })
        cache[String(word)] = key
        return key
    }

    func fold(_ word: String) -> String { fold(word[...]) }

    private static func asciiKey<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out: [UInt8] = []
        for b in bytes {
            switch b {
            case 0x41...0x5A: out.append(b + 0x20)
            case 0x61...0x7A, 0x30...0x39: out.append(b)
            default: continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
