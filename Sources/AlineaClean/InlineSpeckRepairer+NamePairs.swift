import AlineaLexicon
import AlineaText

/// A full stop a speck made inside a name: `l’Organisation des Nations. Unies
/// continue`, where the document writes `des Nations Unies¹` elsewhere.
///
/// The document is the judge: a capital inside a sentence is a name's (or a
/// label's), and the same two words side by side elsewhere, the second with
/// its capital after a plain space, show that the stop between them here cuts
/// the name rather than ends a sentence. A grammatical word after the stop
/// or an adverb (`document. Pour`, `l’OSCE. Il`, `texte. Ainsi`) opens a sentence and is never joined.
extension InlineSpeckRepairer {
    /// The pairs `word Word` of `scalars`: two words separated by one space, the second
    /// opening with a capital — the side-by-side spellings a name leaves in a document.
    /// Kept as 64-bit FNV-1a digests of their scalars (`pairDigest`): a long document holds
    /// thousands of such pairs, and no string need be made of them.
    static func capitalisedPairs(in scalars: [Unicode.Scalar]) -> Set<UInt64> {
        var pairs = Set<UInt64>()
        var previousStart = -1, previousEnd = -1, index = 0
        while index < scalars.count {
            guard CharacterClass.isLetter(scalars[index]) else { index += 1; continue }
            let end = CharacterClass.letterRunEnd(scalars, from: index)
            if previousEnd >= 0, index == previousEnd + 1, scalars[previousEnd] == " ", CharacterClass.isUppercase(scalars[index]) {
                pairs.insert(pairDigest(scalars[previousStart..<previousEnd], scalars[index..<end]))
            }
            previousStart = index
            previousEnd = end
            index = end
        }
        return pairs
    }

    /// The two-word pairs of a document, case folded (`foldedPairDigest`), that a hyphen joins
    /// somewhere (`la-crontab`), with how often it does, and which of them one space parts
    /// elsewhere (`la crontab`) — for a hyphen between two words the document writes apart
    /// elsewhere (`hyphenWrittenApart`). Only pairs with a word of `shortWord` letters at most:
    /// the grammatical word that rule asks for is short.
    struct WordPairs {
        static let shortWord = 5
        var spaced = Set<UInt64>()
        var hyphenated: [UInt64: Int] = [:]
    }

    /// The `WordPairs` of `scalars`, in two walks that make no string: the hyphenated pairs
    /// first (few), then the spaced pairs of the same two lengths, the only ones asked
    /// about — a long document holds hundreds of thousands of spaced pairs.
    static func wordPairs(in scalars: [Unicode.Scalar]) -> WordPairs {
        var pairs = WordPairs()
        // The lengths of the hyphenated pairs' words, packed (left × 65,536 + right).
        var lengths = Set<Int>()
        func walk(_ body: (Int, Int, Int, Int) -> Void) {
            var previousStart = -1, previousEnd = -1, index = 0
            while index < scalars.count {
                guard CharacterClass.isLetter(scalars[index]) else { index += 1; continue }
                let end = CharacterClass.letterRunEnd(scalars, from: index)
                if previousEnd >= 0, index == previousEnd + 1,
                   previousEnd - previousStart <= WordPairs.shortWord || end - index <= WordPairs.shortWord {
                    body(previousStart, previousEnd, index, end)
                }
                previousStart = index
                previousEnd = end
                index = end
            }
        }
        walk { leftStart, leftEnd, rightStart, rightEnd in
            guard scalars[leftEnd] == "-" else { return }
            pairs.hyphenated[foldedPairDigest(scalars[leftStart..<leftEnd], scalars[rightStart..<rightEnd]), default: 0] += 1
            lengths.insert((leftEnd - leftStart) << 16 | (rightEnd - rightStart))
        }
        guard !lengths.isEmpty else { return pairs }
        walk { leftStart, leftEnd, rightStart, rightEnd in
            guard scalars[leftEnd] == " ", lengths.contains((leftEnd - leftStart) << 16 | (rightEnd - rightStart)) else { return }
            let digest = foldedPairDigest(scalars[leftStart..<leftEnd], scalars[rightStart..<rightEnd])
            if pairs.hyphenated[digest] != nil { pairs.spaced.insert(digest) }
        }
        return pairs
    }

    /// `pairDigest` of the two words in small letters (an ASCII capital folded by arithmetic, others by
    /// their Unicode lower-case mapping when it is one scalar).
    static func foldedPairDigest<Left: Sequence, Right: Sequence>(_ left: Left, _ right: Right) -> UInt64
    where Left.Element == Unicode.Scalar, Right.Element == Unicode.Scalar {
        pairDigest(left, right, folding: true)
    }

    /// The digest of `left`, a space and `right`; with `folding`, of their small letters.
    static func pairDigest<Left: Sequence, Right: Sequence>(_ left: Left, _ right: Right, folding: Bool = false) -> UInt64
    where Left.Element == Unicode.Scalar, Right.Element == Unicode.Scalar {
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ scalar: Unicode.Scalar) {
            var value = scalar.value
            if folding {
                if value >= 0x41 && value <= 0x5A { value += 32 }
                else if !scalar.isASCII, CharacterClass.isUppercase(scalar),
                        case let lower = scalar.properties.lowercaseMapping.unicodeScalars, lower.count == 1 {
                    value = lower.first!.value
                }
            }
            digest ^= UInt64(value)
            digest = digest &* 0x0000_0100_0000_01b3
        }
        for scalar in left { mix(scalar) }
        mix(" ")
        for scalar in right { mix(scalar) }
        return digest
    }

    /// Whether the full stop at `index` stands between two words the document writes
    /// side by side elsewhere (`pairs`), the second capitalised and neither a grammatical word nor an
    /// adverb, nor an acronym its verb follows.
    func stopInsideName(_ scalars: [Unicode.Scalar], at index: Int, lexicon: HunspellDictionary,
                        pairs: () -> Set<UInt64>) -> Bool {
        guard index >= 2, index + 3 < scalars.count, scalars[index] == ".", CharacterClass.isLetter(scalars[index - 1]),
              scalars[index + 1] == " ", CharacterClass.isUppercase(scalars[index + 2]) else { return false }
        let leftStart = CharacterClass.letterRunStart(scalars, endingAt: index)
        let rightEnd = CharacterClass.letterRunEnd(scalars, from: index + 2)
        guard index - leftStart >= 2, rightEnd - index - 2 >= 2 else { return false }
        // A grammatical word or an adverb opens sentences (`Il`, `Pour`, `Ainsi`): the stop before it ends one.
        // Asked first: most sentences open so, and the pairs are then never gathered.
        let right = String(scalars: scalars[(index + 2)..<rightEnd])
        guard lexicon.tags(of: right.lowercased()).isDisjoint(with: [.mg, .adv]) else { return false }
        // An acronym opens a sentence as its subject where its verb follows it (`de l’image. JPEG est`,
        // beside `une image JPEG`); elsewhere it goes on a noun it names (`un fichier. PDF sans`).
        if !right.unicodeScalars.dropFirst().contains(where: CharacterClass.isLowercase), rightEnd + 2 < scalars.count,
           scalars[rightEnd] == " ", CharacterClass.isLowercase(scalars[rightEnd + 1]) {
            let next = String(scalars: scalars[(rightEnd + 1)..<CharacterClass.letterRunEnd(scalars, from: rightEnd + 1)])
            if !lexicon.tags(of: next).isDisjoint(with: PartsOfSpeech.finite) { return false }
        }
        return pairs().contains(Self.pairDigest(scalars[leftStart..<index], scalars[(index + 2)..<rightEnd]))
    }
}
