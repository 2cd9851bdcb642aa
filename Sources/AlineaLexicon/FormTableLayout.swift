/// The byte layout of a form table file (format 10), shared by the encoder and
/// the reader so they cannot disagree.
///
/// Why a fixed, explicit layout: the table is memory-mapped and probed in
/// place, without parsing, so every field has a known offset; integers are
/// little-endian. The file is:
///
/// - a header: magic `ALNFORMS`, format version, header and file lengths, a
///   `ContentHash` of the body, the counts, the seven sections' offsets and
///   lengths, the `FormTableIdentity` (sizes, times, digests and paths of the
///   `.aff`/`.dic`), and last a `ContentHash` of the header before it;
/// - `slots`: an open-addressing hash table (a power of two of 8-byte slots;
///   0 = empty, else the key hash's high 32 bits and entry index + 1), probed
///   linearly from the key hash's low bits;
/// - `entries`: per form, 12 bytes: key offset (u32), analysis-set index
///   (u32), key length (u16), flags (u16; bit 0 = accepted);
/// - `keys`: the forms' UTF-8 bytes, back to back;
/// - `setOffsets`/`setMembers`: the distinct ordered lists of analyses
///   (forms share them: a million forms have tens of thousands of lists);
///   set 0 is the empty list;
/// - `analysisOffsets`/`analysisBytes`: each distinct analysis string once;
/// - `trigrams` (format 2): a bitmap of 2^24 bits, one per byte trigram, set
///   for every trigram of an accepted form framed by `trigramBoundary` at
///   both ends (`maison` sets `⟨0⟩ma`, `mai` … `on⟨0⟩`); bit `i` is bit
///   `i % 8` of byte `i / 8`;
/// - `quadgrams` (format 3): the same for the framed forms' 4-grams
///   (`⟨0⟩mai` … `son⟨0⟩`), each hashed to one of 2^24 bits (`quadgramBit`):
///   a finer screen than the trigrams', which pass most strings one
///   confusion away from a word (`coardonhees`: no word has `donh`);
/// - `roots` (format 4): the prefilter's roots of the `.dic` with their
///   flags (`RootTable.encoded()`), so that a run need not parse the
///   dictionary for them; empty when the prefilter cannot read this pair;
/// - `properties` (format 5): one `UInt32` of flags (`FormTableProperties`); bit 0
///   (`completeForLetters`) says the table holds every word of letters
///   (small, or small after one capital; digits after the first letter and
///   hyphens between letters too) that libhunspell accepts or analyses, so
///   that a miss for such a word means "no" (`RelaxedExpansion`); bit 1
///   (`breaksAtHyphensOnly`, format 7) that the affix file's `BREAK` table
///   splits a word of letters, digits and hyphens at hyphens only
///   (`AffixFile.breaksAtHyphensOnly`), so that a hyphenated word the table
///   lacks is judged by its parts as libhunspell would; bit 2
///   (`completeForCapitals`, format 7) that it also holds every word in
///   capitals (`HunspellDictionary.isCapitalsWord`) libhunspell accepts or
///   analyses, each reading's form asked in capitals at build time; bit 3
///   (`completeForDigits`, format 8) that the dictionary does not compound,
///   so that words opening with a digit (`04`, `45ème`) are words of letters
///   as bit 0 means them; bit 4 (`completeForHyphenatedCapitals`, format 9)
///   that bit 2 holds for words in capitals with hyphens too (`PEUT-ÊTRE`);
///   bit 5 (`completeForCapitalisedAnalyses`, format 10) that a capitalised
///   word of letters it lacks has no analysis (the readings asked include the
///   hidden capitalised homonyms, `Otan` of `OTAN`);
/// - `skeletons` (format 6): a second open-addressing table of 8-byte slots,
///   as `slots` but keyed by the hash of a form's `AccentSkeleton` and
///   holding every accepted form written in lower case (`préférable` under
///   `preferable`; forms sharing a skeleton take a slot each), so that a
///   scanned word can be matched with the words it spells accents aside
///   (`FormTable.acceptedForms(withSkeleton:)`). Its slot count, a power of
///   two, is its length over 8; an empty section is a table without the index.
enum FormTableLayout {
    static let magic: [UInt8] = Array("ALNFORMS".utf8)
    /// Bumped whenever the layout or the meaning of a field changes.
    static let version: UInt32 = 10

    // Header field offsets.
    static let versionOffset = 8
    static let headerLengthOffset = 12
    static let fileLengthOffset = 16
    static let bodyHashOffset = 24
    static let formCountOffset = 32
    static let slotCountOffset = 36
    static let analysisCountOffset = 40
    static let setCountOffset = 44
    static let sectionsOffset = 48
    static let sectionCount = 12
    /// Where the identity starts, after the section table.
    static let identityOffset = sectionsOffset + sectionCount * 16
    /// Fixed part of one file identity: size, time, digest, path length.
    static let fileIdentityFixedLength = 8 + 8 + 8 + 4

