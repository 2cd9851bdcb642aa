import AlineaStructure
import Foundation

/// Aligns a French document with its English counterpart: blocks first
/// (clauses, headings, list items), then, at sentence level, the sentences
/// inside each block bead.
///
/// Method (see docs/alignment.md): a banded dynamic program over the two
/// unit sequences with beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3. A
/// bead's cost adds a prior per shape, the Gale–Church length cost (the
/// English/French character ratio estimated from the pair's total lengths),
/// a lexical cost `1 − similarity`, and for structured documents block-type
/// and numbering agreement. The similarity is the idf-weighted share of
/// evidence tokens on both sides that find a counterpart: numbers, dates
/// normalised across languages, acronyms (letters sorted, plus a small table
/// of institutional pairs), document symbols, cognates (accent-folded
/// 5-letter stems) and dictionary translations. Because the weights are
/// document idf and both sides must agree, one shared common number cannot
/// pull a pair together ("Chapter 1" with any paragraph holding a 1).
/// Confidence per bead is a logistic function of the margin between the
/// chosen bead and the best alternative ending at the same cell.
public struct DocumentAligner: Sendable {
    public let options: AlignOptions
    private let lexicon: BilingualDictionary?

    public init(options: AlignOptions = .init()) {
        self.options = options
        self.lexicon = options.lexicon
    }

    /// Block-level alignment, then (level == .sentence) sentence-level
    /// alignment inside each block bead; sentence beads never cross a block bead.
    public func align(french: StructuredDocument, english: StructuredDocument, level: AlignmentLevel) -> Alignment {
        let extractor = FeatureExtractor(dictionary: lexicon)
        let frBlocks = french.blocks, enBlocks = english.blocks
        let blockBeads = alignBlocks(frBlocks, enBlocks, extractor: extractor)
        let original = french.originalLanguage ?? english.originalLanguage
        let symbol = english.symbol ?? french.symbol
        if level == .paragraph {
            return Alignment(level: .paragraph,
                             french: frBlocks.enumerated().map { Self.unit(block: $0.element, index: $0.offset) },
                             english: enBlocks.enumerated().map { Self.unit(block: $0.element, index: $0.offset) },
                             beads: blockBeads, originalLanguage: original, symbol: symbol)
        }
        // Sentence units, numbered through the document.
        var frUnits: [AlignmentUnit] = [], enUnits: [AlignmentUnit] = []
        var frFirst: [Int] = [], enFirst: [Int] = []
        for (b, block) in frBlocks.enumerated() { frFirst.append(frUnits.count); frUnits += Self.sentenceUnits(block: block, index: b) }
        for (b, block) in enBlocks.enumerated() { enFirst.append(enUnits.count); enUnits += Self.sentenceUnits(block: block, index: b) }
        frFirst.append(frUnits.count); enFirst.append(enUnits.count)
        var beads: [Bead] = []
        for blockBead in blockBeads {
            let frRange = blockBead.french.isEmpty ? 0..<0 : frFirst[blockBead.french.first!]..<frFirst[blockBead.french.last! + 1]
            let enRange = blockBead.english.isEmpty ? 0..<0 : enFirst[blockBead.english.first!]..<enFirst[blockBead.english.last! + 1]
            if frRange.isEmpty || enRange.isEmpty {
                for u in frRange { beads.append(Bead(french: [u], english: [], confidence: blockBead.confidence)) }
                for u in enRange { beads.append(Bead(french: [], english: [u], confidence: blockBead.confidence)) }
                continue
            }
            if frRange.count == 1 && enRange.count == 1 {
                beads.append(Bead(french: [frRange.lowerBound], english: [enRange.lowerBound], confidence: blockBead.confidence))
                continue
            }
            let inner = alignUnits(french: frUnits[frRange].map { FeatureExtractor.Input(text: $0.text) },
                                   english: enUnits[enRange].map { FeatureExtractor.Input(text: $0.text) },
                                   extractor: extractor, weights: options.weights.sentenceLevel)
            for b in inner {
                beads.append(Bead(french: b.french.map { $0 + frRange.lowerBound }, english: b.english.map { $0 + enRange.lowerBound },
                                  confidence: min(b.confidence, blockBead.confidence)))
            }
        }
        return Alignment(level: .sentence, french: frUnits, english: enUnits, beads: beads, originalLanguage: original, symbol: symbol)
    }

