import Foundation

/// Settling a card's interval and due date after reviews made with `settle` false (a replay).
extension Scheduler {
    /// A card in review's interval and due date from the stability its review at `date` gave (its
    /// review count then was `reps`).
    @inline(__always) func schedule(_ card: inout CardState, stability: Double, cardHash: UInt64, reps: Int, at date: Date) {
        // FSRS's interval in whole days, fuzzed. (As seconds and back, `days * 86_400 / 86_400`,
        // it is the same whole number: both steps are exact below 2^53 seconds.)
        let days = reviewDays(stability: stability)
        let fuzzed = settings.fuzz ? fuzzedInterval(days, cardHash: cardHash, reps: reps) : days
        let seconds = Double(fuzzed) * 86_400
        card.intervalDays = fuzzed <= Self.exactDays ? Double(fuzzed) : seconds / 86_400
        card.due = date.addingTimeInterval(seconds)
    }

    /// Works out the interval and due date a review made with `settle` false left as they were:
    /// `card` is then what `review` with `settle` true would have made.
    func settle(_ card: inout CardState, cardHash: UInt64) {
        guard card.phase == .review, let stability = card.stability, let date = card.lastReview else { return }
        schedule(&card, stability: stability, cardHash: cardHash, reps: card.reps - 1, at: date)
    }

    /// Whether `card`, in review after a review made with `settle` false, has an interval of at
    /// least `days` (whole days, 1 or more): the interval that review would have given, fuzz
    /// included, worked out only as far as the fuzz's range leaves it open.
    @inline(__always) func reachesInterval(_ card: CardState, cardHash: UInt64, days threshold: Int) -> Bool {
        let days = reviewDays(stability: card.stability ?? FSRS.minimumStability)
        guard settings.fuzz, days >= 3 else { return min(days, maximumInterval) >= threshold }
        let (lower, upper) = Self.bounds(interval: days, maximum: maximumInterval, spreads: spreads)
        if lower >= threshold { return true }
        if upper < threshold { return false }
        return fuzzedInterval(days, cardHash: cardHash, reps: card.reps - 1) >= threshold
    }
}
