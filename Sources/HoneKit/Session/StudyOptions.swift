import Foundation

/// What a learner asked of this session (`hone study` options).
public struct StudyOptions: Sendable, Equatable {
    /// New cards this session; nil means what is left of the day's `new_per_day`.
    public var newCards: Int?
    /// Questions this session; nil means until nothing is due.
    public var questionLimit: Int?
    /// Question kinds allowed; nil means all.
    public var kinds: Set<QuestionKind>?
    /// How far ahead a learning card may be shown when nothing else is left (Anki's default, 20 min).
    public var learnAhead: TimeInterval = 20 * 60
    /// Seed for question order, choices and shuffles.
    public var seed: UInt64 = 0

    public init(newCards: Int? = nil, questionLimit: Int? = nil, kinds: Set<QuestionKind>? = nil, seed: UInt64 = 0) {
        self.newCards = newCards
        self.questionLimit = questionLimit
        self.kinds = kinds
        self.seed = seed
    }
}
