import Foundation

/// One learner's progress: settings, every card's state, and the journal they come from.
///
/// Opening it reads `settings.json`, then the snapshot, then the journal after the point the
/// snapshot covers (or the whole journal when the snapshot cannot be used). Recording a review
/// appends one line to the journal and fsyncs it before returning, so a review is on disk before
/// the next question appears; the snapshot is only a cache, saved when a session ends.
public struct LearnerProgress: Sendable {
    public let fileSystem: any FileSystem
    public let folder: String
    public internal(set) var settings: LearnerSettings
    public internal(set) var states: [String: CardState]
    /// Reviews per study day (for streaks and reports).
    public internal(set) var reviewsPerDay: [Int: Int]
    /// Things the learner should know that did not stop the load (a torn last line, a rebuilt snapshot).
    public internal(set) var warnings: [String] = []

    var journalLength: Int
    var lastLineHash: String
    var tornTail: [UInt8]?
    var needsNewline: Bool
    var snapshotIsCurrent: Bool

    public var journalPath: String { Path.join(folder, "reviews.jsonl") }
    public var settingsPath: String { Path.join(folder, "settings.json") }
    public var snapshotPath: String { Path.join(folder, Snapshot.fileName) }
    public var scheduler: Scheduler { Scheduler(settings: settings.scheduling) }
    public var calendar: StudyCalendar { settings.scheduling.calendar }

    /// Opens the learner folder `folder` (it need not exist yet; nothing is written by opening).
    public static func open(fileSystem: any FileSystem, folder: String, timeZone: TimeZone) throws(ProgressError) -> LearnerProgress {
        let settingsPath = Path.join(folder, "settings.json")
        var settings = LearnerSettings()
        settings.scheduling.calendar.timeZone = timeZone
        if let bytes = try read(fileSystem, settingsPath) {
            settings = try LearnerSettings.parse(bytes, path: settingsPath, timeZone: timeZone)
        }
        var progress = LearnerProgress(fileSystem: fileSystem, folder: folder, settings: settings, states: [:],
                                       reviewsPerDay: [:], journalLength: 0, lastLineHash: "", tornTail: nil,
                                       needsNewline: false, snapshotIsCurrent: false)
        try progress.load()
        return progress
    }

    static func read(_ fileSystem: any FileSystem, _ path: String) throws(ProgressError) -> [UInt8]? {
        do { return try fileSystem.read(path) } catch { throw .file(error) }
    }

    /// Reads everything again (after another process cut the journal short, or edited it).
    mutating func reload() throws(ProgressError) {
        warnings = []
        try load()
    }

    private mutating func load() throws(ProgressError) {
        let bytes = try Self.read(fileSystem, journalPath) ?? []
        let journal = Journal(path: journalPath)
        let fingerprint = settings.schedulingFingerprint
        if let snapshotBytes = try? fileSystem.read(snapshotPath), let snapshot = Snapshot.decode(snapshotBytes),
           snapshot.settingsFingerprint == fingerprint, snapshot.journalLength <= bytes.count,
           Snapshot.lastLineHash(bytes, length: snapshot.journalLength) == snapshot.lastLineHash {
            let startLine = bytes[..<snapshot.journalLength].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let tail = try journal.parse(bytes, from: snapshot.journalLength, startLine: startLine)
            states = snapshot.states
            reviewsPerDay = snapshot.reviewsPerDay
            if apply(tail.reviews) {
                finishLoad(tail, bytes: bytes, current: tail.reviews.isEmpty)
                return
            }
        }
        let contents = try journal.parse(bytes)
        states = [:]
        reviewsPerDay = [:]
        rebuild(contents.reviews)
        finishLoad(contents, bytes: bytes, current: false)
    }

    private mutating func finishLoad(_ contents: Journal.Contents, bytes: [UInt8], current: Bool) {
        journalLength = contents.validLength
        lastLineHash = Snapshot.lastLineHash(bytes, length: contents.validLength)
        needsNewline = contents.needsNewline
        tornTail = contents.tornTail
        snapshotIsCurrent = current && contents.tornTail == nil
        if let torn = contents.tornTail {
            warnings.append("\(journalPath): the last line is incomplete (\(torn.count) bytes, probably from a crash); "
                + "it is set aside in \(Path.fileName(of: tornPath)) when the next review is saved")
        }
    }

    /// Applies reviews that come after the snapshot; false when one is older than its card's last
    /// review (the journal was edited or merged out of order), which needs a full rebuild.
    mutating func apply(_ reviews: [ReviewRecord]) -> Bool {
        let scheduler = scheduler
        for review in reviews {
            let state = states[review.card] ?? .new
            if let last = state.lastReview, review.at < last { return false }
            states[review.card] = scheduler.review(state, cardID: review.card, rating: review.rating, at: review.at)
            reviewsPerDay[calendar.day(of: review.at), default: 0] += 1
        }
        return true
    }

    /// Replays the whole journal: each card's reviews in time order (file order breaks ties).
    private mutating func rebuild(_ reviews: [ReviewRecord]) {
        var byCard: [String: [ReviewRecord]] = [:]
        for review in reviews {
            byCard[review.card, default: []].append(review)
            reviewsPerDay[calendar.day(of: review.at), default: 0] += 1
        }
        let scheduler = scheduler
        for (card, history) in byCard {
            let ordered = history.enumerated().sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }
            states[card] = ordered.reduce(CardState.new) { scheduler.review($0, cardID: card, rating: $1.element.rating, at: $1.element.at) }
        }
    }

    var tornPath: String { Path.join(folder, "reviews.torn.jsonl") }

    public func state(of card: String) -> CardState { states[card] ?? .new }
}
