import AlineaLexicon
import AlineaText

extension HunspellDictionary {
    /// Whether `word`, in small letters, can only be a singular noun opening with a vowel
    /// (not h: `utilisation`, `option`, `ordre`): a word that needs its article, which
    /// before a vowel is the thin elided `l’` a scan drops whole. A paragraph that opens on
    /// such a word after a finished sentence lost that article (`plus aisée.` ¶ `utilisation
    /// d’un PPA`), not its place in the paragraph before. A form that is also
    /// a verb, an adjective, an adverb or a grammatical word may open a sentence bare.
    func needsElidedArticle(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count >= 3, let first = scalars.first, WordToken.opensElidedWord(first), first != "h",
              scalars.allSatisfy(CharacterClass.isLowercase) else { return false }
        let found = tags(of: word)
        guard found.contains(.nom), found.isDisjoint(with: [.verbClass, .ppre, .ppas, .infi, .adj, .adv, .prep, .mg, .npr]) else { return false }
        return hasSingularNounReading(word)
    }

    /// Whether one of `word`'s analyses is a singular (or invariable) noun: the number an
    /// elided `l’` takes, which a plural noun after a lost article never had.
    func hasSingularNounReading(_ word: String) -> Bool {
        analyze(word).contains { $0.contains(utf8: "po:nom") && ($0.contains(utf8: "is:sg") || $0.contains(utf8: "is:inv")) }
    }
}
