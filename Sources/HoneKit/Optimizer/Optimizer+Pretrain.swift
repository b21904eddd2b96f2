import Foundation

/// Pre-training of the initial stabilities w0-w3, as fsrs-rs does it: for each first rating, the
/// stability whose forgetting curve (with the default decay) best fits the recall rates of the first
/// long-term reviews, grouped by their delay, with a small pull toward the default.
enum InitialStability {
    static let maximum = 100.0

    /// First long-term reviews for one first rating: per delay, how many and how many recalled.
    struct Group {
        var delta: [Double] = []
        var count: [Double] = []
        var recalled: [Double] = []
    }

    /// Groups the first long-term review of each kept card by the card's first rating.
    static func groups(_ sequences: ReviewSequences, kept: [Bool]) -> [Int: Group] {
        var tallies: [Int: [Int32: (count: Double, recalled: Double)]] = [:]
        for card in 0..<sequences.cardCount where kept[card] {
            let reviews = sequences.reviews(ofCard: card)
            guard let first = reviews.dropFirst().first(where: sequences.isLongTerm) else { continue }
            let rating = Int(sequences.ratings[reviews.lowerBound])
            var tally = tallies[rating, default: [:]][sequences.elapsedDays[first], default: (0, 0)]
            tally.count += 1
            if sequences.ratings[first] > 1 { tally.recalled += 1 }
            tallies[rating, default: [:]][sequences.elapsedDays[first]] = tally
        }
        return tallies.mapValues { byDelta in
            var group = Group()
            for (delta, tally) in byDelta.sorted(by: { $0.key < $1.key }) {
                group.delta.append(Double(delta))
                group.count.append(tally.count)
                group.recalled.append(tally.recalled)
            }
            return group
        }
    }

    /// The fitted stability for each first rating present, by ternary search on 0.001...100.
    static func search(_ groups: [Int: Group], averageRecall: Double) -> [Int: Double] {
        let decay = -FSRSParameters.defaultWeights[20]
        let factor = pow(0.9, 1 / decay) - 1
        var result: [Int: Double] = [:]
        for (rating, group) in groups {
            let target = FSRSParameters.defaultWeights[rating - 1]
            // Laplace smoothing toward the average recall: (recalled + average) / (count + 1)
            let recall = zip(group.recalled, group.count).map { ($0 + averageRecall) / ($1 + 1) }
            func loss(_ s: Double) -> Double {
                var sum = 0.0
                for i in group.delta.indices {
                    let y = pow(1 + factor * group.delta[i] / s, decay)
                    sum -= (recall[i] * log(y) + (1 - recall[i]) * log(1 - y)) * group.count[i]
                }
                return sum + abs(s - target) / 16
            }
            var low = MemoryModel<Double>.minimumStability, high = maximum
            var best = target
            var iteration = 0
            while high - low > Double.ulpOfOne, iteration < 1000 {
                iteration += 1
                let mid1 = low + (high - low) / 3, mid2 = high - (high - low) / 3
                if loss(mid1) < loss(mid2) { high = mid2 } else { low = mid1 }
                best = (high + low) / 2
            }
            result[rating] = best
        }
        return result
    }

    /// Makes the stabilities increase with the rating (a lower rating with a larger value takes the
    /// value of the better-supported one) and fills ratings without data from those with, on the
    /// fixed log-linear relations fsrs-rs uses. Nil when no rating has data.
    static func smoothAndFill(_ fitted: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var s = fitted.filter { counts[$0.key] != nil }
        guard !s.isEmpty else { return nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let a = s[small], let b = s[big], a > b {
                if counts[small]! > counts[big]! { s[big] = a } else { s[small] = b }
            }
        }
        let w1 = 0.41, w2 = 0.54
        func p(_ x: Double, _ y: Double) -> Double { pow(x, y) }
        var r: [Double?] = [nil, s[1], s[2], s[3], s[4]]
        switch s.count {
        case 1:
            let (rating, value) = s.first!
            let factor = value / FSRSParameters.defaultWeights[rating - 1]
            r = [nil] + FSRSParameters.defaultWeights[0..<4].map { $0 * factor }
        case 2:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = p(r3, 1 / (1 - w2)) * p(r4, 1 - 1 / (1 - w2))
                r[2] = r2
                r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = p(r2, 1 - w2) * p(r4, w2)
                r[3] = r3
                r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
                r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 + w2 - w1 * w2
                r[2] = p(r1, w1 / k) * p(r4, 1 - w1 / k)
                r[3] = p(r1, 1 - w2 / k) * p(r4, w2 / k)
            case (let r1?, nil, let r3?, nil):
                let r2 = p(r1, w1) * p(r3, 1 - w1)
                r[2] = r2
                r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = p(r1, 1 - 1 / (1 - w1)) * p(r2, 1 / (1 - w1))
                r[3] = r3
                r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            default: break
            }
        case 3:
            if r[1] == nil, let r2 = r[2], let r3 = r[3] {
                r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            } else if r[2] == nil, let r1 = r[1], let r3 = r[3] {
                r[2] = p(r1, w1) * p(r3, 1 - w1)
            } else if r[3] == nil, let r2 = r[2], let r4 = r[4] {
                r[3] = p(r2, 1 - w2) * p(r4, w2)
            } else if r[4] == nil, let r2 = r[2], let r3 = r[3] {
                r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            }
        default: break
        }
        return (1...4).map { min(max(r[$0]!, MemoryModel<Double>.minimumStability), maximum) }
    }
}
