import Foundation

extension RetentionSimulation.Configuration {
    /// The simulator set up with a learner's habits, as fsrs-rs's `extract_simulator_config` (with
    /// smoothing) reads them from a review log: how often each rating is pressed on a first review
    /// and on a recalled review, how same-day steps go from one rating to the next, and how long each
    /// kind of answer takes (from the durations, where the log has them: between 0 and 20 minutes).
    /// Each estimate is blended with the default in proportion to its evidence, n/(n+50).
    /// Unlike fsrs-rs, ratings count whether or not a duration was recorded. `sequences` must have
    /// been read from `records`.
    public init(records: [ReviewRecord], sequences: ReviewSequences, settings: SchedulingSettings) {
        self.init(log: ReviewLog(records), sequences: sequences, settings: settings)
    }

    /// The same from a compact log; `sequences` must have been read from `log`.
    public init(log: ReviewLog, sequences: ReviewSequences, settings: SchedulingSettings) {
        self.init()
        learningStepCount = settings.learningSteps.count
        relearningStepCount = settings.relearningSteps.count
        maximumInterval = Double(settings.maximumInterval)

        var costSums = [[Double]](repeating: [0, 0, 0, 0], count: 3)
        var costCounts = [[Double]](repeating: [0, 0, 0, 0], count: 3)
        var firstRatings = [Double](repeating: 0, count: 4)
        var reviewRatings = [Double](repeating: 0, count: 4)
        var learningPairs = [[Double]](repeating: [0, 0, 0, 0], count: 4)
        var relearningPairs = [[Double]](repeating: [0, 0, 0, 0], count: 4)

        for card in 0..<sequences.cardCount {
            var state = 0 // 0 learning, 1 review, 2 relearning (the state of the day's first answer)
            var dayRatings: [Int] = []
            func closeDay() {
                guard let first = dayRatings.first else { return }
                if state == 0 { firstRatings[first - 1] += 1 } else { reviewRatings[first - 1] += 1 }
                if state == 0 || first == 1 {
                    let pairs = zip(dayRatings, dayRatings.dropFirst())
                    for (a, b) in pairs {
                        if state == 0 { learningPairs[a - 1][b - 1] += 1 } else { relearningPairs[a - 1][b - 1] += 1 }
                    }
                }
                dayRatings = []
            }
            for index in sequences.reviews(ofCard: card) {
                let rating = Int(sequences.ratings[index])
                var answerState = state
                if sequences.isLongTerm(index) {
                    closeDay()
                    state = 1
                    answerState = 1
                } else if state != 0, let first = dayRatings.first {
                    answerState = first == 1 ? 2 : 1
                }
                dayRatings.append(rating)
                if index < sequences.sourceIndices.count, let ms = log.durationMS(sequences.sourceIndices[index]), ms > 0, ms < 1_200_000 {
                    costSums[answerState][rating - 1] += Double(ms) / 1000
                    costCounts[answerState][rating - 1] += 1
                }
            }
            closeDay()
        }

        func blend(_ observed: [Double], _ fallback: [Double], evidence: Double) -> [Double] {
            let weight = evidence / (evidence + 50)
            return zip(observed, fallback).map { weight * $0 + (1 - weight) * $1 }
        }
        let firstTotal = firstRatings.reduce(0, +)
        if firstTotal > 0 {
            firstRatingProbabilities = blend(firstRatings.map { $0 / firstTotal }, firstRatingProbabilities, evidence: firstTotal)
        }
        let recalled = Array(reviewRatings[1...])
        let recalledTotal = recalled.reduce(0, +)
        if recalledTotal > 0 {
            reviewRatingProbabilities = blend(recalled.map { $0 / recalledTotal }, reviewRatingProbabilities, evidence: recalledTotal)
        }
        func transitions(_ pairs: [[Double]], _ fallback: [[Double]]) -> [[Double]] {
            (0..<3).map { row in
                let counts = pairs[row].map { $0 + 1 } // Laplace smoothing
                let total = counts.reduce(0, +)
                return blend(counts.map { $0 / total }, fallback[row], evidence: total)
            }
        }
        learningStepTransitions = transitions(learningPairs, learningStepTransitions)
        relearningStepTransitions = transitions(relearningPairs, relearningStepTransitions)
        for state in 0..<3 {
            for rating in 0..<4 where costCounts[state][rating] > 0 {
                let n = costCounts[state][rating]
                let mean = costSums[state][rating] / n
                let blended = blend([mean], [stateRatingCosts[state][rating]], evidence: n)[0]
                stateRatingCosts[state][rating] = (blended * 100).rounded() / 100
            }
        }
    }
}
