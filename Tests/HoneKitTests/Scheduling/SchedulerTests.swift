import Foundation
import Testing
@testable import HoneKit

@Suite struct SchedulerTests {
    var settings: SchedulingSettings {
        var s = SchedulingSettings()
        s.fuzz = false
        return s
    }
    let start = TestDecks.date("2026-11-24T09:00:00Z")

    @Test func newCardWalksTheLearningSteps() {
        let scheduler = Scheduler(settings: settings)
        let first = scheduler.review(.new, cardID: "c", rating: .good, at: start)
        #expect(first.phase == .learning)
        #expect(first.step == 1)
        #expect(first.due == start.addingTimeInterval(600))
        #expect(first.stability == FSRSParameters.defaultWeights[2])
        let second = scheduler.review(first, cardID: "c", rating: .good, at: start.addingTimeInterval(600))
        #expect(second.phase == .review)
        #expect(second.step == nil)
        #expect(second.intervalDays >= 1)
        #expect(second.intervalDays == second.intervalDays.rounded())
    }

    @Test func againGoesBackToTheFirstStepAndHardRepeats() {
        let scheduler = Scheduler(settings: settings)
        let first = scheduler.review(.new, cardID: "c", rating: .again, at: start)
        #expect(first.step == 0)
        #expect(first.due == start.addingTimeInterval(60))
        let hard = scheduler.review(first, cardID: "c", rating: .hard, at: start.addingTimeInterval(60))
        #expect(hard.step == 0)
        #expect(hard.due == start.addingTimeInterval(60 + 330)) // mean of 1m and 10m
    }

    @Test func easyGraduatesAtOnce() {
        let state = Scheduler(settings: settings).review(.new, cardID: "c", rating: .easy, at: start)
        #expect(state.phase == .review)
        #expect(state.intervalDays == 8) // S0(easy) = 8.2956 days at 90% retention
    }

    @Test func aLapseGoesToRelearningAndCountsALapse() {
        let scheduler = Scheduler(settings: settings)
        var state = scheduler.review(.new, cardID: "c", rating: .easy, at: start)
        state = scheduler.review(state, cardID: "c", rating: .again, at: start.addingTimeInterval(8 * 86_400))
        #expect(state.phase == .relearning)
        #expect(state.lapses == 1)
        #expect(state.due == start.addingTimeInterval(8 * 86_400 + 600))
        state = scheduler.review(state, cardID: "c", rating: .good, at: start.addingTimeInterval(8 * 86_400 + 600))
        #expect(state.phase == .review)
    }

    @Test func noLearningStepsGraduatesOnTheFirstReview() {
        var s = settings
        s.learningSteps = []
        let state = Scheduler(settings: s).review(.new, cardID: "c", rating: .again, at: start)
        #expect(state.phase == .review)
        #expect(state.intervalDays >= 1)
    }

    @Test func intervalsRespectTheMaximum() {
        var s = settings
        s.maximumInterval = 5
        let scheduler = Scheduler(settings: s)
        var state = CardState.new
        var date = start
        for _ in 0..<8 {
            state = scheduler.review(state, cardID: "c", rating: .easy, at: date)
            #expect(state.intervalDays <= 5)
            date = state.due!
        }
    }

    @Test func sameStudyDayUsesShortTermStability() {
        let scheduler = Scheduler(settings: settings)
        let fsrs = FSRS()
        let first = scheduler.review(.new, cardID: "c", rating: .good, at: start)
        let second = scheduler.review(first, cardID: "c", rating: .good, at: start.addingTimeInterval(3600))
        #expect(second.stability == fsrs.shortTermStability(first.stability!, .good))
    }

    @Test func replayIsTheSameAsReviewingOneByOne() {
        let scheduler = Scheduler(settings: SchedulingSettings())
        let history: [(at: Date, rating: Rating)] = [(start, .good), (start.addingTimeInterval(600), .good),
                                                     (start.addingTimeInterval(3 * 86_400), .hard), (start.addingTimeInterval(20 * 86_400), .again)]
        var state = CardState.new
        for review in history { state = scheduler.review(state, cardID: "x", rating: review.rating, at: review.at) }
        #expect(scheduler.replay(cardID: "x", reviews: history) == state)
    }
}
