@testable import AlineaLexicon
import Testing

@Suite("Hunspell prefilter")
struct HunspellPrefilterTests {
    static let affix = "/usr/share/hunspell/fr.aff", dictionary = "/usr/share/hunspell/fr.dic"
    static let french = try? HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: "fr")
    static let filter = try? HunspellPrefilter(affixPath: affix, dictionaryPath: dictionary)

    /// Forms that an expander of the dictionary once missed, and every kind of
    /// reading the filter replays: plural and feminine suffixes, conjugations,
    /// stems changed by the suffix's strip, the unit prefixes with their plural,
    /// roots that need a suffix (`Allemagne`), capitalised words, ligatures.
    static let accepted = [
        "publiques", "effective", "basses", "publique", "effectifs", "bas", "nationales", "internationaux",
        "travaux", "mangeons", "finissaient", "soyez", "allions", "eûmes", "aient", "employée", "employées",
        "appelleraient", "jetterons", "achèterait", "cédèrent", "considérant", "exécutées", "lorsque",
        "kilomètres", "kilomètre", "millisecondes", "Allemagne", "Publiques", "États", "Élections", "Conseil",
        "cœur", "œuvres", "sœurs", "naïve", "aïeux", "noël", "ça", "où", "à", "été", "décision", "décisions",
        // Elisions and hyphenated words: entries of the .dic, elision prefixes, Hunspell's split at hyphens.
        "l'homme", "L'homme", "aujourd'hui", "qu'il", "d'abord", "jusqu'à", "porte-parole", "Porte-parole",
        "peut-être", "c'est-à-dire", "vas-y", "va-t'en", "dis-moi", "arc-en-ciel", "lui-même", "lui-mème",
        "celles-ci", "A-t-il", "a-t-il", "sud-américaines",
    ]

    @Test("never rejects a form Hunspell accepts: the ones an expander missed, and through ICONV, capitals, dots, numbers and breaks")
    func acceptedForms() throws {
        let fr = try #require(Self.french), filter = try #require(Self.filter)
        for word in Self.accepted + Self.acceptedOtherwise {
            #expect(fr.hunspellVerdict(word), "Hunspell should accept \(word)")
            #expect(!filter.rejects(word), "the prefilter rejected \(word)")
        }
    }

    @Test("rejects OCR damage of lower-case and capitalised words, as Hunspell does")
    func damage() throws {
        let fr = try #require(Self.french), filter = try #require(Self.filter)
        for word in ["publiqucs", "effcctive", "rnaison", "matiere", "décisiou", "Conseii", "Etats", "bassès",
                     "porte-parolc", "l'hommc", "aujourd'hul", "c'est-à-dirc"] {
            #expect(!fr.hunspellVerdict(word))
            #expect(filter.rejects(word), "the prefilter let \(word) through")
        }
    }

    /// Forms Hunspell accepts only through its input conversion, case
    /// variants, abbreviation dots, number rule or `BREAK` splits.
    static let acceptedOtherwise = [
        "l’homme", "L’homme", "AUJOURD’HUI", "ﬁn", "e\u{301}te\u{301}", "MAISON", "ÉTATS", "CYBERSÉCURITÉ", "L'HOMME",
        "AUJOURD'HUI", "QU'IL", "L'OTAN", "OTAN", "EDF", "ÉTATS-UNIS", "JEAN-PIERRE", "Jean-Pierre", "maison.",
        "MAISON.", "Paris.", "etc.", "1er", "12,5", "3-4", "...", "", "porte·parole", "maison'", "'maison", "‘maison",
        // Apostrophes cut off by the anchored BREAK patterns (^' and '$), also after a split or a conversion.
        "'MAISON", "MAISON’", "’recevez", "l.'homme", "D-'DÉVORANTE",
    ]

    @Test("judges typographic apostrophes, capitals, odd characters and digits as Hunspell does")
    func widenedDamage() throws {
        let fr = try #require(Self.french), filter = try #require(Self.filter)
        for word in ["l’hommc", "ommànô’ést", "L’HOMMC", "CYBÉRSÉCU-RITE", "SIGTTÏN", "ÛËFI", "MAISONN", "eTats",
                     "€lâirs", "t&chc", "gr¢ce", "iê8", "e6cràn", "r6le", "x×y", "Jean-Pierrc", "porte--parolc",
                     "-porte", "porte-", "'hui", "SANT'ELIA", "€", "&", "«maison", "μέτρο"] {
            #expect(!fr.hunspellVerdict(word), "Hunspell should reject \(word)")
            #expect(filter.rejects(word), "the prefilter let \(word) through")
        }
    }

    @Test("knows rejected words have no analysis, but not words whose forms Hunspell analyses")
    func analyses() throws {
        let fr = try #require(Self.french), filter = try #require(Self.filter)
        for word in ["publiqucs", "rnaison", "porte-parolc", "l'hommc", "décisiou", "Conseii", "MAISONN", "l’hommc",
                     "€lâirs", "SIGTTÏN", "peut-êtrc"] {
            #expect(filter.hasNoAnalysis(word), "\(word)")
            #expect(fr.hunspellAnalyses(word).isEmpty)
        }
        // Hunspell analyses the hidden capitalisation of EDF although it rejects the word.
        #expect(!fr.hunspellVerdict("Edf") && !fr.hunspellAnalyses("Edf").isEmpty)
        #expect(!filter.hasNoAnalysis("Edf") && !filter.hasNoAnalysis("EDF"))
        for word in Self.accepted + Self.acceptedOtherwise where !fr.hunspellAnalyses(word).isEmpty {
            #expect(!filter.hasNoAnalysis(word), "\(word)")
        }
    }

    @Test("a hyphenated word has an analysis only as a whole: listed compounds do, words joined by a hyphen do not")
    func hyphenatedAnalyses() throws {
        let fr = try #require(Self.french), filter = try #require(Self.filter)
        // Spelled through Hunspell's split at hyphens, but never analysed.
        for word in ["rouge-vert", "la-copie", "dit-il", "est-ce", "ou-seulement"] {
            #expect(fr.hunspellVerdict(word) && fr.hunspellAnalyses(word).isEmpty, "\(word)")
            #expect(filter.hasNoAnalysis(word), "\(word)")
        }
        // Every hyphenated headword of the dictionary, and a one-letter change of each: a claim
        // of "no analysis" must hold for all of them.
        let lines = try String(contentsOfFile: Self.dictionary, encoding: .utf8).split(separator: "\n")
        let compounds = lines.compactMap { line -> String? in
            let head = line.prefix { $0 != "/" && $0 != " " && $0 != "\t" }
            return head.contains("-") && head.first != "-" && head.last != "-" ? String(head) : nil
        }
        #expect(compounds.count > 1000)
        var claims = 0
        for compound in compounds {
            var variant = Array(compound)
            if let index = variant.indices.last(where: { variant[$0] == "e" }) { variant[index] = "é" }
            for word in [compound, String(variant)] where filter.hasNoAnalysis(word) {
                claims += 1
                #expect(fr.hunspellAnalyses(word).isEmpty, "\(word) has an analysis")
            }
        }
        #expect(claims > 100)
    }

    @Test("a dictionary that filters rejections answers spell and analyze exactly as libhunspell")
    func filteringDictionary() throws {
        let fr = try #require(Self.french)
        let filtering = try HunspellDictionary(affixPath: Self.affix, dictionaryPath: Self.dictionary, language: "fr",
                                               filtersRejections: true)
        for word in Self.accepted + Self.acceptedOtherwise
            + ["publiqucs", "porte-parolc", "l'hommc", "Conseii", "Edf", "d’abord", "r6le", "L’HOMMC", "€lâirs", "Otan"] {
            #expect(filtering.spell(word) == fr.hunspellVerdict(word), "spell(\(word))")
            #expect(filtering.analyze(word) == fr.hunspellAnalyses(word), "analyze(\(word))")
        }
    }

    @Test("leaves to Hunspell words with characters whose case it cannot be sure of, a leading space, or 100 bytes")
    func outsideJudgement() throws {
        let filter = try #require(Self.filter)
        for word in ["straße", "İstanbul", "ǅemal", "\u{2126}mega", "\u{1D51E}bc", " maisonn", String(repeating: "x", count: 100)] {
            #expect(!filter.rejects(word), "\(word) should go to Hunspell")
            #expect(!filter.hasNoAnalysis(word), "\(word) should go to Hunspell")
        }
    }

    @Test("converts input as the affix file's ICONV table says, and refuses tables libhunspell's search would misread")
    func inputConversion() throws {
        let conversion = try InputConversion([("’", "'"), ("ﬁ", "fi"), ("e\u{301}", "é")])
        func converted(_ word: String) -> String {
            var word = word
            return word.withUTF8 { conversion.withConverted($0) { String(decoding: $0, as: UTF8.self) } }
        }
        #expect(converted("l’homme") == "l'homme" && converted("ﬁne") == "fine" && converted("e\u{301}te\u{301}") == "été")
        #expect(converted("maison") == "maison")
        #expect(throws: HunspellPrefilterError.self) { try InputConversion([("a", "b"), ("ab", "c")]) }
        #expect(throws: HunspellPrefilterError.self) { try InputConversion([("_a", "b")]) }
        let filter = try #require(Self.filter)
        for (typographic, straight) in [("l’hommc", "l'hommc"), ("ﬁnc", "finc"), ("l’homme", "l'homme")] {
            #expect(filter.rejects(typographic) == filter.rejects(straight))
        }
    }

    @Test("classifies capitalisation and writes case variants as Hunspell's captype, mkallsmall2 and mkinitcap2")
    func caseVariants() {
        func check(_ word: String, _ capitalisation: Capitalisation, _ forms: [CasedWord.Form: String]) {
            var text = word
            text.withUTF8 { bytes in
                CasedWord.withDecoded(bytes) { cased in
                    guard let cased else { Issue.record("\(word) not decoded"); return }
                    #expect(cased.capitalisation == capitalisation, "\(word)")
                    for (form, expected) in forms {
                        let written = [UInt8](unsafeUninitializedCapacity: cased.formCapacity) { buffer, count in
                            count = cased.write(form, into: buffer)
                        }
                        #expect(String(decoding: written, as: UTF8.self) == expected, "\(word) \(form)")
                    }
                }
            }
        }
        check("maison", .none, [.capitalised: "Maison"])
        check("Maison", .initial, [.lowered: "maison"])
        check("ÉTATS-UNIS", .all, [.lowered: "états-unis", .capitalised: "États-unis"])
        check("L'HOMME", .all, [.capitalisedAfter(apostrophe: 1, initial: false): "l'Homme",
                                .capitalisedAfter(apostrophe: 1, initial: true): "L'Homme"])
        check("eTats", .mixed, [:])
        check("ÉTats", .mixedInitial, [:])
        check("A-1", .initial, [:])
        check("ŒUVRE", .all, [.capitalised: "Œuvre"])
    }

    @Test("agrees with Hunspell on OCR-like variants of French words: no rejection of an accepted string")
    func variants() throws {
        let fr = try #require(Self.french), filter = try #require(Self.filter)
        let confusions: [Character: [Character]] = [
            "e": ["é", "è", "ê", "c", "o"], "é": ["e", "è", "ê"], "a": ["à", "â", "o"], "i": ["î", "l", "ï"],
            "u": ["ù", "û", "n"], "o": ["ô", "e"], "c": ["e", "ç"], "n": ["u", "r"], "l": ["i", "t"], "s": ["x", "z"],
        ]
        var checked = 0, rejected = 0
        for word in Self.accepted {
            let letters = Array(word)
            for index in letters.indices {
                for replacement in confusions[letters[index]] ?? [] {
                    var variant = letters
                    variant[index] = replacement
                    let text = String(variant)
                    checked += 1
                    if filter.rejects(text) {
                        rejected += 1
                        #expect(!fr.hunspellVerdict(text), "the prefilter rejected \(text), which Hunspell accepts")
                    }
                }
            }
        }
        #expect(checked > 500 && rejected > checked / 2)
    }

    @Test("is not built for affix files it does not model (English compounds)")
    func unsupported() {
        #expect(throws: HunspellPrefilterError.self) {
            try HunspellPrefilter(affixPath: "/usr/share/hunspell/en_US.aff", dictionaryPath: "/usr/share/hunspell/en_US.dic")
        }
        #expect(throws: HunspellPrefilterError.unreadable(path: "/no/such.aff")) {
            try HunspellPrefilter(affixPath: "/no/such.aff", dictionaryPath: "/no/such.dic")
        }
    }

    @Test("splits .dic lines as libhunspell: escaped slashes, morphology after spaces or a tab")
    func dictionaryLines() {
        func split(_ line: String) -> (String, String) {
            var unescaped: [UInt8] = []
            let bytes = Array(line.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                let (word, flags) = RootTable.entry(of: buffer, unescaped: &unescaped)
                let source = unescaped.isEmpty ? bytes : unescaped
                return (String(decoding: source[word], as: UTF8.self), String(decoding: source[flags], as: UTF8.self))
            }
        }
        #expect(split("maison/S. po:nom is:fem") == ("maison", "S."))
        #expect(split("a priori po:adv") == ("a priori", ""))
        #expect(split("km/h\\/x/U. po:nom") == ("km", "h\\/x/U."))
        #expect(split("1\\/2/AB") == ("1/2", "AB"))
        #expect(split("mot\tpo:nom") == ("mot", ""))
        #expect(FlagEncoding.long.decode(Array("S.()a0".utf8)) == [0x2829, 0x532E, 0x6130].sorted())
    }
}
