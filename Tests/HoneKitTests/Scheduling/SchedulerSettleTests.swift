import Foundation
import Testing
@testable import HoneKit

/// A replay leaves a card's interval and due date unsettled until its last review
/// (`review(settle: false)`): the rest of the state is the same, and `reachesInterval` answers
/// what the settled interval would have been compared with a number of days.
@Suite struct SchedulerSettleTests {
    /// Random histories (ratings, gaps of hours to months) with and without fuzz, a low maximum
    /// interval among them: every state an unsettled review leaves is the settled one but for its
    /// interval and due date, which `settle` then works out as a settled review does; for states in review `reachesInterval` agrees with the settled
    /// interval at every threshold around the fuzz's ranges.
    @Test func anUnsettledReviewDiffersOnlyInItsIntervalAndDue() {
        var checked = 0
        for (fuzz, maximum) in [(true, 36_500), (false, 36_500), (true, 40)] {
            var settings = SchedulingSettings()
            settings.fuzz = fuzz
            settings.maximumInterval = maximum
            let scheduler = Scheduler(settings: settings)
            var rng = SplitMix64(seed: UInt64(maximum) + (fuzz ? 1 : 0))
            for card in 0..<400 {
                let hash = Scheduler.cardHash("d/c\(card)")
                var settled = CardState.new
                var unsettled = CardState.new
                var at = Date(timeIntervalSince1970: 1_750_000_000)
                for _ in 0..<25 {
                    let rating = Rating(rawValue: [1, 2, 3, 3, 3, 4][Int(rng.next() % 6)])!
                    let elapsed = settled.lastReview.map { settings.calendar.daysBetween($0, at) }
                    scheduler.review(&settled, cardHash: hash, rating: rating, at: at, elapsed: elapsed, settle: true)
                    scheduler.review(&unsettled, cardHash: hash, rating: rating, at: at, elapsed: elapsed, settle: false)
                    var comparable = unsettled
                    (comparable.intervalDays, comparable.due) = (settled.intervalDays, settled.due)
                    #expect(comparable == settled)
                    var finished = unsettled
                    scheduler.settle(&finished, cardHash: hash)
                    #expect(finished == settled)
                    if settled.phase == .review {
                        for days in [1, 2, 3, 4, 8, 15, 20, 21, 22, 23, 30, 40, 41, 100] {
                            #expect(scheduler.reachesInterval(unsettled, cardHash: hash, days: days) == (settled.intervalDays >= Double(days)),
                                    "interval \(settled.intervalDays), \(days) days")
                        }
                        checked += 1
                    }
                    at = at.addingTimeInterval(Double(rng.next() % (60 * 86_400)) + 3_600)
                }
            }
        }
        #expect(checked > 10_000)
    }
}
