import AlineaLexicon
import AlineaText

/// Restores the arrow of a menu path (`Édition → Préférences`) that the scan
/// read as a dash or a dash and a tip (`Édition — Préférences`, `Fenêtre -+
/// Montrer`, `Vue -» Ajuster`).
///
/// Why: manuals name a command by its menu path, and no OCR model here knows
/// `→`: tesseract reads its shaft as `—`, `–` or `-` and its head, when it
/// sees one, as `+`, `»` or `>` — or blurs shaft and head into one tilde
/// (`Fichier ~ Ouvrir`), which no writer sets between two menu items. The dash then splits the path in the
/// translation memory and reads as a parenthesis.
///
/// A dash is read as an arrow only between two menu items: words written with
/// a capital and in lower case after it, that the lexicon knows in lower
/// case (no name: `Europe — Asie`, `Vienne` stay) and that are no acronym
/// (`DAM — Debian`). The first item must stand inside a sentence, where its
/// capital is no sentence's (`Utilisez Édition — Préférences`), or follow an
/// arrow just restored (`Édition → Préférences — Interface`). A hyphen
/// touching both items is a compound's (`Saint-Denis`), and the arrows people
/// type (`->`) are the writer's; a `>` or a spaced `+` alone (the head the scan
/// saw without its shaft) may be the writer's too (`Fichier > Ouvrir`, keys:
/// `Maj + Clic`), and counts as the hyphen does.
/// A bare hyphen (or one glued between two items no listed compound joins:
/// `Fenêtre-Montrer`) counts only in a document that shows an arrow otherwise
/// (`repair(_:)`), and so does an arrow's reading glued before a menu item with
/// no item before it, after a comma or a conjunction, where a manual lists a
/// menu's other items (`Taille réelle, ~Ajuster … et —Ajuster`). The spacing the
/// scan shows is kept. One logged `Edit` per arrow.
struct MenuArrowRepairer: Sendable {
    let lexicon: HunspellDictionary
    /// Arrows below this confidence are suggested, not applied (`CleanOptions.minConfidence`).
    var minConfidence = 0.5

    /// Whether `scalar` is a dash that may be an arrow's shaft (`—`, `–`, `-`): compared by
    /// value, since every scalar of the text is asked.
    static func isShaft(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x2D || value == 0x2013 || value == 0x2014
    }
    /// Whether `scalar` may stand between two items of a menu path: a shaft, the
    /// arrow, or the `>` writers type (`Édition — Préférences`, `Fichier > Ouvrir`).
    static func separatesMenuItems(_ scalar: Unicode.Scalar) -> Bool {
        isShaft(scalar) || scalar == ">" || String(scalar) == arrow
    }
    /// What the scan makes of an arrow's head after its shaft.
    static let heads: Set<Unicode.Scalar> = ["+", "»", "~"]
    /// What the scan makes of a whole arrow, shaft and head blurred into one mark:
    /// as sure a reading as a tipped shaft.
    static let wholeArrowReading: Unicode.Scalar = "~"

    /// The arrow.
    static let arrow = "\u{2192}"

