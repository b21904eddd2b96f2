import Foundation

/// FSRS-6 scheduling as a pure function of (card state, rating, time, settings).
///
/// Learning and relearning steps follow py-fsrs 6.3.2: Again goes back to the first step, Hard repeats
/// the step (the mean of the first two steps on the first one), Good moves on or graduates, Easy
/// graduates. Elapsed time between reviews is counted in study days, as Anki and fsrs-rs count it;
/// a review on the same study day as the previous one uses the short-term stability formula.
public struct Scheduler: Sendable {
    public let settings: SchedulingSettings
    public let fsrs: FSRS
    /// `fsrs.retentionTerm(settings.desiredRetention)`, once rather than at every review.
    private let retentionTerm: Double

    public init(settings: SchedulingSettings = .defaults) {
        self.settings = settings
        fsrs = FSRS(parameters: settings.parameters)
        retentionTerm = fsrs.retentionTerm(settings.desiredRetention)
    }

    /// The state after reviewing `card` (identified by `cardID`, which seeds the fuzz) with `rating` at `date`.
    public func review(_ card: CardState, cardID: String, rating: Rating, at date: Date) -> CardState {
        review(card, cardHash: Self.cardHash(cardID), rating: rating, at: date)
    }

    /// What the fuzz takes from a card id: replaying many reviews of one card works it out once.
    public static func cardHash(_ cardID: String) -> UInt64 { StableHash.fnv1a64(cardID) }

    /// `review(_:cardID:rating:at:)` with the card id's hash (`cardHash(_:)`) worked out.
    public func review(_ card: CardState, cardHash: UInt64, rating: Rating, at date: Date) -> CardState {
        review(card, cardHash: cardHash, rating: rating, at: date, elapsed: card.lastReview.map { settings.calendar.daysBetween($0, date) })
    }

    /// `review(_:cardHash:rating:at:)` with the study days since the card's last review (nil for
    /// none) worked out: a replay knows the day of each review and so counts them once.
    func review(_ card: CardState, cardHash: UInt64, rating: Rating, at date: Date, elapsed: Int?) -> CardState {
        var next = card
        review(&next, cardHash: cardHash, rating: rating, at: date, elapsed: elapsed)
        return next
    }

    /// Reviews `card` in place (a replay keeps one state per card and copies none).
    func review(_ card: inout CardState, cardHash: UInt64, rating: Rating, at date: Date, elapsed: Int?) {
        // What the rules read of the state before the review.
        let phase = card.phase, reps = card.reps
        updateMemory(&card, elapsed: elapsed, rating: rating)

        let interval: TimeInterval
        switch phase {
        case .new, .learning:
            if phase == .new { card.step = 0 }
            interval = stepInterval(&card, steps: settings.learningSteps, rating: rating)
        case .relearning:
            interval = stepInterval(&card, steps: settings.relearningSteps, rating: rating)
        case .review:
            if rating == .again {
                card.lapses += 1
                if settings.relearningSteps.isEmpty {
                    interval = reviewInterval(card)
                } else {
                    card.phase = .relearning
                    card.step = 0
                    interval = settings.relearningSteps[0]
                }
            } else {
                interval = reviewInterval(card)
            }
        }

        var finalInterval = interval
        if card.phase == .review {
            let days = Int(ExactRounding.halfAwayFromZero(interval / 86_400))
            let fuzzed = settings.fuzz ? fuzzedInterval(days, cardHash: cardHash, reps: reps) : days
            finalInterval = Double(fuzzed) * 86_400
        }
        card.intervalDays = finalInterval / 86_400
        card.due = date.addingTimeInterval(finalInterval)
        card.lastReview = date
        if reps == 0 { card.firstReview = date }
        card.reps = reps + 1
    }

    /// Replays a card's reviews from the new state.
    public func replay(cardID: String, reviews: [(at: Date, rating: Rating)]) -> CardState {
        let hash = Self.cardHash(cardID)
        return reviews.reduce(CardState.new) { review($0, cardHash: hash, rating: $1.rating, at: $1.at) }
    }

    /// The memory state after the review (read from the state before it, then replaced).
    private func updateMemory(_ card: inout CardState, elapsed: Int?, rating: Rating) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = fsrs.initialStability(rating)
            card.difficulty = fsrs.initialDifficulty(rating)
            return
        }
        if let elapsed, elapsed < 1 {
            card.stability = fsrs.shortTermStability(stability, rating)
        } else {
            let r = fsrs.retrievability(elapsedDays: Double(elapsed ?? 0), stability: stability)
            card.stability = fsrs.nextStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        }
        card.difficulty = fsrs.nextDifficulty(difficulty, rating)
    }

    /// Moves a (re)learning card through `steps` and returns the next interval in seconds.
    private func stepInterval(_ card: inout CardState, steps: [TimeInterval], rating: Rating) -> TimeInterval {
        let step = card.step ?? 0
        if card.phase == .new { card.phase = .learning }
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return graduate(&card)
        }
        switch rating {
        case .again:
            card.step = 0
            return steps[0]
        case .hard:
            card.step = step
            if step == 0 { return steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2 }
            return steps[min(step, steps.count - 1)]
        case .good:
            if step + 1 >= steps.count { return graduate(&card) }
            card.step = step + 1
            return steps[step + 1]
        case .easy:
            return graduate(&card)
        }
    }

    private func graduate(_ card: inout CardState) -> TimeInterval {
        card.phase = .review
        card.step = nil
        return reviewInterval(card)
    }

    private func reviewInterval(_ card: CardState) -> TimeInterval {
        Double(fsrs.interval(stability: card.stability ?? FSRS.minimumStability, retentionTerm: retentionTerm,
                             maximumInterval: settings.maximumInterval)) * 86_400
    }
}
