/// How apostrophes are written in output. French typography uses `’`
/// (U+2019); many corpora and CAT tools use `'`. The user chooses; `keep`
/// leaves each one as it is.
public enum ApostropheStyle: String, Sendable, CaseIterable {
    case typographic, straight, keep

    /// The apostrophe-like characters OCR and word processors produce.
    static let variants: Set<Character> = ["'", "’", "ʼ", "‘", "`", "´"]

    /// Rewrites apostrophes inside words (`l'homme`, `aujourd’hui`,
    /// `States'`) in this style. Quotation marks that open a quote (a `'` or
    /// `‘` not preceded by a letter) are left alone.
    public func apply(to text: String) -> String {
        let target: Character
        switch self {
        case .keep: return text
        case .typographic: target = "’"
        case .straight: target = "'"
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Character?
        for ch in text {
            if ch != target, Self.variants.contains(ch), ch != "‘", ch != "`", let p = previous, p.isLetter {
                result.append(target)
            } else {
                result.append(ch)
            }
            previous = ch
        }
        return result
    }
}
