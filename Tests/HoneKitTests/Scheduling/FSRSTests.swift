import Foundation
import Testing
@testable import HoneKit

@Suite struct FSRSTests {
    let fsrs = FSRS()

    @Test func retrievabilityIsNinetyPercentAfterOneStability() {
        #expect(abs(fsrs.retrievability(elapsedDays: 10, stability: 10) - 0.9) < 1e-12)
        #expect(fsrs.retrievability(elapsedDays: 0, stability: 3) == 1)
    }

    @Test func intervalAtNinetyPercentEqualsStability() {
        #expect(fsrs.interval(stability: 12.4, desiredRetention: 0.9, maximumInterval: 36_500) == 12)
        #expect(fsrs.interval(stability: 0.2, desiredRetention: 0.9, maximumInterval: 36_500) == 1)
        #expect(fsrs.interval(stability: 1e6, desiredRetention: 0.9, maximumInterval: 36_500) == 36_500)
    }

    @Test func initialDifficultyIsClampedButMeanReversionUsesTheRawEasyValue() {
        #expect(fsrs.initialDifficulty(.easy) == 1)
        #expect(fsrs.initialDifficulty(.easy, clamped: false) < 1)
    }

    @Test func parametersAreValidated() {
        #expect(throws: FSRSParameters.ParameterError.self) { try FSRSParameters([1, 2, 3]) }
        var weights = FSRSParameters.defaultWeights
        weights[20] = 0.9
        #expect(throws: FSRSParameters.ParameterError.outOfBounds(index: 20, value: 0.9, lower: 0.1, upper: 0.8)) {
            try FSRSParameters(weights)
        }
        #expect(FSRSParameters.clipped(weights)[20] == 0.8)
    }
}
