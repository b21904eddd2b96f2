import Testing
@testable import HoneKit

@Suite struct OptimizerClippingTests {
    @Test func clippingPutsEveryParameterInsideThePublishedBounds() {
        var weights = (0..<21).map { $0 % 2 == 0 ? -1000.0 : 1000.0 }
        ParameterClipping.clip(&weights)
        for index in 0..<21 {
            #expect(weights[index] >= FSRSParameters.lowerBounds[index] && weights[index] <= FSRSParameters.upperBounds[index])
        }
        #expect(weights[19] >= 0.01) // fsrs-rs keeps the short-term decay on
        #expect((try? FSRSParameters(weights)) != nil)
    }

    @Test func moreRelearningStepsTightenTheShortTermCeiling() {
        var weights = FSRSParameters.defaultWeights
        weights[17] = 2
        weights[18] = 2
        ParameterClipping.clip(&weights, relearningSteps: 2)
        #expect(weights[17] < 2 && weights[17] == weights[18])
        var defaults = FSRSParameters.defaultWeights
        ParameterClipping.clip(&defaults, relearningSteps: 2)
        #expect(defaults == FSRSParameters.defaultWeights)
    }

    @Test func everyStepStaysInBoundsEvenWithAHugeLearningRate() {
        let sequences = SyntheticReviewLog.sequences(cards: 120, seed: 3)
        var optimizer = FSRSOptimizer()
        optimizer.configuration.learningRate = 50
        optimizer.configuration.batchSize = 64
        optimizer.configuration.epochs = 2
        let data = TrainingBatches(sequences, kept: Array(repeating: true, count: sequences.cardCount), batchSize: 64, maximumLength: 256)
        var steps = 0
        let trained = optimizer.train(data, from: FSRSParameters.defaultWeights) { _ in steps += 1 }
        #expect(steps == 2 * data.batchCount)
        let (lower, upper) = ParameterClipping.bounds()
        for index in 0..<21 { #expect(trained[index] >= lower[index] && trained[index] <= upper[index], "w\(index) = \(trained[index])") }
        let fit = try? optimizer.fit(sequences)
        #expect(fit.map { (try? FSRSParameters($0.parameters)) != nil } == true)
    }
}
