import AlineaText

/// Lays out a form table's bytes from libhunspell's answers (pure: no I/O).
///
/// Why separate from the builder: the layout is a value computation that the
/// tests can run on a handful of answers, while asking libhunspell and
/// writing the file are the builder's edges. Equal inputs give equal bytes
/// (forms are sorted by their UTF-8 bytes, analyses and lists interned in
/// first-seen order), so a rebuilt table can be compared with the old one.
public enum FormTableEncoder {
    /// The longest form stored (entries keep the length in 16 bits; libhunspell
    /// itself gives up on words of 100 bytes or more).
    public static let maximumFormLength = Int(UInt16.max)

    /// The table file for `answers` (form → libhunspell's answer) built from
    /// the dictionary `identity`, with the prefilter's `roots` of it (as
    /// `RootTable.encoded()` lays them out; empty for none) and the
    /// `properties` the builder vouches for (`FormTableProperties`: that
    /// `answers` hold every word of letters libhunspell accepts or analyses,
    /// and so on). Forms longer than
    /// `maximumFormLength` bytes or empty are left out (they simply miss).
    public static func encode(_ answers: [String: FormAnswer], identity: FormTableIdentity, roots: [UInt8] = [],
                              properties: FormTableProperties = []) -> [UInt8] {
        let forms = answers.keys
            .map { Array($0.utf8) }
            .filter { !$0.isEmpty && $0.count <= maximumFormLength }
            .sorted { $0.lexicographicallyPrecedes($1) }

        // Interned analyses and analysis lists; list 0 is the empty list.
        var analysisIndex: [String: UInt32] = [:]
        var analysisBytes: [UInt8] = [], analysisOffsets: [UInt32] = [0]
        var setIndex: [[UInt32]: UInt32] = [[]: 0]
        var setMembers: [UInt32] = [], setOffsets: [UInt32] = [0, 0]
        var keys: [UInt8] = [], entries: [UInt8] = []
        // The trigrams of the accepted forms (a rejected form's letters prove nothing).
        var trigrams = [UInt8](repeating: 0, count: FormTableLayout.trigramBytes)
        var quadgrams = [UInt8](repeating: 0, count: FormTableLayout.quadgramBytes)
        keys.reserveCapacity(forms.reduce(0) { $0 + $1.count })
        entries.reserveCapacity(forms.count * FormTableLayout.entrySize)

        for form in forms {
            let answer = answers[String(decoding: form, as: UTF8.self)]!
            var members: [UInt32] = []
            for analysis in answer.analyses {
                if let known = analysisIndex[analysis] {
                    members.append(known)
                } else {
                    let index = UInt32(analysisOffsets.count - 1)
                    analysisIndex[analysis] = index
                    analysisBytes.append(contentsOf: analysis.utf8)
                    analysisOffsets.append(UInt32(analysisBytes.count))
                    members.append(index)
                }
            }
            let set: UInt32
            if let known = setIndex[members] {
                set = known
            } else {
                set = UInt32(setOffsets.count - 1)
                setIndex[members] = set
                setMembers.append(contentsOf: members)
                setOffsets.append(UInt32(setMembers.count))
            }
            append(UInt32(keys.count), to: &entries)
            append(set, to: &entries)
            append(UInt16(form.count), to: &entries)
            append(answer.accepted ? FormTableLayout.acceptedFlag : 0, to: &entries)
            keys.append(contentsOf: form)
            if answer.accepted {
                _ = form.withUnsafeBufferPointer { form in
                    _ = FormTableLayout.forEachTrigramBit(of: form) { bit in
                        trigrams[bit >> 3] |= 1 << UInt8(bit & 7)
                        return true
                    }
                    return FormTableLayout.forEachQuadgramBit(of: form) { bit in
                        quadgrams[bit >> 3] |= 1 << UInt8(bit & 7)
                        return true
                    }
                }
            }
        }

        let slots = slotTable(forms.enumerated().map { ($0, $1.withUnsafeBytes { FormTableLayout.hash($0) }) })

        let skeletonSlots = skeletonIndex(forms: forms, accepted: { answers[String(decoding: $0, as: UTF8.self)]!.accepted })

        var sections: [[UInt8]] = Array(repeating: [], count: FormTableLayout.sectionCount)
        sections[FormTableLayout.Section.slots.rawValue] = slots.flatMap(bytes(of:))
        sections[FormTableLayout.Section.entries.rawValue] = entries
        sections[FormTableLayout.Section.keys.rawValue] = keys
        sections[FormTableLayout.Section.setOffsets.rawValue] = setOffsets.flatMap(bytes(of:))
        sections[FormTableLayout.Section.setMembers.rawValue] = setMembers.flatMap(bytes(of:))
        sections[FormTableLayout.Section.analysisOffsets.rawValue] = analysisOffsets.flatMap(bytes(of:))
        sections[FormTableLayout.Section.analysisBytes.rawValue] = analysisBytes
        sections[FormTableLayout.Section.trigrams.rawValue] = trigrams
        sections[FormTableLayout.Section.quadgrams.rawValue] = quadgrams
        sections[FormTableLayout.Section.roots.rawValue] = roots
        sections[FormTableLayout.Section.properties.rawValue] = bytes(of: properties.rawValue)
        sections[FormTableLayout.Section.skeletons.rawValue] = skeletonSlots.flatMap(bytes(of:))

        // Header: fixed fields, section table (filled once the lengths are known), identity, digest.
        var identityBytes: [UInt8] = []
        for file in [identity.affix, identity.dictionary] {
            append(file.size, to: &identityBytes)
            append(UInt64(bitPattern: file.modificationNanoseconds), to: &identityBytes)
            append(file.contentHash, to: &identityBytes)
            append(UInt32(file.path.utf8.count), to: &identityBytes)
            identityBytes.append(contentsOf: file.path.utf8)
        }
        let headerLength = FormTableLayout.aligned(FormTableLayout.identityOffset + identityBytes.count) + 8

        var body: [UInt8] = []
        var table: [(offset: UInt64, length: UInt64)] = []
        for section in sections {
            while body.count % 8 != 0 { body.append(0) }
            table.append((UInt64(headerLength + body.count), UInt64(section.count)))
            body.append(contentsOf: section)
        }
        while body.count % 8 != 0 { body.append(0) }

        var header: [UInt8] = FormTableLayout.magic
        append(FormTableLayout.version, to: &header)
        append(UInt32(headerLength), to: &header)
        append(UInt64(headerLength + body.count), to: &header)
        append(ContentHash.of(body), to: &header)
        append(UInt32(forms.count), to: &header)
        append(UInt32(slots.count), to: &header)
        append(UInt32(analysisOffsets.count - 1), to: &header)
        append(UInt32(setOffsets.count - 1), to: &header)
        for (offset, length) in table {
            append(offset, to: &header)
            append(length, to: &header)
        }
        header.append(contentsOf: identityBytes)
        while header.count < headerLength - 8 { header.append(0) }
        append(ContentHash.of(header), to: &header)
        return header + body
    }

    /// The `skeletons` section's slots: every accepted form written in lower
    /// case (entry `i` is `forms[i]`), under the hash of its `AccentSkeleton`.
    static func skeletonIndex(forms: [[UInt8]], accepted: ([UInt8]) -> Bool) -> [UInt64] {
        var indexed: [(entry: Int, hash: UInt64)] = []
        for (entry, form) in forms.enumerated() where accepted(form) {
            let text = String(decoding: form, as: UTF8.self)
            guard text == text.lowercased() else { continue }
            var skeleton = AccentSkeleton.of(text)
            indexed.append((entry, skeleton.withUTF8 { FormTableLayout.hash(UnsafeRawBufferPointer($0)) }))
        }
        return slotTable(indexed)
    }

    /// An open-addressing slot table (`FormTableLayout`) of entries under
    /// their keys' hashes: each slot holds a hash's high 32 bits and the
    /// entry index + 1, probed linearly from the hash's low bits.
    static func slotTable(_ keyed: [(entry: Int, hash: UInt64)]) -> [UInt64] {
        let slotCount = FormTableLayout.slotCount(for: keyed.count)
        var slots = [UInt64](repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for (entry, hash) in keyed {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
        }
        return slots
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func bytes<T: FixedWidthInteger>(of value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
