import AlineaText
/// Turns physical lines into units (candidate blocks). Blank lines always
/// separate units; within a run of lines the grouper decides, line by line,
/// whether a break is a hard one (a new header line, marker, clause opening,
/// title boundary, page-break line after a finished clause) or a soft wrap
/// to be joined. Whether the document is hard-wrapped at all is measured
/// first: raw OCR has many lines that stop mid-sentence and continue in
/// lower case, clean text has none; in clean text every line is a unit.
struct LineGrouper {
    /// What the grouper knows about each line.
    struct Features {
        var decisionNumber: String?
        var articleNumber: String?
        var headerField: HeaderField?
        var inHeaderRegion = false
        var marker: LineMarker?
        var isAllCaps = false
        var opening: ClauseOpening?
    }

    /// One unit: the indices of its lines, in order.
    struct Unit {
        var lines: [Int]
    }

    let lines: [SourceLine]
    let features: [Features]

    /// Whether the text is hard-wrapped (lines end mid-sentence), as in raw OCR.
    ///
    /// Measured on the lines that are followed by another line of text: at least two of them, and
    /// a fifth, stop without punctuation (headers, headings, capitals and article headings, which
    /// legitimately do, are left out of the count).
    var isHardWrapped: Bool {
        var transitions = 0, wraps = 0
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            let feature = features[index]
            if feature.inHeaderRegion || feature.decisionNumber != nil || feature.articleNumber != nil || feature.isAllCaps { continue }
            transitions += 1
            if !lines[index].endsWithClausePunctuation { wraps += 1 }
        }
        return wraps >= 2 && wraps * 5 >= transitions
    }

    /// Whether the line ends with a short lower-case word and no punctuation (`… coopération en`,
    /// `… Co-operation in`): a name or sentence cannot stop on a preposition or article, so the
    /// next line continues it.
    static func endsOnFunctionWord(_ line: SourceLine, inCapitals: Bool = false) -> Bool {
        guard !line.endsWithClausePunctuation, let last = line.string.split(separator: " ").last, last.count <= 3,
              last.unicodeScalars.allSatisfy({ inCapitals ? CharacterClass.isUppercase($0) : CharacterClass.isLowercase($0) })
        else { return false }
        return line.string.split(separator: " ").count > 1
    }

    /// Whether blank lines separate the paragraphs (any text with several paragraphs and a blank
    /// line for at least one in twenty lines). Without them, a line ending a sentence before a
    /// capital is the best remaining cue for a paragraph end.
    var hasBlankLineSeparators: Bool {
        let blank = lines.filter(\.isBlank).count
        return blank * 20 >= lines.count - blank && blank > 0
    }

    /// The usual length of a full line in a hard-wrapped text (80th percentile).
    var typicalWidth: Int {
        let lengths = lines.filter { !$0.isBlank }.map(\.length).sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 8 / 10)]
    }

    /// The units, in order.
    func units() -> [Unit] {
        let wrapped = isHardWrapped
        let blankSeparated = hasBlankLineSeparators
        let shortLimit = typicalWidth * 7 / 10
        var units: [Unit] = []
        var current: [Int] = []
        var listMarkers: [LineMarker.Kind: LineMarker] = [:]
        // A line of capitals continues a title even when too short to be recognised alone (`ROLE`).
        var capitals = features.map(\.isAllCaps)
        for index in lines.indices.dropFirst() where capitals[index - 1] && lines[index].hasNoLowercase {
            capitals[index] = true
        }
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { units.append(Unit(lines: current)); current = [] }
                continue
            }
            // A paragraph cut by a page break (a blank line, and perhaps the page's footnotes)
            // resumes in lower case: the line goes back to it.
            let inFootnote = current.first.map { isFootnote(features[$0]) } ?? false
            let footnoteEnded = inFootnote && line.startsIndented && (current.last.map { lines[$0].endsWithFinalPunctuation } ?? false)
            if current.isEmpty || footnoteEnded {
                // The paragraph before the page's footnotes (the open footnote is not in `units` yet).
                var candidate = units.count - 1
                while candidate >= 0, isFootnote(features[units[candidate].lines[0]]) { candidate -= 1 }
                if candidate >= 0, let previous = units[candidate].lines.last,
                   resumesAcrossBlank(lines[previous], features[previous], capitals[previous], line, features[line.index],
                                     capitals[line.index]) {
                    if !current.isEmpty { units.append(Unit(lines: current)) }
                    current = units.remove(at: candidate).lines
                    current.append(line.index)
                    continue
                }
            }
            let marker = features[line.index].marker
            if let previous = current.last,
               marker.map({ $0.continues(listMarkers[$0.kind]) }) ?? false
                || breaks(between: lines[previous], features[previous], capitals[previous], and: line, features[line.index],
                          capitals[line.index], wrapped: wrapped, blankSeparated: blankSeparated, shortLimit: shortLimit) {
                units.append(Unit(lines: current))
                current = []
            }
            // The last marker of each kind that opened a unit: the next number in its sequence opens the
            // next item even when the item before ends without punctuation on a full line.
            if current.isEmpty, let marker { listMarkers[marker.kind] = marker }
            current.append(line.index)
        }
        if !current.isEmpty { units.append(Unit(lines: current)) }
        return units
    }

    private func isFootnote(_ feature: Features) -> Bool {
        guard let kind = feature.marker?.kind else { return false }
        return kind == .footnote || kind == .superscriptFootnote
    }

    /// Whether `next`, after a blank line, continues the paragraph that `previous` ended:
    /// it starts in lower case without a marker, and `previous` stopped mid-sentence.
    private func resumesAcrossBlank(_ previous: SourceLine, _ before: Features, _ previousInCapitals: Bool,
                                    _ next: SourceLine, _ after: Features, _ nextInCapitals: Bool) -> Bool {
        // A title in capitals cut by a page break or an OCR blank line: "…DE LA CONFÉRENCE DE" / "L’OSCE SUR…".
        if previousInCapitals, nextInCapitals, after.marker == nil, !after.inHeaderRegion, before.decisionNumber == nil,
           Self.endsOnFunctionWord(previous, inCapitals: true) {
            return true
        }
        guard next.startsLowercase, after.marker == nil, !after.inHeaderRegion, !previous.endsWithFinalPunctuation else { return false }
        return !before.inHeaderRegion && before.decisionNumber == nil && before.articleNumber == nil && !previousInCapitals
    }

    private func breaks(between previous: SourceLine, _ before: Features, _ previousInCapitals: Bool,
                        and next: SourceLine, _ after: Features, _ nextInCapitals: Bool,
                        wrapped: Bool, blankSeparated: Bool, shortLimit: Int) -> Bool {
        // Header lines, headings and article headings stand alone.
        if before.inHeaderRegion || after.inHeaderRegion {
            // A wrapped organisation name continues in lower case ("…la coopération / en Europe").
            let continues = before.headerField == .organization && after.headerField == .organization
                && (next.startsLowercase || Self.endsOnFunctionWord(previous))
            return !continues
        }
        if before.decisionNumber != nil || after.decisionNumber != nil { return true }
        if before.articleNumber != nil || after.articleNumber != nil { return true }
        let finished = previous.endsWithClausePunctuation || !wrapped || previous.length < shortLimit || next.startsIndented
        if let marker = after.marker {
            switch marker.kind {
            case .superscriptFootnote, .lettered: if finished { return true }
            case .numbered: if finished { return true }
            case .section: if finished || previous.endsWithFinalPunctuation { return true }
            case .bullet:
                // An em dash may also open a wrapped line mid-sentence ("— en particulier").
                if previous.endsWithClausePunctuation || !wrapped || next.startsIndented { return true }
            case .footnote:
                if previous.endsWithFinalPunctuation || !wrapped { return true }
            }
        }
        // Title lines in capitals run together; a change of case is a boundary.
        if previousInCapitals && nextInCapitals { return false }
        if previousInCapitals != nextInCapitals { return true }
        if next.startsLowercase || Self.endsOnFunctionWord(previous) { return false }
        if after.opening != nil && (previous.endsWithClausePunctuation || previous.length < shortLimit) { return true }
        if !wrapped { return true }
        // In wrapped text only the last line of a paragraph, or a line standing alone
        // (a place and date, a heading), stops short of the usual width.
        if previous.length < shortLimit { return true }
        return previous.endsWithFinalPunctuation && (next.startsIndented || !blankSeparated)
    }
}
