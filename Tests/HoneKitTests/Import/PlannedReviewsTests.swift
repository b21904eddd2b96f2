import Foundation
import Testing
@testable import HoneKit

/// A planned history's lines, written a chunk at a time, are the lines of its reviews; the key of
/// each review is the one the journal reads back from its line.
@Suite struct PlannedReviewsTests {
    static func history() -> ImportedReviews {
        var random = SplitMix64(seed: 11)
        var reviews: [ImportedReview] = []
        for index in 0..<400 {
            let base: Int64 = [1_672_660_800_000, -86_400_500, 946_684_799_999, 4_102_444_800_000][index % 4]
            reviews.append(ImportedReview(entryID: ["uno", "dos", "tres \"x\"", "gone"][index % 4], side: index % 3 == 0 ? .term : .definition,
                                          at: ImportedReviews.date(base + Int64(random.next() % 100_000_000)),
                                          rating: Rating(rawValue: index % 4 + 1)!, durationMS: index % 5 == 0 ? nil : Int(random.next() % 90_000)))
        }
        // Times outside the years 0-9999, written by `ReviewRecord.line`.
        reviews.append(ImportedReview(entryID: "uno", side: .term, at: ImportedReviews.date(300_000_000_000_000), rating: .good))
        reviews.append(ImportedReview(entryID: "dos", side: .term, at: ImportedReviews.date(-62_167_219_200_001), rating: .hard))
        return ImportedReviews(reviews)
    }

    static func planned() -> PlannedReviews {
        PlannedReviews(history()) { $0.entryID == "gone" ? nil : "deck/\($0.entryID)/\($0.side.rawValue)" }
    }

    @Test func reviewsOfEntriesNotInTheDeckAreLeftOut() {
        let planned = Self.planned()
        let kept = Self.history().filter { $0.entryID != "gone" }
        #expect(planned.count == kept.count)
        #expect(planned.map(\.card) == kept.map { "deck/\($0.entryID)/\($0.side.rawValue)" })
        #expect(planned.map(\.at) == kept.map(\.at))
        #expect(planned.map(\.durationMS) == kept.map(\.durationMS))
    }

    @Test(arguments: [1, 50, 97, 4_096, 1 << 20])
    func linesWrittenInChunksAreTheRecordsLines(_ chunkSize: Int) throws {
        let planned = Self.planned()
        let fs = InMemoryFileSystem()
        try fs.append("/j", Array("{\"card\":\"before\",\"at\":\"2026-01-01T00:00:00Z\",\"rating\":3}\n".utf8))
        let before = try #require(try fs.read("/j"))
        var appender = JournalAppender(fileSystem: fs, path: "/j", start: before.count, chunkSize: chunkSize)
        try planned.writeLines(including: nil, to: &appender)
        try appender.finish()
        let expected = before + ImportJournalText.bytes(Array(planned))
        #expect(try fs.read("/j") == expected)
        #expect(ImportJournalText.bytes(Array(planned)) == Array(planned.map(\.line).joined().utf8))
        // Only the flagged ones.
        let flags = planned.indices.map { $0 % 3 == 1 }
        let other = InMemoryFileSystem()
        var some = JournalAppender(fileSystem: other, path: "/j", start: 0, chunkSize: chunkSize)
        try planned.writeLines(including: flags, to: &some)
        try some.finish()
        #expect(other.contents("/j") == planned.indices.filter { flags[$0] }.map { planned[$0].line }.joined())
    }

    @Test func keysAreWhatTheJournalReadsBack() throws {
        let planned = Self.planned()
        // Years past 9999 and before 0 are lines the journal cannot read: the key is its error.
        let unreadable = [planned.count - 2, planned.count - 1]
        #expect(throws: JournalLineError(message: "\"at\" is not an ISO 8601 time with a zone: \"11476-08-15T05:20:00Z\"")) {
            try planned.millisecond(unreadable[0])
        }
        #expect(throws: JournalLineError.self) { try planned.millisecond(unreadable[1]) }
        let readable = planned.indices.filter { !unreadable.contains($0) }
        let text = ImportJournalText.bytes(readable.map { planned[$0] })
        var cards = CardNumbers()
        let index = try JournalIndex.read(text, path: "x", cards: &cards)
        #expect(index.entries.count == readable.count)
        for (entry, position) in zip(index.entries, readable) {
            #expect(cards.ids[Int(entry.card)] == planned.cardIDs[planned.card(position)])
            #expect(entry.millisecond == (try planned.millisecond(position)), "review \(position)")
            #expect(entry.rating == planned.rating(position))
        }
    }
}