    /// Section indices in the section table, in file order.
    enum Section: Int, CaseIterable {
        case slots, entries, keys, setOffsets, setMembers, analysisOffsets, analysisBytes, trigrams, quadgrams, roots, properties, skeletons
    }

    /// The byte that frames a form in the trigram bitmap: no form holds it.
    static let trigramBoundary: UInt8 = 0
    /// The trigram bitmap's length in bytes: one bit for each of 2^24 byte trigrams.
    static let trigramBytes = (1 << 24) / 8

    /// Calls `body` with the bit of every trigram of `form` framed by
    /// `trigramBoundary` (none for an empty form), stopping at the first
    /// call that returns false; returns whether none did. A trigram's bit is
    /// its three bytes read as one big-endian number.
    @inline(__always)
    static func forEachTrigramBit(of form: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) -> Bool {
        forEachFramedWindow(of: form, width: 3) { packed, _ in body(Int(packed & 0xFF_FFFF)) }
    }

    /// `forEachTrigramBit(of:_:)`, with where each window starts in the framed form.
    @inline(__always)
    static func forEachTrigramBit(of form: UnsafeBufferPointer<UInt8>, _ body: (_ bit: Int, _ framedStart: Int) -> Bool) -> Bool {
        forEachFramedWindow(of: form, width: 3) { packed, start in body(Int(packed & 0xFF_FFFF), start) }
    }

    /// The 4-gram bitmap's length in bytes: 2^24 bits, as many as the trigrams'.
    static let quadgramBytes = (1 << 24) / 8

    /// The bit of the 4-gram packed big-endian in `packed`: the top 24 bits of
    /// a multiplicative hash. The French forms hold about 100 000 distinct
    /// 4-grams, so a 4-gram no form has finds its bit set about once in 150.
    @inline(__always)
    static func quadgramBit(_ packed: UInt32) -> Int {
        Int((packed &* 0x9E37_79B1) >> 8)
    }

    /// Calls `body` with the bit of every 4-gram of `form` framed by
    /// `trigramBoundary` (none for a form of one byte or none), stopping at
    /// the first call that returns false; returns whether none did.
    @inline(__always)
    static func forEachQuadgramBit(of form: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) -> Bool {
        forEachFramedWindow(of: form, width: 4) { packed, _ in body(quadgramBit(packed)) }
    }

    /// `forEachQuadgramBit(of:_:)`, with where each window starts in the framed form.
    @inline(__always)
    static func forEachQuadgramBit(of form: UnsafeBufferPointer<UInt8>, _ body: (_ bit: Int, _ framedStart: Int) -> Bool) -> Bool {
        forEachFramedWindow(of: form, width: 4) { packed, start in body(quadgramBit(packed), start) }
    }

    /// Calls `body` with every window of `width` bytes (3 or 4) of `form`
    /// framed by `trigramBoundary` at both ends, packed big-endian in the low
    /// bytes of a `UInt32` (higher bytes hold earlier ones: callers mask them),
    /// and where the window starts in the framed form (byte `i` of `form` is
    /// framed byte `i + 1`), stopping at the first call that returns false;
    /// returns whether none did. A form too short to fill a window (none at
    /// all, or one byte for 4-grams) has none.
    @inline(__always)
    private static func forEachFramedWindow(of form: UnsafeBufferPointer<UInt8>, width: Int, _ body: (UInt32, Int) -> Bool) -> Bool {
        guard !form.isEmpty else { return true }
        // The bytes of the framed form read so far, latest lowest; it opens with the boundary.
        var packed = UInt32(trigramBoundary)
        for index in 0...form.count {
            packed = packed << 8 | UInt32(index < form.count ? form[index] : trigramBoundary)
            // After byte `index` of the form, `index + 2` framed bytes were read.
            if index + 2 >= width, !body(packed, index + 2 - width) { return false }
        }
        return true
    }

    static let slotSize = 8
    static let entrySize = 12
    static let acceptedFlag: UInt16 = 1

    /// The hash of a key (FNV-1a, 64 bits): the low bits pick the first slot,
    /// the high 32 bits are kept in the slot to skip most key comparisons.
    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The slot count for `forms` keys: a power of two at most 60 % full,
    /// so a probe for an absent word ends within a few slots.
    static func slotCount(for forms: Int) -> Int {
        var count = 16
        while count * 3 < forms * 5 { count <<= 1 }
        return count
    }

    /// `value` rounded up to a multiple of 8.
    static func aligned(_ value: Int) -> Int { (value + 7) & ~7 }
}
