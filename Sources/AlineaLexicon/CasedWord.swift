import AlineaText
/// A word decoded for Hunspell's case handling: its characters with their
/// case forms and its capitalisation, and the case variants Hunspell looks
/// up, written back as UTF-8.
///
/// Why: `Hunspell::spell` looks an upper-case word up as written, lower-cased
/// and capitalised (`MAISON` → `maison`, `Maison`; `L'HOMME` → `l'Homme`,
/// `L'Homme`), and the dictionary hides a capitalised homonym for entries
/// with several capitals (`Otan` for `OTAN`). The prefilter and its root
/// table build those forms character by character, as Hunspell's
/// `mkallsmall2` and `mkinitcap2` do.
struct CasedWord {
    let scalars: UnsafeBufferPointer<UInt32>
    let pairs: UnsafeBufferPointer<CaseMapping.Pair>
    let capitalisation: Capitalisation

    /// A case variant of the word.
    enum Form: Hashable {
        /// Every character lower-cased (`mkallsmall2`).
        case lowered
        /// Lower-cased, then the first character upper-cased (`mkinitcap2`).
        case capitalised
        /// Lower-cased, then the character after the apostrophe at character
        /// `apostrophe` upper-cased, and also the first one if `initial`
        /// (Hunspell's reading of all-caps elisions: `SANT'ELIA` → `Sant'Elia`).
        case capitalisedAfter(apostrophe: Int, initial: Bool)
    }

    /// Longest word decoded, in bytes: Hunspell checks no word of 100
    /// characters or more, and the prefilter judges none of 100 bytes or more.
    static let maximumBytes = 100

    /// Calls `body` with `bytes` decoded, or with nil when a character's case
    /// forms are unknown (see `CaseMapping`), the bytes are not UTF-8, or
    /// the word is too long.
    static func withDecoded<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (CasedWord?) -> Result) -> Result {
        guard bytes.count < maximumBytes else { return body(nil) }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(bytes.count, 1)) { scalars in
            withUnsafeTemporaryAllocation(of: CaseMapping.Pair.self, capacity: max(bytes.count, 1)) { pairs in
                var count = 0
                var index = 0
                while index < bytes.count {
                    guard let (scalar, length) = UTF8Scalar.decode(bytes, at: index), let pair = CaseMapping.pair(of: scalar) else {
                        return body(nil)
                    }
                    scalars[count] = scalar
                    pairs.initializeElement(at: count, to: pair)
                    count += 1
                    index += length
                }
                let decodedScalars = UnsafeBufferPointer(rebasing: scalars[0..<count])
                let decodedPairs = UnsafeBufferPointer(rebasing: pairs[0..<count])
                return body(CasedWord(scalars: decodedScalars, pairs: decodedPairs,
                                      capitalisation: Capitalisation(scalars: decodedScalars, pairs: decodedPairs)))
            }
        }
    }

    /// The longest UTF-8 a form of the word can take, plus one byte for an
    /// abbreviation dot.
    var formCapacity: Int { scalars.count * 3 + 1 }

    /// Writes `form` into `buffer` (at least `formCapacity` bytes) as UTF-8;
    /// returns its length in bytes.
    func write(_ form: Form, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        for index in scalars.indices {
            var scalar = pairs[index].lower
            let capitalise: Bool
            switch form {
            case .lowered: capitalise = false
            case .capitalised: capitalise = index == 0
            case .capitalisedAfter(let apostrophe, let initial): capitalise = index == apostrophe + 1 || (initial && index == 0)
            }
            if capitalise, let lowerPair = CaseMapping.pair(of: scalar) { scalar = lowerPair.upper }
            length += Self.encode(scalar, into: buffer, at: length)
        }
        return length
    }

    /// Calls `body` with `form` written as UTF-8 in a buffer on the stack.
    func withForm<Result>(_ form: Form, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: formCapacity) { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[..<write(form, into: buffer)]))
        }
    }

    private static func encode(_ scalar: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch scalar {
        case 0..<0x80:
            buffer[index] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            buffer[index] = UInt8(0xC0 | scalar >> 6)
            buffer[index + 1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        default:
            buffer[index] = UInt8(0xE0 | scalar >> 12)
            buffer[index + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            buffer[index + 2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        }
    }
}
