import Foundation

/// `hone doctor`: finds what keeps a learner's files from loading and, when asked, mends the
/// journal by moving bad lines to `reviews.bad.jsonl` (after a backup). It never rewrites a file
/// it could not parse otherwise: settings errors are reported for the learner to fix by hand.
public struct JournalDoctor: Sendable {
    public struct Findings: Sendable, Equatable {
        public var reviews: Int
        public var badLines: [Journal.BadLine]
        public var settingsError: String?
        public var snapshotUnreadable: Bool

        public var isHealthy: Bool { badLines.isEmpty && settingsError == nil && !snapshotUnreadable }
    }

    public let fileSystem: any FileSystem
    public let folder: String

    public init(fileSystem: any FileSystem, learnerFolder: String) {
        self.fileSystem = fileSystem
        folder = learnerFolder
    }

    var journalPath: String { Path.join(folder, "reviews.jsonl") }
    public var badLinesPath: String { Path.join(folder, "reviews.bad.jsonl") }

    public func examine(timeZone: TimeZone) throws(FileError) -> Findings {
        let bytes = try fileSystem.read(journalPath) ?? []
        let diagnosis = Journal(path: journalPath).diagnose(bytes)
        var settingsError: String?
        let settingsPath = Path.join(folder, "settings.json")
        if let settings = try fileSystem.read(settingsPath) {
            do { _ = try LearnerSettings.parse(settings, path: settingsPath, timeZone: timeZone) } catch { settingsError = error.description }
        }
        var snapshotUnreadable = false
        if let snapshot = try fileSystem.read(Path.join(folder, Snapshot.fileName)) {
            snapshotUnreadable = Snapshot.decode(snapshot) == nil
        }
        return Findings(reviews: diagnosis.reviews.count, badLines: diagnosis.bad, settingsError: settingsError,
                        snapshotUnreadable: snapshotUnreadable)
    }

    /// Moves every bad journal line to `reviews.bad.jsonl` (appended, with its line number noted in
    /// the order they appear) and rewrites the journal without them, after backing it up. An
    /// unreadable snapshot is removed (it is a cache and will be rebuilt). Returns the backup path.
    @discardableResult
    public func repair(at now: Date) throws(FileError) -> String? {
        let lock = try fileSystem.lockExclusive(Path.join(folder, "lock"))
        defer { lock.release() }
        let snapshotPath = Path.join(folder, Snapshot.fileName)
        if let snapshot = try fileSystem.read(snapshotPath), Snapshot.decode(snapshot) == nil {
            try fileSystem.remove(snapshotPath)
        }
        guard let bytes = try fileSystem.read(journalPath) else { return nil }
        let diagnosis = Journal(path: journalPath).diagnose(bytes)
        guard !diagnosis.bad.isEmpty else { return nil }
        let backup = try Backups(fileSystem: fileSystem, learnerFolder: folder).save(journalPath, at: now)
        var bad: [UInt8] = []
        for line in diagnosis.bad { bad += line.bytes + [0x0A] }
        try fileSystem.append(badLinesPath, bad)
        // Keep the good lines byte for byte (hand-written ones, unknown fields and all).
        let badNumbers = Set(diagnosis.bad.map(\.line))
        var kept: [UInt8] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !badNumbers.contains(index + 1) && !line.isEmpty {
            kept += line + [0x0A]
        }
        try fileSystem.writeAtomically(journalPath, kept)
        return backup
    }
}
