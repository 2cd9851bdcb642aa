import CICU

/// Locale-aware case operations from ICU. French needs them for accented
/// capitals (`état` → `ÉTAT`), and case folding gives comparison keys that
/// do not depend on how a scan capitalised a word.
public enum CaseMapping: Int32, Sendable {
    case lower = 0, upper = 1, title = 2
    /// Unicode default case folding (locale-independent).
    case fold = 3
}

extension String {
    /// This string case-mapped by ICU for `locale` (`"fr"`, `"en"`, `"tr"`…).
    public func caseMapped(_ mapping: CaseMapping, locale: String = "") throws -> String {
        if isEmpty { return self }
        return try locale.withCString { loc in
            try withUTF16Output(self, operation: "case mapping") { src, n, dest, cap, status in
                alinea_case_map(mapping.rawValue, loc, src, n, dest, cap, &status)
            }
        }
    }
}
