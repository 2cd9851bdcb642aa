import AlineaLexicon
import AlineaText

/// Cuts a decision (clean text or raw OCR) into typed blocks and sentences.
///
/// The analysis runs in three passes, each a pure function of the text:
/// 1. lines are cleaned (Markdown emphasis dropped, spaces folded) and
///    described (heading, article heading, header field, list/footnote
///    marker, capitals, clause opening);
/// 2. `LineGrouper` groups them into units — blank lines separate units,
///    and within runs it tells wrapped lines from new clauses;
/// 3. a reading-order pass types each unit with the anatomy of a decision:
///    header lines → heading → title → enacting body → preamble → operative
///    part → annex (or articles), plus list items and footnotes anywhere.
///
/// Conventions (see docs/segment-schema.md): footnotes are read last — a
/// scan leaves each footnote at the bottom of its page, in the middle of the
/// text, so footnote blocks are listed after all other blocks (in their
/// order), and a paragraph the page break cut resumes after them. An article heading line
/// (`Article premier`) is an `article` block numbered `1`, and the article's
/// body paragraphs that follow are `paragraph` blocks (list items in them
/// are `list-item`); numbered clauses after the first operative clause are
/// `operative` blocks numbered as written; numbered items elsewhere are
/// `list-item`s. Block `start`/`end` cover the marker; `text` leaves it out.
public struct DocumentSegmenter: Sendable {
    /// The language of the texts this segmenter reads (`fr`, `en`).
    public let language: String
    /// Whether sentences get `subclauses`.
    public let subclauses: Bool
    private let opener: ClauseOpener

    /// Creates a segmenter. `lexicon` is the Hunspell dictionary used for
    /// morphology (present participles, 3rd-person verbs); when nil the
    /// standard one for `language` is opened (`fr`; `en_GB`, else `en_US`).
    public init(language: String, lexicon: HunspellDictionary? = nil, subclauses: Bool = false) throws {
        guard language == "fr" || language == "en" else { throw SegmentationError.unsupportedLanguage(language) }
        let dictionary = try lexicon ?? Self.standardDictionary(for: language)
        self.language = language
        self.subclauses = subclauses
        self.opener = ClauseOpener(language: language, dictionary: dictionary)
    }

    /// French: `fr` (Dicollecte, with morphology). English: `en_GB` first — international
    /// organisations write British spelling (`Recognising`, `organise`), and the British
    /// dictionary accepts `-ize` forms too — else `en_US`.
    private static func standardDictionary(for language: String) throws -> HunspellDictionary {
        if language == "fr" { return try HunspellDictionary(language: "fr") }
        if let british = try? HunspellDictionary(language: "en_GB") { return british }
        return try HunspellDictionary(language: "en_US")
    }

    /// The structure of `text`. Offsets in the result are Unicode-scalar offsets into `text`.
    public func segment(_ text: String) throws -> StructuredDocument {
        let scalars = text.scalarArray
        let lines = SourceLine.lines(of: scalars)
        let features = describe(lines)
        let units = LineGrouper(lines: lines, features: features).units()
        var document = StructuredDocument(language: language, blocks: [])
        let drafts = classify(units, lines: lines, features: features, document: &document)
            .enumerated().sorted { ($0.element.type == .footnote ? 1 : 0, $0.offset) < ($1.element.type == .footnote ? 1 : 0, $1.offset) }
            .map(\.element)
        let splitter = try SentenceSplitter(language: language)
        document.blocks = try drafts.map { try block(from: $0, splitter: splitter) }
        return document
    }

    // MARK: Pass 1 — line features

