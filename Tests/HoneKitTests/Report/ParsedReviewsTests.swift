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

    /// Reviews made when cards come due (a day or two either side, a few the same day), so that
    /// many review-phase cards are reviewed at intervals around the 21 days that make a card mature:
    /// the replay's counts per deck and day are those counted review by review as a session counts
    /// them (`ReviewTally.count` with the state before each review), with fuzz and without.
    @Test func theReplayCountsWhatReviewByReviewCountingCounts() throws {
        for fuzz in [true, false] {
            var settings = SchedulingSettings()
            settings.fuzz = fuzz
            let scheduler = Scheduler(settings: settings)
            var rng = SplitMix64(seed: fuzz ? 5 : 6)
            var records: [ReviewRecord] = []
            var expected = ReviewTally()
            var states: [String: CardState] = [:]
            var nearMature = 0
            for card in 0..<300 {
                let id = "deck\(card % 3)/c\(card)/term"
                var state = CardState.new
                var at = Date(timeIntervalSince1970: 1_750_000_000 + Double(rng.next() % 86_400))
                for _ in 0..<(12 + Int(rng.next() % 10)) {
                    let rating = Rating(rawValue: [1, 2, 3, 3, 3, 3, 4][Int(rng.next() % 7)])!
                    if state.phase == .review, (15...28).contains(state.intervalDays) { nearMature += 1 }
                    expected.count(cardID: id, before: state, rating: rating, at: at, durationMS: 1_000, calendar: settings.calendar)
                    records.append(ReviewRecord(card: id, at: at, rating: rating, durationMS: 1_000))
                    state = scheduler.review(state, cardID: id, rating: rating, at: at)
                    // Next: when due, a day or two either side, or later the same day.
                    let shift = [-2, -1, 0, 0, 1, 2][Int(rng.next() % 6)]
                    let due = state.due ?? at
                    at = rng.next() % 8 == 0 ? at.addingTimeInterval(3_600)
                        : max(due.addingTimeInterval(Double(shift) * 86_400), at.addingTimeInterval(600))
                }
                states[id] = state
            }
            #expect(nearMature > 200, "reviews of review cards at 15 to 28 days: \(nearMature)")
            records.sort { $0.at < $1.at }
            let bytes = Array(records.map { $0.line + "\n" }.joined().utf8)
            for parts in [1, 2] {
                let replayed = try ReviewColumns.read(bytes, path: "j", parts: parts).replayTally(scheduling: settings, parts: parts)
                #expect(replayed.states.dictionary == states, "fuzz \(fuzz), \(parts) threads")
                #expect(replayed.tally == expected, "fuzz \(fuzz), \(parts) threads")
            }
        }
    }
}
