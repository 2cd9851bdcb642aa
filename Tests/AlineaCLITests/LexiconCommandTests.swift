import Foundation
import Testing

/// `unmunch` (hunspell-tools) and the American dictionary are installed.
private let canBuildEnglishTable = FileManager.default.isExecutableFile(atPath: "/usr/bin/unmunch")
    && FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_US.dic")

/// `alinea lexicon build` and `status` on American English, the smaller
/// dictionary (240 000 forms, a few seconds): the table is written where
/// `--cache-dir` says, and it holds every word of letters though the affix
/// file compounds (ordinals only), so the cleaner need not ask libhunspell
/// whether a French word is English.
@Suite("alinea lexicon", .enabled(if: AlineaProcess.available && canBuildEnglishTable))
struct LexiconCommandTests {
    @Test("build writes a complete English table that status vouches for; a missing table is exit 66")
    func buildAndStatus() throws {
        let folder = try AlineaProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try AlineaProcess.run(["lexicon", "status", "--language", "en_US", "--cache-dir", folder.path])
        #expect(missing.status == 66, "\(missing.stderr)")
        #expect(missing.stdout.isEmpty)

        let build = try AlineaProcess.run(["lexicon", "build", "--language", "en_US", "--cache-dir", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("wrote"))
        let status = try AlineaProcess.run(["lexicon", "status", "--language", "en_US", "--cache-dir", folder.path])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("holds every word of letters the dictionary accepts"), "\(status.stdout)")

        let again = try AlineaProcess.run(["lexicon", "build", "--language", "en_US", "--if-needed", "--cache-dir", folder.path])
        #expect(again.status == 0 && again.stderr.contains("up to date"), "\(again.stderr)")
    }
}
