import ArgumentParser
import HoneKit

/// Errors that end a command: a one-line message on stderr and the exit code DESIGN.md gives
/// (65 bad input data, 66 missing file, 73 cannot create, 74 I/O error, 64 usage).
struct Failure: Error {
    var message: String
    var code: Int32

    static func usage(_ message: String) -> Failure { Failure(message: message, code: 64) }

    init(message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    init(_ error: DeckError) {
        switch error {
        case .syntax, .invalid: self.init(message: error.description, code: 65)
        case .unreadable: self.init(message: error.description, code: 66)
        case .unknownDeck: self.init(message: error.description, code: 65)
        }
    }

    init(_ error: ProgressError) {
        switch error {
        case .badJournalLine, .badSettings, .journalChanged: self.init(message: error.description, code: 65)
        case .file(let file): self.init(file)
        }
    }

    /// Any error from the engine, by its type.
    init(_ error: any Error) {
        switch error {
        case let error as Failure: self = error
        case let error as FileError: self.init(error)
        case let error as ProgressError: self.init(error)
        case let error as DeckError: self.init(error)
        default: self.init(message: "\(error)", code: 74)
        }
    }

    init(_ error: FileError) {
        switch error.kind {
        case .notFound: self.init(message: error.description, code: 66)
        case .cannotCreate: self.init(message: error.description, code: 73)
        case .io: self.init(message: error.description, code: 74)
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into its message on stderr and its exit code.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            Console.error("hone: \(failure.message)")
            throw ExitCode(failure.code)
        }
    }
}
