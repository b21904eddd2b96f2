import Foundation
import Testing
@testable import HoneKit

/// Imported reviews written as bytes are the lines `ReviewRecord.line` writes.
@Suite struct ImportJournalTextTests {
    @Test func linesAreExactlyTheRecordsLines() {
        var random = SplitMix64(seed: 9)
        var reviews: [ReviewRecord] = []
        let cards = ["deck/entry/term", "deck/an \"odd\" entry\u{2028}/definition", "deck/ünïcode/term"]
        for index in 0..<2_000 {
            // Whole seconds, milliseconds, times before 1970 and around day and year boundaries.
            let base = [1_672_660_800.0, -86_400.5, 946_684_799.999, 4_102_444_800.0][index % 4]
            let at = Date(timeIntervalSince1970: base + Double(random.next() % 100_000_000) / 1000)
            reviews.append(ReviewRecord(card: cards[index % cards.count], at: at, rating: Rating(rawValue: index % 4 + 1)!,
                                        durationMS: index % 3 == 0 ? nil : Int(random.next() % 90_000)))
        }
        reviews.append(ReviewRecord(card: "deck/x/term", at: Date(timeIntervalSince1970: 0.9996), rating: .good))
        reviews.append(ReviewRecord(card: "deck/x/term", at: Date(timeIntervalSince1970: 1e13), rating: .good))
        reviews.append(ReviewRecord(card: "deck/x/term", at: .distantPast, rating: .again, kind: "typed", answer: "x"))
        #expect(ImportJournalText.bytes(reviews) == Array(reviews.map(\.line).joined().utf8))
    }
}
