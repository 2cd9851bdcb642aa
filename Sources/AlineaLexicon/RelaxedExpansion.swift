/// Every form the relaxed affix analysis (`AffixAnalysis`) admits, spelled
/// out from the roots: a root alone, with a suffix, with a prefix, or both —
/// rule conditions ignored, exactly as the analysis ignores them.
///
/// Why: `unmunch`, which lists a dictionary's forms for the form table, skips
/// rules whose condition holds an accented letter (`résolu`, `prévale`) and
/// suffixes a prefix's continuation enables (`millimètres`). A form libhunspell
/// accepts is a reading the relaxed analysis admits (the prefilter's
/// guarantee), so it is among these forms; asking libhunspell about those
/// `unmunch` missed, and keeping what it accepts or analyses, makes the table
/// hold every accepted word of letters — and a miss then means "no".
enum RelaxedExpansion {
    /// The forms without an apostrophe (the table leaves elisions out), or nil
    /// when the affix file has twofold suffixes, which are not spelled out
    /// here (the table is then not complete, and says so).
    static func forms(affixes: AffixFile, roots: RootTable) -> Set<[UInt8]>? {
        let suffixFlags = Set(affixes.suffixes.map(\.flag))
        guard Set(affixes.suffixes.flatMap(\.continuation)).isDisjoint(with: suffixFlags) else { return nil }
        let isIdentity = { (rule: AffixRule) in rule.affix.isEmpty && rule.strip.isEmpty }
        let identity = affixes.prefixes.filter(isIdentity)
        let contexts: [AffixRule?] = [nil] + identity.filter(\.crossProduct)
        let prefixes = affixes.prefixes.filter { !isIdentity($0) }
        let suffixesByFlag = Dictionary(grouping: affixes.suffixes, by: \.flag)
        let prefixesByFlag = Dictionary(grouping: prefixes, by: \.flag)
        // Suffix classes a prefix's continuation enables on roots without them (`Um` → `S.`).
        let enabledSuffixFlags = Set(affixes.prefixes.filter(\.crossProduct).flatMap(\.continuation)).intersection(suffixFlags)
        let apostrophe = UInt8(ascii: "'")
        var forms = Set<[UInt8]>()
        func keep(_ form: [UInt8]) { if !form.contains(apostrophe) { forms.insert(form) } }

        roots.forEachRoot { root, has, standalone in
            if standalone || identity.contains(where: { has($0.flag) }) { keep(root) }
            // A prefix alone (`prefix_check`: the root carries the prefix's class).
            for flag in has.flags {
                for prefix in prefixesByFlag[flag] ?? [] where root.starts(with: prefix.strip) {
                    keep(prefix.affix + root.dropFirst(prefix.strip.count))
                }
            }
            // A suffix, with no prefix or an identity one, then with a prefix before it.
            for flag in Set(has.flags).union(enabledSuffixFlags) {
                for suffix in suffixesByFlag[flag] ?? [] where root.ends(with: suffix.strip) {
                    let form = Array(root.dropLast(suffix.strip.count)) + suffix.affix
                    let rootHasSuffix = has(suffix.flag)
                    let admitted = contexts.contains { context in
                        guard let prefix = context else { return rootHasSuffix }
                        return suffix.crossProduct && (rootHasSuffix || prefix.continues(with: suffix.flag))
                            && (has(prefix.flag) || suffix.continues(with: prefix.flag))
                    }
                    if admitted { keep(form) }
                    guard suffix.crossProduct else { continue }
                    var prefixFlags = Set(has.flags)
                    prefixFlags.formUnion(suffix.continuation)
                    for prefixFlag in prefixFlags {
                        for prefix in prefixesByFlag[prefixFlag] ?? []
                        where prefix.crossProduct && (rootHasSuffix || prefix.continues(with: suffix.flag))
                            && (has(prefix.flag) || suffix.continues(with: prefix.flag)) && form.starts(with: prefix.strip) {
                            keep(prefix.affix + form.dropFirst(prefix.strip.count))
                        }
                    }
                }
            }
        }
        return forms
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes end with `suffix`.
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
