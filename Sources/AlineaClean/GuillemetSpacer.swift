import AlineaText

/// French typography sets a space inside guillemets (`« texte »`); a scan
/// often loses it — tesseract's English model, which knows no such spacing,
/// glues the marks to their words (`«Turbulence»`), and the narrow space a
/// typesetter puts there is easily lost by the French model too. A scan does
/// not add that space, so a document that shows a guillemet spaced is written
/// the French way, and its glued guillemets lost their space. A document that
/// never spaces one (clean text written otherwise) keeps them as they are.
///
/// Only a guillemet of a pair is spaced — each `«` with the first `»` after it
/// in its paragraph: a lone one is as likely a speck (`Dans» la plupart`).
/// The high marks (`:`, `;`, `?`, `!`) are left alone: a French-model scan
/// reads a final `s` or `r` as a glued colon (`dan: l’espace`, `pou:
/// fonctionner`), and writers glue `;` and `!` where they space `:`.
struct GuillemetSpacer: Sendable {
    /// How many spaced guillemets show the writer spaces them.
    static let minimumEvidence = 1

    /// The `spacing` stage for `text`.
    func space(_ text: String) -> EditStage {
        let scalars = text.scalarArray
        let spacedOpenings = scalars.indices.filter { scalars[$0] == "«" && $0 + 1 < scalars.count && isSpace(scalars[$0 + 1]) }.count
        let spacedClosings = scalars.indices.filter { scalars[$0] == "»" && $0 > 0 && isSpace(scalars[$0 - 1]) }.count
        guard spacedOpenings + spacedClosings >= Self.minimumEvidence else { return EditStage(name: "spacing", edits: []) }
        var protected = [Bool](repeating: false, count: scalars.count)
        for span in ProtectedSpans.find(in: scalars) { for index in span { protected[index] = true } }
        var edits: [Edit] = []
        for index in pairedGuillemets(scalars).sorted() where !protected[index] {
            // Whatever the quotation opens with: a word, a number, an option or a mark it quotes (`« 0 »`,
            // `« -i »`, `« : »`) — not a mark a space parts from the words it would open (`«. Security`: a speck).
            if scalars[index] == "«", index + 1 < scalars.count, !CharacterClass.isWhitespace(scalars[index + 1]), scalars[index + 1] != "»",
               !specksBeforeWords(scalars, after: index) {
                edits.append(Edit(offset: index + 1, before: "", after: " ", rule: "french-spacing", confidence: 0.8))
            } else if scalars[index] == "»", index > 0, !CharacterClass.isWhitespace(scalars[index - 1]), scalars[index - 1] != "«" {
                edits.append(Edit(offset: index, before: "", after: " ", rule: "french-spacing", confidence: 0.8))
            }
        }
        return EditStage(name: "spacing", edits: edits)
    }

    /// The offsets of the guillemets that open and close a quotation within one
    /// paragraph: each `«` with the first `»` after it, no other `«` or blank
    /// line between them.
    private func pairedGuillemets(_ scalars: [Unicode.Scalar]) -> Set<Int> {
        var paired: Set<Int> = []
        var opening: Int?
        for index in scalars.indices {
            switch scalars[index] {
            case "«": opening = index
            case "»":
                if let open = opening { paired.insert(open); paired.insert(index) }
                opening = nil
            case "\n" where index + 1 < scalars.count && scalars[index + 1] == "\n": opening = nil
            default: break
            }
        }
        return paired
    }

    /// Whether the mark right after the `«` at `index` stands apart from the words of the quotation
    /// (a space after it, and more than a closing `»` there): a speck, not the mark quoted.
    private func specksBeforeWords(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        guard index + 3 < scalars.count, !CharacterClass.isLetter(scalars[index + 1]),
              !("0"..."9").contains(scalars[index + 1]), isSpace(scalars[index + 2]) else { return false }
        return scalars[index + 3] != "»"
    }

    /// A space inside a line (not a line break), the narrow and no-break ones included.
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }
}
