import AlineaText
import ArgumentParser

/// Maps library errors to one-line messages and sysexits-style statuses, so
/// scripts can tell bad input (65) from a missing file (66) or an output that
/// cannot be written (73).
enum CommandFailure {
    /// Runs `body`, turning any library error into a message on stderr and an exit.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.message("error: \(error)")
            throw ExitCode(status(for: error))
        }
    }

    static func status(for error: Error) -> Int32 {
        switch error {
        case let error as FileAccessError:
            switch error {
            case .notFound, .isDirectory, .unreadable: return 66
            case .unwritable: return 73
            }
        case is TextDecodingError: return 65
        case let error as StatusCarrying: return error.exitStatus
        default: return 70
        }
    }
}

/// Errors from other modules that know which exit status they deserve.
protocol StatusCarrying { var exitStatus: Int32 { get } }