    private func describe(_ lines: [SourceLine]) -> [LineGrouper.Features] {
        var features = lines.map { line -> LineGrouper.Features in
            var feature = LineGrouper.Features()
            guard !line.isBlank else { return feature }
            let string = line.string
            feature.decisionNumber = StructuralLine.decisionNumber(in: string)
            feature.articleNumber = StructuralLine.articleNumber(in: string)
            feature.marker = LineMarker.parse(string)
            feature.isAllCaps = line.isAllCaps
            feature.opening = opener.opening(of: string)
            return feature
        }
        // A title-case "Décision No 10/08" alone on a line can also be the wrapped end of a sentence
        // ("…Rappelant la\nDécision No 10/08"); only capitals, or a line after a finished one, make a heading.
        for index in lines.indices.dropFirst() where features[index].decisionNumber != nil {
            let keyword = lines[index].string.prefix { $0 != " " }
            let previous = lines[index - 1]
            if keyword != keyword.uppercased(), !previous.isBlank, !previous.endsWithClausePunctuation {
                features[index].decisionNumber = nil
            }
        }
        // The header region: every line before the decision heading, provided no clause opens before it;
        // without a heading, the leading lines that have the shape of header fields.
        // (A header-shaped line is not a clause even if it opens with a verb form: "Point 55 c) de l’ordre du jour".)
        let firstClause = features.indices.first {
            features[$0].opening != nil && HeaderField.recognise(lines[$0].string) == nil
        } ?? lines.count
        if let heading = features.firstIndex(where: { $0.decisionNumber != nil }), heading < firstClause {
            for index in 0..<heading where !lines[index].isBlank {
                features[index].inHeaderRegion = true
                features[index].headerField = HeaderField.recognise(lines[index].string) ?? .organization
            }
        } else {
            // No heading: the header runs to the last header-shaped line (symbol, date, distribution…)
            // among the first short lines before any clause, e.g. a UN resolution's masthead.
            var lastHeaderLine: Int?
            var seen = 0
            for index in 0..<firstClause where !lines[index].isBlank {
                seen += 1
                if seen > 15 || lines[index].string.split(separator: " ").count > 15 { break }
                // A list item or a line leading into what follows ("…les questions suivantes :") is running text.
                if features[index].marker != nil
                    || lines[index].string.unicodeScalars.last.map({ ",;:".unicodeScalars.contains($0) }) == true { break }
                if HeaderField.recognise(lines[index].string) != nil { lastHeaderLine = index }
            }
            if let lastHeaderLine {
                for index in 0...lastHeaderLine where !lines[index].isBlank {
                    features[index].inHeaderRegion = true
                    features[index].headerField = HeaderField.recognise(lines[index].string) ?? .organization
                }
            }
        }
        return features
    }

    // MARK: Pass 3 — typing units in reading order

    /// A typed unit before sentence splitting.
    struct Draft {
        var type: BlockType
        var number: String?
        var field: String?
        /// The whole unit, marker included (for offsets).
        var whole: MappedText
        /// The text without its marker.
        var body: MappedText
    }

    private enum Zone { case front, body, annex, articles }

    private func classify(_ units: [LineGrouper.Unit], lines: [SourceLine], features: [LineGrouper.Features],
                          document: inout StructuredDocument) -> [Draft] {
        var drafts: [Draft] = []
        var zone = Zone.front
        var expectingTitle = false
        var sawHeading = false, sawTitle = false, sawOperative = false
        var operativeListOpen = false

        let texts = units.map { joined($0, lines) }
        for (position, unit) in units.enumerated() {
            let feature = features[unit.lines[0]]
            let whole = texts[position]
            let string = whole.string
            var draft = Draft(type: .paragraph, whole: whole, body: whole)
            defer { drafts.append(draft) }

            if let field = feature.headerField, feature.inHeaderRegion {
                draft.type = .header
                draft.field = field.rawValue
                if field == .symbol, document.symbol == nil { document.symbol = string }
                if field == .originalLanguage, document.originalLanguage == nil {
                    document.originalLanguage = HeaderField.originalLanguage(in: string)
                }
                continue
            }
            if let number = feature.decisionNumber {
                draft.type = .heading
                draft.number = number
                expectingTitle = true
                sawHeading = true
                continue
            }
            if expectingTitle {
                expectingTitle = false
                // In capitals as a rule; a title-case title is accepted when it is not punctuated
                // like a clause and opens neither a clause nor the enacting formula.
                let unpunctuatedLine = whole.scalars.last.map { !".,;:!?".unicodeScalars.contains($0) } ?? false
                let titleCase = unpunctuatedLine && feature.marker == nil && feature.articleNumber == nil
                    && opener.opening(of: string) == nil && !isEnactingBody(string, next: nil)
                if feature.isAllCaps || titleCase {
                    draft.type = .title
                    sawTitle = true
                    continue
                }
            }
            if let number = feature.articleNumber {
                draft.type = .article
                draft.number = number
                zone = .articles
                continue
            }
            if let marker = feature.marker {
                draft.body = whole.slice(marker.length..<whole.count).trimmed()
                draft.number = marker.number
                switch marker.kind {
                case .footnote, .superscriptFootnote:
                    draft.type = .footnote
                    continue
                case .section where Self.isSectionHeading(draft.body.string):
                    // "II. Modalités d’organisation": a section heading, one sentence, numbered;
                    // after the operative part it opens the annex.
                    draft.type = .heading
                    if sawOperative, zone != .articles { zone = .annex }
                    continue
                case .numbered where zone != .annex && zone != .articles
                        && (sawOperative || opener.opening(of: draft.body.string) == .operative):
                    sawOperative = true
                    draft.type = .operative
                    operativeListOpen = true
                    continue
                default:
                    draft.type = .listItem
                    continue
                }
            }
            switch zone {
            case .annex:
                draft.type = .annex
                continue
            case .articles:
                draft.type = .paragraph
                continue
            case .front, .body:
                break
            }
            let opening = feature.opening ?? opener.opening(of: string)
            if opening == .preamble, !sawOperative {
                draft.type = .preamble
                zone = .body
                continue
            }
            if opening == .operative || (opening == .infinitive && operativeListOpen) {
                draft.type = .operative
                zone = .body
                sawOperative = true
                operativeListOpen = string.hasSuffix(":")
                continue
            }
            if !sawOperative, isEnactingBody(string, next: position + 1 < units.count ? texts[position + 1].string : nil) {
                draft.type = .enacting
                zone = .body
                continue
            }
            if sawOperative, unit.lines.allSatisfy({ HeaderField.recognise(lines[$0].string) != nil }) {
                // A closing line such as "66th plenary meeting" / "21 December 2009".
                draft.type = .header
                draft.field = HeaderField.recognise(lines[unit.lines[0]].string)?.rawValue
                continue
            }
            if sawOperative {
                // Whatever follows the operative part is its annex.
                zone = .annex
                draft.type = .annex
                continue
            }
            let words = string.split(separator: " ")
            let last = whole.scalars.last
            let unpunctuated = last.map { !".,;:!?".unicodeScalars.contains($0) } ?? false
            if !sawHeading, !sawTitle, zone == .front, unpunctuated, words.count <= 15, position + 1 < units.count,
               drafts.allSatisfy({ $0.type == .header }) {
                draft.type = .title
                sawTitle = true
                continue
            }
            if unpunctuated, words.count <= 4, let first = whole.scalars.first, CharacterClass.isUppercase(first) {
                draft.type = .heading
                continue
            }
            draft.type = .paragraph
        }
        return drafts
    }

