import Foundation

/// Where a card stands in its life: never studied, in (re)learning steps, or in long-term review.
public enum CardPhase: String, Sendable, CaseIterable {
    case new, learning, review, relearning
}

/// The scheduling state of one card, derived from its reviews in the journal.
public struct CardState: Sendable, Equatable {
    public var phase: CardPhase = .new
    /// Index into the learning or relearning steps while in those phases.
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date?
    public var lastReview: Date?
    /// When the card was first studied (counts against the day's new cards).
    public var firstReview: Date?
    /// The interval set at the last review, in days (fractions for learning steps).
    public var intervalDays: Double = 0
    public var reps: Int = 0
    public var lapses: Int = 0

    public init() {}

    public static let new = CardState()

    public var isNew: Bool { phase == .new }

    /// Probability of recall at `date`, counting whole study days since the last review.
    public func retrievability(at date: Date, fsrs: FSRS, calendar: StudyCalendar) -> Double? {
        guard let stability, let lastReview else { return nil }
        let elapsed = calendar.daysBetween(lastReview, date)
        return fsrs.retrievability(elapsedDays: Double(max(elapsed, 0)), stability: stability)
    }
}
