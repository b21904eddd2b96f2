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
    /// What the interval reads, kept apart from `fsrs` and `settings` (see `reviewDays(stability:)`).
    private let factor: Double
    let maximumInterval: Int
    /// `Scheduler.roundedSpreads`, for the fuzz.
    let spreads: [Spread]

    public init(settings: SchedulingSettings = .defaults) {
        self.settings = settings
        fsrs = FSRS(parameters: settings.parameters)
        retentionTerm = fsrs.retentionTerm(settings.desiredRetention)
        factor = fsrs.factor
        maximumInterval = settings.maximumInterval
        spreads = Self.roundedSpreads
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
        review(&card, cardHash: cardHash, rating: rating, at: date, elapsed: elapsed, settle: true)
    }

    /// `review(_:cardHash:rating:at:elapsed:)`, which with `settle` false leaves the interval and due
    /// date of a card in review as they were: no rule reads them at the next review, so a replay
    /// works them out once, after a card's last review (`settle(_:cardHash:)`), and
    /// `reachesInterval` says what the interval would have been compared with a number of days.
    /// Every other part of the state is the same.
    @inline(__always) func review(_ card: inout CardState, cardHash: UInt64, rating: Rating, at date: Date, elapsed: Int?,
                                  settle: Bool) {
        // What the rules read of the state before the review.
        let phase = card.phase, reps = card.reps
        let stability = updateMemory(&card, elapsed: elapsed, rating: rating)

        // A (re)learning step's interval in seconds; a card in review gets whole days (below).
        var stepSeconds: TimeInterval = 0
        switch phase {
        case .new, .learning:
            if phase == .new { card.step = 0 }
            stepSeconds = stepInterval(&card, steps: settings.learningSteps, rating: rating)
        case .relearning:
            stepSeconds = stepInterval(&card, steps: settings.relearningSteps, rating: rating)
        case .review:
            if rating == .again {
                card.lapses += 1
                if !settings.relearningSteps.isEmpty {
                    card.phase = .relearning
                    card.step = 0
                    stepSeconds = settings.relearningSteps[0]
                }
            }
        }

        if card.phase == .review {
            if settle { schedule(&card, stability: stability, cardHash: cardHash, reps: reps, at: date) }
        } else {
            card.intervalDays = stepSeconds / 86_400
            card.due = date.addingTimeInterval(stepSeconds)
        }
        card.lastReview = date
        if reps == 0 { card.firstReview = date }
        card.reps = reps + 1
    }

    /// Replays a card's reviews from the new state.
    public func replay(cardID: String, reviews: [(at: Date, rating: Rating)]) -> CardState {
        let hash = Self.cardHash(cardID)
        return reviews.reduce(CardState.new) { review($0, cardHash: hash, rating: $1.rating, at: $1.at) }
    }

    /// The memory state after the review (read from the state before it, then replaced); returns the
    /// new stability.
    @inline(__always) private func updateMemory(_ card: inout CardState, elapsed: Int?, rating: Rating) -> Double {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            let next = fsrs.initialStability(rating)
            card.stability = next
            card.difficulty = fsrs.initialDifficulty(rating)
            return next
        }
        let next: Double
        if let elapsed, elapsed < 1 {
            next = fsrs.shortTermStability(stability, rating)
        } else {
            let r = fsrs.retrievability(elapsedDays: Double(elapsed ?? 0), stability: stability)
            next = fsrs.nextStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        }
        card.stability = next
        card.difficulty = fsrs.nextDifficulty(difficulty, rating)
        return next
    }

    /// Moves a (re)learning card through `steps` and returns the next interval in seconds (none
    /// when it graduates: a card in review is given whole days).
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
        return 0
    }

    /// Intervals up to this many days are exact in seconds (days * 86,400 < 2^53).
    static let exactDays = 100_000_000_000

    /// The review interval in whole days: what `Int((Double(days) * 86_400 / 86_400).rounded())` gives.
    /// (It takes the new stability as worked out, not read back from the state: a read of the whole
    /// state, or of an optional's tag, just written in smaller pieces, is a load the processor cannot
    /// forward from those stores and waits for.)
    @inline(__always) func reviewDays(stability: Double) -> Int {
        let days = FSRS.interval(stability: stability, factor: factor, retentionTerm: retentionTerm, maximumInterval: maximumInterval)
        return days <= Self.exactDays ? days : Int(ExactRounding.halfAwayFromZero(Double(days) * 86_400 / 86_400))
    }
}
