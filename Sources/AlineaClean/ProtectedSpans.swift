import AlineaText
/// Stretches of text the word repairer must never touch: document symbols
/// (`MC.DEC/2/09`, `A/65/201`, `SEC.GAL/107/10`), URLs, e-mail addresses,
/// paths, codes mixing digits and capitals. They are found first, on
/// whitespace-delimited chunks, because their pieces look like words
/// (`DEC`, `GAL`) that a lexicon-driven repair would otherwise "fix".
public enum ProtectedSpans {
    /// Sorted, non-overlapping scalar ranges of protected chunks in `scalars`.
    public static func find(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            if isWhitespace(scalars[index]) { index += 1; continue }
            let start = index
            while index < scalars.count, !isWhitespace(scalars[index]) { index += 1 }
            if isProtected(scalars[start..<index]) { spans.append(start..<index) }
        }
        return spans
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { CharacterClass.isWhitespace(scalar) }

    /// Whether one whitespace-delimited chunk is a symbol, address or code.
    static func isProtected(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
        // Read in place, indexed from 0: no copy of every chunk of the text.
        slice.withUnsafeBufferPointer(isProtected)
    }

    /// The ASCII scalars without which no chunk is protected: the marks of
    /// paths and addresses (`/`, `@`, `\`, `_`, `=`, `#`, `~`, `<`, `>`), the
    /// inner dot or colon, a manual reference's bracket, the digits of codes.
    /// One bit each, over the 128 ASCII values.
    private static let telltales: (low: UInt64, high: UInt64) = {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for scalar in "/@\\_=#~<>.:(0123456789".unicodeScalars {
            if scalar.value < 64 { mask.low |= 1 << UInt64(scalar.value) } else { mask.high |= 1 << UInt64(scalar.value - 64) }
        }
        return mask
    }()

    private static func isProtected(_ chunk: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Most chunks are words with their punctuation: no telltale, so nothing below can answer yes.
        let (low, high) = telltales
        guard chunk.contains(where: { scalar in
            let value = scalar.value
            return value < 64 ? low >> UInt64(value) & 1 != 0 : value < 128 && high >> UInt64(value - 64) & 1 != 0
        }) else { return false }
        if chunk.count == 1 && chunk[0] == "@" { return false }   // a lone `@` is no address: an OCR reading of `à`
        if isManualReference(chunk) { return true }
        var hasDigit = false, hasUpper = false, hasLower = false
        for (i, scalar) in chunk.enumerated() {
            switch scalar {
            case "\\" where i == 0 && chunk.count > 2 && WordToken.isApostrophe(chunk[1]):
                continue    // `\\'échange`: a misread elided l (WordToken.isStrokeForL), not a path
            case "/", "@", "\\", "_", "=", "#", "~", "<", ">":
                return true
            case ".", ":":
                // An inner dot or colon between word characters: SEC.GAL, www.osce.org, 3.5, http://
                if i > 0, i + 1 < chunk.count, WordToken.isWordScalar(chunk[i - 1]),
                   WordToken.isWordScalar(chunk[i + 1]) || chunk[i + 1] == "/" { return true }
            default:
                // One small letter settles the code test below (false): only the marks above still count.
                if hasLower { continue }
                if ("0"..."9").contains(scalar) { hasDigit = true }
                else if scalar.isASCII { if ("A"..."Z").contains(scalar) { hasUpper = true } else if ("a"..."z").contains(scalar) { hasLower = true } }
                else if CharacterClass.isUppercase(scalar) { hasUpper = true }
                else if CharacterClass.isLowercase(scalar) { hasLower = true }
            }
        }
        // Codes such as G20, COVID-19, A65: digits with capitals and no lower case.
        return hasDigit && hasUpper && !hasLower
    }

    /// `htons(3)`, `ls(1),`, `printf(3p)`: a program or function named with
    /// its manual section. The name is a command, not a damaged word (`htons`
    /// is no `litons`). ASCII letters, digits and underscores, then a section
    /// digit with at most two letters in brackets; trailing punctuation allowed, and the
    /// bracket of an aside the reference closes (`(consultez fenv(3))`).
    static func isManualReference(_ chunk: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let open = chunk.firstIndex(of: "("), open >= 2 else { return false }
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
        guard chunk[..<open].allSatisfy(isNameScalar), ("a"..."z").contains(chunk[0]),
              open + 2 < chunk.count, ("1"..."9").contains(chunk[open + 1]) else { return false }
        var i = open + 2
        while i < chunk.count, i - open - 2 < 2, ("a"..."z").contains(chunk[i]) { i += 1 }
        guard i < chunk.count, chunk[i] == ")" else { return false }
        return chunk[(i + 1)...].allSatisfy { ".,;:!?»)]".unicodeScalars.contains($0) }
    }
}
