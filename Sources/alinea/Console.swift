#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Messages for people go to standard error; standard output carries data only.
enum Console {
    static func message(_ text: String) {
        FileHandle.standardError.write(Data(("alinea: " + text + "\n").utf8))
    }
}
