/// The weighted OCR confusion model: every character substitution the word
/// repairer may undo, with its cost, in ONE table.
///
/// A substitution reads "the scan shows `observed`, the page had `intended`".
/// Costs are in [0.2, 1.0]: lower means the OCR failure is more common, so a
/// candidate reached through cheap substitutions is more plausible. Patterns
/// are lower case: words are searched in lower case and their casing pattern
/// restored afterwards, so `É` is covered by `é`. Digits appear only as
/// letter look-alikes inside letter words; pure numbers are never searched.
/// Beyond the table, any one letter lost, added or misread is the generic
/// failure, dearer than all of these (`OneLetterEdits`, which prices the
/// substitutions listed here at their cost).
public struct OCRConfusionModel: Sendable {
    /// What kind of OCR failure a substitution models; decides the edit's rule
    /// name and which substitutions are allowed for capitalised words.
    public enum Kind: String, Sendable, Comparable, CaseIterable {
        /// A diacritic lost (e → é): the most common failure on French scans.
        case accentLoss
        /// A diacritic read as another one (é → è, é → ê).
        case wrongAccent
        /// A diacritic invented on a plain letter (é → e), typical of the French tesseract model on noise.
        case inventedAccent
        /// `ô` read as a digit or another letter (6, d, é).
        case circumflexO
        /// `œ` read as two letters (cc, ce, oe).
        case oeLigature
        /// Other letter-shape confusions (rn ↔ m, cl ↔ d, li ↔ h, 1 → l, iz → e).
        case shape
        /// An `h` whose ascender faded into an `n`: only tried where the
        /// scanned word is impossible (a consonant after an elided article).
        case faintAscender
        /// An accented letter (or a plain one) read as a symbol or a digit by a
        /// model that has no French glyphs — tesseract's English model reads
        /// `ê` as `@` or `€`, `é` as `6`, `œ` as `@`: `@tre`, `n@uds`, `6té`.
        case accentGlyph

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Whether the substitution only changes diacritics, the only kind
        /// trusted on capitalised words (likely proper nouns) and all-caps words.
        public var isAccentOnly: Bool { self == .accentLoss || self == .wrongAccent }
    }

    /// One entry of the table.
    public struct Substitution: Sendable {
        /// What the scan shows (lower case).
        public let observed: [Unicode.Scalar]
        /// What the page had.
        public let intended: [Unicode.Scalar]
        /// How implausible the failure is (lower = more common).
        public let cost: Double
        public let kind: Kind
        /// Whether the failure may be undone at a word's first letter. False
        /// where the observed letters also open many real words (`in` → `m`:
        /// the prefix in- is far commoner than a broken initial m).
        public let atWordStart: Bool
        /// The shortest word (in scalars) the failure is undone in. A vowel read
        /// as another vowel turns short names into short words (`nano` → `nono`,
        /// `groff` → `graff`); in long words the lexicon has far fewer neighbours.
        public let minimumWordLength: Int

        init(_ observed: String, _ intended: String, _ cost: Double, _ kind: Kind, atWordStart: Bool = true,
             minimumWordLength: Int = 0) {
            self.observed = Array(observed.unicodeScalars)
            self.intended = Array(intended.unicodeScalars)
            self.cost = cost
            self.kind = kind
            self.atWordStart = atWordStart
            self.minimumWordLength = minimumWordLength
        }
    }

    /// Capital-like shapes a scan makes of an elided `l’` read as ONE glyph
    /// (lower-cased): the l and the apostrophe merge into a T, U, Y, F, V, P
    /// or H (`Youtil`, `Uimage`, `Taction`, `Vinterpréteur`, `Pinstallation`, `Himage`).
    public static let elidedLReadings: Set<Unicode.Scalar> = ["t", "u", "y", "f", "v", "p", "h"]

    /// The small letter a scan makes of an `l` at a word's start, its stem given a
    /// curl: of the determiner (`fa connexion`) and of an elided `l’`, the
    /// apostrophe merged into the curl (`foption`, `fimage`).
    public static let smallReadingsOfL: Set<Unicode.Scalar> = ["f"]

