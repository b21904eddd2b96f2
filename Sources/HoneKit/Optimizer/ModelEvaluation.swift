import Foundation

/// How well parameters predict held-out reviews, measured as fsrs-rs's `evaluate` measures it: every
/// long-term review is predicted from the card's history before it, and weighted by recency
/// (0.25 + 0.75·(i/(n-1))³ for the i-th of n, cards in order of first review); the log loss is the
/// weighted mean binary cross-entropy, RMSE(bins) the weighted root-mean-square gap between mean
/// prediction and mean recall over bins of (delay, review count, lapse count).
public struct ModelEvaluation: Sendable, Equatable {
    public var logLoss: Double
    public var rmseBins: Double
    /// Long-term reviews predicted.
    public var reviews: Int

    /// Nil when `sequences` has no long-term review.
    public init?(parameters: [Double], sequences: ReviewSequences) {
        let model = MemoryModel<Double>(parameters: parameters)
        let count = sequences.longTermReviewCount
        guard count > 0 else { return nil }
        let span = Double(max(count - 1, 1))
        var bins: [Int: (predicted: Double, actual: Double, count: Double, weight: Double)] = [:]
        var loss = 0.0, weightSum = 0.0, item = 0
        for card in 0..<sequences.cardCount {
            let reviews = sequences.reviews(ofCard: card)
            var (s, d) = model.initialState(rating: Int(sequences.ratings[reviews.lowerBound]))
            var longTermSoFar = 0, lapses = 0
            for index in reviews.dropFirst() {
                let elapsed = Double(sequences.elapsedDays[index])
                let rating = Int(sequences.ratings[index])
                if elapsed > 0 {
                    let x = Double(item) / span
                    let weight = 0.25 + 0.75 * x * x * x
                    item += 1
                    let r = model.retrievability(elapsed: elapsed, stability: s)
                    let p = min(max(r, LogLoss.minimumProbability), LogLoss.maximumProbability)
                    let y = rating > 1 ? 1.0 : 0.0
                    loss -= weight * (y * log(p) + (1 - y) * log(1 - p))
                    weightSum += weight
                    let key = Self.bin(elapsed: elapsed, length: longTermSoFar + 2, lapses: lapses)
                    var entry = bins[key] ?? (0, 0, 0, 0)
                    entry.predicted += r
                    entry.actual += y
                    entry.count += 1
                    entry.weight += weight
                    bins[key] = entry
                    longTermSoFar += 1
                    if rating == 1 { lapses += 1 }
                }
                (s, d) = model.next(stability: s, difficulty: d, elapsed: elapsed, rating: rating)
            }
        }
        var squares = 0.0, binWeights = 0.0
        for entry in bins.values {
            let gap = entry.predicted / entry.count - entry.actual / entry.count
            squares += gap * gap * entry.weight
            binWeights += entry.weight
        }
        logLoss = loss / weightSum
        rmseBins = (squares / binWeights).squareRoot()
        reviews = count
    }

    /// fsrs-rs's bin of a review: its delay, the card's long-term review count including it plus one,
    /// and the lapses before it, each on a geometric scale.
    static func bin(elapsed: Double, length: Int, lapses: Int) -> Int {
        func power(_ x: Double, _ base: Double) -> Double { pow(base, (log(x) / log(base)).rounded(.down)) }
        func scale(_ x: Double, _ base: Double, _ factor: Double) -> Int { Int((factor * power(x, base)).rounded()) }
        let delay = Int((2.48 * power(elapsed, 3.62) * 100).rounded())
        let count = scale(Double(length), 1.89, 1.99)
        let lapse = lapses == 0 ? 0 : scale(Double(lapses), 1.73, 1.65)
        return (delay * 1_000 + count) * 1_000 + lapse
    }
}