    /// The `arrows` stage for `text`, and the arrows too doubtful to apply
    /// (below `minConfidence`) as suggestions, at their offsets in `text`.
    ///
    /// A bare hyphen or `>` between two menu items is the doubtful case: tesseract reads
    /// an arrow's shaft as `-` about as often as `—`, but manuals that write their
    /// menu paths with a hyphen or a dash (LibreOffice's help: `Format - Ligne -
    /// Afficher`) give the same reading. So the document decides: a hyphen is an
    /// arrow where some menu path of the document shows a reading no hyphen gives
    /// (a tip, or a long dash); in a document whose menu paths all read as
    /// hyphens it is only suggested (measured on a LibreOffice help set, 2026-12-04:
    /// 22 of its 36 harmed words were such hyphens made arrows; in the GIMP and
    /// TeXworks sets, whose pages write arrows, 15 of about 100 arrows were read
    /// as hyphens in documents with no other reading). So with `>`: the scan reads
    /// the arrow's head alone so, and writers type it for one (`Fichier > Ouvrir`).
    func repair(_ text: String) -> (stage: EditStage, suggestions: [Edit]) {
        let name = "arrows"
        // Cheap pre-check: most texts have no dash between two capitalised words.
        guard text.unicodeScalars.contains(where: { Self.isShaft($0) || $0 == Self.wholeArrowReading || $0 == ">" || $0 == "+" })
        else { return (EditStage(name: name, edits: []), []) }
        let scalars = text.scalarArray
        var found: [Edit] = []
        // The arrows found whose reading alone does not show an arrow (their indices in `found`).
        var doubtful: Set<Int> = []
        // Where the second item of the last arrow found starts: it may open the next one.
        var lastItemStart = -1
        var position = 0
        while position < scalars.count {
            defer { position += 1 }
            let whole = scalars[position] == Self.wholeArrowReading
            // A head alone, not one a typed arrow ends (`->`, `=>`).
            // A `+` alone too, read for the head: only where the document shows a sure arrow (below), since
            // a `+` also joins keys (`Maj + Clic`).
            let head = (scalars[position] == ">" || scalars[position] == "+" && position > 0 && scalars[position - 1] == " ")
                && (position == 0 || !Self.isShaft(scalars[position - 1]) && scalars[position - 1] != "=")
            guard whole || head || Self.isShaft(scalars[position]) else { continue }
            var end = position + 1
            if !whole, !head, end < scalars.count, Self.heads.contains(scalars[end]) { end += 1 }
            let tipped = whole || end - position == 2
            let spacedBefore = position > 0 && scalars[position - 1] == " "
            let spacedAfter = end < scalars.count && scalars[end] == " "
            // A hyphen touching both neighbours joins a compound — unless both are menu items the lexicon
            // joins in no compound (`Fenêtre-Montrer`, `Vue-Taille`: the French model reads an arrow so).
            let glued = scalars[position] == "-" && !tipped && !spacedBefore && !spacedAfter
            if glued {
                let first = CharacterClass.letterRunStart(scalars, endingAt: position)
                let last = CharacterClass.letterRunEnd(scalars, from: position + 1)
                // (Hunspell accepts any two words a hyphen joins: a listed compound is one it analyses.)
                guard first < position, last > position + 1, isMenuItem(scalars[first..<position]),
                      isMenuItem(scalars[(position + 1)..<last]),
                      lexicon.analyze(String(scalars: scalars[first..<last]).lowercased()).isEmpty else { continue }
            }
            // The items: one space at most on either side of the arrow.
            let leftEnd = Self.skippingEllipsis(scalars, before: spacedBefore ? position - 1 : position)
            let rightStart = spacedAfter ? end + 1 : end
            let rightEnd = CharacterClass.letterRunEnd(scalars, from: rightStart)
            guard isMenuItem(scalars[rightStart..<rightEnd]) else { continue }
            let before = String(scalars: scalars[position..<end])
            // `Vue→Taille réelle, ~Ajuster à la largeur et —Ajuster à la fenêtre`: a manual names a menu's
            // other items by an arrow glued before each, after a comma or a conjunction — where the
            // document shows its arrows (it counts as doubtful below). Any reading of the arrow glued to
            // the item, and the whole arrow's spaced from it too (`, ~ Ajuster`).
            if spacedBefore, !spacedAfter || whole, listsMenuItem(scalars, before: position - 1) {
                doubtful.insert(found.count)
            } else {
                guard let left = itemStart(scalars, endingAt: leftEnd),
                      left == lastItemStart || !Self.opensSentence(scalars, at: left) else { continue }
                // A bare hyphen, a head alone, or a dash after words a capital opens that no arrow led to (`le Conseil
                // permanent — Décision`: a title's dash as well) is an arrow only where the document shows a sure one.
                if before == "-" || before == ">" || before == "+"
                    || left != lastItemStart && left != CharacterClass.letterRunStart(scalars, endingAt: leftEnd) {
                    doubtful.insert(found.count)
                }
            }
            found.append(Edit(offset: position, before: before, after: Self.arrow, rule: "menu-arrow", confidence: tipped ? 0.85 : 0.75))
            lastItemStart = rightStart
            position = end - 1
        }
        // Only a hyphen's or a head's reading in every menu path: the writer's, as likely as arrows.
        if found.indices.allSatisfy(doubtful.contains) {
            for index in found.indices { found[index].confidence = Self.unsupportedHyphenConfidence }
        }
        return (EditStage(name: name, edits: found.filter { $0.confidence >= minConfidence }),
                found.filter { $0.confidence < minConfidence })
    }

