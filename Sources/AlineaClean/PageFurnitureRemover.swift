import AlineaText
/// Removes what a page adds to the running text of a scanned, hard-wrapped
/// document: page numbers (`- 2 -`, `Page 2 of 5`, `2/5`, a bare number in
/// an increasing series) and running headers or footers (the same short line,
/// such as the document symbol `PC.DEC/991`, repeated at page boundaries).
///
/// Only hard-wrapped text is touched (see `WrapProfile`): a clean text's
/// repeated short lines are content. A line counts as a running header only
/// when the identical line recurs next to page boundaries, so a heading
/// that occurs once is never removed.
public struct PageFurnitureRemover: Sendable {
    public init() {}

    /// The `page-furniture` stage for `text`.
    public func remove(_ text: String) -> EditStage {
        let document = DocumentLines(text)
        let profile = WrapProfile(document)
        guard profile.isHardWrapped else { return EditStage(name: "page-furniture", edits: []) }
        var remove = Set<Int>()
        // Page numbers: explicit forms always; bare numbers only as an increasing series.
        var bare: [(line: Int, value: Int)] = []
        // Both forms fit in 24 bytes, so in 24 scalars: longer lines are not cut out as strings.
        for index in document.lines.indices where !document.lines[index].isBlank && document.lines[index].length <= 24 {
            let content = document.content(index)
            if Self.isExplicitPageNumber(content) { remove.insert(index) }
            else if content.utf8.count <= 16, content.count <= 4, content.allSatisfy(\.isNumber), let value = Int(content) { bare.append((index, value)) }
        }
        if bare.count >= 2, zip(bare, bare.dropFirst()).allSatisfy({ $0.value < $1.value }) {
            remove.formUnion(bare.map(\.line))
        }
        // Running headers and footers: identical short lines at page boundaries, twice or more.
        var occurrences: [String: [Int]] = [:]
        for index in document.lines.indices where !document.lines[index].isBlank
            && Double(document.lines[index].length) <= 0.7 * Double(profile.width) {
            let content = document.content(index)
            let shape = LineShape(content)
            // Furniture is short: a line filling the width is wrapped running text. Nor does it
            // end in a hyphenated fragment (`des événe-`) or go on in lower case from the line
            // before: the same wrapped sentence repeated in a document is still text.
            guard Double(shape.scalars.count) <= 0.7 * Double(profile.width), !shape.endsClause, !shape.endsWithComma,
                  shape.scalars.last != "-", !(shape.scalars.first.map(CharacterClass.isLowercase) ?? false),
                  !runsOnAsProse(document, index) else { continue }
            occurrences[content, default: []].append(index)
        }
        // The document symbol alone on a line (`FSC.DEC/10/08`, read `PC:DEC/1187` on a
        // later page), twice or more: a running header wherever the scan put the page
        // break — except an occurrence among the document's first lines, the header's own.
        // Occurrences are grouped by their letters and digits, so a misread dot still matches.
        var symbolLines: [String: [Int]] = [:]
        for index in document.lines.indices where !document.lines[index].isBlank && document.lines[index].length <= 30 {
            let content = document.content(index)
            guard !content.contains(" "), content.contains("/"), content.contains(where: \.isNumber),
                  content.contains(where: \.isLetter), content.unicodeScalars.count <= 30 else { continue }
            symbolLines[String(content.filter { $0.isLetter || $0.isNumber }).uppercased(), default: []].append(index)
        }
        let headerEnd = document.lines.indices.filter { !document.lines[$0].isBlank }.dropFirst(12).first ?? document.lines.count
        for (_, lines) in symbolLines where lines.count >= 2 {
            remove.formUnion(lines.filter { $0 >= headerEnd })
        }
        for (content, lines) in occurrences where lines.count >= 2 {
            if symbolLines.values.contains(where: { $0.contains(lines[0]) }) { continue }
            // A title spanning lines (`CONFÉRENCE DE L’OSCE` + `SUR UNE APPROCHE…`) is content.
            let atBoundary = lines.filter { isAtPageBoundary(document, $0, removed: remove) && !continuesAsTitle(document, $0) }
            // Twice is enough for a line that carries a symbol or number (`PC.DEC/991`);
            // a plain phrase must recur on three pages.
            let needed = content.contains(where: \.isNumber) ? 2 : 3
            if atBoundary.count >= needed { remove.formUnion(atBoundary) }
        }
        // A page number the scan turned into a scrap (`aie`, `= %-`) sits right next to
        // the running header: a line of a few characters without a full stop, alone.
        for index in remove.sorted() where !document.lines[index].isBlank {
            for neighbour in [index - 1, index + 1] where neighbour >= 0 && neighbour < document.lines.count && !remove.contains(neighbour) {
                let scrap = document.content(neighbour)
                guard !document.lines[neighbour].isBlank else { continue }
                let word = scrap.unicodeScalars.count <= 4 && !scrap.contains(" ") && !scrap.contains(".") && !scrap.contains(":") && !scrap.contains(",")
                let noLetters = scrap.unicodeScalars.count <= 6 && !scrap.contains(where: \.isLetter)
                if word || noLetters { remove.insert(neighbour) }
            }
        }
        // The blank lines around furniture belong to the page break, not to the
        // text: removing them lets the layout pass see the page's last and next
        // lines side by side and decide from punctuation whether a paragraph ends.
        for index in remove.sorted() {
            var before = index - 1
            while before >= 0, document.lines[before].isBlank { remove.insert(before); before -= 1 }
            var after = index + 1
            while after < document.lines.count, document.lines[after].isBlank { remove.insert(after); after += 1 }
        }
        var edits: [Edit] = []
        var runStart: Int?
        let sorted = remove.sorted()
        for (position, index) in sorted.enumerated() {
            if runStart == nil { runStart = index }
            if position + 1 < sorted.count, sorted[position + 1] == index + 1 { continue }
            let from = document.lines[runStart!].start
            let to = min(document.scalars.count, document.lines[index].end + 1)
            edits.append(Edit(offset: from, before: document.text(from, to), after: "", rule: "page-furniture", confidence: 0.9))
            runStart = nil
        }
        return EditStage(name: "page-furniture", edits: edits)
    }

