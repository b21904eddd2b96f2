import Foundation
import Testing
@testable import HoneKit

@Suite struct OptimizerRetentionTests {
    static var small: RetentionSimulation.Configuration {
        var configuration = RetentionSimulation.Configuration()
        configuration.deckSize = 300
        configuration.learnSpan = 120
        configuration.maximumCostPerDay = 300
        configuration.samples = 2
        return configuration
    }

    @Test func brentFindsTheMinimumInsideTheRange() throws {
        let minimum = try #require(OptimalRetention.brent({ ($0 - 0.83) * ($0 - 0.83) }, lower: 0.7, upper: 0.95, maximumIterations: 64))
        #expect(abs(minimum - 0.83) < 0.01)
        let atEdge = try #require(OptimalRetention.brent({ $0 }, lower: 0.7, upper: 0.95, maximumIterations: 64))
        #expect(atEdge < 0.72)
    }

    @Test func theSimulationIsSeededAndCostsMoreWhenRetentionIsVeryHigh() {
        let w = FSRSParameters.defaultWeights
        let a = RetentionSimulation.costPerCardRemembered(parameters: w, retention: 0.9, configuration: Self.small, seed: 42)
        #expect(a == RetentionSimulation.costPerCardRemembered(parameters: w, retention: 0.9, configuration: Self.small, seed: 42))
        #expect(a.isFinite && a > 0)
        let extreme = RetentionSimulation.costPerCardRemembered(parameters: w, retention: 0.99, configuration: Self.small, seed: 42)
        #expect(extreme > a)
    }

    @Test func theSuggestionIsARoundedRetentionInRange() throws {
        let suggestion = try OptimalRetention.find(parameters: FSRSParameters.defaultWeights, configuration: Self.small)
        #expect(OptimalRetention.range.contains(suggestion))
        #expect((suggestion * 100).rounded() / 100 == suggestion)
    }

    @Test func habitsComeFromTheLog() {
        let records = SyntheticReviewLog.records(cards: 200, seed: 2).map { record -> ReviewRecord in
            var record = record
            record.durationMS = record.rating == .again ? 30_000 : 6_000
            return record
        }
        let sequences = ReviewSequences(records, calendar: StudyCalendar())
        let habits = RetentionSimulation.Configuration(records: records, sequences: sequences, settings: SchedulingSettings())
        let defaults = RetentionSimulation.Configuration()
        #expect(abs(habits.firstRatingProbabilities.reduce(0, +) - 1) < 1e-9)
        #expect(habits.reviewRatingProbabilities[1] > defaults.reviewRatingProbabilities[1]) // Good is 75% of recalls here
        #expect(habits.stateRatingCosts[1][2] < defaults.stateRatingCosts[1][2]) // 6 s per Good review
        #expect(habits.stateRatingCosts[1][0] > defaults.stateRatingCosts[1][0]) // 30 s per lapse
    }
}