    /// The confidence of a bare hyphen made an arrow in a document that shows no
    /// other reading of an arrow: below the default threshold (0.5), so a suggestion.
    static let unsupportedHyphenConfidence = 0.45

    /// Whether `word` may name a menu item: capitalised, lower case after its
    /// first letter, a word of the lexicon in lower case and no name.
    func isMenuItem(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 2, let first = word.first, CharacterClass.isUppercase(first),
              word.dropFirst().allSatisfy(CharacterClass.isLowercase) else { return false }
        let text = String(scalars: word)
        return lexicon.spell(text.lowercased()) && lexicon.tags(of: text).isDisjoint(with: [.npr, .prn])
    }

    /// Where the menu item ending at `end` starts: at its capitalised word, which a few
    /// small words of the lexicon may follow (`Outils de transformation — Découpage`,
    /// `Fenêtres d’image — Titre`: three at most, parted by a space or an elision's
    /// apostrophe). Nil when no menu item ends there.
    func itemStart(_ scalars: [Unicode.Scalar], endingAt end: Int) -> Int? {
        var runEnd = end
        var start = CharacterClass.letterRunStart(scalars, endingAt: runEnd)
        for _ in 0...Self.smallWordsInItem {
            guard start < runEnd else { return nil }
            let run = scalars[start..<runEnd]
            if isMenuItem(run) { return start }
            guard run.allSatisfy(CharacterClass.isLowercase), start >= 2 else { return nil }
            let separator = scalars[start - 1]
            if separator == " " {
                guard lexicon.spell(String(scalars: run)) else { return nil }
                runEnd = start - 1
                start = CharacterClass.letterRunStart(scalars, endingAt: runEnd)
            } else if separator == "’" || separator == "'", lexicon.spell(String(scalars: run)) {
                // The elided head before it (`d’`, `l’`), and the space before that.
                let head = CharacterClass.letterRunStart(scalars, endingAt: start - 1)
                guard start - 1 - head == 1, "dl".unicodeScalars.contains(scalars[head]), head >= 2, scalars[head - 1] == " " else { return nil }
                runEnd = head - 1
                start = CharacterClass.letterRunStart(scalars, endingAt: runEnd)
            } else {
                return nil
            }
        }
        return nil
    }

    /// Whether the space at `space` follows a comma or a coordinating conjunction in small
    /// letters: where a list of a menu's items goes on (`Taille réelle, ~Ajuster … et ~Ajuster`).
    func listsMenuItem(_ scalars: [Unicode.Scalar], before space: Int) -> Bool {
        guard space >= 1 else { return false }
        if scalars[space - 1] == "," { return true }
        let start = CharacterClass.letterRunStart(scalars, endingAt: space)
        guard start < space, start == 0 || scalars[start - 1] == " ",
              scalars[start..<space].allSatisfy(CharacterClass.isLowercase) else { return false }
        return lexicon.tags(of: String(scalars: scalars[start..<space])).contains(.cjco)
    }

    /// How many small words may follow a menu item's capitalised one (`Outils de transformation`).
    static let smallWordsInItem = 3

    /// `end` moved before an ellipsis that ends a menu item (`Préférences... →`).
    static func skippingEllipsis(_ scalars: [Unicode.Scalar], before end: Int) -> Int {
        if end > 0, scalars[end - 1] == "…" { return end - 1 }
        var start = end
        while start > 0, scalars[start - 1] == ".", end - start < 3 { start -= 1 }
        return end - start == 3 ? start : end
    }

    /// Whether the word at `start` opens a paragraph or a sentence, where a
    /// capital says nothing.
    static func opensSentence(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\u{00A0}" { index -= 1 }
        guard index >= 0 else { return true }
        return [".", "!", "?", "\n", "…"].contains(scalars[index])
    }
}
