import AlineaText
import Foundation

/// Builds a `FormTable`: asks libhunspell once for each form's verdict and
/// analyses, lays the answers out (`FormTableEncoder`) and writes the file
/// atomically.
///
/// Why answers come from libhunspell and nowhere else: that is what makes the
/// table exact. The builder goes through the very calls `HunspellDictionary`
/// makes at run time (`Hunspell_spell`, `Hunspell_analyze` into the same
/// buffer, split the same way), on a dictionary opened from the same files,
/// and records the files' identity before and after asking, so a dictionary
/// upgraded during the build is noticed. For French (1.2 M forms with the
/// capitalised ones) this is a few hundred billion instructions, so the forms
/// are shared out among `workers` threads, each with its own libhunspell
/// handle (libhunspell is not thread-safe per handle).
public struct FormTableBuilder: Sendable {
    /// The dictionary's affix file.
    public let affixPath: String
    /// The dictionary's word list.
    public let dictionaryPath: String

    /// A builder for the pair at `affixPath`/`dictionaryPath`.
    public init(affixPath: String, dictionaryPath: String) {
        self.affixPath = affixPath
        self.dictionaryPath = dictionaryPath
    }

    /// libhunspell's answer for each of `forms`, asked on `workers` threads;
    /// `progress(done, total)` is called now and then from those threads.
    public func answers(
        for forms: [String],
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(FormTableError) -> [String: FormAnswer] {
        let workers = max(1, min(workers, forms.count))
        let collected = Collected(workers: workers)
        let affixPath = affixPath, dictionaryPath = dictionaryPath
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let dictionary = try? HunspellDictionary(affixPath: affixPath, dictionaryPath: dictionaryPath, language: "form-table") else {
                collected.fail(worker)
                return
            }
            var answers: [FormAnswer] = []
            answers.reserveCapacity(forms.count / workers + 1)
            var index = worker, sinceReport = 0
            while index < forms.count {
                let form = forms[index]
                answers.append(FormAnswer(accepted: dictionary.hunspellVerdict(form), analyses: dictionary.hunspellAnalyses(form)))
                index += workers
                sinceReport += 1
                if sinceReport == 5_000 {
                    let done = collected.advance(by: sinceReport)
                    progress?(done, forms.count)
                    sinceReport = 0
                }
            }
            collected.store(answers, worker: worker)
        }
        var result: [String: FormAnswer] = [:]
        result.reserveCapacity(forms.count)
        for worker in 0..<workers {
            guard let answers = collected.answers(of: worker) else {
                throw .unreadable(path: dictionaryPath, reason: "libhunspell could not open \(affixPath) and \(dictionaryPath)")
            }
            for (offset, answer) in answers.enumerated() { result[forms[worker + offset * workers]] = answer }
        }
        progress?(forms.count, forms.count)
        return result
    }

    /// Builds the table of `forms` and writes it to `path` atomically
    /// (creating its folder), then opens it as a reader would.
    ///
    /// `completing`: the forms of the relaxed expansion (`RelaxedExpansion`,
    /// every root + affix reading, conditions ignored), their capitalised
    /// forms and (for them and `forms`) their forms in capitals that `forms`
    /// lack are asked about as well, those libhunspell accepts or analyses are
    /// kept, and the table says it is complete for words of letters and words
    /// in capitals (`FormTable.isCompleteForLetters`, `isCompleteForCapitals`). Not when the
    /// expansion cannot spell the affix file out (twofold suffixes), nor when
    /// compounds may be words of letters (`AffixFile.compoundsBeginWithDigits(roots:)`).
    @discardableResult
    public func build(
        forms: [String],
        to path: String,
        completing: Bool = false,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(FormTableError) -> FormTable {
        let before = try FormTableIdentity(affixPath: affixPath, dictionaryPath: dictionaryPath)
        var answers = try answers(for: forms, workers: workers, progress: progress)
        // The prefilter's roots, when the affix file can be read (English's too: only the prefilter refuses compounding).
        let affixes = try? AffixFile(path: affixPath)
        let roots = affixes.flatMap { affixes in
            try? RootTable(path: dictionaryPath, flagEncoding: affixes.flagEncoding, needAffix: affixes.needAffix)
        }
        var complete = false
        if completing, let affixes, let roots, affixes.compoundsBeginWithDigits(roots: roots),
           let relaxed = RelaxedExpansion.forms(affixes: affixes, roots: roots) {
            // Every reading, capitalised, and in capitals (hyphenated ones too): libhunspell reads a word
            // in capitals as itself, in small letters or capitalised, so each it accepts is some reading in
            // capitals — or is accepted by its `BREAK` rule alone, which the dictionary replays.
            var missing = Set<String>()
            let readings = relaxed.map { String(decoding: $0, as: UTF8.self) } + forms
            // The readings include the hidden homonyms libhunspell keeps for entries with several
            // capitals (`Otan` of `OTAN`, `RootTable`), so a capitalised word is complete for analyses too.
            for form in readings {
                var capitals = form.uppercased()
                let inCapitals = capitals.withUTF8 { HunspellDictionary.isCapitalsWord($0, innerHyphens: true) }
                for variant in [form, FormExpansion.capitalise(form)] + (inCapitals ? [capitals] : []) where answers[variant] == nil {
                    missing.insert(variant)
                }
            }
            let found = try self.answers(for: missing.sorted(), workers: workers)
            for (form, answer) in found where answer.accepted || !answer.analyses.isEmpty { answers[form] = answer }
            complete = true
        }
        let after = try FormTableIdentity(affixPath: affixPath, dictionaryPath: dictionaryPath)
        if let difference = before.difference(from: after) {
            throw .stale(path: path, detail: "the dictionary changed during the build: \(difference)")
        }
        var properties: FormTableProperties = complete
            ? [.completeForLetters, .completeForCapitals, .completeForHyphenatedCapitals, .completeForCapitalisedAnalyses] : []
        if affixes?.breaksAtHyphensOnly == true { properties.insert(.breaksAtHyphensOnly) }
        if complete, affixes?.compoundFlags.isEmpty == true { properties.insert(.completeForDigits) }
        let bytes = FormTableEncoder.encode(answers, identity: before, roots: roots?.encoded() ?? [], properties: properties)
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            try FileAccess.write(bytes, to: path)
        } catch {
            throw .unwritable(path: path, reason: "\(error)")
        }
        let table = try FormTable(path: path, expected: before)
        try table.verify()
        return table
    }

    /// The workers' answers, gathered under a lock.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var perWorker: [[FormAnswer]?]
        private var failed = false
        private var done = 0

        init(workers: Int) { perWorker = Array(repeating: nil, count: workers) }

        func store(_ answers: [FormAnswer], worker: Int) {
            lock.lock(); defer { lock.unlock() }
            perWorker[worker] = answers
        }

        func fail(_ worker: Int) {
            lock.lock(); defer { lock.unlock() }
            failed = true
        }

        func advance(by count: Int) -> Int {
            lock.lock(); defer { lock.unlock() }
            done += count
            return done
        }

        func answers(of worker: Int) -> [FormAnswer]? {
            lock.lock(); defer { lock.unlock() }
            return failed ? nil : perWorker[worker]
        }
    }
}
