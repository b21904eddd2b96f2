import Foundation
import Testing
@testable import HoneKit

@Suite struct MergeTests {
    let utc = TimeZone(identifier: "UTC")!
    let t0 = TestDecks.date("2026-11-24T09:00:00Z")

    func review(_ card: String, _ days: Double, _ rating: Rating) -> ReviewRecord {
        ReviewRecord(card: card, at: t0.addingTimeInterval(days * 86_400), rating: rating)
    }

    @Test func mergingUnionsTwoDivergedCopiesAndTwiceChangesNothing() throws {
        let laptop = InMemoryFileSystem(), phone = InMemoryFileSystem()
        var a = try LearnerProgress.open(fileSystem: laptop, folder: "/p", timeZone: utc)
        var b = try LearnerProgress.open(fileSystem: phone, folder: "/p", timeZone: utc)
        // Shared history, then each device studies on its own.
        for r in [review("x", 0, .good), review("y", 0, .again)] {
            try a.record(r)
            try b.record(r)
        }
        try a.record(review("x", 3, .good))
        try b.record(review("y", 1, .good))
        try b.record(review("z", 2, .easy))
        let phoneJournal = try #require(try phone.read("/p/reviews.jsonl"))
        let report = try a.merge(journal: phoneJournal, from: "phone/reviews.jsonl", at: t0)
        #expect(report.added == 2)
        #expect(report.alreadyPresent == 2)
        #expect(report.cards == 2)
        #expect(report.backup != nil)
        let merged = try #require(laptop.contents("/p/reviews.jsonl"))
        let again = try a.merge(journal: phoneJournal, from: "phone/reviews.jsonl", at: t0)
        #expect(again.added == 0)
        #expect(laptop.contents("/p/reviews.jsonl") == merged)
        // The merged states equal a replay of all five reviews in time order.
        let all = [review("x", 0, .good), review("y", 0, .again), review("x", 3, .good), review("y", 1, .good), review("z", 2, .easy)]
        let reference = InMemoryFileSystem()
        var c = try LearnerProgress.open(fileSystem: reference, folder: "/p", timeZone: utc)
        for r in all.sorted(by: { $0.at < $1.at }) { try c.record(r) }
        #expect(a.states == c.states)
        // And merging the other way round gives the same states.
        let laptopJournal = try #require(try laptop.read("/p/reviews.jsonl"))
        _ = try b.merge(journal: laptopJournal, from: "laptop", at: t0)
        #expect(b.states == c.states)
    }

    /// The other copy's lines come in as they are written there (unknown fields, spacing), less a
    /// carriage return; blank lines are skipped, a torn last line is left out with a warning, and a
    /// bad line in the middle stops the merge with its number and changes nothing.
    @Test func mergedLinesKeepTheirTextAndBadOnesAreLocated() throws {
        let fs = InMemoryFileSystem()
        var progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        try progress.record(review("x", 0, .good))
        let handWritten = #" { "rating" : 3, "at" : "2026-11-25T09:00:00.000Z", "card" : "y", "device" : "phone" } "#
        let other = review("x", 0, .good).line + "\r\n  \n" + handWritten + "\r\n" + review("z", 2, .easy).line + "{\"card\":\"q"
        let report = try progress.merge(journal: Array(other.utf8), from: "phone", at: t0)
        #expect(report.added == 2 && report.alreadyPresent == 1 && report.cards == 2)
        #expect(report.warnings.count == 1 && report.warnings[0].contains("incomplete"))
        let text = try #require(fs.contents("/p/reviews.jsonl"))
        #expect(text == review("x", 0, .good).line + handWritten + "\n" + review("z", 2, .easy).line)
        let before = fs.contents("/p/reviews.jsonl")
        let bad = review("w", 1, .good).line + "{\"card\":\"w\"}\n" + review("w", 2, .good).line
        #expect(throws: ProgressError.badJournalLine(path: "phone2", line: 2, message: "no \"at\" (an ISO 8601 time)")) {
            try progress.merge(journal: Array(bad.utf8), from: "phone2", at: t0)
        }
        #expect(fs.contents("/p/reviews.jsonl") == before)
    }

    @Test func aWholeJournalComingIntoAnEmptyOneIsCopiedAsItIs() throws {
        for ending in ["", "\n"] {
            let fs = InMemoryFileSystem()
            var progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
            let text = review("x", 0, .good).line + review("y", 1, .hard).line + #"{"card":"z","at":"2026-11-26T09:00:00Z","rating":4}"# + ending
            let report = try progress.merge(journal: Array(text.utf8), from: "other", at: t0)
            #expect(report.added == 3 && report.cards == 3)
            #expect(fs.contents("/p/reviews.jsonl") == text + (ending.isEmpty ? "\n" : ""))
            #expect(progress.state(of: "z").phase == .review)
        }
    }

    @Test func twoWritersOnOneJournalKeepEveryReview() throws {
        let fs = InMemoryFileSystem()
        var first = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        var second = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        for i in 0..<10 {
            try first.record(review("a\(i)", Double(i), .good))
            try second.record(review("b\(i)", Double(i), .hard))
        }
        try first.saveSnapshot()
        let reopened = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        #expect(reopened.states.count == 20)
        #expect(first.states == reopened.states)
        #expect(fs.contents("/p/reviews.jsonl")?.split(separator: "\n").count == 20)
    }

    @Test func doctorMovesBadLinesAsideKeepingGoodOnesByteForByte() throws {
        let good1 = #"{"card":"a","at":"2026-11-24T09:00:00Z","rating":3,"device":"phone"}"#
        let good2 = #"{"card":"b","at":"2026-11-24T09:01:00Z","rating":1}"#
        let text = good1 + "\nnot json\n" + good2 + "\n{\"card\":\"c\"}\n"
        let fs = InMemoryFileSystem(files: ["/p/reviews.jsonl": Array(text.utf8)])
        let doctor = JournalDoctor(fileSystem: fs, learnerFolder: "/p")
        let findings = try doctor.examine(timeZone: utc)
        #expect(findings.reviews == 2)
        #expect(findings.badLines.map(\.line) == [2, 4])
        let backup = try doctor.repair(at: t0)
        #expect(backup != nil)
        #expect(fs.contents("/p/reviews.jsonl") == good1 + "\n" + good2 + "\n")
        #expect(fs.contents("/p/reviews.bad.jsonl") == "not json\n{\"card\":\"c\"}\n")
        #expect(fs.contents(backup!) == text)
        #expect(try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc).states.count == 2)
    }

    @Test func backupsKeepTheLastTen() throws {
        let fs = InMemoryFileSystem(files: ["/p/settings.json": Array("{}".utf8)])
        let backups = Backups(fileSystem: fs, learnerFolder: "/p")
        for i in 0..<13 { try backups.save("/p/settings.json", at: t0.addingTimeInterval(Double(i) * 60)) }
        let kept = try backups.list("settings.json")
        #expect(kept.count == 10)
        #expect(kept.first == "settings-20261124T090300Z.json")
    }
}
