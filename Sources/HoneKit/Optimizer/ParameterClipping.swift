import Foundation

/// The bounds the optimizer keeps the parameters in after every step: FSRS-6's published bounds
/// (`FSRSParameters.lowerBounds`/`upperBounds`), tightened as fsrs-rs tightens them: w19 at least 0.01
/// (the short-term terms are on), and with more than one relearning step, w17·w18 small enough that
/// the steps cannot lift post-lapse stability above the stability before the lapse.
public enum ParameterClipping {
    public static func bounds(relearningSteps: Int = 1) -> (lower: [Double], upper: [Double]) {
        (lowerBounds, upperBounds(relearningSteps: relearningSteps, weights: FSRSParameters.defaultWeights))
    }

    static let lowerBounds: [Double] = {
        var lower = FSRSParameters.lowerBounds
        lower[19] = 0.01
        return lower
    }()

    static func upperBounds(relearningSteps: Int, weights: [Double]) -> [Double] {
        var upper = FSRSParameters.upperBounds
        if relearningSteps > 1 {
            let limit = -(log(weights[11]) + log(pow(2, weights[13]) - 1) + weights[14] * 0.3) / Double(relearningSteps)
            let ceiling = min(sqrt(max(limit, 0.01)), 2)
            upper[17] = ceiling
            upper[18] = ceiling
        }
        return upper
    }

    /// Clips `weights` in place.
    public static func clip(_ weights: inout [Double], relearningSteps: Int = 1) {
        let upper = upperBounds(relearningSteps: relearningSteps, weights: weights)
        for index in weights.indices {
            weights[index] = min(max(weights[index], lowerBounds[index]), upper[index])
        }
    }
}
