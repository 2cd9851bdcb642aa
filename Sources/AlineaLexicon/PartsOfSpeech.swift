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
    /// The interrogative or exclamative determiner (`po:detex`: `quel`, `quels`),
    /// which opens an indirect question whose verb comes after its noun
    /// (`dire au système quels paquets vous avez compilés`).
    public static let detex = Self(rawValue: 1 << 40)
    /// The interrogative adverb (`po:advint`: `pourquoi`, `comment`, `combien`, `où`), which
    /// opens a question or an aside (`jusqu’à, pourquoi pas, utiliser`) as other adverbs do.
    public static let advint = Self(rawValue: 1 << 41)

    /// Pronouns other than object pronouns (`prodem`, `prorel`, `propersuj`…).
    public static let nonObjectPronouns: Self = [.prodem, .proind, .prorel, .proint, .propersuj, .proneg, .proadv]

    /// Finite verb forms: indicative, conditional, subjunctive, imperative.
    public static let finite: Self = [.ipre, .ipsi, .ifut, .iimp, .cond, .spre, .simp, .impe]

    /// Every kind of determiner: article, demonstrative, possessive, indefinite
    /// (`le`, `ce`, `son`, `chaque`) — what opens a noun phrase.
    public static let determiners: Self = [.det, .detdem, .detpos, .detind]

    /// Whether these are the tags of a word no phrase ends on: a determiner, a
    /// preposition or a coordinating conjunction (clitic readings aside: `le`,
    /// `les`), with no reading as a verb, adjective, adverb, name, pronoun
    /// that stands alone (`plusieurs`, `certains`) or locution. A full stop,
    /// colon or comma right after such a word is a speck. `allowingNoun`
    /// lets a noun reading pass (the note `la`), where what follows shows the
    /// phrase goes on (`la.Partition`).
    public func isFunctionWordOnly(allowingNoun: Bool) -> Bool {
        let standsAlone: Self = Self.finite.union([.adj, .adv, .npr, .infi, .ppas, .ppre, .locution]).union(Self.nonObjectPronouns)
        return !isDisjoint(with: Self.determiners.union([.prep, .cjco]))
            && isDisjoint(with: allowingNoun ? standsAlone : standsAlone.union(.nom))
    }

    /// Whether these are the tags of an adverb that is nothing else (`très`, `ainsi`,
    /// `également`): no noun, adjective, preposition, determiner, conjunction, verb form
    /// or negation reading (`bien`, `point`, `pas` are more). Such a word only qualifies
    /// what follows it, so no mark or hyphen joins or parts it from that.
    public var isAdverbOnly: Bool {
        contains(.adv) && isDisjoint(with: Self.finite.union([.nom, .adj, .prep, .det, .infi, .ppas, .cjco, .cjsub, .negadv]))
    }

    private static let named: [String: Self] = [
        "nom": .nom, "adj": .adj, "npr": .npr, "adv": .adv, "mg": .mg, "prep": .prep, "det": .det,
        // The negative determiners (`aucun`, `nul`) are indefinite ones to grammar: same slot, same agreement.
        "detdem": .detdem, "detpos": .detpos, "detind": .detind, "detneg": .detind, "cjco": .cjco, "cjsub": .cjsub,
        "prodem": .prodem, "proind": .proind, "prorel": .prorel, "proint": .proint, "properobj": .properobj,
        "propersuj": .propersuj, "preverb": .preverb, "negadv": .negadv, "infi": .infi, "ppas": .ppas,
        "ppre": .ppre, "ipre": .ipre, "ipsi": .ipsi, "ifut": .ifut, "iimp": .iimp, "cond": .cond,
        "spre": .spre, "simp": .simp, "impe": .impe, "nb": .nb, "proneg": .proneg, "proadv": .proadv,
        "3sg": .thirdSingular, "prn": .prn, "detex": .detex, "advint": .advint,
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

    /// The tags of one analysis (`st:manger po:v1_it_x__a po:ipre po:3sg`):
    /// the bits of its `po:` fields, the fields being what `split(separator: " ")`
    /// makes of it.
    ///
    /// Grammar rules ask the tags of every word and of many candidate
    /// repairs: splitting an analysis into `Character`s (grapheme breaking)
    /// cost more than the lookup that found it. The fields are cut at space
    /// bytes instead wherever that is the same cut (see `plainAnalysisTags`),
    /// else as characters.
    public init(analysis: String) {
        if let plain = analysis.utf8.withContiguousStorageIfAvailable(Self.plainAnalysisTags), let plain {
            self = plain
            return
        }
        var found: Self = []
        for field in analysis.split(separator: " ") where field.hasPrefix("po:") { found.formUnion(Self(tag: field.dropFirst(3))) }
        self = found
    }

    /// The `po:` bits of an analysis read as bytes, or nil where bytes and
    /// characters could disagree. Bytes agree with grapheme clusters here
    /// when no scalar from U+0600 on is present (no prepended mark, joiner,
    /// spacing mark, Hangul or emoji sequence: the lead bytes from 0xD8 on),
    /// no carriage return (CR LF is one character), no combining mark (from
    /// U+0300, lead bytes 0xCC to 0xD7) follows a space or a `po:`, and every
    /// tag value is ASCII (so its length in bytes is its length in characters,
    /// and it equals a name only byte for byte). French analyses qualify.
    private static func plainAnalysisTags(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        let count = bytes.count
        for index in 0..<count {
            let byte = bytes[index]
            if byte >= 0xD8 || byte == 0x0D { return nil }
            if byte == 0x20, index + 1 < count, bytes[index + 1] >= 0xCC { return nil }
        }
        var found: Self = []
        var index = 0
        while index < count {
            while index < count, bytes[index] == 0x20 { index += 1 }
            let start = index
            while index < count, bytes[index] != 0x20 { index += 1 }
            guard index - start >= 3, bytes[start] == 0x70, bytes[start + 1] == 0x6F, bytes[start + 2] == 0x3A else { continue }
            let value = UnsafeBufferPointer(rebasing: bytes[(start + 3)..<index])
            if value.contains(where: { $0 >= 0x80 }) { return nil }
            found.formUnion(Self(tag: String(decoding: value, as: UTF8.self)))
        }
        return found
    }
}
