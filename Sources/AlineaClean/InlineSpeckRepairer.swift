import AlineaText
import AlineaLexicon

/// Repairs the marks a scan leaves *inside* a line once the layout pass has
/// re-flowed it: line-end hyphens left inside a word (`utili-Ser`, `com-mande`
/// when the document spells `commande`) and specks read as punctuation
/// between two words of one sentence (`fournit.une`, `image. reproduisant`,
/// `une‘liste`, `fournit .une`, `n’offrent.qu’une`, `bac a’sable`, `tampons: sont` in a
/// document that spaces its colons, `aider:a` before a lone `a`).
///
/// The lexicon and the document are the judges, never a list of words: a
/// hyphen goes only when the joined form is a word and the hyphenated one is
/// not a listed compound (`peut-être`, `politico-militaire` keep theirs); a
/// speck goes only between two words the lexicon knows, before a lower-case
/// word, where no sentence can end (an abbreviation such as `etc.` or `chap.`
/// is not a long word). Hyphens read for spaces (`se-trouve`) and words split
/// by a space (`uti- lisent`, `cal que`) are the word pass's (`RepairPass`).
/// Each repair is one logged `Edit`, so the stage can be reverted.
struct InlineSpeckRepairer: Sendable {
    let lexicon: HunspellDictionary?
    /// The stage's name in the log: `inline` before the word pass, `inline-after-words` when
    /// run again on its output, whose repaired words (`ce-chapltre` → `ce-chapitre`) the rules
    /// can now judge.
    var stageName = "inline"
    /// The word pass's candidate search, where the document's language has one: a word
    /// before a mark may still lack its accents (`dedies.a l’étude`), which only it can tell.
    var generator: CandidateGenerator? = nil

