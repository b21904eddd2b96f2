import Foundation
import Testing
@_spi(Benchmark) @testable import HoneKit

/// The engine's replay as hone-bench times it (`ParsedReviews`): the same states as replaying each
/// card's reviews one by one with the public `Scheduler.review`, on any number of threads.
@Suite struct ParsedReviewsTests {
    let settings = SchedulingSettings()

    /// Reviews of `cards` cards in two decks over about a year, at random times (so most cards'
    /// reviews are out of order in the file), several on some study days.
    func records(_ count: Int, cards: Int) -> [ReviewRecord] {
        var rng = SplitMix64(seed: 11)
        let start = 1_750_000_000.0
        return (0..<count).map { _ in
            let card = Int(rng.next() % UInt64(cards))
            let at = start + Double(rng.next() % (400 * 86_400))
            let rating = Rating(rawValue: [1, 3, 3, 3, 2, 4][Int(rng.next() % 6)])!
            return ReviewRecord(card: "deck\(card % 2)/c\(card)/term", at: Date(timeIntervalSince1970: at), rating: rating)
        }
    }

    @Test func theReplayGivesTheStatesOfAReviewByReviewReplay() throws {
        let reviews = records(20_000, cards: 300)
        let bytes = Array(reviews.map { $0.line + "\n" }.joined().utf8)
        let parsed = try ParsedReviews(bytes, path: "j", parts: 2)
        #expect(parsed.reviewCount == 20_000 && parsed.cardCount == 300)

        let scheduler = Scheduler(settings: settings)
        var expected: [String: CardState] = [:]
        for (card, history) in Dictionary(grouping: reviews.enumerated(), by: \.element.card) {
            let ordered = history.sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            expected[card] = scheduler.replay(cardID: card, reviews: ordered.map { ($0.element.at, $0.element.rating) })
        }
        let states = parsed.replay(scheduling: settings, parts: 1)
        #expect(states.dictionary == expected)
        // Threads change nothing, and the parsed reviews are left as they were.
        #expect(parsed.replay(scheduling: settings, parts: 3).dictionary == expected)
        #expect(parsed.replay(scheduling: settings, parts: 1).dictionary == expected)
    }

    /// A journal in time order and the same reviews shuffled give the states of a review-by-review
    /// replay and the same counts per deck and day, on any number of threads; so does one review
    /// moved before an earlier one of its card.
    @Test func aJournalInTimeOrderGivesWhatTheSameReviewsOutOfOrderGive() throws {
        // Distinct whole seconds, so that time order is one order; more than 50,000 reviews, so
        // that the replay uses several threads.
        let inOrder = records(60_000, cards: 500).enumerated().map { index, record in
            var record = record
            record.at = Date(timeIntervalSince1970: 1_750_000_000 + Double(index) * 523)
            return record
        }
        var rng = SplitMix64(seed: 3)
        let reviews = inOrder.shuffled(using: &rng)
        func text(_ records: [ReviewRecord]) -> [UInt8] { Array(records.map { $0.line + "\n" }.joined().utf8) }
        let scheduler = Scheduler(settings: settings)
        var expected: [String: CardState] = [:]
        for (card, history) in Dictionary(grouping: inOrder, by: \.card) {
            expected[card] = scheduler.replay(cardID: card, reviews: history.map { ($0.at, $0.rating) })
        }
        let shuffled = try ReviewColumns.read(text(reviews), path: "j", parts: 2).replayTally(scheduling: settings, parts: 2)
        #expect(shuffled.states.dictionary == expected)
        for parts in [1, 2, 3, 4] {
            let ordered = try ReviewColumns.read(text(inOrder), path: "j", parts: parts).replayTally(scheduling: settings, parts: parts)
            #expect(ordered.states.dictionary == expected, "\(parts) threads")
            #expect(ordered.tally == shuffled.tally, "\(parts) threads")
        }
        // The last review swapped with an earlier one of its card.
        var late = inOrder
        late.swapAt(late.count - 1, late.lastIndex { $0.card == late.last!.card && $0.at < late.last!.at }!)
        let regrouped = try ReviewColumns.read(text(late), path: "j", parts: 2).replayTally(scheduling: settings, parts: 2)
        #expect(regrouped.states.dictionary == expected)
        #expect(regrouped.tally == shuffled.tally)
    }
}
