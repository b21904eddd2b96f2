import Foundation

/// The outcome of one answer, as shown to the learner and written to the journal.
public struct Verdict: Sendable, Equatable {
    public var cardID: String
    public var kind: QuestionKind
    public var correct: Bool
    /// Accepted, but not exactly (a typo): rated Hard.
    public var close: Bool
    public var expected: String
    public var rating: Rating
    public var due: Date
    public var intervalDays: Double
    /// Why the grade is what it is ("typo accepted", "alias", "closer to …").
    public var note: String?
    /// For a close answer: where it differs from the expected one.
    public var diff: String?
    /// Other forms that would have been accepted.
    public var variants: [String]
    /// True when the learner changed the rating afterwards (`:rate`).
    public var overridden: Bool = false
}

/// How a graded answer becomes a rating: wrong is Again, close (or helped) is Hard, right is Good,
/// and right and fast in a recall form is Easy.
public enum RatingPolicy {
    public static func rating(for grade: Grade, kind: QuestionKind, durationMS: Int?, expected: String) -> Rating {
        switch grade.outcome {
        case .wrong: return .again
        case .close: return .hard
        case .correct:
            guard kind.isRecall, let durationMS else { return .good }
            return durationMS <= fastThresholdMS(expected: expected) ? .easy : .good
        }
    }

    /// A quick answer: three seconds to read and recall, plus typing time for the expected answer.
    public static func fastThresholdMS(expected: String) -> Int {
        3000 + 150 * min(expected.count, 60)
    }
}
