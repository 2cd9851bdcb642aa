/// Month names and date normalisation, so that `9 et 10 mai 2011` and
/// `9 and 10 May 2011` (or `May 9, 2011`) yield the same anchors
/// (`2011-05-09`, `2011-05-10`). This is language data (the twelve months of
/// each language), not tuning.
enum CalendarAnchors {
    /// Folded French month names → month number.
    static let frenchMonths: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]
    /// Capitalised English month names → month number (capital required:
    /// `may`, `march` are ordinary words in lower case).
    static let englishMonths: [String: Int] = [
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
        "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    ]
    /// Words that join several days of one date (`9 et 10 mai`, `9 and 10 May`, `9-10`).
    static let dayJoiners: Set<String> = ["et", "and", "au", "to", "", "-", "&", "or", "ou"]

    /// A token of the date scanner: a number, a month or any other word.
    enum Piece: Equatable {
        case number(Int)
        case month(Int)
        case word(String)
    }

    /// ISO dates (`yyyy-mm-dd`, or `mm-dd` without a year) found in a token
    /// sequence; day lists before the month (`9 et 10 mai 2011`) and the
    /// English `May 9, 2011` order are both understood.
    static func isoDates(in pieces: [Piece]) -> [String] {
        var out: [String] = []
        for (k, piece) in pieces.enumerated() {
            guard case .month(let month) = piece else { continue }
            var days: [Int] = []
            // Days before the month: `9 et 10 mai`, `1er`… (walk back over joiners).
            var b = k - 1
            while b >= 0 {
                if case .number(let d) = pieces[b], (1...31).contains(d) { days.append(d); b -= 1; continue }
                if case .word(let w) = pieces[b], dayJoiners.contains(w), b > 0, case .number = pieces[b - 1], !days.isEmpty { b -= 1; continue }
                if case .word("er") = pieces[b], b > 0, case .number = pieces[b - 1] { b -= 1; continue }
                break
            }
            var next = k + 1
            // English order: `May 9, 2011`, `May 9 and 10, 2011`.
            if days.isEmpty {
                while next < pieces.count {
                    if case .number(let d) = pieces[next], (1...31).contains(d) { days.append(d); next += 1; continue }
                    if case .word(let w) = pieces[next], dayJoiners.contains(w), !days.isEmpty, next + 1 < pieces.count,
                       case .number(let d2) = pieces[next + 1], (1...31).contains(d2) { next += 1; continue }
                    break
                }
            }
            if next < pieces.count, case .word(",") = pieces[next] { next += 1 }
            var year: Int? = nil
            if next < pieces.count, case .number(let y) = pieces[next], (1000...2999).contains(y) { year = y }
            for d in days.sorted() {
                let md = pad(month) + "-" + pad(d)
                out.append(year.map { String($0) + "-" + md } ?? md)
            }
            if days.isEmpty, let year { out.append(String(year) + "-" + pad(month)) }
        }
        return out
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }
}
