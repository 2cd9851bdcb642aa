/// Acronym anchors. A French acronym often spells the English one's letters
/// in another order, because French puts the adjective after the noun
/// (`FCS` ↔ `FSC`, `CP` ↔ `PC`, `OTAN` ↔ `NATO`, `UE` ↔ `EU`), so the key of an
/// acronym is its letters sorted. The few institutional acronyms whose
/// letters differ are listed (documented language data, not corpus tuning).
enum AcronymKeys {
    /// French acronym → English acronym, where the letters are not a permutation.
    static let frenchToEnglish: [String: String] = [
        "ONU": "UN", "AGNU": "UNGA", "CSNU": "UNSC", "BIDDH": "ODIHR", "HCMN": "HCNM",
        "RFOM": "RFOM", "CPC": "CPC", "OMC": "WTO", "OMS": "WHO", "FMI": "IMF",
        "CEI": "CIS", "PNUD": "UNDP", "HCR": "UNHCR", "UNESCO": "UNESCO", "OIT": "ILO",
        "CICR": "ICRC", "CEDH": "ECHR", "ALPC": "SALW", "MDCS": "CSBM", "MDCSS": "CSBMS",
        "ONG": "NGO", "PIB": "GDP", "DCAF": "DCAF", "UIT": "ITU", "OCDE": "OECD",
    ]

    /// The anchor key of an acronym as written in `language` (`fr`/`en`).
    static func key(_ acronym: String, french: Bool) -> String {
        let canonical = french ? (frenchToEnglish[acronym] ?? acronym) : acronym
        return "a" + String(canonical.lowercased().sorted())
    }

    /// Whether a letter run reads as an acronym: 2–6 letters, all capitals.
    static func isAcronym(_ run: Substring) -> Bool {
        var count = 0
        for s in run.unicodeScalars {
            count += 1
            if count > 6 || !s.properties.isUppercase { return false }
        }
        return count >= 2
    }
}
