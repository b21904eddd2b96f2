import Foundation

/// Fits the 21 FSRS-6 parameters to one learner's review history, as fsrs-rs (the optimizer inside
/// Anki) does: outlier filtering, pre-training of the initial stabilities w0-w3 from first long-term
/// reviews, then Adam on recency-weighted binary cross-entropy with an L2 pull toward the starting
/// parameters, a cosine learning-rate schedule and clipping to the bounds after every step.
///
/// Deterministic: the same sequences and configuration (seed included) give the same parameters.
public struct FSRSOptimizer: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var epochs = 5
        public var batchSize = 512
        public var learningRate = 0.04
        /// Reviews further into a card than this are not scored.
        public var maximumLength = 256
        /// Strength of the L2 pull toward the starting parameters.
        public var gamma = 1.0
        public var seed: UInt64 = 2023
        /// Relearning steps in use (more than one tightens the bound on w17·w18).
        public var relearningSteps = 1

        public init() {}
    }

    /// How the parameters were obtained.
    public enum Method: String, Sendable, Equatable {
        /// Pre-training and gradient descent.
        case trained
        /// Too few long-term reviews for gradient descent (fewer than 64 after filtering, or only first
        /// ones): the pre-trained initial stabilities with the other parameters at their defaults.
        case pretrained
    }

    public struct Fit: Sendable, Equatable {
        public var parameters: [Double]
        public var method: Method
        /// Long-term reviews scored in training (after outlier filtering).
        public var trainingReviews: Int
    }

    /// Long-term reviews needed before fitting is worth it (below this fsrs-rs only pre-trains).
    public static let minimumReviews = 64

    /// Spread of each parameter across users, which scales the L2 pull (fsrs-rs's values).
    static let parameterSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Fits parameters to `sequences`; `progress` is told the fraction done after each step.
    public func fit(_ sequences: ReviewSequences, progress: (Double) -> Void = { _ in }) throws(OptimizerError) -> Fit {
        let longTerm = sequences.longTermReviewCount
        guard longTerm >= Self.minimumReviews else {
            throw .notEnoughReviews(found: longTerm, needed: Self.minimumReviews)
        }
        let kept = OutlierFilter(sequences).keptCards
        var items = 0, recalled = 0, keptCards = 0
        for card in 0..<sequences.cardCount where kept[card] {
            keptCards += 1
            for index in sequences.reviews(ofCard: card) where sequences.isLongTerm(index) {
                items += 1
                if sequences.ratings[index] > 1 { recalled += 1 }
            }
        }
        let groups = InitialStability.groups(sequences, kept: kept)
        let counts = groups.mapValues { Int($0.count.reduce(0, +)) }
        let searched = InitialStability.search(groups, averageRecall: items > 0 ? Double(recalled) / Double(items) : 0)
        guard items >= 8, let initialStability = InitialStability.smoothAndFill(searched, counts: counts) else {
            throw .notEnoughReviews(found: items, needed: Self.minimumReviews)
        }
        var start = initialStability + FSRSParameters.defaultWeights[4...]
        ParameterClipping.clip(&start, relearningSteps: configuration.relearningSteps)
        guard items >= Self.minimumReviews, items > keptCards else {
            progress(1)
            return Fit(parameters: Self.rounded(start, relearningSteps: configuration.relearningSteps), method: .pretrained, trainingReviews: items)
        }

        let data = TrainingBatches(sequences, kept: kept, batchSize: configuration.batchSize, maximumLength: configuration.maximumLength)
        var trained = train(data, from: start, progress: progress)
        guard trained.allSatisfy(\.isFinite) else { throw .notFinite }
        let trainedStability = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, trained[$0 - 1]) })
        if let smoothed = InitialStability.smoothAndFill(trainedStability, counts: counts) {
            trained.replaceSubrange(0..<4, with: smoothed)
        }
        return Fit(parameters: Self.rounded(trained, relearningSteps: configuration.relearningSteps), method: .trained, trainingReviews: data.itemCount)
    }

    /// Gradient descent from `start`.
    func train(_ data: TrainingBatches, from start: [Double], progress: (Double) -> Void) -> [Double] {
        let c = configuration
        var parameters = start
        guard data.batchCount > 0 else { return parameters }
        var adam = Adam()
        // Over the steps actually taken (fsrs-rs counts items/batch + 1 per epoch, which card-packed
        // batches can overshoot, so that its rate climbs again at the end).
        let steps = c.epochs * data.batchCount
        let schedule = CosineSchedule(initial: c.learningRate, period: Double(steps))
        var random = SplitMix64(seed: c.seed)
        var order = Array(0..<data.batchCount)
        var step = 0
        for _ in 0..<c.epochs {
            for i in order.indices { order[i] = i }
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            for batch in order {
                var (_, gradient) = LogLoss.lossAndGradient(data, batch: batch, parameters: parameters)
                let scale = c.gamma * Double(data.batchItems[batch]) / Double(data.itemCount)
                for i in gradient.indices {
                    let spread = Self.parameterSpread[i]
                    gradient[i] += 2 * (parameters[i] - start[i]) / (spread * spread) * scale
                }
                adam.step(&parameters, gradient: gradient, learningRate: schedule.rate(at: step))
                ParameterClipping.clip(&parameters, relearningSteps: c.relearningSteps)
                step += 1
                progress(Double(step) / Double(steps))
            }
        }
        return parameters
    }

    /// Parameters rounded to 4 decimals (as Anki shows them), still within the bounds.
    static func rounded(_ parameters: [Double], relearningSteps: Int) -> [Double] {
        var out = parameters.map { ($0 * 10_000).rounded() / 10_000 }
        ParameterClipping.clip(&out, relearningSteps: relearningSteps)
        return out
    }
}

/// Why parameters could not be fitted.
public enum OptimizerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Too few long-term reviews (reviews on a later study day than the card's previous one).
    case notEnoughReviews(found: Int, needed: Int)
    /// Training diverged (a parameter became NaN or infinite).
    case notFinite
    /// The retention search did not settle inside 0.70...0.95.
    case noOptimalRetention

    public var description: String {
        switch self {
        case .notEnoughReviews(let found, let needed):
            "not enough review history to fit FSRS: \(found) review\(found == 1 ? "" : "s") on a later day than the card's previous review, "
                + "at least \(needed) needed (\(max(needed - found, 1)) more)"
        case .notFinite:
            "fitting diverged (a parameter became NaN or infinite); the parameters were left unchanged"
        case .noOptimalRetention:
            "the simulation found no best desired retention between 0.70 and 0.95"
        }
    }
}
