/// Whether beads link blocks (clauses, paragraphs) or sentences. TMX calls
/// these `segtype="paragraph"` and `segtype="sentence"`.
public enum AlignmentLevel: String, Codable, Sendable, CaseIterable {
    case paragraph, sentence
}
