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
    public internal(set) var states: CardStates
    /// The reviews counted per deck and study day (for streaks and reports).
    public internal(set) var tally: ReviewTally
    /// Reviews per study day, of every deck.
    public var reviewsPerDay: [Int: Int] { tally.reviewsPerDay }
    /// Things the learner should know that did not stop the load (a torn last line, a rebuilt snapshot).
    public internal(set) var warnings: [String] = []

    var journalLength: Int
    /// Newlines in the journal's first `journalLength` bytes.
    var journalLines = 0
    var lastLineHash: String
    var tornTail: [UInt8]?
    var needsNewline: Bool
    var snapshotIsCurrent: Bool
    /// The states came from the snapshot and the journal after it (not a full replay).
    var usedSnapshot = false

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
        var progress = LearnerProgress(fileSystem: fileSystem, folder: folder, settings: settings, states: CardStates(),
                                       tally: ReviewTally(), journalLength: 0, lastLineHash: "", tornTail: nil,
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
        usedSnapshot = false
        if try loadFromSnapshot() { return }
        try rebuild()
    }

    /// Starts from the snapshot when it is current for these settings and still describes the start
    /// of the journal (same length covered, same last line): then only the journal after it is read.
    /// False when it cannot be used (missing, damaged, stale or from other settings).
    private mutating func loadFromSnapshot() throws(ProgressError) -> Bool {
        guard let snapshotBytes = try? fileSystem.read(snapshotPath), let snapshot = Snapshot.decode(snapshotBytes),
              snapshot.settingsFingerprint == settings.schedulingFingerprint else { return false }
        let size: Int
        do { size = try fileSystem.size(journalPath) ?? 0 } catch { throw .file(error) }
        guard snapshot.journalLength <= size else { return false }
        // The snapshot's last line and everything after it.
        var window = 4096
        var chunk: [UInt8]
        var chunkStart: Int
        repeat {
            chunkStart = max(snapshot.journalLength - window, 0)
            do { chunk = try fileSystem.read(journalPath, from: chunkStart) ?? [] } catch { throw .file(error) }
            window *= 16
        } while chunkStart > 0 && !Self.holdsLineStart(chunk, before: snapshot.journalLength - chunkStart)
        let covered = snapshot.journalLength - chunkStart
        guard covered <= chunk.count, Snapshot.lastLineHash(chunk, length: covered) == snapshot.lastLineHash else { return false }
        let tail = try Journal(path: journalPath).parse(chunk, from: covered, startLine: snapshot.journalLines + 1)
        states = snapshot.states
        tally = snapshot.tally
        guard apply(tail.reviews) else { return false }
        usedSnapshot = true
        journalLength = chunkStart + tail.validLength
        journalLines = snapshot.journalLines + Self.newlines(in: chunk[covered..<tail.validLength])
        lastLineHash = Snapshot.lastLineHash(chunk, length: tail.validLength)
        finishLoad(tornTail: tail.tornTail, needsNewline: tail.needsNewline, current: tail.reviews.isEmpty)
        return true
    }

    /// True when a line starts in `bytes[..<length]` after its first byte: the last line before
    /// `length` is then wholly in `bytes`.
    static func holdsLineStart(_ bytes: [UInt8], before length: Int) -> Bool {
        guard length >= 2, length <= bytes.count else { return false }
        return bytes[..<(length - 1)].contains(0x0A)
    }

    static func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in buffer.reduce(0) { $0 &+ ($1 == 0x0A ? 1 : 0) } }
    }

    /// Replays the whole journal (each card's reviews in time order, file order breaking ties) with
    /// the report's column reader, which reads it a piece at a time on all cores.
    private mutating func rebuild() throws(ProgressError) {
        let size: Int
        do { size = try fileSystem.size(journalPath) ?? 0 } catch { throw .file(error) }
        let parts = ReviewHistory.defaultParts
        let columns = try ReviewColumns.read(fileSystem: fileSystem, path: journalPath, size: size, parts: parts)
        (states, tally) = columns.replayTally(scheduling: settings.scheduling, parts: parts)
        // The last line (read again on its own): a torn one is set aside, an unterminated whole one
        // gets its newline before the next append.
        var window = 4096
        var end: [UInt8]
        var endStart: Int
        repeat {
            endStart = max(size - window, 0)
            do { end = Array(try fileSystem.read(journalPath, from: endStart)?.prefix(size - endStart) ?? []) } catch { throw .file(error) }
            window *= 16
        } while endStart > 0 && Self.newlines(in: end.dropLast()[...]) < 2
        let lastNewline = end.lastIndex(of: 0x0A)
        let lastLine = end[(lastNewline.map { $0 + 1 } ?? 0)...]
        let content = lastLine.last == 0x0D ? lastLine.dropLast() : lastLine
        let lastLineBlank = content.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        let validInEnd = columns.tornLastLine ? (lastNewline.map { $0 + 1 } ?? 0) : end.count
        journalLength = endStart + validInEnd
        journalLines = columns.lines - (lastLine.isEmpty ? 0 : 1)
        lastLineHash = Snapshot.lastLineHash(end, length: validInEnd)
        finishLoad(tornTail: columns.tornLastLine ? Array(lastLine) : nil, needsNewline: !columns.tornLastLine && !lastLineBlank,
                   current: false)
    }

    private mutating func finishLoad(tornTail: [UInt8]?, needsNewline: Bool, current: Bool) {
        self.needsNewline = needsNewline
        self.tornTail = tornTail
        snapshotIsCurrent = current && tornTail == nil
        if let torn = tornTail {
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
            tally.count(cardID: review.card, before: state, rating: review.rating, at: review.at, durationMS: review.durationMS,
                        calendar: calendar)
        }
        return true
    }

    var tornPath: String { Path.join(folder, "reviews.torn.jsonl") }

    public func state(of card: String) -> CardState { states[card] ?? .new }
}
