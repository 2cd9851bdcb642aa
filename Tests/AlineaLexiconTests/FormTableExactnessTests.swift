@testable import AlineaLexicon
import Foundation
import Testing
import AlineaTestSupport

/// The installed form tables (French, American English) measured against libhunspell: every
/// stored form's answer (and the stems read off its analyses), and a sample of case variants, elisions and OCR-like
/// edits (stored or not: a stored one must match, a missed one must get
/// libhunspell's answer through the dictionary).
///
/// Why opt-in: it needs the table built by `alinea lexicon build` (in
/// `$ALINEA_CACHE_DIR`, `$XDG_CACHE_HOME/alinea` or `~/.cache/alinea`) and asks
/// libhunspell about two million strings, minutes on two cores. Run it with
/// `ALINEA_FORM_TABLE_EXACTNESS=1 swift test -c release --filter FormTableExactness`
/// (after `alinea lexicon build --language fr` and `--language en_US`).
///
/// The English table is complete for words of letters although the affix file
/// compounds (`AffixFile.compoundsBeginWithDigits(roots:)`): the edits below put
/// digits into words, so ordinals and their near misses are asked too.
@Suite("Form table exactness (opt-in)")
struct FormTableExactnessTests {
    static let enabled = ProcessInfo.processInfo.environment["ALINEA_FORM_TABLE_EXACTNESS"] == "1"

    @Test("every stored answer and every sampled variant agrees with libhunspell", .enabled(if: enabled),
          arguments: ["fr", "en_US"])
    func exactness(language: String) throws {
        let (affix, dictionary) = try HunspellDictionary.files(of: language)
        let table = try FormTable(path: FormTableLocation.standard().path(language: language), affixPath: affix, dictionaryPath: dictionary)
        try table.verify()
        #expect(table.isCompleteForLetters)
        var forms: [(String, FormAnswer)] = []
        forms.reserveCapacity(table.formCount)
        table.forEachForm { forms.append(($0, $1)) }
        let stored = forms
        #expect(stored.count == table.formCount)

        // Variants of every eighth form: case, dots, elisions with both apostrophes, OCR-like edits;
        // joined by hyphens to another form, or two (what the `BREAK` replay judges) — in small
        // letters, capitalised (`Reportez-vous`), in capitals (`FSC-PC`) and with several capitals
        // (`Maj-Alt`) —, with a capital inside (`FontConfig`, `vDSO`), with a digit inside (`r6le`),
        // a number after a hyphen (`version-201`).
        var random = SplitMix64(seed: 20261202)
        var variants = Set<String>()
        let lowerForms = stored.map { $0.0.lowercased() }
        for (index, (form, _)) in stored.enumerated() where index % 8 == 0 {
            let lower = form.lowercased()
            let edited = HunspellPrefilterExactnessTests.edit(form, random: &random)
            let others = (0..<3).map { _ in lowerForms[Int(random.next() % UInt64(lowerForms.count))] }
            var digit = Array(lower)
            digit[Int(random.next() % UInt64(digit.count))] = "6"
            let number = random.next() % 1000
            // One letter in capitals (`ß` becomes `SS`: a string, not a character).
            let letters = Array(lower)
            let inner = Int(random.next() % UInt64(letters.count))
            let innerCapital = String(letters[..<inner]) + letters[inner].uppercased() + String(letters[(inner + 1)...])
            let capitalised = FormExpansion.capitalise(lower)
            variants.formUnion([form.uppercased(), lower, capitalised, form + ".",
                                "l’" + form, "d'" + form, edited, lower + "-" + others[0],
                                others[1] + "-" + lower + "-" + others[2], String(digit), lower + "-\(number)", "\(number)",
                                "\(number)" + lower,
                                capitalised + "-" + others[0], (others[1] + "-" + lower).uppercased(),
                                FormExpansion.capitalise(others[2]) + "-" + capitalised + "-" + others[0],
                                innerCapital, capitalised + FormExpansion.capitalise(others[1])])
        }
        let sample = Array(variants)

        let workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // `fast` as the cleaner opens its own language's dictionary: table, n-gram screen, prefilter.
            guard let hunspell = try? HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: language),
                  let fast = try? HunspellDictionary(affixPath: affix, dictionaryPath: dictionary, language: language,
                                                     filtersRejections: true, screensByTrigrams: true, formTable: table) else {
                tally.add(wrong: ["could not open the dictionary"])
                return
            }
            var wrong: [String] = [], accepted = 0, variantsStored = 0, variantsChecked = 0
            for index in stride(from: worker, to: stored.count, by: workers) {
                let (form, answer) = stored[index]
                if answer != FormAnswer(accepted: hunspell.hunspellVerdict(form), analyses: hunspell.hunspellAnalyses(form))
                    || fast.stems(form) != hunspell.hunspellStems(form) {
                    wrong.append(form)
                }
                if answer.accepted { accepted += 1 }
            }
            for index in stride(from: worker, to: sample.count, by: workers) {
                let word = sample[index]
                let truth = FormAnswer(accepted: hunspell.hunspellVerdict(word), analyses: hunspell.hunspellAnalyses(word))
                if let answer = table.answer(for: word) {
                    variantsStored += 1
                    if answer != truth { wrong.append(word) }
                }
                // Through the dictionary: table, then prefilter, then libhunspell.
                if fast.spell(word) != truth.accepted || fast.analyze(word) != truth.analyses
                    || fast.stems(word) != hunspell.hunspellStems(word) { wrong.append(word) }
                variantsChecked += 1
            }
            tally.add(wrong: wrong, accepted: accepted, variantsStored: variantsStored, variantsChecked: variantsChecked)
        }
        let report = "stored forms \(stored.count) (accepted \(tally.accepted)), variants \(tally.variantsChecked) "
            + "(stored \(tally.variantsStored)), disagreements \(tally.wrong.count)"
        print(report)
        print("disagreements: \(tally.wrong.prefix(50))")
        #expect(tally.wrong.isEmpty, "\(report)")
        #expect(tally.variantsChecked == sample.count)
    }

    /// The workers' counts, gathered under a lock.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var wrong: [String] = []
        private(set) var accepted = 0, variantsStored = 0, variantsChecked = 0

        func add(wrong: [String], accepted: Int = 0, variantsStored: Int = 0, variantsChecked: Int = 0) {
            lock.lock(); defer { lock.unlock() }
            self.wrong += wrong
            self.accepted += accepted
            self.variantsStored += variantsStored
            self.variantsChecked += variantsChecked
        }
    }
}
