import AlineaAlign
import AlineaText

/// Loads the glossary a translator passes with `--glossary`, whatever its
/// format: a TBX term base (recognised by its content, not its name) or a
/// `french<TAB>english` TSV list. One entry point so every command reads
/// glossaries the same way.
public enum GlossaryFile {
    /// The glossary at `path` as a dictionary the aligner can merge.
    /// - Throws: `BilingualDictionaryError` describing what to fix.
    public static func load(_ path: String) throws -> BilingualDictionary {
        let bytes: [UInt8]
        do { bytes = try FileAccess.read(path) } catch {
            throw BilingualDictionaryError.unreadableGlossary(path: path, reason: "\(error)")
        }
        if TBXGlossary.recognises(bytes) {
            return BilingualDictionary(pairs: try TBXGlossary.pairs(in: bytes, path: path))
        }
        return try BilingualDictionary.glossary(tsvPath: path)
    }
}
