/// The bead shapes the dynamic program allows: units taken from the French
/// and English side. 2-2, 1-3 and 3-1 cover splits and merges that cut a
/// clause differently in each language.
struct BeadShape: Equatable {
    let french: Int
    let english: Int

    static let all: [BeadShape] = [
        BeadShape(french: 1, english: 1), BeadShape(french: 1, english: 0), BeadShape(french: 0, english: 1),
        BeadShape(french: 2, english: 1), BeadShape(french: 1, english: 2), BeadShape(french: 2, english: 2),
        BeadShape(french: 3, english: 1), BeadShape(french: 1, english: 3),
    ]
}
