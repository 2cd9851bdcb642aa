/// The `po:` tags of a word's Hunspell analyses (Dicollecte's French
/// vocabulary: `nom`, `adj`, `ipre`, `prep`…), as a bit set.
///
/// Grammar rules ask "is this word a determiner and never a noun?" on every
/// word of a document. As a bit set that question is two machine
/// operations; as a `Set<String>` it hashed every tag and built the literal
/// set of the question anew each time — a sixth of the cleaner's run time.
/// Tags outside this vocabulary fold into `.other`, so a word with an
/// unlisted tag is still known to have an analysis (`isEmpty` is false);
/// every verb-class tag (`v1__t___zz`…) sets `.verbClass`, every locution
/// tag (`loc.adv`…) `.locution`.
public struct PartsOfSpeech: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let nom = Self(rawValue: 1 << 0)
    public static let adj = Self(rawValue: 1 << 1)
    public static let npr = Self(rawValue: 1 << 2)
    public static let adv = Self(rawValue: 1 << 3)
    public static let mg = Self(rawValue: 1 << 4)
    public static let prep = Self(rawValue: 1 << 5)
    public static let det = Self(rawValue: 1 << 6)
    public static let detdem = Self(rawValue: 1 << 7)
    public static let detpos = Self(rawValue: 1 << 8)
    public static let detind = Self(rawValue: 1 << 9)
    public static let cjco = Self(rawValue: 1 << 10)
    public static let cjsub = Self(rawValue: 1 << 11)
    public static let prodem = Self(rawValue: 1 << 12)
    public static let proind = Self(rawValue: 1 << 13)
    public static let prorel = Self(rawValue: 1 << 14)
    public static let proint = Self(rawValue: 1 << 15)
    public static let properobj = Self(rawValue: 1 << 16)
    public static let propersuj = Self(rawValue: 1 << 17)
    public static let preverb = Self(rawValue: 1 << 18)
    public static let negadv = Self(rawValue: 1 << 19)
    public static let infi = Self(rawValue: 1 << 20)
    public static let ppas = Self(rawValue: 1 << 21)
    public static let ppre = Self(rawValue: 1 << 22)
    public static let ipre = Self(rawValue: 1 << 23)
    public static let ipsi = Self(rawValue: 1 << 24)
    public static let ifut = Self(rawValue: 1 << 25)
    public static let iimp = Self(rawValue: 1 << 26)
    public static let cond = Self(rawValue: 1 << 27)
    public static let spre = Self(rawValue: 1 << 28)
    public static let simp = Self(rawValue: 1 << 29)
    public static let impe = Self(rawValue: 1 << 30)
    /// Any verb-class tag (`v1__t___zz`, `v3_itnq__a`…).
    public static let verbClass = Self(rawValue: 1 << 31)
    /// Any locution tag (`loc.adv`, `loc.prep`…).
    public static let locution = Self(rawValue: 1 << 32)
    /// A tag this vocabulary does not name.
    public static let other = Self(rawValue: 1 << 33)
    public static let nb = Self(rawValue: 1 << 34)
    public static let proneg = Self(rawValue: 1 << 35)
    public static let proadv = Self(rawValue: 1 << 36)
    /// Third person singular of a verb form (`po:3sg`).
    public static let thirdSingular = Self(rawValue: 1 << 37)
    /// The head of a prepositional locution (`po:loc.prep`: `grâce`, `face`,
    /// `quant`, `lors`), which a preposition follows (`grâce à`, `lors de`).
    /// Also carries `.locution`.
    public static let prepositionalLocution = Self(rawValue: 1 << 38)
    /// A first name (`po:prn`: `Marie`, `Paul`), a proper noun Hunspell tags apart from `npr`.
    public static let prn = Self(rawValue: 1 << 39)

    /// Pronouns other than object pronouns (`prodem`, `prorel`, `propersuj`…).
    public static let nonObjectPronouns: Self = [.prodem, .proind, .prorel, .proint, .propersuj, .proneg, .proadv]

    /// Finite verb forms: indicative, conditional, subjunctive, imperative.
    public static let finite: Self = [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .impe]

    private static let named: [String: Self] = [
        "nom": .nom, "adj": .adj, "npr": .npr, "adv": .adv, "mg": .mg, "prep": .prep, "det": .det,
        "detdem": .detdem, "detpos": .detpos, "detind": .detind, "cjco": .cjco, "cjsub": .cjsub,
        "prodem": .prodem, "proind": .proind, "prorel": .prorel, "proint": .proint, "properobj": .properobj,
        "propersuj": .propersuj, "preverb": .preverb, "negadv": .negadv, "infi": .infi, "ppas": .ppas,
        "ppre": .ppre, "ipre": .ipre, "ipsi": .ipsi, "ifut": .ifut, "iimp": .iimp, "cond": .cond,
        "spre": .spre, "simp": .simp, "impe": .impe, "nb": .nb, "proneg": .proneg, "proadv": .proadv,
        "3sg": .thirdSingular, "prn": .prn,
    ]

    /// The bit of one `po:` value.
    public init(tag: some StringProtocol) {
        if let known = Self.named[String(tag)] { self = known }
        else if tag == "loc.prep" { self = [.locution, .prepositionalLocution] }
        else if tag.hasPrefix("loc") { self = .locution }
        else if tag.hasPrefix("v"), tag.count > 2 { self = .verbClass }
        else { self = .other }
    }

    /// The tags named by `names` (for callers holding `po:` values as text).
    public init(tags names: some Sequence<String>) {
        self = names.reduce(into: []) { $0.formUnion(Self(tag: $1)) }
    }
}