    /// `- 2 -`, `– 12 –`, `Page 2`, `Page 2 of 5`, `Page 2 sur 5`, `2/5`.
    static func isExplicitPageNumber(_ line: String) -> Bool {
        guard line.utf8.count <= 24, line.contains(where: \.isNumber) else { return false }
        let words = line.split(separator: " ").map(String.init)
        func number(_ word: String) -> Bool { !word.isEmpty && word.count <= 4 && word.allSatisfy(\.isNumber) }
        let dashes: Set<String> = ["-", "–", "—"]
        if words.count == 3, dashes.contains(words[0]), number(words[1]), dashes.contains(words[2]) { return true }
        if words.count == 1, words[0].count >= 3, let first = words[0].first, let last = words[0].last,
           dashes.contains(String(first)), dashes.contains(String(last)), number(String(words[0].dropFirst().dropLast())) { return true }
        if (2...4).contains(words.count), ["page", "p."].contains(words[0].lowercased()), number(words[1]) {
            return words.count == 2 || (["of", "sur", "de", "/"].contains(words[2].lowercased()) && words.count == 4 && number(words[3]))
        }
        let parts = line.split(separator: "/")
        return parts.count == 2 && parts.allSatisfy { number(String($0)) } && line.count <= 7 && !line.contains(" ")
    }

    /// Whether a line of prose (five words or more) runs straight on into
    /// another one: the first line of a wrapped paragraph, however often a
    /// text repeats it, not a running header. When in doubt the text stays.
    private func runsOnAsProse(_ document: DocumentLines, _ index: Int) -> Bool {
        let next = index + 1
        guard next < document.lines.count, !document.lines[next].isBlank else { return false }
        return document.content(index).split(separator: " ").count >= 5 && document.content(next).split(separator: " ").count >= 5
    }

    /// Whether an all-caps line runs on into another all-caps line (a title).
    private func continuesAsTitle(_ document: DocumentLines, _ index: Int) -> Bool {
        let next = index + 1
        guard next < document.lines.count, !document.lines[next].isBlank else { return false }
        return document.shape(index).isAllCaps && document.shape(next).isAllCaps
    }

    /// Whether a line sits at the start or end of a page: it is itself a
    /// page-start (indented) line, or next to a removed page number or a
    /// page-start line, or alone between blank lines or the document's ends.
    /// A line that merely follows a blank line and runs on into the next one
    /// is the start of a paragraph, not furniture.
    private func isAtPageBoundary(_ document: DocumentLines, _ index: Int, removed: Set<Int>) -> Bool {
        let lines = document.lines
        func outside(_ neighbour: Int) -> Bool { neighbour < 0 || neighbour >= lines.count }
        func marks(_ neighbour: Int) -> Bool {
            !outside(neighbour) && (removed.contains(neighbour) || lines[neighbour].isIndented)
        }
        func open(_ neighbour: Int) -> Bool { outside(neighbour) || lines[neighbour].isBlank }
        return lines[index].isIndented || marks(index - 1) || marks(index + 1) || (open(index - 1) && open(index + 1))
    }
}
