import AlineaLexicon
import AlineaText

/// A dash standing alone at the start or the end of a wrapped line, inside a
/// running sentence (`C’est` ¶ `- possible parce que`, `maintenir -` ¶ `le
/// bouton`, `sur un tronc` / `- commun`): the mark a speck in the margin
/// leaves, which the layout pass would otherwise carry into the joined
/// paragraph.
///
/// A writer's dash can stand there too (`exécutés automatiquement –` / `vous
/// ne devez rien faire`), so three things must agree before one goes:
/// - the document writes no spaced dash between two lower-case words inside a
///   line: a text whose sentences use dashes shows them mid-line too, where
///   margin specks do not fall;
/// - the word after it is no clause opener (a subject pronoun, `ce`, `cela`):
///   a dash there may introduce the rest of the sentence;
/// - the word after it is no determiner, unless the word before needs a
///   complement (a verb form, a preposition, a conjunction, a determiner:
///   `maintenir - le bouton`, `et - l’importance`): after a noun a determiner may
///   open the clause a dash introduces (`architecture —` / `les attributs`).
/// Grammar has to speak for both words, so a dictionary without morphology (the
/// English one) removes nothing.
struct LineBoundaryDash: Sendable {
    let lexicon: HunspellDictionary?
    /// Whether the document writes a spaced dash between two lower-case words inside a line.
    let documentWritesDashes: Bool

    /// `scalars` is the whole document, read for its own use of dashes.
    init(lexicon: HunspellDictionary?, scalars: [Unicode.Scalar]) {
        self.lexicon = lexicon
        self.documentWritesDashes = Self.writesDashInsideLines(scalars)
    }

    /// Whether some line holds ` - ` (or an en or em dash) with a lower-case letter
    /// right before the space and right after the one after it.
    static func writesDashInsideLines(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 5 else { return false }
        for index in 2..<(scalars.count - 2) where MenuArrowRepairer.isShaft(scalars[index]) {
            if scalars[index - 1] == " ", scalars[index + 1] == " ",
               CharacterClass.isLowercase(scalars[index - 2]), CharacterClass.isLowercase(scalars[index + 2]) {
                return true
            }
        }
        return false
    }

    /// How many scalars to drop from the end of line `a` (its ` -`), when that dash
    /// is a speck before the lower-case continuation `b`; 0 otherwise.
    func trailingSpeck(_ a: LineShape, before b: LineShape) -> Int {
        let count = a.scalars.count
        guard !documentWritesDashes, count >= 3, MenuArrowRepairer.isShaft(a.scalars[count - 1]), a.scalars[count - 2] == " ",
              CharacterClass.isLetter(a.scalars[count - 3]), b.opensLowercase,
              isSpeck(between: Self.lastWord(of: a.scalars[..<(count - 2)]), and: Self.firstWord(of: b.scalars[...]))
        else { return 0 }
        return 2
    }

    /// How many scalars to drop from the start of line `b` (its `- `), when that dash
    /// is a speck inside the sentence line `a` leaves unfinished; 0 otherwise.
    func leadingSpeck(_ b: LineShape, after a: LineShape) -> Int {
        let scalars = b.scalars
        guard !documentWritesDashes, scalars.count >= 3, MenuArrowRepairer.isShaft(scalars[0]), scalars[1] == " ",
              CharacterClass.isLowercase(scalars[2]), let last = a.scalars.last, CharacterClass.isLetter(last),
              isSpeck(between: Self.lastWord(of: a.scalars[...]), and: Self.firstWord(of: scalars[2...]))
        else { return 0 }
        return 2
    }

    /// Whether grammar rules out a writer's dash between `left` and `right` (see the type's notes).
    func isSpeck(between left: String, and right: String) -> Bool {
        guard let lexicon, !left.isEmpty, !right.isEmpty else { return false }
        let leftTags = lexicon.tags(of: left.lowercased()), rightTags = lexicon.tags(of: right)
        guard !leftTags.isEmpty, !rightTags.isEmpty else { return false }
        let clauseOpener: PartsOfSpeech = [.propersuj, .prodem, .proind, .prorel, .cjsub]
        guard rightTags.isDisjoint(with: clauseOpener) else { return false }
        if !rightTags.isDisjoint(with: PartsOfSpeech.determiners) {
            let needsComplement = PartsOfSpeech.finite.union([.infi, .ppre, .prep, .cjco]).union(PartsOfSpeech.determiners)
            return !leftTags.isDisjoint(with: needsComplement) && leftTags.isDisjoint(with: [.nom, .npr])
        }
        return true
    }

    /// The letters ending `scalars` (the word before a dash).
    static func lastWord(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: scalars.reversed().prefix { CharacterClass.isLetter($0) }.reversed())
    }

    /// The letters opening `scalars`; an elided head stands for its word (`l’importance`: `l`).
    static func firstWord(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: scalars.prefix { CharacterClass.isLetter($0) })
    }
}