    /// A section title is short and unpunctuated; "II. Le Conseil décide…" is a numbered paragraph.
    private static func isSectionHeading(_ title: String) -> Bool {
        guard let last = title.unicodeScalars.last, !".,;:!?".unicodeScalars.contains(last) else { return false }
        return title.split(separator: " ").count <= 12
    }

    /// A short line naming a body, ending with a comma (or leading straight
    /// into the operative verb): `Le Conseil permanent,`, `The General Assembly`.
    private func isEnactingBody(_ string: String, next: String?) -> Bool {
        let words = string.split(separator: " ")
        guard words.count >= 2, words.count <= 15 else { return false }
        let (leading, capitalized) = ClauseOpener.leadingWords(string, limit: 3)
        let determiners = language == "fr" ? DraftingFormulas.frenchBodyDeterminers : DraftingFormulas.englishBodyDeterminers
        guard capitalized, let first = leading.first, determiners.contains(first) else { return false }
        // The body's name is capitalised: "Conseil", "Forum", "Assemblée", "General".
        let nameWord = first.hasSuffix("'") ? String(words[0].drop { $0 != "'" && $0 != "’" }.dropFirst()) : String(words[1])
        guard let initial = nameWord.unicodeScalars.first, CharacterClass.isUppercase(initial) else { return false }
        if string.hasSuffix(",") { return true }
        if let last = string.unicodeScalars.last, ".;:!?".unicodeScalars.contains(last) { return false }
        if let lastWord = words.last, opener.opening(of: lastWord.prefix(1).uppercased() + lastWord.dropFirst()) == .operative { return true }
        if let next, opener.opening(of: next) == .operative { return true }
        return false
    }

    /// The unit's lines joined with single spaces.
    private func joined(_ unit: LineGrouper.Unit, _ lines: [SourceLine]) -> MappedText {
        var text = MappedText()
        for index in unit.lines {
            let line = lines[index].text
            if let end = text.offsets.last, !line.isEmpty { text.append(" ", offset: end + 1) }
            text.append(contentsOf: line)
        }
        return text
    }

    // MARK: Sentences

    private static let singleSentenceTypes: Set<BlockType> = [.header, .heading, .title, .enacting, .article]
    private static let clauseTypes: Set<BlockType> = [.preamble, .operative, .listItem]

    private func block(from draft: Draft, splitter: SentenceSplitter) throws -> Block {
        let body = draft.body
        var ranges: [Range<Int>]
        if body.isEmpty {
            ranges = []
        } else if Self.singleSentenceTypes.contains(draft.type)
                    || (Self.clauseTypes.contains(draft.type) && (body.scalars.last == "," || body.scalars.last == ";")) {
            ranges = [0..<body.count]
        } else {
            ranges = try splitter.sentences(of: body)
        }
        let sentences = ranges.map { range -> Sentence in
            let piece = body.slice(range)
            let span = piece.inputSpan!
            var sentence = Sentence(text: piece.string, start: span.start, end: span.end)
            if subclauses {
                let parts = SubclauseSplitter.subclauses(of: body.scalars, in: range)
                if !parts.isEmpty {
                    sentence.subclauses = parts.map { part in
                        let sub = body.slice(part)
                        let subSpan = sub.inputSpan!
                        return Sentence(text: sub.string, start: subSpan.start, end: subSpan.end)
                    }
                }
            }
            return sentence
        }
        let span = draft.whole.inputSpan ?? (0, 0)
        return Block(type: draft.type, number: draft.number, field: draft.field, text: body.string,
                     start: span.start, end: span.end, sentences: sentences)
    }
}