    /// Block beads. Footnote bodies float: a scan puts them at the foot of
    /// a page, mid-document, where the English original has them at the
    /// end. So footnotes are aligned among themselves, the other blocks
    /// among themselves, and the two bead lists merged in English order.
    private func alignBlocks(_ fr: [Block], _ en: [Block], extractor: FeatureExtractor) -> [Bead] {
        func indices(_ blocks: [Block], footnotes: Bool) -> [Int] {
            blocks.indices.filter { (blocks[$0].type == .footnote) == footnotes }
        }
        let frMain = indices(fr, footnotes: false), enMain = indices(en, footnotes: false)
        let frNotes = indices(fr, footnotes: true), enNotes = indices(en, footnotes: true)
        func run(_ f: [Int], _ e: [Int]) -> [Bead] {
            let steps = BandedAligner(french: extractor.features(of: f.map { Self.input(of: fr[$0]) }, french: true),
                                      english: extractor.features(of: e.map { Self.input(of: en[$0]) }, french: false),
                                      weights: options.weights, structured: true).align()
            return steps.map { step in
                let b = bead(of: step)
                return Bead(french: b.french.map { f[$0] }, english: b.english.map { e[$0] }, confidence: b.confidence)
            }
        }
        var main = run(frMain, enMain)
        if frNotes.isEmpty && enNotes.isEmpty { return main }
        var notes = run(frNotes, enNotes)
        pairStrayFootnotes(main: &main, notes: &notes, fr: fr, en: en, extractor: extractor)
        // Merge by English position; a bead without English sorts just after
        // the English unit before it in its own list.
        func keys(_ beads: [Bead]) -> [Double] {
            var lastEnglish = -0.5
            return beads.map { b in
                if let first = b.english.first { lastEnglish = Double(first); return lastEnglish }
                return lastEnglish + 0.25
            }
        }
        let mk = keys(main), nk = keys(notes)
        var out: [Bead] = []
        var i = 0, j = 0
        while i < main.count || j < notes.count {
            if j >= notes.count || (i < main.count && mk[i] <= nk[j]) { out.append(main[i]); i += 1 } else { out.append(notes[j]); j += 1 }
        }
        return out
    }

    /// A footnote whose mark the scan misread (`? Rapport du Groupe…`) is
    /// not typed as one, so it sits among the main blocks while its English
    /// counterpart waits among the footnotes; both end up alone. Units left
    /// alone on each side are aligned once more, without structure, and the
    /// pairs found with real lexical evidence replace the two lone beads.
    private func pairStrayFootnotes(main: inout [Bead], notes: inout [Bead], fr: [Block], en: [Block], extractor: FeatureExtractor) {
        let loneFrench = main.filter { $0.english.isEmpty }.flatMap(\.french)
        let loneEnglish = notes.filter { $0.french.isEmpty }.flatMap(\.english)
        let loneNotesFrench = notes.filter { $0.english.isEmpty }.flatMap(\.french)
        let loneMainEnglish = main.filter { $0.french.isEmpty }.flatMap(\.english)
        var pairs: [(Int, Int, Double)] = []
        for (f, e) in [(loneFrench, loneEnglish), (loneNotesFrench, loneMainEnglish)] where !f.isEmpty && !e.isEmpty {
            let steps = BandedAligner(french: extractor.features(of: f.map { Self.input(of: fr[$0]) }, french: true),
                                      english: extractor.features(of: e.map { Self.input(of: en[$0]) }, french: false),
                                      weights: options.weights, structured: false).align()
            for step in steps where step.frenchCount == 1 && step.englishCount == 1 && step.similarity >= 0.3 {
                pairs.append((f[step.frenchStart], e[step.englishStart], bead(of: step).confidence))
            }
        }
        for (f, e, confidence) in pairs {
            // The pair takes the French unit's place; the English lone bead goes.
            let paired = Bead(french: [f], english: [e], confidence: confidence)
            for list in [0, 1] {
                var beads = list == 0 ? main : notes
                beads.removeAll { $0.english == [e] && $0.french.isEmpty }
                if let k = beads.firstIndex(where: { $0.french == [f] && $0.english.isEmpty }) { beads[k] = paired }
                if list == 0 { main = beads } else { notes = beads }
            }
        }
    }

