import Foundation

/// The FSRS-6 memory model: formulas only, over one set of parameters.
///
/// Stability is in days; difficulty runs from 1 to 10; retrievability is the predicted probability
/// of recall. The formulas follow the published FSRS-6 algorithm as py-fsrs 6.3.2 writes it.
public struct FSRS: Sendable, Equatable {
    public let parameters: FSRSParameters
    public let decay: Double
    public let factor: Double
    /// Terms that depend only on the parameters, worked out once (the same operations, so the
    /// same results to the last bit): `exp(w[8])`, `exp(w[17] * w[18])` and the easy initial
    /// difficulty that difficulty reverts towards.
    private let expW8: Double
    private let shortTermDivisor: Double
    private let easyDifficulty: Double
    /// Per rating (index rating - 1): initial stability, clamped initial difficulty and the
    /// short-term growth factor `exp(w[17] * (rating - 3 + w[18]))`.
    private let initialStabilities: [Double]
    private let initialDifficulties: [Double]
    private let shortTermGrowth: [Double]
    private let w: [Double]

    public static let minimumStability = 0.001
    public static let minimumDifficulty = 1.0
    public static let maximumDifficulty = 10.0

    public init(parameters: FSRSParameters = .defaults) {
        self.parameters = parameters
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        let w = parameters.weights
        self.w = w
        expW8 = exp(w[8])
        shortTermDivisor = exp(w[17] * w[18])
        easyDifficulty = w[4] - exp(w[5] * Double(Rating.easy.rawValue - 1)) + 1
        let ratings = [Rating.again, .hard, .good, .easy]
        initialStabilities = ratings.map { max(w[$0.rawValue - 1], Self.minimumStability) }
        initialDifficulties = ratings.map { min(max(w[4] - exp(w[5] * Double($0.rawValue - 1)) + 1, Self.minimumDifficulty), Self.maximumDifficulty) }
        shortTermGrowth = ratings.map { exp(w[17] * (Double($0.rawValue) - 3 + w[18])) }
    }

    public static func == (a: FSRS, b: FSRS) -> Bool { a.parameters == b.parameters }

    /// Probability of recall after `elapsedDays` at stability `stability`.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * max(elapsedDays, 0) / stability, decay)
    }

    public func initialStability(_ rating: Rating) -> Double {
        initialStabilities[rating.rawValue - 1]
    }

    public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
        if clamped { return initialDifficulties[rating.rawValue - 1] }
        let difficulty = w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(difficulty) : difficulty
    }

    public func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -w[6] * Double(rating.rawValue - 3)
        let damped = difficulty + (10 - difficulty) * delta / 9
        let reverted = w[7] * easyDifficulty + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    /// Stability after a review on the same study day as the previous one.
    public func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = shortTermGrowth[rating.rawValue - 1] * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1) }
        return max(stability * increase, Self.minimumStability)
    }

    /// Stability after a review on a later study day, at retrievability `r`.
    public func nextStability(difficulty: Double, stability: Double, retrievability r: Double, rating: Rating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: r)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        return max(next, Self.minimumStability)
    }

    func recallStability(difficulty: Double, stability: Double, retrievability r: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1 + expW8 * (11 - difficulty) * pow(stability, -w[9])
            * (exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    func forgetStability(difficulty: Double, stability: Double, retrievability r: Double) -> Double {
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1) * exp((1 - r) * w[14])
        let shortTerm = stability / shortTermDivisor
        return min(longTerm, shortTerm)
    }

    /// The interval in whole days that brings retrievability down to `desiredRetention`, before fuzz
    /// (rounded half to even, as py-fsrs's `round` does), clamped to 1...maximumInterval.
    public func interval(stability: Double, desiredRetention: Double, maximumInterval: Int) -> Int {
        interval(stability: stability, retentionTerm: retentionTerm(desiredRetention), maximumInterval: maximumInterval)
    }

    /// `pow(desiredRetention, 1 / decay) - 1`, the part of the interval that depends on the retention.
    public func retentionTerm(_ desiredRetention: Double) -> Double {
        pow(desiredRetention, 1 / decay) - 1
    }

    /// `interval(stability:desiredRetention:maximumInterval:)` with the retention term worked out.
    public func interval(stability: Double, retentionTerm: Double, maximumInterval: Int) -> Int {
        let raw = stability / factor * retentionTerm
        let rounded = raw.rounded(.toNearestOrEven)
        guard rounded.isFinite else { return maximumInterval }
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.minimumDifficulty), Self.maximumDifficulty)
    }
}
