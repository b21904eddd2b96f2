import Foundation
import Testing
@testable import HoneKit

/// Merging an imported history that is not text yet does what merging its text does: the same
/// journal, the same counts, the same states; and a failed write changes nothing.
@Suite struct MergeImportedReviewsTests {
    let utc = TimeZone(identifier: "UTC")!
    let now = TestDecks.date("2026-11-24T09:00:00Z")

    static func planned(_ count: Int, seed: UInt64) -> PlannedReviews {
        var random = SplitMix64(seed: seed)
        var reviews: [ImportedReview] = []
        for index in 0..<count {
            let entry = "e\(random.next() % 9)"
            let at = ImportedReviews.date(1_767_000_000_000 + Int64(index) * 3_600_000 + Int64(random.next() % 1_000))
            reviews.append(ImportedReview(entryID: entry, side: random.next() % 2 == 0 ? .term : .definition, at: at,
                                          rating: Rating(rawValue: Int(random.next() % 4) + 1)!, durationMS: Int(random.next() % 20_000)))
        }
        // The same review twice in the file: both come in, as `hone merge` takes them.
        reviews.append(reviews[3])
        return PlannedReviews(ImportedReviews(reviews)) { "d/\($0.entryID)/\($0.side.rawValue)" }
    }

    /// A learner folder with `lines` as its journal.
    func home(_ fs: some FileSystem, _ lines: [String]) throws -> LearnerProgress {
        if !lines.isEmpty { try fs.append("/p/reviews.jsonl", Array(lines.joined().utf8)) }
        return try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
    }

    @Test(arguments: [(0, 1 << 20), (0, 64), (1, 1 << 20), (1, 100), (2, 1)])
    func sameAsMergingTheText(_ scenario: Int, _ chunkSize: Int) throws {
        let planned = Self.planned(120, seed: UInt64(scenario + 1))
        let lines = planned.map(\.line)
        // Before: nothing; some of the history and a review of our own; or all of it.
        let ours: [String] = switch scenario {
        case 0: []
        case 1: Array(lines[10..<40]) + [ReviewRecord(card: "d/mine/term", at: now, rating: .good).line] + [lines[3]]
        default: lines
        }
        let byText = InMemoryFileSystem(), byReviews = InMemoryFileSystem()
        var a = try home(byText, ours)
        var b = try home(byReviews, ours)
        let expected = try a.merge(journal: ImportJournalText.bytes(Array(planned)), from: "x.apkg", at: now)
        let got = try b.merge(reviews: planned, from: "x.apkg", at: now, chunkSize: chunkSize)
        #expect(got == expected)
        #expect(byReviews.contents("/p/reviews.jsonl") == byText.contents("/p/reviews.jsonl"))
        #expect(b.states == a.states)
        #expect(b.reviewsPerDay == a.reviewsPerDay)
        let backups = try byReviews.list("/p/backups")
        #expect(backups == (try byText.list("/p/backups")))
        // Again: nothing more.
        let again = try b.merge(reviews: planned, from: "x.apkg", at: now, chunkSize: chunkSize)
        #expect(again.added == 0 && again.alreadyPresent == planned.count)
        #expect(byReviews.contents("/p/reviews.jsonl") == byText.contents("/p/reviews.jsonl"))
    }

    /// A review the journal could not read back (a year past 9999) stops the merge as its text
    /// would: the same error, nothing written.
    @Test func anUnreadableLineIsTheSameErrorAndWritesNothing() throws {
        var reviews = Array(ImportedReviews(Array(Self.planned(20, seed: 9).history)))
        reviews.insert(ImportedReview(entryID: "e1", side: .term, at: ImportedReviews.date(300_000_000_000_000), rating: .good), at: 7)
        let planned = PlannedReviews(ImportedReviews(reviews)) { "d/\($0.entryID)/\($0.side.rawValue)" }
        let fs = InMemoryFileSystem()
        var progress = try home(fs, [])
        var error: ProgressError?
        do { _ = try progress.merge(journal: ImportJournalText.bytes(Array(planned)), from: "x.apkg", at: now) } catch let e { error = e }
        #expect(error == .badJournalLine(path: "x.apkg", line: 8, message: "\"at\" is not an ISO 8601 time with a zone: \"11476-08-15T05:20:00Z\""))
        #expect(throws: error!) { try progress.merge(reviews: planned, from: "x.apkg", at: now, chunkSize: 100) }
        #expect(!fs.exists("/p/reviews.jsonl"))
    }

    @Test(arguments: [0, 2])
    func aFailedWriteLeavesTheJournalAsItWas(_ appendsAllowed: Int) throws {
        let planned = Self.planned(200, seed: 5)
        let failing = FailingAppends(appendsAllowed: appendsAllowed)
        try failing.base.append("/p/reviews.jsonl", Array(ReviewRecord(card: "d/mine/term", at: now, rating: .good).line.utf8))
        let before = try #require(try failing.read("/p/reviews.jsonl"))
        var progress = try LearnerProgress.open(fileSystem: failing, folder: "/p", timeZone: utc)
        #expect(throws: ProgressError.self) {
            try progress.merge(reviews: planned, from: "x.apkg", at: now, chunkSize: 1_000)
        }
        #expect(try failing.read("/p/reviews.jsonl") == before)
        #expect(failing.appends > appendsAllowed)
    }
}
