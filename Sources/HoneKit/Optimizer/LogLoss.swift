import Foundation

/// Weighted binary cross-entropy of the predictions along card histories, and its exact gradient.
enum LogLoss {
    static let minimumProbability = 1e-7
    static let maximumProbability = 1 - 1e-7

    /// The summed weighted loss of batch `batch` at `parameters` and its gradient, by carrying each
    /// card's memory state as dual numbers through the card's reviews.
    static func lossAndGradient(_ data: TrainingBatches, batch: Int, parameters: [Double]) -> (loss: Double, gradient: [Double]) {
        let model = MemoryModel<FSRSDual>(differentiating: parameters)
        var loss = 0.0
        var gradientLow = SIMD16<Double>.zero, gradientHigh = SIMD8<Double>.zero
        data.elapsed.withUnsafeBufferPointer { elapsed in
            data.ratings.withUnsafeBufferPointer { ratings in
                data.weights.withUnsafeBufferPointer { weights in
                    for card in data.batchStarts[batch]..<data.batchStarts[batch + 1] {
                        let start = data.cardStarts[card], end = data.cardStarts[card + 1]
                        var (s, d) = model.initialState(rating: Int(ratings[start]))
                        for i in (start + 1)..<end {
                            let lastS = s.clamped(MemoryModel<FSRSDual>.minimumStability, MemoryModel<FSRSDual>.maximumStability)
                            let r = model.retrievability(elapsed: elapsed[i], stability: lastS)
                            let weight = weights[i]
                            if weight > 0 {
                                let recalled = ratings[i] > 1
                                let p = min(max(r.value, minimumProbability), maximumProbability)
                                loss -= weight * (recalled ? Foundation.log(p) : Foundation.log(1 - p))
                                if r.value > minimumProbability, r.value < maximumProbability {
                                    let slope = recalled ? -weight / p : weight / (1 - p)
                                    gradientLow += r.low * slope
                                    gradientHigh += r.high * slope
                                }
                            }
                            if i + 1 < end {
                                (s, d) = model.transition(lastS: lastS, lastD: d, retrievability: r, elapsed: elapsed[i], rating: Int(ratings[i]))
                            }
                        }
                    }
                }
            }
        }
        let gradient = FSRSDual(value: 0, low: gradientLow, high: gradientHigh).gradient
        return (loss, gradient)
    }

    /// The same loss without gradient, in plain doubles (for checking the gradient).
    static func loss(_ data: TrainingBatches, batch: Int, parameters: [Double]) -> Double {
        let model = MemoryModel<Double>(parameters: parameters)
        var loss = 0.0
        for card in data.batchStarts[batch]..<data.batchStarts[batch + 1] {
            let start = data.cardStarts[card], end = data.cardStarts[card + 1]
            var (s, d) = model.initialState(rating: Int(data.ratings[start]))
            for i in (start + 1)..<end {
                let lastS = s.clamped(MemoryModel<Double>.minimumStability, MemoryModel<Double>.maximumStability)
                let r = model.retrievability(elapsed: data.elapsed[i], stability: lastS)
                if data.weights[i] > 0 {
                    let p = min(max(r, minimumProbability), maximumProbability)
                    loss -= data.weights[i] * (data.ratings[i] > 1 ? Foundation.log(p) : Foundation.log(1 - p))
                }
                (s, d) = model.transition(lastS: lastS, lastD: d, retrievability: r, elapsed: data.elapsed[i], rating: Int(data.ratings[i]))
            }
        }
        return loss
    }
}
