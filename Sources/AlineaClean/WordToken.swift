import AlineaText
/// A run of letters and digits in the text, as the word repairer sees it:
/// internal hyphens and apostrophes stay inside (`politico-militaire`,
/// `aujourd’hui`, `I’OSCE`), so elisions can be split deliberately rather
/// than by a word-break rule that keeps or drops them unpredictably.
public struct WordToken: Sendable, Equatable {
    /// Start in the text, in Unicode scalars.
    public let start: Int
    /// End (exclusive), in Unicode scalars.
    public let end: Int
    /// The token's text.
    public let text: String

    /// Whether it has at least one letter.
    public var hasLetters: Bool { text.unicodeScalars.contains { CharacterClass.isLetter($0) } }
    /// Whether it is made of ASCII digits only.
    public var isNumber: Bool { !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }

    /// The tokens of `scalars`. A `|` or `\\` counts as a token character only right
    /// before an apostrophe (or a double quote read for one: `readsQuoteForApostrophe`),
    /// where it is an OCR reading of an elided `l`; a
    /// lone `&` or `@` is a token of its own (an OCR reading of `à` in French).
    public static func tokens(in scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            // `&`, and `@` standing alone (never an address): OCR readings of `à`; so is a `€` standing
            // alone between two words (`autorisé € utiliser`), where no amount stands beside it.
            let alone = (index == 0 || scalars[index - 1] == " ") && (index + 1 == count || scalars[index + 1] == " ")
            let euroBetweenWords = scalar == "€" && alone && index >= 2 && index + 2 < count
                && CharacterClass.isLetter(scalars[index - 2]) && CharacterClass.isLetter(scalars[index + 2])
            if scalar == "&" || scalar == "@" && alone || euroBetweenWords {
                tokens.append(WordToken(start: index, end: index + 1, text: String(scalar)))
                index += 1
                continue
            }
            let startsPipeElision = isStrokeForL(scalar) && index + 1 < count
                && (isApostrophe(scalars[index + 1]) || readsQuoteForApostrophe(scalars, strokeAt: index))
                && (index == 0 || !isWordScalar(scalars[index - 1]))
                // `!` is a sentence mark too, `]` a bracket's end: an l only before the vowel an
                // elision needs (`!'ombre`, `]'image`).
                && (scalar != "!" && scalar != "]" || index + 2 < count && opensElidedWord(scalars[index + 2]))
            guard isWordScalar(scalar) || startsPipeElision else { index += 1; continue }
            let start = index
            index += 1
            while index < count {
                let current = scalars[index]
                if isWordScalar(current) { index += 1; continue }
                if (isApostrophe(current) || current == "-"), index + 1 < count, isWordScalar(scalars[index + 1]),
                   isWordScalar(scalars[index - 1]) || isStrokeForL(scalars[index - 1]) {
                    index += 1
                    continue
                }
                break
            }
            tokens.append(WordToken(start: start, end: index,
                                    text: String(scalars: scalars[start..<index])))
        }
        return tokens
    }

    /// Letters, combining marks and digits.
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if CharacterClass.isLetter(scalar) { return true }
        let properties = scalar.properties
        return properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .decimalNumber
    }

    /// Whether a word opening with `scalar` takes an elided article (`l’`,
    /// `d’`): a vowel or an `h`, in either case.
    public static func opensElidedWord(_ scalar: Unicode.Scalar) -> Bool {
        elisionOpeners.contains(scalar)
    }

    /// The small letters a word taking an elided article opens with: the vowels and `h`.
    static let lowerElisionOpeners: [Unicode.Scalar] = Array("aàâäeéèêëiîïoôöuùûüyÿœæh".unicodeScalars)

    /// Letters a word taking an elided article opens with, in both cases (the
    /// capitals by ICU's case mapping, once).
    private static let elisionOpeners: Set<Unicode.Scalar> = {
        let lower = Set(lowerElisionOpeners)
        return lower.union(lower.flatMap { $0.properties.uppercaseMapping.unicodeScalars })
    }()

    /// A lone vertical or slanted stroke, `|`, `\\`, `!` or a bracket's `]`: how a
    /// scan reads the `l` of an elided article (`|’OSCE`, `\\'échange`, `!'ombre`,
    /// `]'image`); a token character only before an apostrophe (no sentence mark
    /// is glued to one).
    public static func isStrokeForL(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "|" || scalar == "\\" || scalar == "!" || scalar == "]"
    }

    /// Whether the stroke at `index` (`|`, `\\`) stands before a mark the scan reads for an
    /// apostrophe (`RepairPass.apostropheMisreadings`: a double quote, a question mark) glued to a
    /// word in small letters that opens with a vowel (`|"image`): an elided `l` whose apostrophe
    /// was misread too. A quotation opens after a space, not after a stroke.
    static func readsQuoteForApostrophe(_ scalars: [Unicode.Scalar], strokeAt index: Int) -> Bool {
        guard scalars[index] == "|" || scalars[index] == "\\", index + 2 < scalars.count,
              RepairPass.apostropheMisreadings.contains(scalars[index + 1]) else { return false }
        let next = scalars[index + 2]
        return CharacterClass.isLowercase(next) && opensElidedWord(next)
    }

    /// Typographic or straight apostrophe, or an opening quote between
    /// letters, which OCR produces for an apostrophe (`n‘empêchent`).
    public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "'" || scalar == "‘"
    }
}
