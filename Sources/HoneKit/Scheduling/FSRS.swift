import Foundation

/// The FSRS-6 memory model: formulas only, over one set of parameters.
///
/// Stability is in days; difficulty runs from 1 to 10; retrievability is the predicted probability
/// of recall. The formulas follow the published FSRS-6 algorithm as py-fsrs 6.3.2 writes it.
///
/// The weights the formulas use are held one by one (no array to index, check and retain on a path
/// that runs a million times), and terms that depend only on the parameters are worked out once with
/// the same operations, so every result is the same to the last bit.
///
/// The formulas a replay runs for every review are `@inlinable` (with the values they read
/// `@usableFromInline`), so a caller in another module (hone-bench's loop, say) compiles them into
/// its own code instead of calling across the module for each one. Inlined, they are the same
/// operations in the same order (Swift does not contract a product and a sum into one rounding),
/// so the results do not change.
public struct FSRS: Sendable, Equatable {
    public let parameters: FSRSParameters
    public let decay: Double
    public let factor: Double
    /// `exp(w[8])` and `exp(w[17] * w[18])`.
    @usableFromInline let expW8: Double
    @usableFromInline let shortTermDivisor: Double
    /// The weights the formulas read, negated where they are used negated (negation is exact).
    @usableFromInline let w4, w5, w9Negated, w10, w11, w12Negated, w13, w14, w15, w16, w19Negated: Double
    /// `w[7] * easyDifficulty` (the easy initial difficulty, unclamped) and `1 - w[7]`: the two
    /// halves of the mean reversion.
    @usableFromInline let revertedEasy, keptShare: Double
    /// Per rating: initial stability, clamped initial difficulty, the short-term growth factor
    /// `exp(w[17] * (rating - 3 + w[18]))` and the difficulty step `-w[6] * (rating - 3)`.
    @usableFromInline let initialStabilities: PerRating
    @usableFromInline let initialDifficulties: PerRating
    @usableFromInline let shortTermGrowth: PerRating
    @usableFromInline let difficultySteps: PerRating

    // Constants rather than stored globals: inlined code reads them without a call to an accessor.
    @inlinable public static var minimumStability: Double { 0.001 }
    @inlinable public static var minimumDifficulty: Double { 1.0 }
    @inlinable public static var maximumDifficulty: Double { 10.0 }

    public init(parameters: FSRSParameters = .defaults) {
        self.parameters = parameters
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        let w = parameters.weights
        (w4, w5, w9Negated, w10, w11, w12Negated) = (w[4], w[5], -w[9], w[10], w[11], -w[12])
        (w13, w14, w15, w16, w19Negated) = (w[13], w[14], w[15], w[16], -w[19])
        expW8 = exp(w[8])
        shortTermDivisor = exp(w[17] * w[18])
        let easyDifficulty = w[4] - exp(w[5] * Double(Rating.easy.rawValue - 1)) + 1
        revertedEasy = w[7] * easyDifficulty
        keptShare = 1 - w[7]
        initialStabilities = PerRating { max(w[$0.rawValue - 1], Self.minimumStability) }
        initialDifficulties = PerRating {
            min(max(w[4] - exp(w[5] * Double($0.rawValue - 1)) + 1, Self.minimumDifficulty), Self.maximumDifficulty)
        }
        shortTermGrowth = PerRating { exp(w[17] * (Double($0.rawValue) - 3 + w[18])) }
        difficultySteps = PerRating { -w[6] * Double($0.rawValue - 3) }
    }

    public static func == (a: FSRS, b: FSRS) -> Bool { a.parameters == b.parameters }

    /// Probability of recall after `elapsedDays` at stability `stability`.
    @inlinable public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * max(elapsedDays, 0) / stability, decay)
    }

    @inlinable public func initialStability(_ rating: Rating) -> Double {
        initialStabilities[rating]
    }

    @inlinable public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
        if clamped { return initialDifficulties[rating] }
        return w4 - exp(w5 * Double(rating.rawValue - 1)) + 1
    }

    @inlinable public func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = difficultySteps[rating]
        let damped = difficulty + (10 - difficulty) * delta / 9
        let reverted = revertedEasy + keptShare * damped
        return clampDifficulty(reverted)
    }

    /// Stability after a review on the same study day as the previous one.
    @inlinable @inline(__always) public func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = shortTermGrowth[rating] * pow(stability, w19Negated)
        if rating != .again { increase = max(increase, 1) }
        return max(stability * increase, Self.minimumStability)
    }

    /// Stability after a review on a later study day, at retrievability `r`.
    @inlinable public func nextStability(difficulty: Double, stability: Double, retrievability r: Double, rating: Rating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: r)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        return max(next, Self.minimumStability)
    }

    @inlinable func recallStability(difficulty: Double, stability: Double, retrievability r: Double, rating: Rating) -> Double {
        // Multiplying by the penalty or bonus only when it applies: a product with 1 is exact.
        var growth = expW8 * (11 - difficulty) * pow(stability, w9Negated) * (exp((1 - r) * w10) - 1)
        if rating == .hard { growth *= w15 }
        if rating == .easy { growth *= w16 }
        return stability * (1 + growth)
    }

    @inlinable func forgetStability(difficulty: Double, stability: Double, retrievability r: Double) -> Double {
        let longTerm = w11 * pow(difficulty, w12Negated) * (pow(stability + 1, w13) - 1) * exp((1 - r) * w14)
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
        Self.interval(stability: stability, factor: factor, retentionTerm: retentionTerm, maximumInterval: maximumInterval)
    }

    /// The interval from the three numbers it depends on. A replay works it out at nearly every
    /// review: given the numbers rather than the whole model, a call reads no copy of the model
    /// (a method of a stored model that is not inlined can be handed a 300-byte copy of it).
    @inline(__always) static func interval(stability: Double, factor: Double, retentionTerm: Double, maximumInterval: Int) -> Int {
        let raw = stability / factor * retentionTerm
        let rounded = ExactRounding.halfToEven(raw)
        guard rounded.isFinite else { return maximumInterval }
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }

    @inlinable func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.minimumDifficulty), Self.maximumDifficulty)
    }
}

/// Four values, one per rating, read without an array.
@usableFromInline struct PerRating: Sendable {
    @usableFromInline let again, hard, good, easy: Double

    init(_ value: (Rating) -> Double) {
        (again, hard, good, easy) = (value(.again), value(.hard), value(.good), value(.easy))
    }

    @inlinable subscript(rating: Rating) -> Double {
        switch rating {
        case .again: again
        case .hard: hard
        case .good: good
        case .easy: easy
        }
    }
}
