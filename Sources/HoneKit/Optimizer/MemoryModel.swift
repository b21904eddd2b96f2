import Foundation

/// The FSRS-6 memory model as fsrs-rs trains and evaluates it, generic over the number type so that
/// the same code gives predictions (`Double`) and exact gradients (`FSRSDual`).
///
/// The formulas are those of `FSRS` (Scheduling/FSRS.swift); what this adds is fsrs-rs's handling of
/// the clamps (stability in 0.001...36500, difficulty in 1...10, with no gradient through an active
/// clamp) and of same-day reviews (elapsed days 0: the short-term formula).
struct MemoryModel<T: FSRSScalar> {
    static var minimumStability: Double { 0.001 }
    static var maximumStability: Double { 36_500 }

    let w: [T]
    private let decay: T
    private let factor: T
    private let easyDifficulty: T
    private let failureDivisor: T
    private let expW8: T
    private let negW9: T, negW12: T, negW19: T

    init(weights: [T]) {
        precondition(weights.count == FSRSParameters.count, "FSRS-6 has 21 parameters")
        w = weights
        decay = -weights[20]
        factor = (T(Foundation.log(0.9)) / decay).exp() + (-1)
        easyDifficulty = weights[4] - (weights[5] * 3).exp() + 1
        failureDivisor = (weights[17] * weights[18]).exp()
        expW8 = weights[8].exp()
        negW9 = -weights[9]
        negW12 = -weights[12]
        negW19 = -weights[19]
    }

    /// Stability and difficulty after a card's first review.
    @inline(__always)
    func initialState(rating: Int) -> (stability: T, difficulty: T) {
        let difficulty = w[4] - (w[5] * Double(rating - 1)).exp() + 1
        return (w[rating - 1].clamped(Self.minimumStability, Self.maximumStability), difficulty.clamped(1, 10))
    }

    /// Probability of recall `elapsed` days after a review that left stability `stability`.
    @inline(__always)
    func retrievability(elapsed: Double, stability: T) -> T {
        guard elapsed > 0 else { return T(1) }
        let base = factor * elapsed / stability + 1
        return (base.log() * decay).exp()
    }

    /// The state after a review `elapsed` study days after the previous one.
    @inline(__always)
    func next(stability: T, difficulty: T, elapsed: Double, rating: Int) -> (stability: T, difficulty: T) {
        let lastS = stability.clamped(Self.minimumStability, Self.maximumStability)
        return transition(lastS: lastS, lastD: difficulty, retrievability: retrievability(elapsed: elapsed, stability: lastS),
                          elapsed: elapsed, rating: rating)
    }

    /// The state after a review, from the clamped stability before it and the retrievability at it.
    @inline(__always)
    func transition(lastS: T, lastD difficulty: T, retrievability r: T, elapsed: Double, rating: Int) -> (stability: T, difficulty: T) {
        let lastD = difficulty.clamped(1, 10)
        var newS: T
        if elapsed == 0 {
            var increase = (w[17] * (w[18] + Double(rating - 3))).exp() * lastS.pow(negW19)
            if rating >= 2, increase.value < 1 { increase = T(1) }
            newS = lastS * increase
        } else if rating == 1 {
            let raw = w[11] * lastD.pow(negW12) * ((lastS + 1).pow(w[13]) + (-1)) * ((-r + 1) * w[14]).exp()
            let floor = lastS / failureDivisor
            newS = floor.value < raw.value ? floor : raw
        } else {
            var increase = expW8 * (-lastD + 11) * lastS.pow(negW9) * (((-r + 1) * w[10]).exp() + (-1))
            if rating == 2 { increase = increase * w[15] }
            if rating == 4 { increase = increase * w[16] }
            newS = lastS * (increase + 1)
        }
        let change = w[6] * Double(3 - rating)
        let damped = lastD + (-lastD + 10) * change * (1.0 / 9)
        let reverted = w[7] * (easyDifficulty - damped) + damped
        return (newS.clamped(Self.minimumStability, Self.maximumStability), reverted.clamped(1, 10))
    }
}

extension MemoryModel where T == Double {
    init(parameters: [Double]) { self.init(weights: parameters) }
}

extension MemoryModel where T == FSRSDual {
    /// The model with every parameter seeded as an independent variable.
    init(differentiating parameters: [Double]) {
        self.init(weights: parameters.enumerated().map { FSRSDual.parameter($1, index: $0) })
    }
}
