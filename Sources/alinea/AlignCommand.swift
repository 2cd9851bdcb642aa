import AlineaAlign
import AlineaClean
import AlineaFormats
import AlineaStructure
import AlineaText
import ArgumentParser
import Foundation

/// `alinea align`: match a French decision with its English version, block
/// by block then sentence by sentence, and export the pairs.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a French and an English version clause by clause and sentence by sentence; write TMX, TSV, beads, HTML or JSON.",
        discussion: """
            Inputs are text files in any encoding (raw OCR or cleaned), or segment files
            written by 'alinea segment --format json'. Each side is cut into typed blocks
            (header, title, preamble and operative clauses, annex, list items, footnotes),
            the blocks are aligned (length, numbers, dates, acronyms, symbols, cognates,
            FreeDict and glossary translations, block types and clause numbers), then at
            --level sentence the sentences inside each block pair. Every bead gets a
            confidence; beads below --min-confidence are flagged for review.

            --units lines skips segmentation: one unit per non-empty line, as given
            (hunalign-style input; beads then index lines).

            Formats (from the -o extension unless --format; TSV on standard output):
              tmx    TMX 1.4b for OmegaT, Trados, memoQ (one <tu> per bead with text on
                     both sides; x-document, x-block-type, x-clause-number, x-confidence,
                     x-low-confidence props); srclang = the declared original language,
                     else --src-lang (default en)
              tsv    fr<TAB>en<TAB>confidence
              beads  fr_indices<TAB>en_indices<TAB>confidence (0-based unit indices)
              html   side-by-side review page, low-confidence beads listed first
              json   units with offsets and beads (docs/align-schema.md)

            The files are checked to be French and English, in that order: swapped or
            same-language inputs stop with exit status 65 unless --force.

            Examples:
              alinea align decision.fr.txt decision.en.txt -o decision.tmx
              alinea align decision.fr.ocr.txt decision.en.txt --clean -o review.html
              alinea align udhr.fr.txt udhr.en.txt --units lines --format beads
            """
    )

    /// What the units are.
    enum Units: String, ExpressibleByArgument, CaseIterable { case blocks, lines }

    @Argument(help: "The French file (text in any encoding, or segment JSON).")
    var french: String

    @Argument(help: "The English file (text in any encoding, or segment JSON).")
    var english: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Alignment level: paragraph (blocks/clauses) or sentence.")
    var level: AlignmentLevel = .sentence

    @Option(help: "Units: blocks (segment the documents) or lines (one unit per non-empty line).")
    var units: Units = .blocks

    @Option(help: "Output format: tmx, tsv, beads, html or json (default: from the -o extension; tsv on standard output).")
    var format: ExportFormat?

    @Option(help: "A glossary to use on top of the dictionary: a TBX term base, or a TSV file with one french<TAB>english pair per line.")
    var glossary: String?

    @Flag(name: .customLong("no-dictionary"), help: "Do not use the FreeDict French–English dictionary.")
    var noDictionary = false

    @Flag(help: "Repair OCR artefacts in the French text first (as 'alinea clean').")
    var clean = false

    @Option(name: .customLong("min-confidence"), help: "Beads below this confidence (0–1) are flagged for review.")
    var minConfidence: Double = 0.5

    @Option(name: .customLong("src-lang"), help: "TMX source language (fr, en or a locale code) when the documents do not declare their original language.")
    var srcLang: String?

    @Option(name: .customLong("fr-locale"), help: "Locale code of the French segments.")
    var frLocale: String = "fr-FR"

    @Option(name: .customLong("en-locale"), help: "Locale code of the English segments.")
    var enLocale: String = "en-GB"

    @OptionGroup var inputOptions: InputOptions

    @Flag(help: "Align even if the files do not look like French and English in that order.")
    var force = false

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if format == nil, let path = output.output, path != "-", ExportFormat(path: path) == nil {
            throw ValidationError("cannot tell the format from '\(path)'; use a .tmx, .tsv, .beads, .html or .json name, or pass --format")
        }
        for (name, locale) in [("--fr-locale", frLocale), ("--en-locale", enLocale)] where !Self.isLocaleCode(locale) {
            throw ValidationError("\(name) '\(locale)' is not a language code such as fr-FR or en-GB")
        }
        if let srcLang, !Self.isLocaleCode(srcLang) {
            throw ValidationError("--src-lang '\(srcLang)' is not a language code such as en or fr-FR")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            let started = Date()
            // The whole texts live only while the units are cut from them: on long inputs
            // the alignment's own tables then have the memory to themselves.
            let (frenchUnits, englishUnits) = try readUnits()
            let aligner = DocumentAligner(options: try alignOptions())

            let alignment: Alignment
            switch (frenchUnits, englishUnits) {
            case (.lines(let frLines), .lines(let enLines)):
                announce(frLines.count, enLines.count)
                alignment = aligner.align(frenchUnits: frLines, englishUnits: enLines)
            case (.document(let frDocument), .document(let enDocument)):
                announce(frDocument.blocks.count, enDocument.blocks.count)
                alignment = aligner.align(french: frDocument, english: enDocument, level: level)
            default:
                preconditionFailure("both sides are cut the same way")
            }

            let chosen = format ?? output.output.flatMap { $0 == "-" ? nil : ExportFormat(path: $0) } ?? .tsv
            try output.write(chosen.render(alignment, settings: exportSettings()))
            summarize(alignment, seconds: Date().timeIntervalSince(started))
        }
    }

    // MARK: - Steps

    /// The units of one side: lines as given, or a segmented document.
    private enum SideUnits {
        case lines([String])
        case document(StructuredDocument)
    }

    /// Reads both files, checks their languages and cuts them into units.
    private func readUnits() throws -> (SideUnits, SideUnits) {
        let frenchInput = try AlignInput.read(french, encoding: inputOptions.encoding)
        let englishInput = try AlignInput.read(english, encoding: inputOptions.encoding)
        if !force { try checkLanguages(frenchInput, englishInput) }
        switch units {
        case .lines:
            let frLines = try cleaned(frenchInput).lines, enLines = englishInput.lines
            guard !frLines.isEmpty else { throw AlignCommandError.noUnits(path: french) }
            guard !enLines.isEmpty else { throw AlignCommandError.noUnits(path: english) }
            return (.lines(frLines), .lines(enLines))
        case .blocks:
            return (.document(try segmented(cleaned(frenchInput), language: "fr", path: french)),
                    .document(try segmented(englishInput, language: "en", path: english)))
        }
    }

    private func alignOptions() throws -> AlignOptions {
        var options = AlignOptions(lowConfidence: minConfidence)
        if !noDictionary {
            do {
                options.dictionary = try BilingualDictionary.freeDict()
            } catch let error as BilingualDictionaryError {
                Console.message("warning: \(error); aligning without a dictionary")
            }
        }
        if let glossary { options.glossary = try GlossaryFile.load(glossary) }
        return options
    }

    private func cleaned(_ input: AlignInput) throws -> AlignInput {
        guard clean else { return input }
        guard case .text(let text) = input else {
            Console.message("warning: --clean ignored: \(french) is already segmented")
            return input
        }
        let result = try OCRCleaner(options: CleanOptions(language: .french)).clean(text)
        Console.message("clean: \(result.log.appliedEdits.count) edits applied to \(french)")
        return .text(result.text)
    }

    private func segmented(_ input: AlignInput, language: String, path: String) throws -> StructuredDocument {
        let document: StructuredDocument
        switch input {
        case .segmented(let given): document = given
        case .text(let text): document = try DocumentSegmenter(language: language).segment(text)
        }
        guard document.blocks.contains(where: { $0.text.contains(where: \.isLetter) }) else { throw AlignCommandError.noUnits(path: path) }
        return document
    }

    /// Stops on swapped or same-language inputs: aligning them would give a
    /// plausible-looking but useless memory.
    private func checkLanguages(_ frenchInput: AlignInput, _ englishInput: AlignInput) throws {
        let fr = Self.clearLanguage(of: frenchInput), en = Self.clearLanguage(of: englishInput)
        switch (fr, en) {
        case ("en"?, "fr"?): throw AlignCommandError.swapped(french: french, english: english)
        case (let a?, let b?) where a == b: throw AlignCommandError.sameLanguage(french: french, english: english, language: a)
        case ("en"?, _): throw AlignCommandError.wrongLanguage(path: french, expected: "fr", found: "en")
        case (_, "fr"?): throw AlignCommandError.wrongLanguage(path: english, expected: "en", found: "fr")
        default: return
        }
    }

    /// The language of a side when the evidence is clear (nil when undecided).
    private static func clearLanguage(of input: AlignInput) -> String? {
        guard let guess = LanguageGuesser().guess(input.sampleText) else { return nil }
        let hits = guess.hits.values.reduce(0, +)
        return guess.confidence >= 0.65 && hits >= 4 ? guess.language.rawValue : nil
    }

    private func exportSettings() -> ExportSettings {
        var settings = ExportSettings(frenchLocale: frLocale, englishLocale: enLocale, sourceLanguage: srcLang,
                                      lowConfidence: minConfidence, documentName: Self.documentName(french),
                                      toolVersion: AlineaCommand.version)
        // Reproducible output (SOURCE_DATE_EPOCH convention of reproducible builds).
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            settings.creationDate = Date(timeIntervalSince1970: epoch)
        }
        return settings
    }

    /// `pc-dec-991.fr.ocr.txt` → `pc-dec-991`.
    static func documentName(_ path: String) -> String? {
        guard path != "-" else { return nil }
        let name = URL(fileURLWithPath: path).lastPathComponent
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    static func isLocaleCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 35 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            && code.first!.isLetter
    }

    private func announce(_ n: Int, _ m: Int) {
        if n + m >= 2000 { Console.message("align: \(Self.grouped(n)) × \(Self.grouped(m)) units…") }
    }

    private func summarize(_ alignment: Alignment, seconds: Double) {
        let low = alignment.beads.filter { $0.confidence < minConfidence }.count
        let omitted = alignment.beads.filter { $0.french.isEmpty || $0.english.isEmpty }.count
        Console.message("align: \(Self.grouped(alignment.beads.count)) beads (\(alignment.level.rawValue) level, "
            + "\(Self.grouped(alignment.french.count)) fr × \(Self.grouped(alignment.english.count)) en units), "
            + "\(low) low-confidence, \(omitted) without counterpart, in \(String(format: "%.2f", seconds)) s")
    }

    private static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

extension AlignmentLevel: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
