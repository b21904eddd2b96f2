import Foundation
import Testing
@testable import HoneKit

/// The gradient the optimizer descends is exact: it matches central finite differences of the loss.
@Suite struct OptimizerGradientTests {
    static let data: TrainingBatches = {
        let sequences = SyntheticReviewLog.sequences(cards: 60, seed: 7)
        return TrainingBatches(sequences, kept: Array(repeating: true, count: sequences.cardCount), batchSize: 10_000, maximumLength: 256)
    }()

    func expectGradientMatchesFiniteDifferences(at parameters: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        let data = Self.data
        let (loss, gradient) = LogLoss.lossAndGradient(data, batch: 0, parameters: parameters)
        #expect(abs(loss - LogLoss.loss(data, batch: 0, parameters: parameters)) < 1e-9 * loss, sourceLocation: sourceLocation)
        for index in 0..<FSRSParameters.count {
            let h = 1e-6 * max(abs(parameters[index]), 0.1)
            var plus = parameters, minus = parameters
            plus[index] += h
            minus[index] -= h
            let numeric = (LogLoss.loss(data, batch: 0, parameters: plus) - LogLoss.loss(data, batch: 0, parameters: minus)) / (2 * h)
            let scale = max(abs(numeric), abs(gradient[index]), 1e-3)
            #expect(abs(numeric - gradient[index]) / scale < 1e-4,
                    "∂loss/∂w\(index): dual \(gradient[index]), finite differences \(numeric)", sourceLocation: sourceLocation)
        }
    }

    @Test func atTheDefaults() {
        #expect(Self.data.itemCount > 200)
        expectGradientMatchesFiniteDifferences(at: FSRSParameters.defaultWeights)
    }

    @Test func atOtherParameters() {
        expectGradientMatchesFiniteDifferences(at: SyntheticReviewLog.trueParameters)
        var hardAndEasy = FSRSParameters.defaultWeights
        hardAndEasy[15] = 0.3
        hardAndEasy[16] = 3.1
        hardAndEasy[19] = 0.4
        hardAndEasy[20] = 0.6
        expectGradientMatchesFiniteDifferences(at: hardAndEasy)
    }

    @Test func dualArithmeticFollowsTheChainRule() {
        let x = FSRSDual.parameter(1.7, index: 3), y = FSRSDual.parameter(0.4, index: 18)
        let z = (x * y + x / y).log() + x.pow(y) - (y * 2).exp()
        // ∂z/∂x = (y + 1/y)/(xy + x/y) + y x^(y-1); ∂z/∂y = (x - x/y²)/(xy + x/y) + x^y ln x - 2e^(2y)
        let (xv, yv) = (1.7, 0.4)
        let inner = xv * yv + xv / yv
        #expect(abs(z.derivative(3) - ((yv + 1 / yv) / inner + yv * pow(xv, yv - 1))) < 1e-12)
        #expect(abs(z.derivative(18) - ((xv - xv / (yv * yv)) / inner + pow(xv, yv) * log(xv) - 2 * exp(2 * yv))) < 1e-12)
        #expect(z.derivative(0) == 0 && z.derivative(20) == 0)
    }

    @Test func clampsStopTheGradientOutsideAndPassItOnTheBoundary() {
        let below = FSRSDual.parameter(0.0005, index: 0).clamped(0.001, 100)
        #expect(below.value == 0.001 && below.derivative(0) == 0)
        let onBoundary = FSRSDual.parameter(0.001, index: 0).clamped(0.001, 100)
        #expect(onBoundary.derivative(0) == 1)
    }
}