    /// The `inline` stage for `text` (the layout pass's output). With `near`, only the marks
    /// within a few words of those ranges are judged: the second run, after the word pass,
    /// looks where that pass changed a word and nowhere else (the rest was judged already).
    func repair(_ text: String, near: [Range<Int>]? = nil) -> EditStage {
        guard let lexicon else { return EditStage(name: stageName, edits: []) }
        let scalars = text.scalarArray
        // Only a hyphen between two words asks the document's vocabulary: built on first need.
        var built: DocumentVocabulary?
        func documentVocabulary() -> DocumentVocabulary {
            if let built { return built }
            let counted = vocabulary(of: scalars)
            built = counted
            return counted
        }
        // The document's two-word pairs, apart and hyphenated, built on first need too (`hyphenWrittenApart`).
        var builtWordPairs: WordPairs?
        func wordPairs() -> WordPairs {
            if let builtWordPairs { return builtWordPairs }
            let pairs = Self.wordPairs(in: scalars)
            builtWordPairs = pairs
            return pairs
        }
        // The side-by-side spellings of names, built on first need too.
        var builtPairs: Set<UInt64>?
        func namePairs() -> Set<UInt64> {
            if let builtPairs { return builtPairs }
            let pairs = Self.capitalisedPairs(in: scalars)
            builtPairs = pairs
            return pairs
        }
        var edits: [Edit] = []
        var lastEnd = 0
        func add(_ from: Int, _ to: Int, _ after: String, _ rule: String, _ confidence: Double) {
            guard from >= lastEnd else { return }
            let before = String(scalars: scalars[from..<to])
            edits.append(Edit(offset: from, before: before, after: after, rule: rule, confidence: confidence))
            lastEnd = to
        }
        let spacedColons = spaces(":", in: scalars)
        // French typography spaces both high marks: either one shows the document's habit.
        let spacedSemicolons = spaces(";", in: scalars)
        // The windows to look in, merged, when the run is limited to them.
        let windows = near.map { Self.windows(around: $0, margin: Self.windowMargin, limit: scalars.count) }
        var window = 0
        var i = 0
        while i < scalars.count {
            if let windows {
                while window < windows.count, windows[window].upperBound <= i { window += 1 }
                guard window < windows.count else { break }
                if i < windows[window].lowerBound { i = windows[window].lowerBound }
            }
            let c = scalars[i]
            // Every case below opens on a mark: ASCII letters, digits and spaces (most of a text) skip them all.
            let value = c.value
            if value | 0x20 >= 0x61 && value | 0x20 <= 0x7A || value >= 0x30 && value <= 0x39 || value == 0x20 || value == 0x0A {
                i += 1
                continue
            }
            // `le système a. installer`: the grave accent of a lone `à` read as a full stop after its letter,
            // a small letter next; the word pass weighs the `a` once the stop is gone.
            if c == ".", i >= 1, scalars[i - 1] == "a", i == 1 || scalars[i - 2] == " " || scalars[i - 2] == "\n",
               i + 2 < scalars.count, scalars[i + 1] == " ", CharacterClass.isLowercase(scalars[i + 2]) {
                add(i, i + 1, "", "speck-after-a", 0.75)
                i += 1
                continue
            }
            // `Décision No .7/06`: a full stop glued to the front of a number with a slash (a decision's,
            // a document's) after a space — a decimal fraction never holds a slash.
            if c == ".", i > 1, scalars[i - 1] == " ", i + 1 < scalars.count, CharacterClass.isDigit(scalars[i + 1]) {
                var end = i + 1
                while end < scalars.count, CharacterClass.isDigit(scalars[end]) { end += 1 }
                if end + 1 < scalars.count, scalars[end] == "/", CharacterClass.isDigit(scalars[end + 1]) {
                    add(i, i + 1, "", "speck-before-word", 0.75)
                }
                i += 1
                continue
            }
            // `fournit .une`, `des autres. .Celui du bas`, `en cours, .c’est`, `bien entendu, :il n’y a`, `de mesure
            // ,nécessite`: a stop, a colon or a comma glued to the front of a word after a space opens nothing —
            // French sets those marks after a word. After a word, the word is one in small letters, and a dot
            // before a noun after a noun names a file type (`les fichiers .tex`: `namesFileType`); after a mark,
            // a capitalised, elided or grammatical word, or one with an accent — not a dotfile's name (`.profile`).
            // A colon may be the writer's, moved onto the word it introduces (`une sphère :sélectionnez`): only
            // after a mark or a word that introduces nothing, or before one that carries the phrase on.
            if c == "." || c == ":" || c == ",", i == 0 || ProtectedSpans.isWhitespace(scalars[i - 1]), i + 1 < scalars.count,
               isLetter(scalars[i + 1]) {
                let (start, end, elided) = wordPastElision(scalars, from: i + 1)
                let word = string(scalars, start, end)
                let afterWord = i >= 2 && scalars[i - 1] == " " && isLetter(scalars[i - 2])
                let previous = afterWord ? string(scalars, wordStart(scalars, before: i - 1), i - 1) : ""
                let judged = afterWord
                    ? word.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }) && (c != "." || !namesFileType(word, after: previous, lexicon))
                    : elided || isGrammatical(word, lexicon) || !word.unicodeScalars.allSatisfy({ $0.isASCII && CharacterClass.isLowercase($0) })
                let colonSpeck = c != ":" || !afterWord || introducesNothing(previous, lexicon)
                    || Self.continuesPhrase(scalars, from: i + 1, to: wordEnd(scalars, from: i + 1), lexicon: lexicon)
                if end - start >= 2, !joins(scalars, at: end, towards: 1), lexicon.spell(word), judged, colonSpeck {
                    add(i, i + 1, "", "speck-before-word", 0.75)
                    i += 1
                    continue
                }
                if afterWord, c == "." {
                    i += 1
                    continue
                }
            }
            // `une couleur particulière. [Il n’y a`: an opening square bracket glued to a capitalised word after a
            // space, that no `]` closes in its paragraph, is a speck. Before a small letter it is left alone: there it
            // is as often what the scan made of an elided `l’` (`[image`, `[absence`), which the word pass restores
            // (`RepairPass`, where it reads a bar or a bracket glued to a vowel-opening word as `l’`).
            if c == "[", i == 0 || ProtectedSpans.isWhitespace(scalars[i - 1]), i + 2 < scalars.count,
               CharacterClass.isUppercase(scalars[i + 1]), CharacterClass.isLowercase(scalars[i + 2]),
               !scalars[(i + 1)...].prefix(while: { $0 != "\n" }).contains("]") {
                add(i, i + 1, "", "speck-before-word", 0.7)
                i += 1
                continue
            }
            // `{contraire à la norme)`, `{ksh)`: an opening brace glued to a word after a space, in a paragraph
            // that closes no brace, which a `)` closes in its sentence before any other bracket opens, is the
            // scan's reading of the opening parenthesis — running prose writes no braces (code does, and closes
            // them). A brace whose sentence ends first, or that no `)` closes within an aside's length, is a
            // letter misread (`une seule {ois`).
            if c == "{", i == 0 || ProtectedSpans.isWhitespace(scalars[i - 1]), i + 1 < scalars.count,
               isLetter(scalars[i + 1]) || CharacterClass.isDigit(scalars[i + 1]) {
                let rest = scalars[(i + 1)...].prefix(while: { $0 != "\n" })
                let aside = rest.prefix(while: { !"(){}[]".unicodeScalars.contains($0) })
                let sentenceEnds = zip(aside, aside.dropFirst()).contains { ".!?".unicodeScalars.contains($0) && $1 == " " }
                let lineStart = scalars[..<i].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                if aside.endIndex < rest.endIndex, rest[aside.endIndex] == ")", !sentenceEnds, aside.count <= Self.asideLength,
                   !scalars[lineStart..<rest.endIndex].contains("}") {
                    add(i, i + 1, "(", "brace-for-parenthesis", 0.75)
                    i += 1
                    continue
                }
            }
            // `ot! nous`, `beaucoup! de`: French spaces its `!` from the word before it and sets a capital
            // after it, so one glued to a word, a small letter next, is a speck — where no letter it could be
            // makes a word (`te!` → `tel` is the word pass's) and the word is no interjection (`Ah! que`)
            // nor a sentence's first, which an exclamation may be on its own (`Attention! il faut`).
            if c == "!", i >= 2, isLetter(scalars[i - 1]), i + 2 < scalars.count, scalars[i + 1] == " ",
               CharacterClass.isLowercase(scalars[i + 2]) {
                let start = wordStart(scalars, before: i)
                let word = string(scalars, start, i)
                if let before = PrecedingScalar.before(start, in: scalars), !".!?…\n".unicodeScalars.contains(before),
                   word.unicodeScalars.count >= 2, lexicon.spell(word),
                   !RepairPass.lettersReadAsExclamation.contains(where: { lexicon.spell(word + $0) }),
                   !lexicon.analyze(word.lowercased()).contains(where: { $0.contains(utf8: "po:interj") }) {
                    add(i, i + 1, "", "speck-after-word", 0.75)
                    i += 1
                    continue
                }
            }
            // `le nombre d’échecs -de connexion`, `les questions qui seront -posées`: a hyphen glued to the front
            // of a word after a space opens an option on a command line (`-vkp`, `-man`), never a French word
            // of running prose: before one the lexicon spells and prose writes (`ProseFormFrequencies`), it is a speck.
            // A word prose never writes counts too when it is long (`la console -virtuelle`) and a word of the lexicon
            // in small letters stands before; an elided head (`les variables -d’environnement`) stands for its word.
            if c == "-", i >= 2, scalars[i - 1] == " ", isLetter(scalars[i - 2]) || scalars[i - 2] == ",",
               i + 1 < scalars.count, CharacterClass.isLowercase(scalars[i + 1]) {
                let (start, end, elided) = wordPastElision(scalars, from: i + 1)
                let word = string(scalars, start, end)
                let long = word.unicodeScalars.count >= 4
                let afterWord = CharacterClass.isLowercase(scalars[i - 2]) && lexicon.spell(string(scalars, wordStart(scalars, before: i - 1), i - 1))
                if word.unicodeScalars.count >= 2, !elided || long,
                   end >= scalars.count || !isWordJoiner(scalars[end]) || scalars[end] == "." || !joins(scalars, at: end, towards: 1),
                   lexicon.spell(word), ProseFormFrequencies.shared.count(word) > 0 || long && afterWord {
                    add(i, i + 1, "", "speck-before-word", 0.75)
                    i += 1
                    continue
                }
            }
            // Margin specks at a line's edges, and a lone quote or star after a clause's mark (`+LineEdges`).
            if Self.isMarginSpeck(c) {
                if let range = specksAtLineStart(scalars, at: i) ?? specksAtLineEnd(scalars, at: i) {
                    add(range.lowerBound, range.upperBound, "", "speck-line-edge", 0.75)
                    i = range.upperBound
                    continue
                }
                if let range = speckAfterClauseStop(scalars, at: i) {
                    add(range.lowerBound, range.upperBound, "", "speck-lone-mark", 0.75)
                    i = range.upperBound
                    continue
                }
            }
            // `des Nations. Unies continue` beside `des Nations Unies` (`+NamePairs`).
            if c == ".", stopInsideName(scalars, at: i, lexicon: lexicon, pairs: namePairs) {
                add(i, i + 1, "", "speck-in-name", 0.7)
                i += 1
                continue
            }
            // `calques. , Cette`, `Outils). . Sous`, `logiciels, . le`: a comma or full stop standing
            // alone after another mark closed the phrase is a speck — French never spaces either
            // mark from the word it follows, and one mark already stands there.
            // A spaced ellipsis (`. . .`) is the writer's.
            if c == "," || c == ".", i >= 2, scalars[i - 1] == " ", Self.closingMarks.contains(scalars[i - 2]),
               i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n",
               !(c == "." && scalars[i - 2] == "." && (i >= 4 && scalars[i - 3] == " " || i + 2 < scalars.count && scalars[i + 2] == ".")) {
                let end = i + 1 < scalars.count && scalars[i + 1] == " " ? i + 2 : i + 1
                add(i, end, "", "speck-lone-mark", 0.8)
                i = end
                continue
            }
            // `l’’OSCE`: an apostrophe read twice between two letters is one; `n'‘est`: an opening
            // quote after it is a speck.
            if c == "’" || c == "'", i > 0, i + 2 < scalars.count, isLetter(scalars[i - 1]),
               scalars[i + 1] == "’" || scalars[i + 1] == "'" || scalars[i + 1] == "‘", isLetter(scalars[i + 2]) {
                if scalars[i + 1] == "‘" { add(i + 1, i + 2, "", "speck-apostrophe", 0.8) } else { add(i, i + 1, "", "speck-apostrophe", 0.8) }
                i += 2
                continue
            }
            // `aider:a`, `aboutit’a`, `spécifiques:&`, `sert-a modifier`: a speck (or the grave accent read as a
            // hyphen) glued between a word and a lone `a` (or `&`), which the word pass can only weigh (verb or
            // `à`) once it stands alone. No French compound ends in `-a` (`a-t-il` has the verb first), and no
            // elided head is that long: the word before a hyphen or an apostrophe may be one the word pass has still
            // to repair (`etait-a`, `associees’a`), or elided (`c’est-a eux`). Before a colon or a full stop it
            // must be a word, if only once its accents are back (`dedies.a`; `libfoo.a` is a file).
            if c == ":" || c == "‘" || c == "’" || c == "'" || c == "." || c == "-", i > 2, i + 1 < scalars.count,
               scalars[i + 1] == "a" || scalars[i + 1] == "&",
               i + 2 == scalars.count || !isLetter(scalars[i + 2]) && !joins(scalars, at: i + 2, towards: 1) {
                let leftStart = wordStart(scalars, before: i)
                let left = string(scalars, leftStart, i)
                let elidedBefore = c == "-" && leftStart > 0 && WordToken.isApostrophe(scalars[leftStart - 1])
                // Elided heads end in a consonant or `qu` (l’a, jusqu’a) and are short; a long known word is no elision.
                if i - leftStart >= 3, !left.hasSuffix("qu"), left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }),
                   leftStart == 0 || elidedBefore || !joins(scalars, at: leftStart - 1, towards: -1),
                   c != ":" && c != "." || lexicon.spell(left) || readsWithAccents(left, lexicon: lexicon) {
                    add(i, i + 1, " ", "speck-before-a", 0.75)
                    i += 2
                    continue
                }
            }
            // `cette option; le contenu`, `Vienne; 17 décembre`: in a document that spaces its semicolons, one
            // glued to its word before a lower-case word or a number is a comma the scan read with a speck above it.
            if c == ";", spacedSemicolons, i > 0, isLetter(scalars[i - 1]), i + 2 < scalars.count, scalars[i + 1] == " ",
               CharacterClass.isLowercase(scalars[i + 2]) || CharacterClass.isDigit(scalars[i + 2]) {
                add(i, i + 1, ",", "speck-semicolon", 0.7)
                i += 1
                continue
            }
            // `script; appelé`, `source; qui`, `rapide; ou en`: in a document that glues its semicolons too, one
            // before a word that carries the phrase on (`continuesPhrase`) is a comma read with a speck above it.
            if c == ";", !spacedSemicolons, i > 1, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]), i + 2 < scalars.count,
               scalars[i + 1] == " ", case let end = wordEnd(scalars, from: i + 2), end > i + 2,
               Self.continuesPhrase(scalars, from: i + 2, to: end, lexicon: lexicon, afterSemicolon: true) {
                add(i, i + 1, ",", "speck-semicolon", 0.65)
                i += 1
                continue
            }
            // `la présente décision;` ¶: a semicolon glued to the last word of a paragraph, in a document that
            // spaces its semicolons, lost its space to the scan. (A colon there is as often a speck for the
            // paragraph's full stop, `modifié:` ¶ `Cette commande`: it stays for the word pass to judge.)
            if c == ";", spacedSemicolons, i > 0, isLetter(scalars[i - 1]),
               i + 1 == scalars.count || scalars[i + 1] == "\n" {
                add(i, i, " ", "space-before-mark", 0.7)
                i += 1
                continue
            }
            // Most scalars are letters or spaces: one comparison of values before any case is tried.
            if Self.speckMarks.contains(c.value), let speck = gluedSpeck(scalars, at: i, lexicon: lexicon, spacedColons: spacedColons,
                                                                             spacedSemicolons: spacedSemicolons) {
                add(speck.from, speck.to, speck.after, speck.rule, 0.75)
                i = speck.resume
                continue
            }
            guard c == "-" || c == "." || c == ":" || c == "‘" || c == "*" || c == "_" || c == ",", i > 0, isLetter(scalars[i - 1])
            else { i += 1; continue }
            let leftStart = wordStart(scalars, before: i)
            let left = string(scalars, leftStart, i)
            // The right word: glued to the mark, or after one space.
            let gapEnd = i + 1 < scalars.count && scalars[i + 1] == " " ? i + 2 : i + 1
            var rightEnd = wordEnd(scalars, from: gapEnd)
            // `n’offrent.qu’une`: the word after a speck may open with an elision; the word it elides is judged.
            var rightStart = gapEnd
            // Only glued, and only a lower-case head: `. L’image` opens a sentence, and a scan
            // reads its capital small often enough (`gravure. l’image`) to leave a spaced one alone.
            if c != "-", gapEnd == i + 1, rightEnd > gapEnd, rightEnd + 1 < scalars.count, WordToken.isApostrophe(scalars[rightEnd]),
               CharacterClass.isLowercase(scalars[gapEnd]),
               isLetter(scalars[rightEnd + 1]), RepairPass.elisionHeads.contains(string(scalars, gapEnd, rightEnd).lowercased()) {
                rightStart = rightEnd + 1
                rightEnd = wordEnd(scalars, from: rightStart)
            }
            // `l’image. ci-dessus`, `si. celui-ci`: a compound the lexicon lists after a full stop is judged whole.
            if c == ".", gapEnd == i + 2, rightEnd > gapEnd, rightEnd + 1 < scalars.count, scalars[rightEnd] == "-",
               isLetter(scalars[rightEnd + 1]), case let end = wordEnd(scalars, from: rightEnd + 1),
               !joins(scalars, at: end, towards: 1), lexicon.spell(string(scalars, gapEnd, end)) {
                rightEnd = end
            }
            // `ci-dessous. permet`, `eux-mêmes. des`: so is one before it, by its last part.
            let compoundLeft = c == "." && endsListedCompound(scalars, lastPartAt: leftStart, end: i, lexicon: lexicon)
            // `liste de volumes: simples`, `de sorte: que`, `à l’aide: d’un`: in a document that glues its colons
            // too, a colon glued to a word is a speck where the word after it opens nothing a colon introduces.
            // Not after a short label opening its paragraph (`Dupliquer le calque: permet de copier`).
            if c == ":", gapEnd == i + 2, !spacedColons, rightEnd > gapEnd, i - leftStart >= 2,
               leftStart == 0 || !joins(scalars, at: leftStart - 1, towards: -1),
               Self.continuesPhrase(scalars, from: gapEnd, to: rightEnd, lexicon: lexicon), !Self.closesLabel(scalars, before: i) {
                add(i, gapEnd, " ", "speck-colon", 0.65)
                i = gapEnd
                continue
            }
            // A joiner this stage has already replaced (`clé.au,serveur`) ties nothing any more; a colon
            // between letters ties no time (`10:30`): it is judged next (`la-solution:soit`).
            let colonSpeck = rightEnd + 1 < scalars.count && scalars[rightEnd] == ":" && CharacterClass.isLowercase(scalars[rightEnd + 1])
            guard rightEnd > gapEnd, colonSpeck || !joins(scalars, at: rightEnd, towards: 1),
                  leftStart == 0 || leftStart - 1 < lastEnd || scalars[leftStart - 1] == "'" || scalars[leftStart - 1] == "’"
                    || !joins(scalars, at: leftStart - 1, towards: -1) || compoundLeft
            else { i += 1; continue }
            let right = string(scalars, rightStart, rightEnd)
            // A colon glued to a word is a speck in a document that spaces its colons (`tampons: sont`) —
            // and in any document after a determiner, a preposition or a conjunction, before a small
            // letter (`sous: la forme`, `dans: le menu`): nothing is introduced by those.
            if c == ":", gapEnd == i + 2, !spacedColons,
               !(rightStart < scalars.count && CharacterClass.isLowercase(scalars[rightStart])
                 && (introducesNothing(left, lexicon) || determinesNoun(left, right, lexicon))) {
                i += 1
                continue
            }
            // `faites-le. Cela`, `modifiez-les. Il`: the object pronoun an imperative's hyphen joins ends the
            // sentence as the imperative's object; a capital after it opens the next one.
            if c == ".", compoundLeft, rightStart < scalars.count, CharacterClass.isUppercase(scalars[rightStart]),
               !lexicon.tags(of: left).isDisjoint(with: [.properobj, .preverb]) {
                i = gapEnd
                continue
            }
            // `la votre. Nos`: a possessive determiner after a definite article is the pronoun
            // (`vôtre`) that lost its circumflex, and ends its sentence as any noun may.
            if c == ".", leftStart >= 2, scalars[leftStart - 1] == " ", DefiniteArticle.isOnlyPossessiveDeterminer(left, in: lexicon),
               DefiniteArticle.reads(string(scalars, wordStart(scalars, before: leftStart - 1), leftStart - 1).lowercased(), in: lexicon) {
                i = gapEnd
                continue
            }
            if let (after, rule, confidence) = decide(mark: c, spaced: gapEnd == i + 2, left: left, right: right,
                                                      lexicon: lexicon, vocabulary: documentVocabulary,
                                                      wordPairs: wordPairs) {
                if rule.hasPrefix("join-hyphen") {
                    add(leftStart, rightEnd, after, rule, confidence)
                } else {
                    add(i, gapEnd, after, rule, confidence)
                }
            }
            i = gapEnd
        }
        return EditStage(name: stageName, edits: edits)
    }

    /// How far (in scalars) around a changed word a limited run looks for a mark: one
    /// glued to it, or after one space (every rule starts at its mark).
    static let windowMargin = 2

    /// `ranges` widened by `margin` on each side, clipped to `0..<limit`, sorted and merged.
    static func windows(around ranges: [Range<Int>], margin: Int, limit: Int) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let widened = max(0, range.lowerBound - margin)..<min(limit, range.upperBound + margin)
            if let last = merged.last, widened.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, widened.upperBound)
            } else {
                merged.append(widened)
            }
        }
        return merged
    }

    /// How many scalars an aside in brackets holds at most, for a misread opening bracket to be
    /// matched with the `)` after it: a few words (`{contraire à la norme)`), not a paragraph.
    static let asideLength = 100

    /// Marks that close a phrase or a quotation, after which a lone `,` or `.` is a speck.
    static let closingMarks: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "»"]

    /// The scalars `gluedSpeck` starts from, as values.
    static let speckMarks: [UInt32] = ["-", ",", ".", ";", ":", "’", "'", "&", "|"].map { (mark: Unicode.Scalar) in mark.value }

    /// A speck glued to a mark or to a lone `a`/`&` between two words, as the range
    /// it takes (`from..<to`), what replaces it, the rule's name and where the scan
    /// resumes — or nil. Every case is punctuation French never writes glued so.
    private func gluedSpeck(_ scalars: [Unicode.Scalar], at i: Int, lexicon: HunspellDictionary,
                            spacedColons: Bool, spacedSemicolons: Bool)
        -> (from: Int, to: Int, after: String, rule: String, resume: Int)? {
        let c = scalars[i]
        // `système,-veuillez`, `choisi.-Les`, `ne-.soit`: a hyphen glued between a word's closing
        // mark and the next word (or a mark glued after a hyphen) is a speck — French never writes
        // `,-x`; an option (`-c`) stands after a space, and an abbreviation's one letter keeps its
        // hyphen (`c.-à-d.`).
        if c == "-", i >= 3, i + 1 < scalars.count, isLetter(scalars[i - 2]), isLetter(scalars[i - 3]),
           ",.;:".unicodeScalars.contains(scalars[i - 1]),
           isLetter(scalars[i + 1]) {
            // `processeurs.-sous la forme`: before a small letter, a full stop glued there is a speck
            // as well — the sentence goes on (an abbreviation's one letter was turned away above).
            if scalars[i - 1] == ".", CharacterClass.isLowercase(scalars[i + 1]) {
                return (i - 1, i + 1, " ", "speck-hyphen", i + 1)
            }
            return (i, i + 1, " ", "speck-hyphen", i + 1)
        }
        // `le « manuel- »`, `le fichier « control- »`: a hyphen glued to a word of the lexicon and spaced from a
        // closing mark hyphenates nothing — only a prefix is written so, quoted as such (`« pré- »`).
        if c == "-", i >= 4, i + 2 < scalars.count, scalars[i + 1] == " ", "»”)".unicodeScalars.contains(scalars[i + 2]),
           isLetter(scalars[i - 1]), case let start = wordStart(scalars, before: i), i - start >= 4,
           case let word = string(scalars, start, i).lowercased(), lexicon.spell(word),
           !lexicon.analyze(word).contains(where: { $0.contains(utf8: "po:pfx") }) {
            return (i, i + 1, "", "speck-hyphen", i + 1)
        }
        // `les volumes..-`, `distributions).-` ¶: a hyphen glued after a sentence's end, before the line's end or
        // the next sentence's capital, is a speck (before a small letter it is a dash's reading: `puissants.- ils`).
        if c == "-", i >= 2, ".)".unicodeScalars.contains(scalars[i - 1]),
           isLetter(scalars[i - 2]) || ".)".unicodeScalars.contains(scalars[i - 2]),
           i + 1 == scalars.count || scalars[i + 1] == "\n"
            || scalars[i + 1] == " " && i + 2 < scalars.count && CharacterClass.isUppercase(scalars[i + 2]) {
            return (i, i + 1, "", "speck-hyphen", i + 1)
        }
        if c == "-", i >= 1, i + 2 < scalars.count, isLetter(scalars[i - 1]), ".:".unicodeScalars.contains(scalars[i + 1]),
           CharacterClass.isLowercase(scalars[i + 2]) {
            return (i, i + 2, " ", "speck-hyphen", i + 2)
        }
        // `DE.L'OSCE`, `DE-L'OSCE`, `de:l’Organisation`: a mark glued between a determiner or a
        // preposition and an elided article is a speck — no phrase ends on the one, and no compound
        // goes on with the other.
        // So is a hyphen between a word in small letters and an elided article or `de`
        // (`environnement-d'exécution`, `forme-d'onde`): a place name's is after a capital (`Villeneuve-d'Ascq`).
        if c == "." || c == "-" || c == ":", i >= 2, i + 3 < scalars.count, isLetter(scalars[i - 1]),
           "lLdD".unicodeScalars.contains(scalars[i + 1]), WordToken.isApostrophe(scalars[i + 2]), isLetter(scalars[i + 3]) {
            let leftStart = wordStart(scalars, before: i)
            let left = string(scalars, leftStart, i)
            let lowerWord = c == "-" && i - leftStart >= 3 && CharacterClass.isLowercase(scalars[i + 1])
                && left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }) && lexicon.spell(left)
                && !joins(scalars, at: leftStart - 1, towards: -1)
            if lowerWord || followsFunctionWord(scalars, before: i, lexicon: lexicon) {
                return (i, i + 1, " ", "speck-between-words", i + 1)
            }
        }
        // `CYBERSECURITE. : EXPLORATION`, `disponibles.: amsmath`: a full stop right before a colon
        // that opens what follows on its line is a speck after a word (no abbreviation: `etc. :`) —
        // where the colon introduces small letters, or a title's capitals go on. (A colon after a
        // sentence's stop at a line's end, or before a capitalised sentence, is the speck instead.)
        if c == ".", i >= 4, i + 3 < scalars.count, isLetter(scalars[i - 1]) {
            let colonAt = scalars[i + 1] == ":" ? i + 1 : scalars[i + 1] == " " && scalars[i + 2] == ":" ? i + 2 : nil
            if let colonAt, colonAt + 2 < scalars.count, scalars[colonAt + 1] == " ", isLetter(scalars[colonAt + 2]) {
                let leftStart = wordStart(scalars, before: i)
                let word = string(scalars, leftStart, i)
                let nextWord = string(scalars, colonAt + 2, wordEnd(scalars, from: colonAt + 2))
                let capitals = { (text: String) in !text.unicodeScalars.contains(where: CharacterClass.isLowercase) }
                let reads = { (text: String) in lexicon.spell(text) || readsWithAccents(text, lexicon: lexicon) }
                let opensWhatFollows = CharacterClass.isLowercase(scalars[colonAt + 2]) || capitals(word) && capitals(nextWord)
                if opensWhatFollows, nextWord.unicodeScalars.count >= 2, reads(nextWord.lowercased()),
                   i - leftStart >= 4, leftStart == 0 || !joins(scalars, at: leftStart - 1, towards: -1),
                   case let lower = word.lowercased(), !lexicon.tags(of: lower).contains(.locution), reads(lower) {
                    let after = colonAt == i + 1 && spacedColons ? " " : ""
                    return (i, i + 1, after, "speck-before-colon", colonAt + 1)
                }
            }
        }
        // `les 9-et 10 mai`: a hyphen glued between a number and the conjunction joining it to the
        // next number is a speck — a range is written `9-10`, never through a word.
        if c == "-", i >= 1, scalars[i - 1].properties.numericType != nil, i + 1 < scalars.count, isLetter(scalars[i + 1]) {
            let end = wordEnd(scalars, from: i + 1)
            if end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1].properties.numericType != nil,
               lexicon.tags(of: string(scalars, i + 1, end)).contains(.cjco) {
                return (i, i + 1, " ", "speck-hyphen", end)
            }
        }
        // `des atouts de |l’OSCE`, `de Il’OSCE`: a bar, or a capital I, glued before an elided `l’` inside
        // a sentence is a speck — no word ends so, and `il` never elides.
        if c == "|", i >= 2, i + 3 < scalars.count, scalars[i - 1] == " ", isLetter(scalars[i - 2]) || scalars[i - 2] == ",",
           scalars[i + 1] == "l", WordToken.isApostrophe(scalars[i + 2]), isLetter(scalars[i + 3]) {
            return (i, i + 1, "", "speck-before-word", i + 1)
        }
        if WordToken.isApostrophe(c), i >= 4, i + 1 < scalars.count, scalars[i - 1] == "l", scalars[i - 2] == "I", scalars[i - 3] == " ",
           isLetter(scalars[i - 4]) || scalars[i - 4] == ",", isLetter(scalars[i + 1]) {
            return (i - 2, i - 1, "", "speck-before-word", i + 1)
        }
        // `du--renforcement`: two hyphens glued between a determiner or a preposition and a word —
        // a dash typed as two hyphens parts clauses, never an article from its noun.
        if c == "-", i >= 2, i + 2 < scalars.count, scalars[i + 1] == "-", isLetter(scalars[i - 1]),
           CharacterClass.isLowercase(scalars[i + 2]), followsFunctionWord(scalars, before: i, lexicon: lexicon) {
            return (i, i + 2, " ", "speck-hyphen", i + 2)
        }
        // `un rapport de:2010`: a colon glued between a determiner or a preposition and a number
        // is a speck — a notation (`10:30`, `1:2`) has numbers on both sides.
        if c == ":", i >= 2, i + 1 < scalars.count, isLetter(scalars[i - 1]), scalars[i + 1].properties.numericType != nil,
           followsFunctionWord(scalars, before: i, lexicon: lexicon) {
            return (i, i + 1, " ", "speck-between-words", i + 1)
        }
        // `en la -matière`: a hyphen glued to the front of a word after a determiner is a speck —
        // a determiner opens no option (`-v`) and no word starts with a hyphen.
        if c == "-", i >= 3, scalars[i - 1] == " ", isLetter(scalars[i - 2]), i + 1 < scalars.count,
           CharacterClass.isLowercase(scalars[i + 1]) {
            let leftStart = wordStart(scalars, before: i - 1)
            let end = wordEnd(scalars, from: i + 1)
            let tags = lexicon.tags(of: string(scalars, leftStart, i - 1).lowercased())
            if i - 1 - leftStart >= 2, end - i - 1 >= 4, !joins(scalars, at: end, towards: 1),
               leftStart == 0 || !joins(scalars, at: leftStart - 1, towards: -1),
               !tags.isDisjoint(with: PartsOfSpeech.determiners), tags.isDisjoint(with: [.prep]), tags.isFunctionWordOnly(allowingNoun: true) {
                return (i, i + 1, "", "speck-hyphen", i + 1)
            }
        }
        // `globale-(segments`: no compound goes on with an opening bracket or quote.
        if c == "-", i >= 2, i + 2 < scalars.count, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]),
           "(«“".unicodeScalars.contains(scalars[i + 1]), isLetter(scalars[i + 2]) {
            return (i, i + 1, " ", "speck-hyphen", i + 1)
        }
        // `fichiers,.il`, `installation.,En`, `;.c’est`, `volumes,:les`: two marks glued between
        // words; the first is the writer's, the second a speck (and the space after it was lost).
        if ",.;:".unicodeScalars.contains(c), i >= 1, i + 2 < scalars.count, isLetter(scalars[i - 1]) || scalars[i - 1] == ")",
           ",.;:".unicodeScalars.contains(scalars[i + 1]), scalars[i + 1] != c, isLetter(scalars[i + 2]) {
            return (i + 1, i + 2, " ", "speck-double-mark", i + 2)
        }
        // `correcte,,mais`: a comma read twice, glued to the next word, is one comma that lost its space.
        if c == ",", i >= 2, i + 2 < scalars.count, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]), scalars[i + 1] == ",",
           CharacterClass.isLowercase(scalars[i + 2]) {
            return (i + 1, i + 2, " ", "speck-double-mark", i + 2)
        }
        // `certain:‘nombre`, `vous.‘avez`: a mark and an opening quote glued between two lower-case
        // words are two specks where a space was (a quotation opens after a space).
        if ",.;:".unicodeScalars.contains(c), i >= 3, i + 2 < scalars.count, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]),
           scalars[i + 1] == "‘", CharacterClass.isLowercase(scalars[i + 2]), CharacterClass.isLowercase(scalars[i - 1]) {
            let end = wordEnd(scalars, from: i + 2)
            let leftStart = wordStart(scalars, before: i)
            if end - i - 2 >= 2, !joins(scalars, at: end, towards: 1), lexicon.spell(string(scalars, i + 2, end)),
               lexicon.spell(string(scalars, leftStart, i)) {
                return (i, i + 2, " ", "speck-double-mark", end)
            }
        }
        // `cible..`, `suivantes::`, `voir;;` before a space: a mark read twice is one (three full
        // stops are an ellipsis); a high mark takes the space the document puts before it.
        if ".,;:".unicodeScalars.contains(c), i >= 2, i + 1 < scalars.count, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]),
           scalars[i + 1] == c, i + 2 == scalars.count || ProtectedSpans.isWhitespace(scalars[i + 2]) {
            if (c == ":" && spacedColons) || (c == ";" && spacedSemicolons) {
                return (i, i + 2, " " + String(c), "speck-double-mark", i + 2)
            }
            return (i + 1, i + 2, "", "speck-double-mark", i + 2)
        }
        // `Presse-papiers,. vous`, `exemplaires,; seulement`, `Ubuntu;, mais`, `indexée., Une`, `possibles.: Le`,
        // `quelconques:. Quand`: two different marks glued after a word are a mark and a speck — the comma
        // before a small letter, the full stop before a capital (`etc., quand`: an abbreviation's stop and its
        // comma stay; `Traditionnellement,. Debian`: a comma before a name is the writer's too).
        if ".,;:".unicodeScalars.contains(c), i >= 2, i + 3 < scalars.count, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]),
           case let second = scalars[i + 1], ".,;:".unicodeScalars.contains(second), second != c, scalars[i + 2] == " " {
            let next = scalars[i + 3]
            if CharacterClass.isLowercase(next), c == "," || second == "," && c != "." {
                return c == "," ? (i + 1, i + 2, "", "speck-double-mark", i + 2) : (i, i + 1, "", "speck-double-mark", i + 2)
            }
            if CharacterClass.isUppercase(next), c == "." || second == "." && c != "," {
                return c == "." ? (i + 1, i + 2, "", "speck-double-mark", i + 2) : (i, i + 1, "", "speck-double-mark", i + 2)
            }
        }
        // `les'3`, `fichier'Release`: an apostrophe glued between a word that elides nothing and a
        // number or a capitalised word is a speck (no elision is written before those);
        // `correspondants.'Le`: one glued after a full stop, before the next sentence, too.
        if c == "’" || c == "'", i >= 3, i + 1 < scalars.count {
            let next = scalars[i + 1]
            let beforeNumberOrCapital = next.properties.numericType != nil || CharacterClass.isUppercase(next)
            if beforeNumberOrCapital, isLetter(scalars[i - 1]) {
                let leftStart = wordStart(scalars, before: i)
                let left = string(scalars, leftStart, i)
                if i - leftStart >= 3, left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }),
                   !RepairPass.elisionHeads.contains(left), lexicon.spell(left) {
                    return (i, i + 1, " ", "speck-apostrophe", i + 1)
                }
            } else if CharacterClass.isUppercase(next), scalars[i - 1] == ".", isLetter(scalars[i - 2]) {
                return (i, i + 1, " ", "speck-apostrophe", i + 1)
            } else if CharacterClass.isLowercase(next), CharacterClass.isLowercase(scalars[i - 1]) {
                // `préconfiguration'peut`, `moins’de`: between two lower-case words of the lexicon, after
                // one that elides nothing and is no elided form (`aujourd'hui`, `presqu'île` are one word).
                // Morphology says the text is French: an English `don't` has a one-letter right part anyway.
                // The word pass's `splitGluedApostrophe` takes what is left (a damaged part); after it, this
                // rule runs again (`inline-after-words`) on the two words it cut and repaired (`même'signification`).
                let leftStart = wordStart(scalars, before: i)
                let end = wordEnd(scalars, from: i + 1)
                let left = string(scalars, leftStart, i), right = string(scalars, i + 1, end)
                // `date'd'accès`: the word after the speck may itself be elided.
                let elidedNext = end + 1 < scalars.count && WordToken.isApostrophe(scalars[end]) && isLetter(scalars[end + 1])
                    && RepairPass.elisionHeads.contains(right)
                if elidedNext, i - leftStart >= 3, leftStart == 0 || !joins(scalars, at: leftStart - 1, towards: -1),
                   !RepairPass.elisionHeads.contains(left), !lexicon.tags(of: left).isEmpty {
                    return (i, i + 1, " ", "speck-apostrophe", end)
                }
                // A name the lexicon lacks (`Launchpad'et`) elides nothing either: before a grammatical word.
                let rightTags = lexicon.tags(of: right)
                let name = CharacterClass.isUppercase(scalars[leftStart]) && !rightTags.isDisjoint(with: [.cjco, .prep, .det, .propersuj])
                // Nor a grammatical word that ends in `e`, elided before a vowel (`quelqu’ordre`, `entr’ouvert`).
                if i - leftStart >= 3, end - i - 1 >= 2, !joins(scalars, at: end, towards: 1),
                   leftStart == 0 || !joins(scalars, at: leftStart - 1, towards: -1),
                   !RepairPass.elisionHeads.contains(left.lowercased()), !lexicon.spell(left + String(c) + right),
                   !lexicon.tags(of: left).isEmpty || name, !rightTags.isEmpty,
                   !RepairPass.elidesGrammaticalWord(left, before: right, lexicon: lexicon) {
                    return (i, i + 1, " ", "speck-apostrophe", end)
                }
            }
        }
        // `l’image d’origine’ ou`, `en partant’ de`: an apostrophe glued after a word, before a space, closes no
        // quotation where none opened in the paragraph (an opening quote stands after a space or a bracket),
        // and elides nothing when the word is no elision's head (`qu’ il`, split by the scan, is the word
        // pass's): a speck.
        if c == "’" || c == "'", i >= 2, isLetter(scalars[i - 1]), isLetter(scalars[i - 2]),
           i + 1 == scalars.count || ProtectedSpans.isWhitespace(scalars[i + 1]) {
            let start = wordStart(scalars, before: i)
            if !RepairPass.elisionHeads.contains(string(scalars, start, i).lowercased()), !Self.quotationOpens(scalars, before: start) {
                return (i, i + 1, "", "speck-apostrophe", i + 1)
            }
        }
        // `&.l’autre`, `&:la`: a speck glued after an `&` standing for `à`, before a word.
        if c == "&", i + 2 < scalars.count, i == 0 || ProtectedSpans.isWhitespace(scalars[i - 1]),
           scalars[i + 1] == "." || scalars[i + 1] == ":", CharacterClass.isLowercase(scalars[i + 2]) {
            return (i + 1, i + 2, " ", "speck-after-a", i + 2)
        }
        // `bac a'sable`, `a-cause`, `à-la`: a speck read as an apostrophe or a hyphen after a lone `a`
        // or `à`, which elide nothing and open no compound in French (`a-t-il` has a one-letter part;
        // the listed `à-coup`, `à-propos` stay); the word pass then weighs the `a` (verb or `à`) on its own.
        // (An opening bracket or quote may stand before the `a`: `(a'droite de la barre`.)
        if c == "’" || c == "'" || c == "-", i >= 1, scalars[i - 1] == "a" || scalars[i - 1] == "à",
           i == 1 || ProtectedSpans.isWhitespace(scalars[i - 2]) || "([«“".unicodeScalars.contains(scalars[i - 2]),
           i + 1 < scalars.count, CharacterClass.isLowercase(scalars[i + 1]) {
            let end = wordEnd(scalars, from: i + 1)
            let word = string(scalars, i + 1, end)
            if end - i - 1 >= 2, !joins(scalars, at: end, towards: 1), lexicon.spell(word),
               scalars[i - 1] == "a" || c != "-" || lexicon.analyze("à-" + word).isEmpty {
                return (i, i + 1, " ", "speck-after-a", end)
            }
        }
        return nil
    }

    /// Whether a single quote opens a quotation in the paragraph (the line, after re-flowing)
    /// before `end`: one after a space, a bracket or the paragraph's start.
    static func quotationOpens(_ scalars: [Unicode.Scalar], before end: Int) -> Bool {
        var position = end - 1
        while position >= 0, scalars[position] != "\n" {
            if "'’‘".unicodeScalars.contains(scalars[position]),
               position == 0 || ProtectedSpans.isWhitespace(scalars[position - 1]) || "([«\"".unicodeScalars.contains(scalars[position - 1]) {
                return true
            }
            position -= 1
        }
        return false
    }

    /// Whether the text from the start of the paragraph (the line, after re-flowing) up to
    /// `mark` is a label: a few words opening with a capital, no mark among them.
    static func closesLabel(_ scalars: [Unicode.Scalar], before mark: Int) -> Bool {
        var words = 0, position = mark - 1
        while position >= 0, scalars[position] != "\n" {
            if ".;:!?".unicodeScalars.contains(scalars[position]) { return false }
            if scalars[position] == " " { words += 1 }
            position -= 1
        }
        let first = position + 1
        return words < Self.labelWords && first < mark && CharacterClass.isUppercase(scalars[first])
    }

    /// How many words a label opening its paragraph has at most (`Dupliquer le calque`, `Mode de fusion`).
    static let labelWords = 4

    /// Whether the lower-case word from `start` to `end` carries on the phrase before it, so that
    /// a colon glued before it introduces nothing: a preposition that is also an article (`de`,
    /// `au`, `aux`) or the elided `d’`, `qu’`; a coordinating conjunction, a relative pronoun
    /// or a negation's second half (`et`, `qui`, `pas`); an adverb, adjective or participle that
    /// is nothing else (`toujours`, `simples`); a finite verb that is nothing else and no command
    /// (`peuvent`; not `tracez`, which a label's colon may introduce). What a colon introduces —
    /// an example, a list, an explanation — opens with a determiner, a pronoun, a noun, an
    /// infinitive or a clause (`: le rectangle`, `: vous pouvez`, `: dans ce cas`), which all stay.
    /// Measured on the colons the sets' scans glued before a small letter: 131 specks to 3 colons.
    /// `afterSemicolon`: the mark may end a clause, and the word open the next as often as not —
    /// a preposition that is also an article (`; de plus`) or an adverb (`; aussi nous vous
    /// invitons`, `; puis saisissez`) does not count then.
    static func continuesPhrase(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, lexicon: HunspellDictionary,
                                afterSemicolon: Bool = false) -> Bool {
        guard CharacterClass.isLowercase(scalars[start]) else { return false }
        let word = String(scalars: scalars[start..<end])
        // An elided word is judged by its full form (`d’` by `de`, `qu’` by `que`; `l’` opens a noun phrase),
        // before a word that is no command (`mise en garde: n’installez pas` introduces one).
        if end + 1 < scalars.count, WordToken.isApostrophe(scalars[end]), CharacterClass.isLetter(scalars[end + 1]) {
            let after = CharacterClass.letterRunEnd(scalars, from: end + 1)
            return RepairPass.elisionHeads.contains(word) && carriesOn(word + "e", lexicon: lexicon, afterSemicolon: afterSemicolon)
                && !isBareCommand(lexicon.tags(of: String(scalars: scalars[(end + 1)..<after])))
        }
        return carriesOn(word, lexicon: lexicon, afterSemicolon: afterSemicolon)
    }

    /// A command that is no noun (`installez`; not `aide`, which `d’` opens as a noun).
    private static func isBareCommand(_ tags: PartsOfSpeech) -> Bool {
        tags.contains(.impe) && tags.isDisjoint(with: [.nom, .adj])
    }

    /// The test of `continuesPhrase` on one lower-case word.
    private static func carriesOn(_ word: String, lexicon: HunspellDictionary, afterSemicolon: Bool) -> Bool {
        let tags = lexicon.tags(of: word)
        guard !tags.isEmpty, tags.isDisjoint(with: [.npr, .prn]) else { return false }
        if afterSemicolon, tags.contains(.adv) { return false }
        if tags.contains(.mg) {
            if tags.contains(.prep), tags.contains(.det) { return !afterSemicolon }
            return !tags.isDisjoint(with: [.cjco, .prorel, .negadv])
        }
        let content: PartsOfSpeech = [.nom, .infi]
        guard tags.isDisjoint(with: content) else { return false }
        let finite = !tags.isDisjoint(with: PartsOfSpeech.finite)
        if finite { return tags.isDisjoint(with: [.adj, .ppas, .adv, .impe]) }
        return tags.contains(.adv) != !tags.isDisjoint(with: [.adj, .ppas])
    }

    /// Whether a hyphen between `left` and `right` (lower case) stands where
    /// writers put one: after a prefix the dictionary lists as such (`re`,
    /// `anti`), or between two words the dictionary knows by themselves
    /// (`super`, `nova`) — not inside a word (`com-mande`: `com` is only a suffix).
    static func isWriterHyphenPlace(left: String, right: String, lexicon: HunspellDictionary) -> Bool {
        let leftAnalyses = lexicon.analyze(left)
        if leftAnalyses.contains(where: { $0.contains(utf8: "po:pfx") }) { return true }
        func standsAlone(_ analyses: [String]) -> Bool {
            analyses.contains { !$0.contains(utf8: "po:pfx") && !$0.contains(utf8: "po:sfx") }
        }
        return standsAlone(leftAnalyses) && standsAlone(lexicon.analyze(right))
    }

    /// What replaces the mark (and the space after it) between `left` and `right`, if anything.
    /// `vocabulary` gives the counts of the document's own word forms, hyphenated ones included.
    func decide(mark: Unicode.Scalar, spaced: Bool, left: String, right: String,
                lexicon: HunspellDictionary, vocabulary: () -> DocumentVocabulary,
                wordPairs: () -> WordPairs = { WordPairs() }) -> (String, String, Double)? {
        // `a.maintenant`, `y.en`, `a:partir`: a one-letter word (the verb `a`, the pronoun `y`) glued by a full
        // stop or a colon to a word in small letters — no sentence or abbreviation is made so, nor a file's name
        // of French words, and nothing is introduced by a lone letter (a ratio `a:b` has no word after it).
        if left.count == 1, mark == "." || mark == ":", !spaced, right.count >= 2, right.unicodeScalars.allSatisfy(CharacterClass.isLowercase),
           left.unicodeScalars.allSatisfy(CharacterClass.isLowercase), lexicon.spell(left), lexicon.spell(right),
           // A determiner, a pronoun or a preposition after it, or a word of five letters or more (`a.out` is a file).
           !lexicon.tags(of: right).isDisjoint(with: PartsOfSpeech.determiners.union([.prep, .propersuj, .properobj, .preverb]))
            || right.count >= 5 {
            return (" ", "speck-between-words", 0.75)
        }
        // `l’ajoute.a la liste`, `d’électrons.a la différence`: the same before a one-letter word (a library's
        // `libc.a` is no French word before it).
        if right.count == 1, mark == ".", !spaced, left.count >= 3, left.unicodeScalars.allSatisfy(CharacterClass.isLowercase),
           right.unicodeScalars.allSatisfy(CharacterClass.isLowercase), lexicon.spell(left), lexicon.spell(right) {
            return (" ", "speck-between-words", 0.75)
        }
        guard left.count >= 2, right.count >= 2 else { return nil }
        let rightLower = right.lowercased()
        let rightOpensLower = right.unicodeScalars.first.map(CharacterClass.isLowercase) == true
        // `DE.LA CYBERSÉCURITÉ`, `DE-LA`: in a title set in capitals, a mark glued between a determiner or
        // a preposition and a word is a speck — no phrase ends on one, and no compound opens with one
        // that the dictionary does not list (`EN-TÊTE` is listed).
        if !spaced, mark == "." || mark == "-" || mark == ":",
           !(left + right).unicodeScalars.contains(where: { CharacterClass.isLowercase($0) }),
           !(left + right).unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
           case let leftLower = left.lowercased(), lexicon.tags(of: leftLower).isFunctionWordOnly(allowingNoun: true),
           lexicon.spell(rightLower), lexicon.analyze(leftLower + "-" + rightLower).isEmpty {
            return (" ", "speck-between-words", 0.75)
        }
        switch mark {
        case "-":
            let hyphenated = left + "-" + right
            if lexicon.spell(hyphenated) && !lexicon.analyze(hyphenated).isEmpty { return nil }
            // `renforcer- la`, `une- mise`, `sont- alignés`: a hyphen a space follows, after a whole word, is a
            // speck where a glued one would be. A suspended hyphen stands before the conjunction that completes
            // it (`pré- et post-`, `demi- et`) and stays; a word cut in two (`uti- lisent`) is the word pass's.
            if spaced {
                guard rightOpensLower, !lexicon.spell(left.lowercased() + rightLower),
                      lexicon.tags(of: AccentSkeleton.of(rightLower)).isDisjoint(with: [.cjco]) else { return nil }
                if let speck = hyphenSpeck(left: left, right: right, lexicon: lexicon) { return speck }
                // `créé- sera`, `il- existe`, `paramètres- d’amorçage`: inside a line, a hyphen glued to a whole
                // word and spaced from the next suspends nothing but a prefix (`pré- et post-`, `sur- ou sous-`),
                // which only a conjunction follows (its accent invented or not: `sur- où`): between two words
                // of the lexicon it is a speck. Not between two nouns, which a writer may join so
                // (`bouton- bascule`).
                let leftLower = left.lowercased()
                let leftTags = lexicon.tags(of: leftLower), rightTags = lexicon.tags(of: rightLower)
                guard left.unicodeScalars.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) }), lexicon.spell(leftLower),
                      lexicon.spell(rightLower), !(leftTags.contains(.nom) && rightTags.contains(.nom)),
                      !lexicon.analyze(leftLower).contains(where: { $0.contains(utf8: "po:pfx") }) else { return nil }
                return (" ", "speck-hyphen", 0.7)
            }
            // `utili-Ser`, `utili-SeZ`: capitals inside a word are a scan artefact when the part
            // before the hyphen is lower case and the part after is not an acronym (all capitals).
            let rest = right.unicodeScalars.dropFirst()
            let caseSlip = !rightOpensLower && left.unicodeScalars.allSatisfy { CharacterClass.isLowercase($0) }
                && rest.contains { CharacterClass.isLowercase($0) }
            // `de-Linux`, `pour-Ubuntu`: a determiner or a preposition (short words) glued by a hyphen
            // to a name that opens with a capital; a place name's own `-de-` is inside a longer compound.
            // (Not where the halves joined make a word: that is `utili-Ser`, a word cut with a capital slip.)
            if !rightOpensLower, left.unicodeScalars.count <= 5, left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }),
               right.unicodeScalars.dropFirst().contains(where: { CharacterClass.isLowercase($0) }),
               lexicon.tags(of: left).isFunctionWordOnly(allowingNoun: false), !lexicon.spell(left + rightLower) {
                return (" ", "speck-hyphen", 0.7)
            }
            guard rightOpensLower || caseSlip else { return nil }
            let joined = left + (caseSlip ? rightLower : right)
            if lexicon.spell(joined) {
                // The joined form is a word: the hyphen was a line-end hyphen left in place.
                // A hyphen before a capital inside a word (`utili-Ser`) is no writer's hyphen;
                // a plain one (`re-combinés`) may be, so it goes only when the document
                // spells the word joined elsewhere.
                if caseSlip { return (joined, "join-hyphen", 0.8) }
                // A hyphen after a prefix (`re-dimensionner`) or between two words of their own
                // (`super-nova`) is where writers put one: it stays, whatever the document does elsewhere.
                if Self.isWriterHyphenPlace(left: left.lowercased(), right: rightLower, lexicon: lexicon) { return nil }
                let lowerJoined = joined.lowercased()
                let counts = vocabulary()
                if counts.count(lowerJoined) > 0, counts.count(left.lowercased() + "-" + rightLower) <= 1 {
                    return (joined, "join-hyphen", 0.75)
                }
                return nil
            }
            if let speck = hyphenSpeck(left: left, right: right, lexicon: lexicon) { return speck }
            return hyphenWrittenApart(left: left, right: right, lexicon: lexicon, pairs: wordPairs)
        case ",":
            // `correcte,mais`, `au,serveur`: French never glues a comma to the word after it. Between
            // two words it is a comma that lost its space — or, after a determiner or a preposition,
            // which no comma follows, a speck.
            // Two-letter pieces are abbreviations and codes (`fr,en`) unless grammatical (`au`, `de`).
            // `Si aucune, erreur`: nor does a comma, spaced or not, part a determiner from its noun.
            if rightOpensLower, determinesNoun(left, right, lexicon) { return (" ", "speck-between-words", 0.7) }
            let rightTags = lexicon.tags(of: rightLower)
            let phraseOpener = !rightTags.isDisjoint(with: [.det, .prep])
                && rightTags.isDisjoint(with: [.propersuj, .cjco, .cjsub, .prorel])
            guard !spaced, right.count >= (phraseOpener ? 2 : 3), rightOpensLower, lexicon.spell(right),
                  left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }), lexicon.spell(left) else { return nil }
            let leftTags = lexicon.tags(of: left)
            if !leftTags.isDisjoint(with: [.det, .prep]), leftTags.isDisjoint(with: [.nom, .adj, .adv]) {
                return (" ", "speck-between-words", 0.75)
            }
            // `la,partition`: a determiner that is also a noun (the note `la`) before a noun is the determiner.
            if isDeterminerBeforeNoun(left: leftTags, right: rightTags) {
                return (" ", "speck-between-words", 0.75)
            }
            // `série,de`, `surprises,dans`, `est,une`: a comma rarely opens a determiner's or a
            // preposition's phrase (it opens clauses: `, mais`, `, qui`, `, il`): a speck, more
            // often than a comma whose space was lost (the sets showed six specks to one comma).
            if phraseOpener, left.count >= 3 { return (" ", "speck-between-words", 0.7) }
            guard left.count >= 3 else { return nil }
            return (", ", "punctuation", 0.7)
        case "*", "_":
            // `nous*le`, `la_partition`, `ailleurs*comme`: a star or an underscore glued between two
            // lower-case words; an identifier joins content words (`nom_fichier`), so one of the two
            // must be grammatical (a star only: `_` joins `nom_de_fichier`).
            guard !spaced, rightOpensLower, lexicon.spell(right), left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }),
                  lexicon.spell(left), isGrammatical(left, lexicon) || mark == "*" && isGrammatical(rightLower, lexicon) else { return nil }
            return (" ", "speck-between-words", 0.75)
        case ".", ":", "‘":
            // `de.Chopin`, `dans.Contextes`: no sentence ends on a determiner, a preposition or a
            // conjunction, so a full stop glued between one and a capitalised word is a speck.
            if mark == ".", !spaced, !rightOpensLower, right.unicodeScalars.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) }),
               left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }), lexicon.tags(of: left).isFunctionWordOnly(allowingNoun: true) {
                return (" ", "speck-between-words", 0.75)
            }
            // `l’Organisation.dans le`: a capitalised word glued by a full stop to a grammatical word in
            // small letters; a file's or a site's name takes no grammatical word for its extension.
            if mark == ".", !spaced, rightOpensLower, right.count >= 3, left.count >= 3,
               let initial = left.unicodeScalars.first, CharacterClass.isUppercase(initial),
               left.unicodeScalars.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) }), isGrammatical(right, lexicon),
               lexicon.spell(left) {
                return (" ", "speck-between-words", 0.75)
            }
            // `grep.avec les options`, `partman-md.pour`, `CD.ou DVD`: a name glued by a full stop to a
            // grammatical word of three letters or more, or to a coordinating conjunction — no file's or
            // site's extension is one (two-letter ones may be: `.de`, `.la`, `.au`). (Two words of the
            // lexicon in small letters are judged below.)
            if mark == ".", !spaced, rightOpensLower, left.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) || $0 == "-" }),
               left.unicodeScalars.contains(where: CharacterClass.isLetter),
               !(left.unicodeScalars.allSatisfy(CharacterClass.isLowercase) && lexicon.spell(left)),
               right.unicodeScalars.allSatisfy(CharacterClass.isLowercase), case let tags = lexicon.tags(of: right),
               right.count >= 3 && tags.contains(.mg) || tags.contains(.cjco) {
                return (" ", "speck-between-words", 0.75)
            }
            // `dans. la liste`, `et. Linux`: no sentence ends on a determiner, a preposition or a
            // coordinating conjunction — a full stop after one is a speck, whatever short word follows,
            // or capitalised one (a name, or a small letter the scan enlarged) after a determiner or a
            // conjunction that is nothing else. (A preposition may end a sentence as an adverb, which the
            // lexicon does not say: `juste après. Il`; and a noun may: the note `la`, the grades `dans`;
            // and an indefinite determiner may, as the pronoun the lexicon does not list: `le plus
            // utilisé de tous. Veuillez`, `il y en a plusieurs. Les`.)
            // So is a colon there before a small letter (`sous: la forme`): nothing is introduced by those.
            if mark == "." || mark == ":" && rightOpensLower, spaced, introducesNothing(left, lexicon),
               rightOpensLower || lexicon.tags(of: left).isDisjoint(with: [.prep, .nom, .detind]),
               right.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) }) {
                return (" ", mark == ":" ? "speck-colon" : "speck-before-lowercase", 0.7)
            }
            if mark == ":", spaced, rightOpensLower, determinesNoun(left, right, lexicon) {
                return (" ", "speck-colon", 0.7)
            }
            // `GIMP. de`, `UEFI. avec`, `PDF. par`: after an acronym (three capitals or more) a stop before a
            // small-letter word of the lexicon is a speck — a sentence does not open in small letters, and
            // no acronym is an abbreviation's stop — unless the word opens with the small letter a scan makes
            // of the capital `I` or `L` (`GIMP. lci` is `Ici`).
            if mark == ".", spaced, rightOpensLower, left.unicodeScalars.count >= 3,
               left.unicodeScalars.allSatisfy({ CharacterClass.isUppercase($0) }), lexicon.spell(right),
               let initial = right.unicodeScalars.first, !OCRConfusionModel.smallReadingsOfCapitalIL.contains(initial) {
                return (" ", "speck-before-lowercase", 0.7)
            }
            // A two-letter word after a speck is too often a misread capitalised word (`ha` for `La`).
            guard rightOpensLower, right.count >= (spaced ? 3 : 2), lexicon.spell(right) else { return nil }
            // The word before may open with a capital when a space follows the mark (`les Etats: participants`),
            // if only its accents are lost: a sentence opens there as seldom as after one in small letters.
            let leftLetters = left.unicodeScalars
            let capitalised = spaced && leftLetters.first.map(CharacterClass.isUppercase) == true
                && leftLetters.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) })
            let leftLower = capitalised ? left.lowercased() : left
            guard capitalised || leftLetters.allSatisfy({ CharacterClass.isLowercase($0) }),
                  lexicon.spell(leftLower) || capitalised && (lexicon.spell(left) || readsWithAccents(leftLower, lexicon: lexicon))
            else { return nil }
            if !spaced {
                // `fournit.une`: no sentence ends without a space; both sides are words
                // (Hunspell accepts the dotted pair itself, so it cannot judge it) — unless a
                // colon joins them as a notation does (`nom:valeur`: `ColonNotation`).
                if mark == ":", ColonNotation.joins(lexicon.tags(of: left), lexicon.tags(of: rightLower)) { return nil }
                return (" ", "speck-between-words", 0.8)
            }
            // `faible. ils sont`: a subject pronoun whose capital I the scan read small opens the
            // sentence the stop ended; the word pass gives it its capital back.
            if mark == ".", let initial = right.unicodeScalars.first, OCRConfusionModel.smallReadingsOfCapitalIL.contains(initial),
               lexicon.tags(of: rightLower).contains(.propersuj) {
                return nil
            }
            // `image. reproduisant`: a sentence does not go on in lower case; an
            // abbreviation (`etc.`, `chap.`) is short, a grammatical word never ends one.
            // A pronoun that stands alone ends a sentence as well as a noun does (`entre eux.`, `pour moi.`,
            // `cela.`, `rien.`); a subject, a clitic or an article does not (`il. est`, `se. rattache`, `la. fenêtre`).
            guard left.count >= 5 || isGrammatical(leftLower, lexicon) && !endsPhraseAsPronoun(leftLower, lexicon) else { return nil }
            if mark == ":" { return (" ", "speck-colon", 0.65) }
            return (" ", "speck-before-lowercase", 0.7)
        default:
            return nil
        }
    }

    /// Whether `left` reads as a determiner and `right` as the noun or adjective it opens
    /// (`la partition`, `ce chapitre`): `left` may also be a noun (the note `la`), never an
    /// adverb or adjective (`tout`, `même`), and `right` no adverb (`la-bas` is `là-bas`).
    private func isDeterminerBeforeNoun(left: PartsOfSpeech, right: PartsOfSpeech) -> Bool {
        !left.isDisjoint(with: PartsOfSpeech.determiners) && left.isDisjoint(with: [.adv, .adj])
            && !right.isDisjoint(with: [.nom, .adj]) && right.isDisjoint(with: [.adv, .mg])
    }

    /// A hyphen glued between two words of the lexicon that no listed compound joins, where
    /// grammar rules out a compound: a determiner before its noun (`ce-chapitre`, `la-solution`),
    /// or a noun, adjective or verb before a determiner, preposition or conjunction (`agent-de`,
    /// `fichier-et`) that is no pronoun (`est-ce`, `dit-il`, `donne-le` stay). Compounds of
    /// two content words (`machine-outil`, `cliquer-glisser`) and of a prefix-like preposition
    /// (`sous-dossier`, `en-tête`) are writers' and stay; so do tokens of three parts or more.
    /// Only sound words reach this test: Hunspell accepts any two words joined by a hyphen, so
    /// the word pass never looks at such a token; one with a damaged part is its
    /// (`RepairPass.splitFalseHyphen`, which repairs the part first and weighs more readings).
    /// The two tests could share one grammar predicate; they do not yet.
    private func hyphenSpeck(left: String, right: String, lexicon: HunspellDictionary) -> (String, String, Double)? {
        guard left.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }), lexicon.spell(left) else { return nil }
        let rightLower = right.lowercased()
        guard right.unicodeScalars.dropFirst().allSatisfy({ CharacterClass.isLowercase($0) }), lexicon.spell(rightLower) else { return nil }
        let leftTags = lexicon.tags(of: left), rightTags = lexicon.tags(of: rightLower)
        if isDeterminerBeforeNoun(left: leftTags, right: rightTags) {
            return (" ", "speck-hyphen", 0.7)
        }
        let pronouns = PartsOfSpeech.nonObjectPronouns.union([.properobj, .preverb])
        // `peut-définir`, `pouvez-entrer`: after a verb in the present, future or conditional, a hyphen
        // joins only the pronoun that follows it (`dit-il`, `est-ce`, `rendez-vous`) or a verb of a pair
        // (`cliquez-glissez`); listed compounds (`peut-être`) never get here. (A past historic is most
        // often a fragment of a word cut at a line end: `migra-lion`.)
        if leftTags.isDisjoint(with: [.mg, .adv, .nom, .adj, .ipsi]), !leftTags.isDisjoint(with: [.ipre, .ifut, .cond, .impe]),
           right.unicodeScalars.first.map(CharacterClass.isLowercase) == true, !rightTags.isEmpty,
           rightTags.isDisjoint(with: pronouns.union(PartsOfSpeech.finite).union([.mg])) {
            return (" ", "speck-hyphen", 0.7)
        }
        // `contient-les canaux`, `permet-en`: a hyphen joins an object pronoun only to the imperative it
        // follows (`prenez-les`, `allez-y`); after a verb form no imperative spells, it is a speck. (A
        // subject pronoun it may join by inversion: `peut-il`, `pouvez-vous`.)
        if !leftTags.isDisjoint(with: PartsOfSpeech.finite), leftTags.isDisjoint(with: [.impe, .mg, .nom, .adj, .adv]),
           rightTags.contains(.properobj), rightTags.isDisjoint(with: [.propersuj, .prodem, .proind]) {
            return (" ", "speck-hyphen", 0.7)
        }
        // `est-compatible`, `sont-utilisés`: a conjugated être or avoir (whatever noun it also spells: the
        // east) joins by a hyphen only the subject pronoun it inverts (`est-ce`, `ont-ils`).
        if !leftTags.isDisjoint(with: PartsOfSpeech.finite), right.unicodeScalars.first.map(CharacterClass.isLowercase) == true,
           !rightTags.isEmpty, rightTags.isDisjoint(with: pronouns),
           lexicon.analyze(left).contains(where: { $0.contains(utf8: "st:être") || $0.contains(utf8: "st:avoir") }) {
            return (" ", "speck-hyphen", 0.7)
        }
        // `se-tiendra`, `le-permet`: a clitic stands before its verb with a space; the hyphen joins a pronoun only
        // after the verb (`dit-il`, `donne-le`), so before a finite verb that is nothing else it is a speck.
        if leftTags.contains(.preverb), leftTags.isDisjoint(with: [.nom, .adj]),
           right.unicodeScalars.first.map(CharacterClass.isLowercase) == true,
           !rightTags.isDisjoint(with: PartsOfSpeech.finite.subtracting([.impe])), rightTags.isDisjoint(with: [.nom, .adj, .mg, .impe]) {
            return (" ", "speck-hyphen", 0.7)
        }
        // `très-bons`, `ainsi-aller`: an adverb that is nothing else before a content word that is no adverb;
        // compounds that open with an adverb are listed (`là-bas`, `ci-dessous`, `peut-être`) or open with one
        // that is a noun too (`bien-être`, `non-lieu`, `quasi-totalité`, and so `point-fixe`, `pas-utiliser`).
        if leftTags.isAdverbOnly,
           right.unicodeScalars.first.map(CharacterClass.isLowercase) == true,
           !rightTags.isDisjoint(with: [.nom, .adj, .infi, .ppas]), rightTags.isDisjoint(with: pronouns.union([.adv, .mg])) {
            return (" ", "speck-hyphen", 0.7)
        }
        if leftTags.isDisjoint(with: [.mg, .adv]), !leftTags.isDisjoint(with: PartsOfSpeech.finite.union([.nom, .adj, .infi, .ppas])),
           right.unicodeScalars.first.map(CharacterClass.isLowercase) == true,
           !rightTags.isDisjoint(with: PartsOfSpeech.determiners.union([.prep, .cjco])),
           rightTags.isDisjoint(with: pronouns.union([.adv, .nom, .adj])) {
            return (" ", "speck-hyphen", 0.7)
        }
        return nil
    }

    /// `la-crontab`, `Ce-document`, `Par-défaut`: a hyphen between two words the document
    /// writes apart elsewhere (`pairs`, `WordPairs`), and joins so only here, is a speck where one of them is a
    /// grammatical word — a determiner, a preposition, a conjunction, a subject pronoun: no
    /// compound the dictionary does not list opens or closes with one. Not before an object
    /// pronoun or an adverb, which close writers' compounds (`faites-le`, `en-dessous`), nor
    /// after the adverbial pronoun `en`; nor between two content words, which a writer may
    /// join in one place and not another (`raccourci-clavier`, `Super-bloc`).
    private func hyphenWrittenApart(left: String, right: String, lexicon: HunspellDictionary,
                                    pairs: () -> WordPairs) -> (String, String, Double)? {
        let leftLower = left.lowercased(), rightLower = right.lowercased()
        let leftTags = lexicon.tags(of: leftLower), rightTags = lexicon.tags(of: rightLower)
        guard rightTags.isDisjoint(with: [.properobj, .preverb, .proadv, .adv]) else { return nil }
        let grammatical: PartsOfSpeech = PartsOfSpeech.determiners.union([.prep, .cjco, .cjsub, .propersuj])
        let leftGrammatical = leftTags.contains(.mg) && !leftTags.isDisjoint(with: grammatical) && !leftTags.contains(.proadv)
        let rightGrammatical = rightTags.contains(.mg) && !rightTags.isDisjoint(with: grammatical)
        // The other word may be one the lexicon lacks (`crontab`), not a misread one (`peut-étre`).
        guard leftGrammatical && (lexicon.spell(rightLower) || rightTags.isEmpty)
                || rightGrammatical && lexicon.spell(leftLower) else { return nil }
        guard min(leftLower.unicodeScalars.count, rightLower.unicodeScalars.count) <= WordPairs.shortWord else { return nil }
        let found = pairs(), digest = Self.foldedPairDigest(leftLower.unicodeScalars, rightLower.unicodeScalars)
        guard found.spaced.contains(digest), found.hyphenated[digest, default: 0] <= 1 else { return nil }
        return (" ", "speck-hyphen", 0.7)
    }

    /// The document's lower-cased word forms: letter runs, and letter runs joined by
    /// single hyphens (`re-combinés`), so that both spellings can be weighed.
    private func vocabulary(of scalars: [Unicode.Scalar]) -> DocumentVocabulary {
        var vocabulary = DocumentVocabulary()
        var i = 0
        while i < scalars.count {
            guard isLetter(scalars[i]) else { i += 1; continue }
            // Most words stand alone: recorded without the parts array a compound needs.
            let firstEnd = wordEnd(scalars, from: i)
            guard firstEnd + 1 < scalars.count, scalars[firstEnd] == "-", isLetter(scalars[firstEnd + 1]) else {
                vocabulary.add(String(lowercasedScalars: scalars[i..<firstEnd]))
                i = firstEnd
                continue
            }
            var parts: [String] = []
            var end = i
            while true {
                let wordEnd = wordEnd(scalars, from: end)
                parts.append(String(lowercasedScalars: scalars[end..<wordEnd]))
                end = wordEnd
                guard end + 1 < scalars.count, scalars[end] == "-", isLetter(scalars[end + 1]) else { break }
                end += 1
            }
            for part in parts { vocabulary.add(part) }
            if parts.count > 1 { vocabulary.add(parts.joined(separator: "-")) }
            i = end
        }
        return vocabulary
    }

    /// Whether the document writes `mark` (`:` or `;`) French style, after a space
    /// (`Note : `), more often than glued to the word before.
    /// A glued mark before a lower-case word does not vote: it may be the very speck
    /// in question (`les: infrastructures`), and a scan can hold as many specks as marks.
    private func spaces(_ mark: Unicode.Scalar, in scalars: [Unicode.Scalar]) -> Bool {
        var spaced = 0, glued = 0
        for index in scalars.indices.dropFirst() where scalars[index] == mark {
            if scalars[index - 1] == " " || scalars[index - 1] == "\u{00A0}" || scalars[index - 1] == "\u{202F}" { spaced += 1 }
            else if isLetter(scalars[index - 1]) {
                let next = index + 2 < scalars.count && scalars[index + 1] == " " ? scalars[index + 2] : nil
                if let next, CharacterClass.isLowercase(next) { continue }
                glued += 1
            }
        }
        return spaced >= 2 && spaced > glued
    }

    /// Whether `word` is a pronoun that may close a phrase: a stressed one, which is no article and
    /// never stands before a verb (`eux`, `moi`, `elle`; not `se`, `nous`, `la`), a demonstrative
    /// (`cela`) or a negative one (`rien`).
    private func endsPhraseAsPronoun(_ word: String, _ lexicon: HunspellDictionary) -> Bool {
        let tags = lexicon.tags(of: word)
        return tags.contains(.properobj) && tags.isDisjoint(with: PartsOfSpeech.determiners.union([.preverb]))
            || tags.contains(.prodem) || tags.contains(.proneg)
    }

    /// `les fichiers .tex`, `l’archive .zip`, `les fichiers .changes`: a noun after a noun, with
    /// a dot before it, is how a text names a file type (the lexicon knows `tex`, `zip`, `doc`,
    /// `log`, `changes` as nouns), so the dot stays; a speck stands before any word (`fournit
    /// .une`). A longer word that can also qualify the noun before it (`les couleurs .primaires`)
    /// is read as qualifying it: file types are short names, and nouns.
    private func namesFileType(_ word: String, after left: String, _ lexicon: HunspellDictionary) -> Bool {
        let tags = lexicon.tags(of: word)
        guard word.unicodeScalars.count <= 4 || !tags.contains(.adj) else { return false }
        let leftTags = lexicon.tags(of: CasePattern.lower(left, locale: "fr"))
        return tags.contains(.nom) && tags.isDisjoint(with: Self.closedClasses)
            && leftTags.contains(.nom) && leftTags.isDisjoint(with: Self.closedClasses)
    }

    /// The word classes a text cannot name a file type with.
    private static let closedClasses: PartsOfSpeech = PartsOfSpeech.nonObjectPronouns
        .union([.det, .detdem, .detpos, .detind, .prep, .cjco, .cjsub, .adv, .properobj, .mg])

    /// Whether `word`, in small letters, is a determiner, a preposition or a coordinating
    /// conjunction and nothing that ends a phrase (`dans`, `la`, `et`): no stop or colon follows it.
    private func introducesNothing(_ word: String, _ lexicon: HunspellDictionary) -> Bool {
        word.unicodeScalars.allSatisfy({ CharacterClass.isLowercase($0) }) && lexicon.tags(of: word).isFunctionWordOnly(allowingNoun: true)
    }

    /// `un certain: nombre`, `plusieurs: pré-réglages`, `deux: couleurs`: a determiner — an
    /// indefinite one or a numeral, whatever pronoun or adjective it also spells — before a noun of
    /// its number opens that noun's phrase, which no colon or comma parts (a form that conjugates a verb too is
    /// the noun there: `nombre`). Not before a word that is also an adjective, an infinitive or a name
    /// (`il y en a deux : rouge et vert` lists), nor after a determiner that is also a noun (`un`).
    private func determinesNoun(_ left: String, _ right: String, _ lexicon: HunspellDictionary) -> Bool {
        let leftLower = left.lowercased(), rightLower = right.lowercased()
        let leftTags = lexicon.tags(of: leftLower), rightTags = lexicon.tags(of: rightLower)
        guard !leftTags.isDisjoint(with: PartsOfSpeech.determiners.union([.nb])), !leftTags.contains(.nom),
              rightTags.contains(.nom), rightTags.isDisjoint(with: [.adj, .infi, .npr, .mg]) else { return false }
        func numbers(_ word: String, _ part: String) -> Set<String> {
            var found = Set<String>()
            for analysis in lexicon.analyze(word) where analysis.contains(utf8: part) {
                if analysis.contains(utf8: "is:sg") { found.insert("sg") }
                if analysis.contains(utf8: "is:pl") { found.insert("pl") }
                if analysis.contains(utf8: "is:inv") { found.formUnion(["sg", "pl"]) }
            }
            return found
        }
        let determiner = numbers(leftLower, "po:det").union(numbers(leftLower, "po:nb"))
        return determiner.isEmpty || !determiner.isDisjoint(with: numbers(rightLower, "po:nom"))
    }

    /// A closed-class word (`de`, `se`, `une`, `elle`): Hunspell tags them `mg`.
    private func isGrammatical(_ word: String, _ lexicon: HunspellDictionary) -> Bool {
        lexicon.tags(of: word).contains(.mg)
    }

    /// Whether the joiner at `index` ties the word to more text on the side
    /// `direction` (`gimp.org`, `a-t-il`, `10:30`); a final `.` before a space does not.
    private func joins(_ scalars: [Unicode.Scalar], at index: Int, towards direction: Int) -> Bool {
        guard index >= 0, index < scalars.count, isWordJoiner(scalars[index]) else { return false }
        if scalars[index].properties.numericType != nil { return true }
        let next = index + direction
        guard next >= 0, next < scalars.count else { return false }
        return isLetter(scalars[next]) || scalars[next].properties.numericType != nil
    }

    private func isLetter(_ s: Unicode.Scalar) -> Bool { CharacterClass.isLetter(s) }

    /// Whether the word ending at `end` is a whole word of two letters or more (not
    /// the tail of a longer token) that is only a determiner, a preposition or a
    /// conjunction: no phrase ends on one, so a mark glued after it is a speck.
    private func followsFunctionWord(_ scalars: [Unicode.Scalar], before end: Int, lexicon: HunspellDictionary) -> Bool {
        let start = wordStart(scalars, before: end)
        return end - start >= 2 && (start == 0 || !joins(scalars, at: start - 1, towards: -1))
            && lexicon.tags(of: string(scalars, start, end).lowercased()).isFunctionWordOnly(allowingNoun: true)
    }

    /// Whether the lower-case `word` is a word of the lexicon once accents alone are
    /// restored or corrected (`dedies`: `dédiés`); false without a candidate search.
    private func readsWithAccents(_ word: String, lexicon: HunspellDictionary) -> Bool {
        generator?.readsWithAccents(word) { lexicon.spell($0) } ?? false
    }

    /// Characters that make a token more than a plain word (`www.gimp.org`, `a-t-il`, `10:30`).
    private func isWordJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "-" || s == ":" || s == "/" || s == "_" || s == "@" || s == "'" || s == "’"
            || s.properties.numericType != nil
    }

    /// Whether the letters from `partStart` to `end` are the last part of a hyphenated compound
    /// the lexicon lists (`ci-dessous`, `eux-mêmes`), itself tied to nothing before it.
    private func endsListedCompound(_ scalars: [Unicode.Scalar], lastPartAt partStart: Int, end: Int,
                                    lexicon: HunspellDictionary) -> Bool {
        guard partStart >= 2, scalars[partStart - 1] == "-", isLetter(scalars[partStart - 2]) else { return false }
        let start = wordStart(scalars, before: partStart - 1)
        return (start == 0 || !joins(scalars, at: start - 1, towards: -1)) && lexicon.spell(string(scalars, start, end))
    }

    /// The letters from `start` — past an elided head and its apostrophe when they open there
    /// (`d’environnement`: the word is `environnement`), and whether one did.
    private func wordPastElision(_ scalars: [Unicode.Scalar], from start: Int) -> (start: Int, end: Int, elided: Bool) {
        let end = wordEnd(scalars, from: start)
        guard end + 1 < scalars.count, WordToken.isApostrophe(scalars[end]), isLetter(scalars[end + 1]),
              RepairPass.elisionHeads.contains(string(scalars, start, end).lowercased()) else { return (start, end, false) }
        return (end + 1, wordEnd(scalars, from: end + 1), true)
    }

    private func wordStart(_ scalars: [Unicode.Scalar], before end: Int) -> Int {
        CharacterClass.letterRunStart(scalars, endingAt: end)
    }

    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        CharacterClass.letterRunEnd(scalars, from: start)
    }

    private func string(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        String(scalars: scalars[from..<to])
    }
}
