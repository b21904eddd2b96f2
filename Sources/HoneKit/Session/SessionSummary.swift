import Foundation

/// Counts for the end of a session.
public struct SessionSummary: Sendable, Equatable {
    public var answered = 0
    public var correct = 0
    public var close = 0
    public var skipped = 0
    public var newCards = 0
    /// Cards due on the next study day (overdue ones included).
    public var dueTomorrow = 0
    /// Consecutive study days with reviews, ending today (or yesterday).
    public var streak = 0

    public var percentCorrect: Int { answered == 0 ? 0 : Int((Double(correct) / Double(answered) * 100).rounded()) }
}