    /// Plain unit sequences (`--units lines`: one unit per line,
    /// hunalign-style input): the same program without structural features.
    public func align(frenchUnits: [String], englishUnits: [String]) -> Alignment {
        let extractor = FeatureExtractor(dictionary: lexicon)
        let beads = alignUnits(french: frenchUnits.map { FeatureExtractor.Input(text: $0) },
                               english: englishUnits.map { FeatureExtractor.Input(text: $0) }, extractor: extractor)
        return Alignment(level: .paragraph,
                         french: Self.lineUnits(frenchUnits), english: Self.lineUnits(englishUnits), beads: beads)
    }

    /// Whether a bead is below the options' low-confidence threshold.
    public func isLowConfidence(_ bead: Bead) -> Bool { bead.confidence < options.lowConfidence }

    private func alignUnits(french: [FeatureExtractor.Input], english: [FeatureExtractor.Input], extractor: FeatureExtractor,
                            weights: AlignWeights? = nil) -> [Bead] {
        BandedAligner(french: extractor.features(of: french, french: true),
                      english: extractor.features(of: english, french: false),
                      weights: weights ?? options.weights, structured: false).align().map(bead(of:))
    }

    private func bead(of step: BandedAligner.Step) -> Bead {
        Bead(french: Array(step.frenchStart..<step.frenchStart + step.frenchCount),
             english: Array(step.englishStart..<step.englishStart + step.englishCount),
             confidence: Self.confidence(margin: step.margin, similarity: step.similarity, skip: step.frenchCount == 0 || step.englishCount == 0))
    }

    /// Logistic calibration of the DP margin (how much worse the best
    /// alternative into the same DP cell is), the bead's lexical similarity
    /// and whether it leaves a unit out. Fitted by class-balanced logistic
    /// regression on the Debian hard sets (rate 0.03 and 0.06, with and
    /// without FreeDict), intercept then raised by 1.5 so that about 4 % of
    /// right beads and about 70 % of wrong beads fall below 0.5 (see docs/alignment.md).
    static func confidence(margin: Double, similarity: Double, skip: Bool) -> Double {
        let m = min(max(margin, 0), 10)
        let z = -1.04 + 0.358 * m + 0.958 * log(m + 0.01) + (skip ? -2.40 : 1.175 * similarity)
        return 1 / (1 + exp(-z))
    }

    // MARK: - Units

    private static let typeCodes: [BlockType: Int16] = Dictionary(uniqueKeysWithValues: BlockType.allCases.enumerated().map { ($0.element, Int16($0.offset)) })

    private static func input(of block: Block) -> FeatureExtractor.Input {
        FeatureExtractor.Input(text: block.text, typeCode: typeCodes[block.type] ?? -1, number: block.number, field: block.field)
    }

    private static func unit(block: Block, index: Int) -> AlignmentUnit {
        AlignmentUnit(text: block.text, blockType: block.type, number: block.number, blockIndex: index, start: block.start, end: block.end)
    }

    private static func sentenceUnits(block: Block, index: Int) -> [AlignmentUnit] {
        if block.sentences.isEmpty { return [unit(block: block, index: index)] }
        return block.sentences.map {
            AlignmentUnit(text: $0.text, blockType: block.type, number: block.number, blockIndex: index, start: $0.start, end: $0.end)
        }
    }

    private static func lineUnits(_ lines: [String]) -> [AlignmentUnit] {
        var offset = 0
        return lines.map { line in
            let n = line.unicodeScalars.count
            defer { offset += n + 1 }
            return AlignmentUnit(text: line, start: offset, end: offset + n)
        }
    }
}
