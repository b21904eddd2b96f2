import Foundation

/// FSRS's review simulator, as fsrs-rs's `simulate` runs it for the optimal-retention search: a deck
/// of new cards learned as the daily time budget allows (reviews first), each review recalled with
/// the probability the memory model predicts, ratings and same-day steps drawn from the learner's
/// habits, and every answer costing the time such answers take.
public enum RetentionSimulation {
    public struct Configuration: Sendable, Equatable {
        public var deckSize = 10_000
        public var learnSpan = 365
        /// Seconds of study a day at most.
        public var maximumCostPerDay = 1_800.0
        public var maximumInterval = 36_500.0
        /// Again, Hard, Good, Easy on a card's first review.
        public var firstRatingProbabilities = [0.24, 0.094, 0.495, 0.171]
        /// Hard, Good, Easy on a recalled review.
        public var reviewRatingProbabilities = [0.224, 0.631, 0.145]
        /// Rating after rating during same-day learning steps (rows: after Again, Hard, Good).
        public var learningStepTransitions = [
            [0.3686, 0.0628, 0.5108, 0.0577], [0.0442, 0.4553, 0.4457, 0.0549], [0.0519, 0.047, 0.8462, 0.055],
        ]
        public var relearningStepTransitions = [
            [0.2157, 0.0643, 0.6595, 0.0604], [0.05, 0.4638, 0.4475, 0.0387], [0.1057, 0.1434, 0.7266, 0.0244],
        ]
        /// Seconds per answer by state (learning, review, relearning) and rating.
        public var stateRatingCosts = [
            [19.58, 18.79, 13.78, 10.71], [19.38, 17.59, 12.38, 8.94], [16.44, 15.25, 12.32, 8.03],
        ]
        public var learningStepCount = 2
        public var relearningStepCount = 1
        /// Simulations averaged for each retention tried.
        public var samples = 16

        public init() {}
    }

    /// Study seconds per card remembered at the end of the span, for one simulated run.
    static func costPerCardRemembered(parameters w: [Double], retention: Double, configuration c: Configuration, seed: UInt64) -> Double {
        var random = SplitMix64(seed: seed)
        func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }
        func pick(_ probabilities: [Double]) -> Int {
            var x = uniform() * probabilities.reduce(0, +)
            for (index, p) in probabilities.enumerated() {
                x -= p
                if x < 0 { return index }
            }
            return probabilities.count - 1
        }
        let decay = -w[20], factor = pow(0.9, 1 / decay) - 1
        let intervalFactor = pow(retention, 1 / decay) - 1
        let easyDifficulty = w[4] - exp(w[5] * 3) + 1
        func clampS(_ s: Double) -> Double { min(max(s, 0.001), 36_500) }
        func nextD(_ d: Double, _ rating: Int) -> Double {
            let damped = d + (10 - d) / 9 * (-w[6] * Double(rating - 3))
            return min(max(w[7] * easyDifficulty + (1 - w[7]) * damped, 1), 10)
        }
        func shortTerm(_ s: Double, _ d: Double, rating first: Int?, costs: [Double], transitions: [[Double]], steps: Int) -> (Double, Double, Double) {
            var rating = first ?? 1
            var cost = first.map { costs[$0 - 1] } ?? 0
            var s = s, d = d, consecutive = 0
            let needed = rating > 2 ? max(steps - 1, 0) : steps
            for _ in 0..<5 {
                if consecutive >= needed || rating >= 4 { break }
                rating = pick(transitions[rating - 1]) + 1
                let increase = exp(w[17] * (Double(rating) - 3 + w[18])) * pow(s, -w[19])
                s = clampS(s * (rating >= 3 ? max(increase, 1) : increase))
                d = nextD(d, rating)
                cost += costs[rating - 1]
                if rating > 2 { consecutive += 1 } else if rating == 1 { consecutive = 0 }
            }
            return (clampS(s), min(max(d, 1), 10), cost)
        }

        var stability = [Double](repeating: 0, count: c.deckSize)
        var difficulty = [Double](repeating: 0, count: c.deckSize)
        var lastDay = [Int](repeating: 0, count: c.deckSize)
        var due: [[Int32]] = Array(repeating: [], count: c.learnSpan)
        var learned = 0
        var totalCost = 0.0
        for day in 0..<c.learnSpan {
            var cost = 0.0
            var queue = due[day]
            due[day] = []
            var position = 0
            func schedule(_ card: Int) {
                let interval = min(max((stability[card] / factor * intervalFactor).rounded(), 1), c.maximumInterval)
                lastDay[card] = day
                let next = day + Int(interval)
                if next < c.learnSpan { due[next].append(Int32(card)) }
            }
            while position < queue.count {
                let card = Int(queue[position])
                position += 1
                if cost > c.maximumCostPerDay {
                    if day + 1 < c.learnSpan { due[day + 1].append(Int32(card)) }
                    continue
                }
                let s = stability[card], d = difficulty[card]
                let r = pow(1 + factor * Double(day - lastDay[card]) / s, decay)
                if uniform() < r {
                    let rating = pick(c.reviewRatingProbabilities) + 2
                    let hard = rating == 2 ? w[15] : 1, easy = rating == 4 ? w[16] : 1
                    stability[card] = clampS(s * (exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * hard * easy + 1))
                    difficulty[card] = nextD(d, rating)
                    cost += c.stateRatingCosts[1][rating - 1]
                } else {
                    let lapse = min(w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - r) * w[14]), s / exp(w[17] * w[18]))
                    let (newS, newD, stepsCost) = shortTerm(clampS(lapse), nextD(d, 1), rating: nil, costs: c.stateRatingCosts[2],
                                                            transitions: c.relearningStepTransitions, steps: c.relearningStepCount)
                    stability[card] = newS
                    difficulty[card] = newD
                    cost += c.stateRatingCosts[1][0] + stepsCost
                }
                schedule(card)
            }
            queue.removeAll()
            while learned < c.deckSize, cost <= c.maximumCostPerDay {
                let card = learned
                learned += 1
                let rating = pick(c.firstRatingProbabilities) + 1
                let (newS, newD, stepsCost) = shortTerm(w[rating - 1], min(max(w[4] - exp(w[5] * Double(rating - 1)) + 1, 1), 10),
                                                        rating: rating, costs: c.stateRatingCosts[0],
                                                        transitions: c.learningStepTransitions, steps: c.learningStepCount)
                stability[card] = newS
                difficulty[card] = newD
                cost += stepsCost
                schedule(card)
            }
            totalCost += cost
        }
        var remembered = 0.0
        for card in 0..<learned {
            remembered += pow(1 + factor * Double(c.learnSpan - 1 - lastDay[card]) / stability[card], decay)
        }
        return remembered > 0 ? totalCost / remembered : .infinity
    }
}
