import Foundation

/// What a report needs from the journal, gathered in one pass: every card's state now, and per
/// study day the reviews, the time spent and the true-retention counts. The journal is read with
/// `JournalScanner` (falling back to `ReviewRecord.parse`), reviews are grouped by card with a
/// counting sort, and each card's history is replayed once with the `Scheduler`, which tells the
/// phase and interval a card had before each review.
public struct ReviewHistory: Sendable, Equatable {
    /// Every card in the journal, as replaying it gives (the same states `LearnerProgress` derives).
    public var states = CardStates()
    /// Reviews per study day (of the cards in scope).
    public var reviewsPerDay: [Int: Int] = [:]
    /// True-retention counts per study day (of the cards in scope).
    public var retentionPerDay: [Int: RetentionDay] = [:]
    public var reviewsTotal = 0
    public var durationMS = 0
    public var timedReviews = 0
    /// The journal's last line was cut short (a crash while writing it) and is left out.
    public var tornLastLine = false

    /// The first review of the day of cards in review, split by the interval before it.
    public struct RetentionDay: Sendable, Equatable {
        public var young = Rate()
        public var mature = Rate()
        public var all: Rate { young + mature }

        public init(young: Rate = Rate(), mature: Rate = Rate()) {
            self.young = young
            self.mature = mature
        }
    }

    public init() {}

    /// Reads the journal at `journalPath` (none is an empty history). `includes` says which cards'
    /// reviews count towards the activity and retention figures (every card is replayed regardless).
    public static func read(fileSystem: any FileSystem, journalPath: String, scheduling: SchedulingSettings,
                            includes: (String) -> Bool = { _ in true }) throws(ProgressError) -> ReviewHistory {
        let size: Int
        do { size = try fileSystem.size(journalPath) ?? 0 } catch { throw .file(error) }
        // A piece at a time: the journal can be a hundred megabytes.
        let columns = try ReviewColumns.read(fileSystem: fileSystem, path: journalPath, size: size, parts: defaultParts)
        return history(columns, scheduling: scheduling, includes: includes, parts: defaultParts)
    }

    /// Journal text to history. A bad line is an error with its line number, except a torn last
    /// line, which is left out as `LearnerProgress` leaves it out. The work is shared by `parts`
    /// threads (one per processor, at most four); the result does not depend on how many.
    public static func parse(_ bytes: [UInt8], path: String, scheduling: SchedulingSettings,
                             includes: (String) -> Bool = { _ in true }, parts: Int = defaultParts) throws(ProgressError) -> ReviewHistory {
        let columns = try ReviewColumns.read(bytes, path: path, parts: parts)
        return history(columns, scheduling: scheduling, includes: includes, parts: parts)
    }

    private static func history(_ columns: ReviewColumns, scheduling: SchedulingSettings, includes: (String) -> Bool,
                                parts: Int) -> ReviewHistory {
        var history = columns.replay(scheduling: scheduling, included: columns.cardIDs.ids.map(includes), parts: parts)
        history.tornLastLine = columns.tornLastLine
        return history
    }

    public static let defaultParts = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)
}

