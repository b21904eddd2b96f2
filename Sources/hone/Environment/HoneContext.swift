import Foundation
import HoneKit

/// Everything a command needs from its environment: the home folder (with the bundled decks
/// installed on first use), the learner, the time to act at and the seed.
struct HoneContext: Sendable {
    let home: String
    let learner: String
    let fixedNow: Date?
    let seed: UInt64
    let fileSystem: any FileSystem
    let timeZone: TimeZone

    var decksFolder: String { Path.join(home, "Decks") }
    var learnerFolder: String { Path.join(home, "Progress", learner) }
    var library: DeckLibrary { DeckLibrary(folder: decksFolder, fileSystem: fileSystem) }

    /// The time the command acts at: `--now` when given (frozen), else the clock.
    func now() -> Date { fixedNow ?? Date() }

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        fileSystem = POSIXFileSystem()
        timeZone = TimeZone.current
        let cwd = FileManager.default.currentDirectoryPath
        home = Self.absolute(Self.resolveHome(options.home, environment: environment, cwd: cwd, fileSystem: fileSystem), cwd: cwd)

        let learner = options.learner ?? environment["HONE_LEARNER"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        guard Self.isValidLearner(learner) else {
            throw Failure.usage("learner name '\(learner)' is not usable as a folder name (letters, digits, '.', '-', '_'; not starting with '.')")
        }
        self.learner = learner

        if let text = options.now ?? environment["HONE_NOW"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let date = ISO8601.parse(text) else {
                throw Failure.usage("--now '\(text)' is not an ISO 8601 time with a zone, e.g. 2026-11-24T09:00:00Z")
            }
            fixedNow = date
        } else {
            fixedNow = nil
        }

        if let seed = options.seed {
            self.seed = seed
        } else if let text = environment["HONE_SEED"], !text.isEmpty {
            guard let seed = UInt64(text) else { throw Failure.usage("HONE_SEED '\(text)' is not a whole number") }
            self.seed = seed
        } else {
            var generator = SystemRandomNumberGenerator()
            seed = generator.next()
        }
    }

    static func resolveHome(_ option: String?, environment: [String: String], cwd: String, fileSystem: any FileSystem) -> String {
        if let option, !option.isEmpty { return option }
        if let home = environment["HONE_HOME"], !home.isEmpty { return home }
        if fileSystem.isDirectory(Path.join(cwd, "Decks")) { return cwd }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return Path.join(xdg, "hone") }
        return Path.join(environment["HOME"] ?? NSHomeDirectory(), ".local/share/hone")
    }

    static func absolute(_ path: String, cwd: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") { return NSHomeDirectory() + path.dropFirst() }
        return Path.join(cwd, path)
    }

    static func isValidLearner(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name.count <= 64
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// Installs the bundled decks into a home that has no `Decks/` folder yet.
    func ensureDecks() throws {
        guard !fileSystem.isDirectory(decksFolder) else { return }
        do {
            let bundled = try BundledDecks.all()
            try fileSystem.createDirectory(decksFolder)
            for (name, bytes) in bundled {
                try fileSystem.writeAtomically(Path.join(decksFolder, name), bytes)
            }
        } catch let error as FileError {
            throw Failure(error)
        } catch {
            throw Failure(message: "cannot install the bundled decks into \(decksFolder): \(error.localizedDescription)", code: 74)
        }
    }

    /// The named decks (all when none are named).
    func loadDecks(_ names: [String]) throws -> [Deck] {
        try ensureDecks()
        do {
            let decks = try library.load(named: names)
            guard !decks.isEmpty else { throw Failure(message: "\(decksFolder): no decks (add a <name>.json deck file)", code: 66) }
            return decks
        } catch let error as DeckError {
            throw Failure(error)
        }
    }

    func openProgress() throws -> LearnerProgress {
        let progress = try openProgressQuietly()
        for warning in progress.warnings { Console.error("hone: warning: \(warning)") }
        return progress
    }

    private func openProgressQuietly() throws(Failure) -> LearnerProgress {
        do throws(ProgressError) {
            return try LearnerProgress.open(fileSystem: fileSystem, folder: learnerFolder, timeZone: timeZone)
        } catch {
            throw Failure(error)
        }
    }

    /// The decks and the learner's progress, read at the same time: at a heavy learner's scale each
    /// takes tens of milliseconds, and neither needs the other. A deck error comes first, as if the
    /// decks were loaded first (and then the progress's warnings are not shown).
    func loadDecksAndProgress(_ names: [String]) throws -> (decks: [Deck], progress: LearnerProgress) {
        let (decks, progress) = Concurrently.run({ Result { try self.loadDecks(names) } },
                                                 { Result { () throws(Failure) in try self.openProgressQuietly() } })
        let loaded = try decks.get()
        let opened = try progress.get()
        for warning in opened.warnings { Console.error("hone: warning: \(warning)") }
        return (loaded, opened)
    }
}
