import AlineaText
import Foundation
import Testing

@Suite("File access at the edges")
final class FileAccessTests {
    /// A fresh folder per test, removed when the test's instance goes.
    let folder: String = {
        let path = NSTemporaryDirectory() + "alinea-fileaccess-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test("a missing file and a directory are distinct, named errors")
    func readErrors() {
        #expect(throws: FileAccessError.notFound("\(folder)/nope.txt")) { try FileAccess.read("\(folder)/nope.txt") }
        #expect(throws: FileAccessError.isDirectory(folder)) { try FileAccess.read(folder) }
    }

    @Test("writing replaces the file whole and reads back")
    func atomicWrite() throws {
        let path = "\(folder)/out.txt"
        try FileAccess.write("première version, plus longue", to: path)
        try FileAccess.write("seconde", to: path)
        #expect(try FileAccess.read(path) == Array("seconde".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "out.txt" }
        #expect(leftovers.isEmpty)
    }

    @Test("an output in a missing folder is refused before anything is written")
    func unwritable() {
        #expect(throws: FileAccessError.self) { try FileAccess.write("x", to: "\(folder)/missing/out.txt") }
    }
}
