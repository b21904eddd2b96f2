import Foundation
import Testing
@testable import HoneKit

@Suite struct FuzzTests {
    @Test(arguments: [(1, 1, 1), (2, 2, 2), (3, 2, 4), (7, 5, 9), (10, 8, 12), (30, 27, 33), (100, 93, 107)])
    func boundsWidenWithTheInterval(interval: Int, lower: Int, upper: Int) {
        let bounds = Scheduler.fuzzBounds(interval: interval, maximum: 36_500)
        #expect(bounds.lower == lower)
        #expect(bounds.upper == upper)
    }

    @Test func boundsStayUnderTheMaximum() {
        let bounds = Scheduler.fuzzBounds(interval: 100, maximum: 90)
        #expect(bounds.upper <= 90)
        #expect(bounds.lower <= bounds.upper)
    }

    @Test func theTableOfSpreadsGivesTheBoundsWorkedOutInFull() {
        #expect(Scheduler.roundedSpreads.count == 1024)
        for maximum in [1, 2, 3, 4, 7, 20, 90, 1_023, 1_024, 1_025, 36_500] {
            for interval in -2...2_100 {
                let bounds = Scheduler.fuzzBounds(interval: interval, maximum: maximum)
                let computed = Scheduler.computedBounds(interval: interval, maximum: maximum)
                #expect(bounds == computed, "interval \(interval), maximum \(maximum)")
                if bounds != computed { return }
            }
        }
    }

    @Test func fuzzDependsOnlyOnCardAndReviewCount() {
        #expect(Scheduler.fuzzFactor(cardID: "a", reps: 3) == Scheduler.fuzzFactor(cardID: "a", reps: 3))
        #expect(Scheduler.fuzzFactor(cardID: "a", reps: 3) != Scheduler.fuzzFactor(cardID: "a", reps: 4))
        #expect(Scheduler.fuzzFactor(cardID: "a", reps: 3) != Scheduler.fuzzFactor(cardID: "b", reps: 3))
    }

    @Test func fuzzedIntervalsFallWithinBoundsAndSpreadOverThem() {
        let scheduler = Scheduler()
        var seen: Set<Int> = []
        for card in 0..<400 {
            let fuzzed = scheduler.fuzzedInterval(30, cardHash: Scheduler.cardHash("card-\(card)"), reps: 5)
            #expect((27...33).contains(fuzzed))
            seen.insert(fuzzed)
        }
        #expect(seen == Set(27...33))
    }

    @Test func fuzzIsOffWhenSettingsSaySo() {
        var settings = SchedulingSettings()
        settings.fuzz = false
        let start = TestDecks.date("2026-01-01T10:00:00Z")
        var state = Scheduler(settings: settings).review(.new, cardID: "x", rating: .easy, at: start)
        state = Scheduler(settings: settings).review(state, cardID: "x", rating: .good, at: state.due!)
        let fsrs = FSRS()
        #expect(state.intervalDays == Double(fsrs.interval(stability: state.stability!, desiredRetention: 0.9, maximumInterval: 36_500)))
    }
}
