extension String {
    /// A string made of `scalars`, encoded straight into the string's UTF-8
    /// storage. The cleaner cuts every word of a text out of a scalar array;
    /// `String(String.UnicodeScalarView(_:))`, which appends scalar by
    /// scalar, is about eight times slower at that (measured on 1.6 MB).
    /// The exact UTF-8 length is counted first: a word of up to 15 bytes is
    /// then built as a small string, with no allocation.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self = String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension String {
    /// `String(scalars:).lowercased()` without the intermediate string, for
    /// the words of a Latin text: ASCII and Latin-1 capitals (and `Œ`, `Ÿ`)
    /// are mapped by offset while the small string is built. A scalar outside
    /// those goes the general way (Swift's full Unicode mapping) for the whole
    /// word, so the result is the same for every input. The document
    /// vocabularies lower-case every word of a text.
    @inlinable
    public init<C: Collection>(lowercasedScalars scalars: C) where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            guard value < 0x100 || value == 0x152 || value == 0x153 || value == 0x178 else {
                self = String(scalars: scalars).lowercased()
                return
            }
            length += UTF8.width(scalar)
        }
        self = String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                let lower: UInt32
                switch value {
                case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: lower = value + 0x20
                case 0x152: lower = 0x153
                case 0x178: lower = 0xFF
                default: lower = value
                }
                UTF8.encode(Unicode.Scalar(lower).unsafelyUnwrapped) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension String {
    /// The string's Unicode scalars as an array, decoded in one pass.
    /// `Array(unicodeScalars)` first counts the scalars (a full decode) and
    /// then decodes again to copy them; every cleaner pass starts from this
    /// array of the whole document. Decoded straight from the UTF-8 storage,
    /// which Swift keeps valid, into an array sized for the worst case (one
    /// scalar per byte).
    @inlinable
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                var index = 0, count = 0
                let start = UnsafeRawPointer(bytes.baseAddress!)
                while index < bytes.count {
                    // Eight ASCII bytes at a time while a whole word is ASCII.
                    while index + 8 <= bytes.count {
                        let word = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                        guard word & 0x8080_8080_8080_8080 == 0 else { break }
                        let target = buffer.baseAddress! + count
                        for lane in 0..<8 {
                            (target + lane).initialize(to: Unicode.Scalar(UInt8(truncatingIfNeeded: word >> UInt64(lane * 8))))
                        }
                        index += 8
                        count += 8
                    }
                    guard index < bytes.count else { break }
                    if bytes[index] < 0x80 {
                        // ASCII runs (most of a French text) without the multi-byte decoder.
                        var end = index + 1
                        while end < bytes.count, bytes[end] < 0x80 { end += 1 }
                        for position in index..<end {
                            (buffer.baseAddress! + count).initialize(to: Unicode.Scalar(bytes[position]))
                            count += 1
                        }
                        index = end
                        continue
                    }
                    // Swift keeps a string's UTF-8 valid: the decoder cannot fail here.
                    let (value, length) = UTF8Scalar.decode(bytes, at: index) ?? (0xFFFD, 1)
                    index += length
                    (buffer.baseAddress! + count).initialize(to: Unicode.Scalar(value).unsafelyUnwrapped)
                    count += 1
                }
                initialized = count
            }
        }
    }
}
