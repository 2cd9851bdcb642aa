import Foundation

/// Fresh folders under the system's temporary directory for fixtures that
/// several tests share (a form table built once per run, say), which no single
/// test can remove when it ends: each folder is removed when the test process
/// exits, so that a run leaves nothing behind in `/tmp`.
public enum ScratchFolder {
    /// The folders made so far, removed by the exit handler.
    private nonisolated(unsafe) static var made: [String] = []
    private static let lock = NSLock()

    /// A new empty folder whose name starts with `label` (kept readable so that
    /// a folder left by a killed run says which suite made it); removed at exit.
    public static func make(_ label: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        lock.lock()
        defer { lock.unlock() }
        if made.isEmpty { atexit { ScratchFolder.removeAll() } }
        made.append(folder)
        return folder
    }

    /// Removes every folder made; folders a test removed itself are skipped.
    private static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in made { try? FileManager.default.removeItem(atPath: folder) }
        made.removeAll()
    }
}
