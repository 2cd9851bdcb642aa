/// How a Hunspell affix file writes its flags (the `FLAG` directive).
///
/// The prefilter must read the flags of roots and affix rules exactly as
/// libhunspell does: a root that seemed to lack a flag it has would make the
/// filter reject a word Hunspell accepts.
enum FlagEncoding: Sendable, Equatable {
    /// One byte per flag (Hunspell's default).
    case byte
    /// Two bytes per flag (`FLAG long`): first byte × 256 + second byte.
    case long

    /// The flags written in `bytes`, sorted. As libhunspell, an odd trailing
    /// byte of a `long` flag string is dropped.
    func decode(_ bytes: some Collection<UInt8>) -> [UInt16] {
        var flags: [UInt16] = []
        decode(bytes, into: &flags)
        return flags
    }

    /// `decode(_:)` into a reused array (the dictionary has one flag string per line).
    func decode(_ bytes: some Collection<UInt8>, into flags: inout [UInt16]) {
        flags.removeAll(keepingCapacity: true)
        switch self {
        case .byte:
            for byte in bytes { flags.append(UInt16(byte)) }
        case .long:
            var high: UInt8?
            for byte in bytes {
                if let first = high {
                    flags.append(UInt16(first) << 8 | UInt16(byte))
                    high = nil
                } else {
                    high = byte
                }
            }
        }
        // Insertion sort: a root has a handful of flags.
        for index in flags.indices.dropFirst() {
            let value = flags[index]
            var position = index
            while position > 0, flags[position - 1] > value {
                flags[position] = flags[position - 1]
                position -= 1
            }
            flags[position] = value
        }
    }

    /// The single flag that names an affix class or a directive's flag
    /// (`SFX a0 Y 102`, `NEEDAFFIX ()`): its first one or two bytes, as Hunspell.
    func decodeSingle(_ bytes: some Collection<UInt8>) -> UInt16? {
        let array = Array(bytes)
        switch self {
        case .byte:
            return array.first.map { UInt16($0) }
        case .long:
            guard array.count >= 2 else { return nil }
            return UInt16(array[0]) << 8 | UInt16(array[1])
        }
    }
}
