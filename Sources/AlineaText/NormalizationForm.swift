import CICU

/// The Unicode normalisation forms ICU provides. Alinea stores every text in
/// NFC (so `é` typed as `e` + U+0301 and as U+00E9 compare equal) and uses
/// NFKC to undo compatibility characters such as the `ﬁ`/`ﬂ` ligatures OCR emits.
public enum NormalizationForm: Int32, Sendable, CaseIterable {
    case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3
    /// NFKC followed by case folding: a key for caseless, compatibility-blind comparison.
    case nfkcCasefold = 4
}

extension String {
    /// This string in the given normalisation form, computed by ICU.
    public func normalized(_ form: NormalizationForm) throws -> String {
        if isEmpty { return self }
        return try withUTF16Output(self, operation: "normalisation") { src, n, dest, cap, status in
            alinea_normalize(form.rawValue, src, n, dest, cap, &status)
        }
    }

    /// Whether the string is already in `form` (cheap check before copying).
    /// For NFC, a text made only of stable starters (`NFCStableStarters`:
    /// Latin, its punctuation, quotes and dashes — most text there is) is
    /// answered from its scalars, without the UTF-16 copy ICU reads.
    public func isNormalized(_ form: NormalizationForm) throws -> Bool {
        if form == .nfc, NFCStableStarters.containsEveryScalar(of: self) { return true }
        let units = Array(utf16)
        var status: Int32 = 0
        let result = units.withUnsafeBufferPointer { buf in
            alinea_is_normalized(form.rawValue, buf.baseAddress ?? UnsafePointer(bitPattern: 1)!, Int32(buf.count), &status)
        }
        try ICUError.check(status, "normalisation check")
        return result == 1
    }
}
