import Foundation
import Testing
@testable import HoneKit

/// The tally `LearnerProgress` keeps review by review (and in its snapshot) gives the figures a
/// replay of the whole journal gives, for all decks and for some, however the progress got there.
@Suite struct ReviewTallyTests {
    let utc = TimeZone(identifier: "UTC")!
    let settings = SchedulingSettings()

    /// Reviews of cards in three decks and one id without a deck, over months, a few out of order,
    /// some without a duration.
    func records(_ count: Int, seed: UInt64 = 11) -> [ReviewRecord] {
        var rng = SplitMix64(seed: seed)
        let start = 1_760_000_000.0
        return (0..<count).map { index in
            let deck = ["alpha", "beta", "gamma", "beta"][Int(rng.next() % 4)]
            let card = Int(rng.next() % 40)
            let id = index % 211 == 5 ? "loose-card" : "\(deck)/c\(card)/term"
            let at = start + Double(index) * 3_700 + (index % 53 == 0 ? -86_400 * 2 : 0)
            return ReviewRecord(card: id, at: Date(timeIntervalSince1970: at), rating: Rating(rawValue: [1, 3, 3, 2, 4, 3][Int(rng.next() % 6)])!,
                                kind: "typed", durationMS: index % 7 == 0 ? nil : 800 + index % 3_000)
        }
    }

    func text(_ records: [ReviewRecord]) -> [UInt8] { Array(records.map(\.line).joined().utf8) }

    func replayed(_ bytes: [UInt8], decks: Set<String>?) throws -> ReviewHistory {
        try ReviewHistory.parse(bytes, path: "j", scheduling: settings, includes: { id in
            decks.map { names in names.contains { id.hasPrefix($0 + "/") } } ?? true
        })
    }

    @Test func aRebuiltTallyGivesTheReplaysFigures() throws {
        let bytes = text(records(3_000))
        let fs = InMemoryFileSystem(files: ["/p/reviews.jsonl": bytes])
        let progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        #expect(!progress.usedSnapshot)
        for decks: Set<String>? in [nil, ["alpha"], ["beta", "gamma"], []] {
            let history = ReviewHistory(states: progress.states, tally: progress.tally, decks: decks)
            #expect(history == (try replayed(bytes, decks: decks)), "decks \(String(describing: decks))")
        }
        #expect(progress.tally.decks.keys.sorted() == ["", "alpha", "beta", "gamma"])
        #expect(progress.tally.decks.values.reduce(0) { $0 + $1.reviews } == 3_000)
        #expect(progress.tally.decks[""]?.reviews == 3_000 / 211 + 1)
    }

    @Test func recordingUndoingAndTheSnapshotKeepItEqualToARebuild() throws {
        let all = records(1_500, seed: 3).sorted { $0.at < $1.at }
        let fs = InMemoryFileSystem()
        var progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        for (index, record) in all.prefix(1_000).enumerated() {
            let receipt = try progress.record(record)
            if index % 9 == 4 {
                try progress.undo(receipt)
                try progress.record(record)
            }
        }
        try progress.saveSnapshot()
        // Another device's reviews arrive in the journal after the snapshot (the tail is replayed).
        try fs.append("/p/reviews.jsonl", text(Array(all[1_000...])))
        let warm = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        #expect(warm.usedSnapshot)
        try fs.remove("/p/snapshot.bin")
        let cold = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        #expect(!cold.usedSnapshot)
        #expect(warm.tally == cold.tally)
        #expect(warm.states == cold.states)
        let bytes = try #require(try fs.read("/p/reviews.jsonl"))
        #expect(ReviewHistory(states: warm.states, tally: warm.tally, decks: ["beta"]) == (try replayed(bytes, decks: ["beta"])))
    }

    @Test func undoTakesTheReviewOutOfEveryFigure() throws {
        let fs = InMemoryFileSystem()
        var progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        let first = ReviewRecord(card: "d/a/term", at: Date(timeIntervalSince1970: 1_760_000_000), rating: .good, durationMS: 900)
        try progress.record(first)
        let before = progress.tally
        let receipt = try progress.record(ReviewRecord(card: "e/b/term", at: Date(timeIntervalSince1970: 1_760_000_100), rating: .again,
                                                       durationMS: 1_200))
        #expect(progress.tally.decks["e"]?.reviews == 1 && progress.tally.decks["e"]?.durationMS == 1_200)
        try progress.undo(receipt)
        #expect(progress.tally == before)
        #expect(progress.tally.decks["e"] == nil)
    }

    @Test func theSnapshotKeepsTheTally() throws {
        let fs = InMemoryFileSystem(files: ["/p/reviews.jsonl": text(records(800))])
        var progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        try progress.saveSnapshot()
        let bytes = try #require(try fs.read("/p/snapshot.bin"))
        let snapshot = try #require(Snapshot.decode(bytes))
        #expect(snapshot.tally == progress.tally)
        #expect(Snapshot.decode(Array(bytes.dropLast())) == nil)
    }

    @Test func aCardsDeckIsItsIDUpToTheFirstSlash() {
        #expect(ReviewTally.deck(of: "foundation-models/llama/term") == "foundation-models")
        #expect(ReviewTally.deck(of: "loose") == ReviewTally.noDeck)
        #expect(ReviewTally.deck(of: "/odd") == "")
    }
}
