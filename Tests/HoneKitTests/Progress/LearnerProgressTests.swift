import Foundation
import Testing
@testable import HoneKit

@Suite struct LearnerProgressTests {
    let folder = "/home/Progress/default"
    let utc = TimeZone(identifier: "UTC")!
    let t0 = TestDecks.date("2026-11-24T09:00:00Z")

    func open(_ fs: InMemoryFileSystem) throws -> LearnerProgress {
        try LearnerProgress.open(fileSystem: fs, folder: folder, timeZone: utc)
    }

    func review(_ card: String, _ offset: TimeInterval, _ rating: Rating) -> ReviewRecord {
        ReviewRecord(card: card, at: t0.addingTimeInterval(offset), rating: rating, kind: "typed")
    }

    @Test func openingAnEmptyFolderWritesNothing() throws {
        let fs = InMemoryFileSystem()
        let progress = try open(fs)
        #expect(progress.states.isEmpty)
        #expect(try fs.list("/home").isEmpty)
    }

    @Test func recordedReviewsAreInTheJournalAndSurviveReopening() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        try progress.record(review("a", 0, .good))
        try progress.record(review("a", 600, .good))
        try progress.record(review("b", 60, .again))
        #expect(fs.contents(folder + "/reviews.jsonl")?.split(separator: "\n").count == 3)
        let reopened = try open(fs)
        #expect(reopened.states == progress.states)
        #expect(reopened.state(of: "a").phase == .review)
    }

    @Test func snapshotPlusJournalTailEqualsAFullRebuild() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        for i in 0..<20 { try progress.record(review("c\(i % 5)", Double(i) * 86_400, Rating(rawValue: i % 4 + 1)!)) }
        try progress.saveSnapshot()
        for i in 20..<30 { try progress.record(review("c\(i % 7)", Double(i) * 86_400, .good)) }
        let fromSnapshot = try open(fs)
        var withoutSnapshot = fs
        withoutSnapshot = InMemoryFileSystem(files: [folder + "/reviews.jsonl": try fs.read(folder + "/reviews.jsonl")!])
        let rebuilt = try open(withoutSnapshot)
        #expect(fromSnapshot.states == rebuilt.states)
        #expect(fromSnapshot.states == progress.states)
        #expect(fromSnapshot.reviewsPerDay == rebuilt.reviewsPerDay)
    }

    @Test func aBadLineAfterTheSnapshotIsNumberedFromTheJournalsStart() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        for i in 0..<6 { try progress.record(review("c\(i % 3)", Double(i) * 86_400, .good)) }
        try progress.saveSnapshot()
        try progress.record(review("c0", 7 * 86_400, .good))
        try progress.record(review("c2", 8 * 86_400, .good))
        try fs.append(folder + "/reviews.jsonl", Array("{\"card\":\"c1\"}\n".utf8))
        try fs.append(folder + "/reviews.jsonl", Array(review("c1", 9 * 86_400, .good).line.utf8))
        #expect(throws: ProgressError.badJournalLine(path: folder + "/reviews.jsonl", line: 9, message: "no \"at\" (an ISO 8601 time)")) {
            try open(fs)
        }
    }

    @Test func theSnapshotKeepsCountingLinesAcrossSessionsUndosAndHandWrittenLines() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        for i in 0..<4 { try progress.record(review("c\(i)", Double(i) * 60, .good)) }
        let receipt = try progress.record(review("c9", 300, .good))
        try progress.undo(receipt)
        // A hand-written line without its newline, then hone appends after it.
        try fs.append(folder + "/reviews.jsonl", Array("{\"card\":\"h\",\"at\":\"2026-11-24T09:10:00Z\",\"rating\":3}".utf8))
        var second = try open(fs)
        try second.record(review("c1", 900, .again))
        try second.saveSnapshot()
        try fs.append(folder + "/reviews.jsonl", Array("not json\n".utf8))
        try fs.append(folder + "/reviews.jsonl", Array(review("c2", 1000, .good).line.utf8))
        let error = #expect(throws: ProgressError.self) { try open(fs) }
        guard case .badJournalLine(_, let line, _) = error else {
            Issue.record("not a bad line: \(String(describing: error))")
            return
        }
        #expect(line == 7)
    }

    @Test func aSnapshotOverALongLastLineIsStillUsed() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        try progress.record(ReviewRecord(card: "a", at: t0, rating: .good, answer: String(repeating: "x", count: 70_000)))
        try progress.record(ReviewRecord(card: "b", at: t0, rating: .good, answer: String(repeating: "y", count: 70_000)))
        try progress.saveSnapshot()
        try progress.record(review("a", 86_400, .good))
        let reopened = try open(fs)
        #expect(reopened.usedSnapshot)
        #expect(reopened.states == progress.states)
    }

    @Test func aSnapshotThatDoesNotMatchTheJournalIsIgnored() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        try progress.record(review("a", 0, .good))
        try progress.saveSnapshot()
        // The journal is replaced by another one of the same length (a different rating).
        let other = review("a", 0, .easy).line
        try fs.writeAtomically(folder + "/reviews.jsonl", Array(other.utf8))
        #expect(try open(fs).state(of: "a").phase == .review)
        try fs.writeAtomically(folder + "/snapshot.bin", Array("garbage".utf8))
        #expect(try open(fs).state(of: "a").phase == .review)
    }

    @Test func aHandWrittenLineWithThreeFieldsWorks() throws {
        let fs = InMemoryFileSystem(files: [folder + "/reviews.jsonl": Array(#"{"card":"x","at":"2026-11-24T09:00:00Z","rating":4}"#.utf8)])
        var progress = try open(fs)
        #expect(progress.state(of: "x").phase == .review)
        try progress.record(review("y", 60, .good))
        let lines = fs.contents(folder + "/reviews.jsonl")!.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try open(fs).state(of: "y").reps == 1)
    }

    @Test func aTornLastLineIsSetAsideNotLost() throws {
        let good = review("a", 0, .good).line
        let fs = InMemoryFileSystem(files: [folder + "/reviews.jsonl": Array((good + #"{"card":"b","at":"2026-11"#).utf8)])
        var progress = try open(fs)
        #expect(progress.warnings.count == 1)
        #expect(progress.state(of: "a").reps == 1)
        try progress.record(review("c", 60, .good))
        #expect(fs.contents(folder + "/reviews.torn.jsonl") == #"{"card":"b","at":"2026-11"# + "\n")
        #expect(fs.contents(folder + "/reviews.jsonl") == good + review("c", 60, .good).line)
    }

    @Test func aBadLineInTheMiddleIsAnErrorWithItsLineNumber() throws {
        let text = review("a", 0, .good).line + "{\"card\":\"b\",\"rating\":9,\"at\":\"2026-11-24T09:00:00Z\"}\n" + review("c", 5, .good).line
        let fs = InMemoryFileSystem(files: [folder + "/reviews.jsonl": Array(text.utf8)])
        #expect(throws: ProgressError.badJournalLine(path: folder + "/reviews.jsonl", line: 2, message: "\"rating\" must be 1, 2, 3 or 4")) {
            try open(fs)
        }
    }

    @Test func undoLeavesTheJournalAsItWas() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        try progress.record(review("a", 0, .good))
        let before = fs.contents(folder + "/reviews.jsonl")
        let stateBefore = progress.state(of: "a")
        let receipt = try progress.record(review("a", 600, .again))
        try progress.undo(receipt)
        #expect(fs.contents(folder + "/reviews.jsonl") == before)
        #expect(progress.state(of: "a") == stateBefore)
        #expect(try open(fs).state(of: "a") == stateBefore)
    }

    @Test func aFailedWriteChangesNoState() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        fs.failWrites = .cannotCreate
        #expect(throws: ProgressError.self) { try progress.record(review("a", 0, .good)) }
        #expect(progress.state(of: "a").isNew)
    }

    @Test func settingsErrorsAreLocated() {
        let fs = InMemoryFileSystem(files: [folder + "/settings.json": Array("{\n \"desired_retention\": 1.5\n}".utf8)])
        #expect(throws: ProgressError.badSettings(path: folder + "/settings.json", line: 2,
                                                  message: "desired_retention must be a number between 0 and 1, e.g. 0.9")) {
            try open(fs)
        }
    }

    @Test func settingsChangeTheSchedule() throws {
        let settings = #"{"learning_steps": ["5m"], "fuzz": false, "day_starts_at": 0, "new_per_day": 5}"#
        let fs = InMemoryFileSystem(files: [folder + "/settings.json": Array(settings.utf8)])
        var progress = try open(fs)
        #expect(progress.settings.newPerDay == 5)
        try progress.record(review("a", 0, .again))
        #expect(progress.state(of: "a").due == t0.addingTimeInterval(300))
    }
}
