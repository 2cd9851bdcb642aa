@testable import AlineaText
import Testing

@Suite("Accent skeleton")
struct AccentSkeletonTests {
    @Test("diacritics go, letters that do not decompose and the case stay")
    func examples() {
        #expect(AccentSkeleton.of("même") == "meme")
        #expect(AccentSkeleton.of("Préférable") == "Preferable")
        #expect(AccentSkeleton.of("cœur, Ærø") == "cœur, Ærø")
        #expect(AccentSkeleton.of("e\u{0301}te\u{0301}") == "ete")
        #expect(AccentSkeleton.of("Ελλάδα") == "Ελλαδα")
        #expect(AccentSkeleton.of("Łódź") == "Łodz")
    }

    @Test("the Latin table gives what ICU's decomposition gives, scalar by scalar and word by word")
    func latinTableIsTheDefinition() {
        for value in UInt32(0x20)..<0x180 {
            let text = "a" + String(Unicode.Scalar(value)!) + "b"
            #expect(AccentSkeleton.of(text) == AccentSkeleton.decomposedSkeleton(text), "U+\(String(value, radix: 16))")
        }
        for word in ["déployées", "Œuvre", "naïveté", "Škoda", "àÀâÂäÄçÇéÉèÈêÊëËîÎïÏôÔöÖùÙûÛüÜÿŸ", "ĳ ŉ ſ"] {
            #expect(AccentSkeleton.latinSkeleton(word) == AccentSkeleton.decomposedSkeleton(word), "\(word)")
        }
        // A word with a scalar beyond the table goes the ICU way.
        #expect(AccentSkeleton.latinSkeleton("e\u{0301}") == nil && AccentSkeleton.latinSkeleton("Ελλάδα") == nil)
    }
}