    /// Thin letters a scan makes of an elision's apostrophe, glued between
    /// the head and its word (`diallouer`, `drentre`, `slassure`, `Ltimage`).
    public static let apostropheReadings: Set<Unicode.Scalar> = ["i", "r", "l", "t"]

    /// Capitals a scan makes of a lower-case `l` at a word's start: `I` in
    /// most fonts, `J` when the model knows no French (`Je noyau`, `Ja taille`, `J] n’est`).
    public static let capitalReadingsOfL: Set<Unicode.Scalar> = ["I", "J"]

    /// Small letters a scan makes of the capital `I` (a stem that lost its serifs reads `l`, one
    /// under a speck `i`) or `L` (its foot lost): `lci`, `ll`, `iI`, `l’option` for `Ici`, `Il`,
    /// `L’option` — a sentence's capital a scan read small.
    public static let smallReadingsOfCapitalIL: Set<Unicode.Scalar> = ["l", "i"]

    /// Strokes a scan makes of the `l` after such a capital, where the pair
    /// is the pronoun `Il`: a bracket, an exclamation mark or a bar (`J] n’est`,
    /// `I! peut`, `I| disparaît`).
    public static let strokeReadingsOfL: Set<Unicode.Scalar> = ["]", "!", "|"]

    /// Two-character readings of the pronoun `Il`/`il` a scan makes: capitals,
    /// ones, `l`, `T` or `t` for `I` (`IL est`, `11 est`, `ll est`, `II`, `I1`, `1l`, `lI`, `Tl suffit`,
    /// `tl se tiendra`: the capital's foot read as the crossbar of a small t).
    public static let pronounIlReadings: Set<String> = ["IL", "11", "ll", "II", "I1", "1l", "lI", "Tl", "tl"]

    /// Digits a scan makes of `à`: the accent joined to the letter's stroke reads
    /// as the 4's diagonal (`tout 4 droite`), more rarely the bowl and accent as a
    /// 2, 3 or 8 (`peu 2 peu`, `correspond 8 la transition`). Whether a number
    /// could stand there is `ARuleDecider`'s question.
    public static let digitReadingsOfGraveA: Set<String> = ["4", "2", "3", "8"]

    /// Letters a scan makes of `à` by misreading its accent (`jusqu’é maintenant`,
    /// `gravées é l’ancienne`): alone, neither is a French word, so the grammar
    /// that restores a lost grave decides whether it stood for à.
    public static let letterReadingsOfGraveA: Set<String> = ["é", "è"]

    /// What a scan reads the Roman numeral `II` as, the same confusion the other way
    /// round: the pronoun `Il`, its capitals, two small l (letters only: `11` is a number).
    public static let romanTwoReadings: Set<String> = ["Il", "IL", "ll", "lI"]

    /// Strokes a scan makes of a capital `I` (the `I` of `Il`): a bar, a one,
    /// a bracket, an exclamation mark (`|| possède`, `1] peut`, `]| n’est`,
    /// `1! suppose`, `!l faut`).
    public static let strokeReadingsOfCapitalI: Set<Unicode.Scalar> = ["|", "1", "]", "!"]

    /// Thin letters a speck, a stain or a stroke broken off another letter is read as,
    /// inside a word (`travatillez`, `utilisaterur`): the only letters a scan adds.
    public static let lettersSpecksMake: Set<Unicode.Scalar> = ["i", "l", "t", "r", "f", "j", "ı"]

    /// Letters with a tall stroke above or below the line and no thin shape: the
    /// most legible on a page, which a scan does not lose whole while reading
    /// their neighbours (`mensurale` is no `mensurable`: `OneLetterEdits.scanLoses`).
    public static let tallLetters: Set<Unicode.Scalar> = ["b", "d", "h", "k", "g", "p", "q", "y"]

    /// Letters made of vertical strokes joined by arches (minims): a scan miscounts the
    /// strokes of one beside another and reads a letter too many (`imnportance`).
    public static let minimLetters: Set<Unicode.Scalar> = ["m", "n", "u"]

