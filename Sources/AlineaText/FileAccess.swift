#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Why a file could not be read or written, phrased for the person at the terminal.
public enum FileAccessError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    case isDirectory(String)
    case unreadable(String, reason: String)
    case unwritable(String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file"
        case .isDirectory(let path): return "\(path): is a directory, expected a text file"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .unwritable(let path, let reason): return "\(path): cannot be written (\(reason))"
        }
    }
}

/// File I/O at the edge of the pipeline: reading inputs with precise errors
/// and writing outputs atomically (to a temporary file in the same folder,
/// then renamed), so an interrupted run never leaves a half-written file.
public enum FileAccess {
    /// The bytes of the file at `path` (`-` reads standard input).
    public static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileAccessError.notFound(path)
        }
        if isDirectory.boolValue { throw FileAccessError.isDirectory(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileAccessError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        return Array(data)
    }

    /// Writes `bytes` to `path` atomically; `-` writes to standard output.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileAccessError.isDirectory(path)
        }
        guard FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileAccessError.unwritable(path, reason: "folder \(directory) does not exist")
        }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            let reason = access(directory.isEmpty ? "." : directory, W_OK) != 0 ? "permission denied" : "\(error.localizedDescription)"
            throw FileAccessError.unwritable(path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8 (no BOM) atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}
