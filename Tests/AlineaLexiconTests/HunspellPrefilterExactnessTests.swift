@testable import AlineaLexicon
import Foundation
import Testing
import AlineaTestSupport

/// The prefilter's contract measured on millions of strings: it never rejects
/// a string libhunspell accepts, and never claims "no analysis" for a string
/// libhunspell analyses.
///
/// Why a separate, opt-in suite: it reads large local files (an expansion of
/// `fr.dic`, traces of the cleaner's Hunspell calls) that are not in the
/// repository, and takes minutes. Run it with
/// `ALINEA_PREFILTER_EXACTNESS=1 swift test --filter HunspellPrefilterExactness`;
/// the sources are the files below that exist, plus the `.eval/ocr*` texts
/// (`ALINEA_EVAL_DIR`), the held-out handbook set excepted.
@Suite("Hunspell prefilter exactness (opt-in)")
struct HunspellPrefilterExactnessTests {
    static let enabled = ProcessInfo.processInfo.environment["ALINEA_PREFILTER_EXACTNESS"] == "1"

    @Test("no rejection of an accepted string, no missed analysis", .enabled(if: enabled))
    func exactness() throws {
        let affix = HunspellPrefilterTests.affix, dictionary = HunspellPrefilterTests.dictionary
        let french = try HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: "fr")
        let filter = try HunspellPrefilter(affixPath: affix, dictionaryPath: dictionary)
        let strings = Self.strings()
        var accepted = 0, rejected = 0, misses: [String] = []
        var noAnalysisClaims = 0, analysisMisses: [String] = []
        for word in strings {
            let verdict = french.hunspellVerdict(word)
            if verdict { accepted += 1 }
            if filter.rejects(word) {
                rejected += 1
                if verdict { misses.append(word) }
            }
            if filter.hasNoAnalysis(word) {
                noAnalysisClaims += 1
                if !french.hunspellAnalyses(word).isEmpty { analysisMisses.append(word) }
            }
        }
        let report = "strings \(strings.count), accepted \(accepted), rejected by the filter \(rejected) "
            + "(of \(strings.count - accepted) rejected by Hunspell), no-analysis claims \(noAnalysisClaims), "
            + "misses \(misses.count), analysis misses \(analysisMisses.count)"
        print(report)
        print("misses: \(misses.prefix(50))")
        print("analysis misses: \(analysisMisses.prefix(50))")
        #expect(misses.isEmpty && analysisMisses.isEmpty, "\(report)")
    }

    /// The strings checked, deduplicated.
    static func strings() -> Set<String> {
        var strings = Set<String>()
        var random = SplitMix64(seed: 20261201)
        func lines(_ path: String) -> [Substring] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
            return text.split(separator: "\n", omittingEmptySubsequences: true)
        }
        // The cleaner's own Hunspell calls.
        for path in ["/tmp/trace.txt", "/tmp/trace-bench.txt"] {
            for line in lines(path) {
                if let word = line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(2).first {
                    strings.insert(String(word))
                }
            }
        }
        // The expansion of fr.dic, and variants of a sample of its forms.
        let forms = lines("/tmp/fr.forms.txt").map { String($0.prefix { $0 != "/" }) }
        strings.formUnion(forms)
        for (index, form) in forms.enumerated() where index % 4 == 0 {
            strings.formUnion(variants(of: form, random: &random))
        }
        for _ in 0..<min(forms.count, 150_000) {
            let first = forms[Int(random.next() % UInt64(forms.count))]
            let second = forms[Int(random.next() % UInt64(forms.count))]
            let joined = "\(first)-\(second)"
            strings.insert(joined)
            strings.insert(joined.uppercased())
            strings.insert(edit(joined, random: &random))
        }
        // Elisions in capitals.
        for form in forms.prefix(200_000) where form.contains("'") { strings.insert(form.uppercased()) }
        for prefix in ["l'", "d'", "qu'", "n'", "s'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'"] {
            for _ in 0..<2_000 {
                let form = forms[Int(random.next() % UInt64(forms.count))]
                strings.insert((prefix + form).uppercased())
                strings.insert((prefix + form).uppercased().replacingOccurrences(of: "'", with: "’"))
                strings.insert(edit((prefix + form).uppercased(), random: &random))
            }
        }
        // Tokens of the evaluation texts (not the held-out handbook set).
        let evalDirectory = ProcessInfo.processInfo.environment["ALINEA_EVAL_DIR"] ?? "/work/main/.eval"
        let manager = FileManager.default
        for directory in (try? manager.contentsOfDirectory(atPath: evalDirectory)) ?? []
        where directory.hasPrefix("ocr") && directory != "ocr-handbook" {
            let path = "\(evalDirectory)/\(directory)"
            for file in (try? manager.contentsOfDirectory(atPath: path)) ?? [] where file.hasSuffix(".txt") {
                for line in lines("\(path)/\(file)") {
                    for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                        let word = String(token)
                        strings.insert(word)
                        strings.insert(word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:!?()[]«»\"“”")))
                        strings.insert(edit(word, random: &random))
                    }
                }
            }
        }
        return strings
    }

    /// Capitalisations, apostrophes and OCR-like damage of `form`.
    static func variants(of form: String, random: inout SplitMix64) -> [String] {
        var result = [form.uppercased(), form.prefix(1).uppercased() + form.dropFirst(),
                      form.replacingOccurrences(of: "'", with: "’"), form + ".", form.uppercased() + "."]
        for _ in 0..<3 {
            let damaged = edit(form, random: &random)
            result += [damaged, damaged.uppercased(), damaged.prefix(1).uppercased() + damaged.dropFirst()]
        }
        return result
    }

    /// One or two OCR-like edits: accents, digits for letters, `¢ € &`,
    /// deletions, case flips, typographic apostrophes, dots, hyphens.
    static func edit(_ word: String, random: inout SplitMix64) -> String {
        var characters = Array(word)
        let replacements: [Character] = ["é", "è", "ê", "à", "â", "ô", "û", "ù", "î", "ï", "ç", "ë", "6", "0", "1", "5", "8",
                                         "¢", "€", "&", "c", "e", "o", "l", "i", "n", "u", "r", "m", "’", "'", "-", ".",
                                         "É", "È", "Ê", "À", "Ç", "Î", "Ô", "Û", "Ï", "Ë", "Œ", "œ", "æ", "ß", "·", "ﬁ"]
        for _ in 0...(random.next() % 2) {
            guard !characters.isEmpty else { break }
            let index = Int(random.next() % UInt64(characters.count))
            switch random.next() % 5 {
            case 0, 1: characters[index] = replacements[Int(random.next() % UInt64(replacements.count))]
            case 2: characters.insert(replacements[Int(random.next() % UInt64(replacements.count))], at: index)
            case 3: characters.remove(at: index)
            default:
                let character = characters[index]
                let flipped = character.isUppercase ? character.lowercased() : character.uppercased()
                characters.replaceSubrange(index...index, with: Array(flipped))
            }
        }
        return String(characters)
    }
}