    /// Capitals whose shape is their small letter's, larger: a scan confuses
    /// the two by size alone (`vous devriez Vous`, `la Sortie`, `Ce`/`ce`).
    public static let capitalsShapedLikeSmall: Set<Unicode.Scalar> = ["C", "K", "O", "P", "S", "U", "V", "W", "X", "Z"]

    /// Capitals a small letter becomes when a thin stroke breaks: an `i` that
    /// lost its dot is a stem, read `I` (`le système Installé`, `car Il
    /// existe`). Not `J`: a `J` inside a sentence is far more often an `l`
    /// whose foot curled (`Je noyau`: `misreadDeterminerL`) than a dotless `j`.
    public static let capitalsOfDotlessSmall: Set<Unicode.Scalar> = ["I"]

    /// The capitals a scan makes of small letters: `capitalsShapedLikeSmall`
    /// and `capitalsOfDotlessSmall`.
    public static let capitalsAScanMakes = capitalsShapedLikeSmall.union(capitalsOfDotlessSmall)

    /// The table for `language`, indexed by the first observed scalar.
    public let substitutions: [Substitution]
    let byFirstScalar: [Unicode.Scalar: [Substitution]]

    public init(language: CleanLanguage) {
        var table: [Substitution] = [
            // Accent loss: the scanner drops the diacritic (matiere, progres, Etats, facon).
            .init("e", "é", 0.30, .accentLoss),
            .init("e", "è", 0.35, .accentLoss),
            .init("e", "ê", 0.45, .accentLoss),
            .init("e", "ë", 0.80, .accentLoss),
            .init("a", "à", 0.35, .accentLoss),
            .init("a", "â", 0.50, .accentLoss),
            .init("i", "î", 0.40, .accentLoss),   // connaitre → connaître
            .init("i", "ï", 0.60, .accentLoss),
            .init("o", "ô", 0.40, .accentLoss),   // proner → prôner, role → rôle
            .init("u", "û", 0.50, .accentLoss),
            .init("u", "ù", 0.60, .accentLoss),
            .init("c", "ç", 0.40, .accentLoss),   // facon → façon
            .init("cg", "ç", 0.45, .accentLoss),  // the cedilla read as a g: facgon
            .init("g", "ç", 0.60, .accentLoss),   // c and cedilla merged into a g: congue
            // Wrong accent: the accent is there but read as its neighbour shape.
            .init("é", "è", 0.30, .wrongAccent),  // premiére → première, 45éme
            .init("é", "ê", 0.35, .wrongAccent),  // intérét → intérêt, étre → être
            .init("è", "é", 0.40, .wrongAccent),
            .init("ê", "é", 0.45, .wrongAccent),
            .init("è", "ê", 0.50, .wrongAccent),
            .init("ê", "è", 0.50, .wrongAccent),
            .init("à", "â", 0.50, .wrongAccent),
            .init("â", "ê", 0.50, .wrongAccent),  // the circumflex right, the letter under it misread: âtre for être
            .init("î", "ï", 0.60, .wrongAccent),
            .init("ï", "î", 0.60, .wrongAccent),
            .init("ù", "û", 0.60, .wrongAccent),
            .init("w", "ù", 0.60, .wrongAccent),  // the grave merged into the u: ow → où
            .init("oi", "où", 0.60, .wrongAccent), // the grave read as the dot of an i (ù occurs in où alone)
            .init("oti", "où", 0.65, .wrongAccent), // the u's first stem read as a t, its grave as the dot of an i: oti
            .init("ol", "où", 0.65, .wrongAccent),  // the u and its grave run into one tall stroke: ol, oll
            .init("oll", "où", 0.70, .wrongAccent),
            .init("ot", "où", 0.65, .wrongAccent),  // the grave read as the crossbar of a t over the u's last stem
            .init("ott", "où", 0.70, .wrongAccent), // both stems of the u read as t's
            .init("od", "où", 0.65, .wrongAccent),  // the u's last stem and its grave read as the ascender of a d
            .init("ob", "où", 0.70, .wrongAccent),  // the same, the bowl on the other side: ob
            .init("o0", "où", 0.70, .wrongAccent),  // the u and its grave read as a zero after the o
            // One accented letter read twice, once with and once without its accent.
            .init("eé", "é", 0.45, .wrongAccent), // compresseées, deéfaut
            .init("eé", "è", 0.50, .wrongAccent), // modeéle, parameétres
            .init("ée", "é", 0.50, .wrongAccent), // repréesentation
            .init("ée", "è", 0.55, .wrongAccent), // paraméetre
            .init("eè", "è", 0.50, .wrongAccent),
            .init("eê", "ê", 0.50, .wrongAccent),
            .init("eé", "ê", 0.60, .wrongAccent), // empeécher
            // Invented accent: a speck above a plain letter (ét → et, üne → une),
            // also an accent on the wrong letter of a pair (déployeés = é↔e).
            .init("é", "e", 0.45, .inventedAccent),
            .init("è", "e", 0.50, .inventedAccent),
            .init("ê", "e", 0.55, .inventedAccent),
            .init("ë", "e", 0.55, .inventedAccent),
            .init("à", "a", 0.50, .inventedAccent),
            .init("â", "a", 0.60, .inventedAccent),
            .init("ä", "a", 0.45, .inventedAccent),  // säge, pär
            .init("ÿ", "y", 0.45, .inventedAccent),  // il ÿ a
            .init("ü", "u", 0.50, .inventedAccent),
            .init("û", "u", 0.60, .inventedAccent),
            .init("ù", "u", 0.60, .inventedAccent),
            .init("î", "i", 0.55, .inventedAccent),
            .init("ï", "i", 0.55, .inventedAccent),
            .init("ô", "o", 0.55, .inventedAccent),
            .init("ö", "o", 0.55, .inventedAccent),
            .init("ñ", "n", 0.50, .inventedAccent),  // mañière, pañueau: a speck over the n read as a tilde
            // ô: the circumflex merges with the bowl into a 6, a d, or an é.
            .init("6", "ô", 0.30, .circumflexO),  // r6le, cl6ture
            .init("d", "ô", 0.65, .circumflexO),  // rdle
            .init("é", "ô", 0.55, .circumflexO),  // réle
            .init("dé", "ô", 0.60, .circumflexO), // contrdéle: the bowl read as d, the circumflex as an accent
            .init("ó", "ô", 0.40, .circumflexO),
            .init("ò", "ô", 0.40, .circumflexO),
            // Accented letters read as symbols or digits (a model without French
            // glyphs picks the nearest shape it knows): @tre, n@uds, €tre, ¢tre, 6té.
            .init("@", "ê", 0.35, .accentGlyph),
            .init("@", "é", 0.40, .accentGlyph),
            .init("@", "e", 0.45, .accentGlyph),
            .init("@", "œ", 0.45, .accentGlyph),
            .init("@", "a", 0.50, .accentGlyph),
            .init("@", "è", 0.40, .accentGlyph),  // particuli@rement
            .init("€", "ê", 0.35, .accentGlyph),
            .init("€", "é", 0.40, .accentGlyph),
            .init("€", "e", 0.45, .accentGlyph),
            .init("€", "è", 0.40, .accentGlyph),  // 45€me: the grave accent and the bowl merged like the acute's
            .init("€", "c", 0.50, .accentGlyph),
            .init("¢", "ê", 0.40, .accentGlyph),
            .init("¢", "é", 0.45, .accentGlyph),
            .init("¢", "c", 0.45, .accentGlyph),
            .init("&", "â", 0.50, .accentGlyph),  // gr&ce
            .init("&", "è", 0.45, .accentGlyph),  // biblioth&que: the grave accent's stroke through the bowl, as for 8 and #
            .init("a", "è", 0.90, .accentGlyph),  // tras, problame: the grave accent joined to the bowl reads as an a (dear: a is common, and every other reading comes first)
            .init("$", "s", 0.40, .accentGlyph),  // sen$ibles: an s with a speck across it
            .init("6", "é", 0.30, .accentGlyph),  // 6té, utilis6 (é is far commoner than ô, read as 6 too: r6le)
            .init("6", "ê", 0.35, .accentGlyph),  // 6tre, m6me: the circumflex over the bowl, as for ô
            .init("8", "è", 0.35, .accentGlyph),  // syst8me: the grave accent closed over the bowl into a second loop
            .init("®", "è", 0.40, .accentGlyph),  // syst®me: the accent and the bowl read as a circled letter
            .init("#", "è", 0.40, .accentGlyph),  // syst#me: the accent's stroke crossing the bowl's bar
            .init("#", "e", 0.45, .accentGlyph),  // acc#ssible
            .init("f", "î", 0.45, .accentGlyph),  // connaftre, parafit: the circumflex joined to the stem
            .init("d", "û", 0.65, .accentGlyph, atWordStart: false),  // sdrs, sdre: the circumflex joined to the u's right stem, as ô's makes a d (rdle); no word opens with û
            // œ: the ligature is split or misread.
            .init("cc", "œ", 0.40, .oeLigature),  // cceur → cœur
            .init("ce", "œ", 0.60, .oeLigature),
            .init("oe", "œ", 0.35, .oeLigature),  // oeuvre → œuvre
            .init("ae", "æ", 0.60, .oeLigature),
            // A model without the ligature reads it as a pair it resembles.
            .init("ae", "œ", 0.50, .oeLigature),  // naeuds
            .init("ee", "œ", 0.55, .oeLigature),  // neeuds
            .init("eu", "œu", 0.60, .oeLigature), // neuds: the o of the ligature lost (œ is always before u but in œil)
            // The ff ligature, one glyph in many fonts, read as the pair of thin letters it resembles.
            .init("tf", "ff", 0.55, .shape),      // ditférent
            .init("ft", "ff", 0.60, .shape),
            .init("fl", "ff", 0.55, .shape),      // eflacer
            .init("lf", "ff", 0.60, .shape),
            .init("ll", "ff", 0.60, .shape),      // allichage
            .init("tl", "ff", 0.60, .shape),      // l'atlichage
            // Letter shapes that touch or break on poor scans.
            .init("rn", "m", 0.50, .shape),
            .init("m", "rn", 0.65, .shape),
            .init("cl", "d", 0.50, .shape),
            .init("d", "cl", 0.65, .shape),
            .init("ii", "u", 0.55, .shape),      // the bowl of a u broken open: oiivertes
            .init("in", "m", 0.55, .shape, atWordStart: false),  // the first arch of an m detached: perinet, noinmer
            .init("m", "in", 0.65, .shape),      // i and n run together: pomt
            .init("ri", "n", 0.60, .shape, atWordStart: false),  // an n's arch broken from its second stem: fonctioriner, réporise
            .init("li", "h", 0.50, .shape),
            .init("h", "li", 0.70, .shape),
            .init("n", "h", 0.75, .faintAscender), // I’nomme → l’homme
            .init("iz", "e", 0.55, .shape),      // groupiz → groupe
            .init("c", "e", 0.70, .shape),       // e with a broken bar
            .init("1", "l", 0.35, .shape),       // digit one for ell inside a word
            .init("1", "i", 0.50, .shape),
            .init("i", "l", 0.55, .shape),       // capital I for l, lower-cased before the search
            .init("l", "i", 0.70, .shape),
            .init("0", "o", 0.45, .shape),       // zero for o inside a letter word (never in numbers)
            .init("5", "s", 0.70, .shape),
            .init("vv", "w", 0.60, .shape),
            .init("u", "n", 0.80, .shape),
            .init("n", "u", 0.80, .shape),
            // Degraded photocopies: thin or broken strokes turn one letter into
            // a neighbour of the same height (crossbar lost or added, bowl
            // opened or closed, tail cut). Dearer than the classic pairs above,
            // so they only win when nothing cheaper makes a word.
            .init("t", "f", 0.80, .shape),       // ditférence
            .init("f", "t", 0.85, .shape),       // fronque
            .init("t", "l", 0.80, .shape),       // ptus
            .init("l", "t", 0.85, .shape),       // cerlaines
            .init("a", "o", 0.80, .shape, minimumWordLength: 6),       // taujours, cantenu
            .init("o", "a", 0.85, .shape, minimumWordLength: 6),
            .init("a", "u", 0.85, .shape, minimumWordLength: 6),       // atilisation
            .init("e", "c", 0.80, .shape),       // seripts, rechereher
            .init("v", "y", 0.80, .shape),       // svstème, appuv
            .init("y", "u", 0.80, .shape),       // joyrnaux: a u whose right stem ran down into a tail
            .init("y", "v", 0.80, .shape),       // yous: a v with a speck below its point
            .init("h", "n", 0.80, .shape),       // dyhamiques, hoter: an n whose first stem rose into an ascender
            .init("r", "t", 0.85, .shape),       // er le motif (the crossbar and stem of t broken into an r)
            .init("t", "r", 0.85, .shape),       // courtiels, recherchet: a speck on an r's stem read as a crossbar
            .init("q", "g", 0.75, .shape),       // qauche
            .init("g", "q", 0.85, .shape),
            .init("m", "n", 0.75, .shape),       // combimera, concermant: a speck read as a third arch
            // Not at a word's start, where e opens many short words (er: et, not or).
            .init("e", "o", 0.85, .shape, atWordStart: false),  // cerriger, medifier: a bowl with a speck across it
            .init("i", "t", 0.85, .shape),       // cenire: the crossbar of t lost
            .init("ti", "n", 0.85, .shape),      // totis, tious: an n broken into a stem and a hook
            .init("ti", "u", 0.80, .shape),      // ati, cotileur: a u broken into a t and an i
            .init("i", "u", 0.85, .shape),       // pei, previ: a u whose right stem faded to a dot
            .init("c", "r", 0.85, .shape),       // cacine: an r whose stem and arm ran into a bowl
            .init("ni", "m", 0.65, .shape, atWordStart: false),  // the last arch of an m detached: sonibres, gamnie
            .init("tn", "m", 0.75, .shape),      // fortne: the first arch of an m read as a t
            .init("h", "l", 0.85, .shape),       // Utihisez: a speck beside an l's stem read as an arch
            .init("f", "r", 0.85, .shape),       // soufis: an r whose arm ran down into a stem
            .init("j", "l", 0.75, .shape),       // jes, Jesquelles: an l whose foot curled into a hook, with a speck for a dot
        ]
        if language == .english {
            // English has no diacritics of its own: an accent is invented, and
            // accent loss is not an error, so drop the accent-adding entries.
            table.removeAll { $0.kind == .accentLoss || $0.kind == .wrongAccent || $0.kind == .circumflexO || $0.kind == .accentGlyph }
        }
        substitutions = table + Self.shapesWithAccentLost(in: table)
        byFirstScalar = Dictionary(grouping: substitutions) { $0.observed[0] }
    }

    /// A broken letter that also lost its accent (`distribuces`: an `é` whose
    /// bar broke, read `c`): each shape entry whose page letter takes an
    /// accent the scan drops, composed with that accent loss, at the sum of
    /// the two costs. The search never re-edits what a substitution produced,
    /// so without the composed entry the two failures could not meet on one letter.
    static func shapesWithAccentLost(in table: [Substitution]) -> [Substitution] {
        let losses = table.filter { $0.kind == .accentLoss && $0.observed.count == 1 && $0.intended.count == 1 }
        var composed: [Substitution] = []
        for shape in table where shape.kind == .shape && shape.intended.count == 1 {
            for loss in losses where loss.observed == shape.intended {
                composed.append(Substitution(String(String.UnicodeScalarView(shape.observed)), String(loss.intended[0]),
                                             shape.cost + loss.cost, .shape, atWordStart: shape.atWordStart,
                                             minimumWordLength: shape.minimumWordLength))
            }
        }
        return composed
    }
}
