import Foundation
import Testing
@testable import HoneKit

/// Recording several reviews at once (a match question's pairs): one write, the same journal and
/// states as one review at a time, all or nothing.
extension LearnerProgressTests {
    func answer(_ offset: TimeInterval) -> [ReviewRecord] {
        [("a", Rating.good), ("b", .again), ("c", .good), ("a", .hard)].map { card, rating in
            ReviewRecord(card: card, at: t0.addingTimeInterval(offset), rating: rating, kind: "match", durationMS: 4_000,
                         answer: "a b c", verdict: rating == .again ? "wrong" : "correct")
        }
    }

    @Test func aBatchWritesWhatOneAtATimeWrites() throws {
        let together = InMemoryFileSystem(), apart = InMemoryFileSystem()
        var batched = try open(together), single = try open(apart)
        for day in 0..<4 {
            let receipts = try batched.record(answer(Double(day) * 86_400))
            #expect(receipts.map(\.record) == answer(Double(day) * 86_400))
            for record in answer(Double(day) * 86_400) { try single.record(record) }
        }
        #expect(together.contents(folder + "/reviews.jsonl") == apart.contents(folder + "/reviews.jsonl"))
        #expect(batched.states == single.states)
        #expect(batched.tally == single.tally)
        #expect(try open(together).states == batched.states)
    }

    /// A learner with one answer recorded, and the journal's text and the states then.
    func afterOneAnswer() throws -> (fs: InMemoryFileSystem, progress: LearnerProgress, journal: String?, states: CardStates) {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        try progress.record(answer(0))
        return (fs, progress, fs.contents(folder + "/reviews.jsonl"), progress.states)
    }

    @Test func receiptsUndoneLastFirstLeaveTheJournalAsItWas() throws {
        let (fs, recorded, journal, states) = try afterOneAnswer()
        var progress = recorded
        let receipts = try progress.record(answer(86_400))
        // The batch reviews "a" twice: its second receipt holds the state after the first.
        let afterFirst = progress.scheduler.review(states["a"]!, cardID: "a", rating: .good, at: t0.addingTimeInterval(86_400))
        #expect(receipts.map(\.previous) == [states["a"]!, states["b"]!, states["c"]!, afterFirst])
        for receipt in receipts.reversed() { try progress.undo(receipt) }
        #expect(fs.contents(folder + "/reviews.jsonl") == journal)
        #expect(progress.states == states)
        #expect(try open(fs).states == states)
    }

    @Test func aFailedWriteRecordsNoneOfTheBatch() throws {
        let (fs, recorded, journal, states) = try afterOneAnswer()
        var progress = recorded
        fs.failWrites = .io
        #expect(throws: ProgressError.self) { try progress.record(answer(86_400)) }
        #expect(fs.contents(folder + "/reviews.jsonl") == journal)
        #expect(progress.states == states)
        fs.failWrites = nil
        try progress.record(answer(86_400))
        #expect(try open(fs).states == progress.states)
    }

    @Test func anEmptyBatchWritesNothing() throws {
        let fs = InMemoryFileSystem()
        var progress = try open(fs)
        #expect(try progress.record([ReviewRecord]()).isEmpty)
        #expect(fs.contents(folder + "/reviews.jsonl") == nil)
    }
}
