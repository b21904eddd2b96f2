import Foundation

/// Everything the scheduler needs besides a card's state: FSRS parameters, targets, steps, limits.
public struct SchedulingSettings: Sendable, Equatable {
    public var parameters: FSRSParameters = .defaults
    public var desiredRetention: Double = 0.9
    /// Learning steps in seconds (default 1m, 10m).
    public var learningSteps: [TimeInterval] = [60, 600]
    /// Relearning steps in seconds (default 10m).
    public var relearningSteps: [TimeInterval] = [600]
    public var maximumInterval: Int = 36_500
    public var fuzz: Bool = true
    public var calendar = StudyCalendar()

    public init() {}

    public static let defaults = SchedulingSettings()
}
