import Foundation

/// `:hint`: the first letter of a typed answer, or two wrong options taken away from a choice.
/// A hinted answer is rated Hard at best.
extension StudySession {
    public enum Hint: Sendable, Equatable {
        /// A clue to type the answer: "starts with f, 2 words".
        case clue(String)
        /// The choice question with fewer options (ask it again).
        case narrowed(Question)
        /// This form has no hint.
        case none
    }

    public mutating func hint() -> Hint {
        guard var question = current else { return .none }
        switch question.kind {
        case .typed, .cloze, .multi:
            hinted = true
            let answer = question.key.answer
            let words = answer.split(separator: " ").count
            let first = answer.first.map { String($0) } ?? ""
            let shape = question.key.isMultiValue ? "\(DeckTable.splitValues(answer).count) values, the first starts with \(first)"
                : "starts with \(first), \(answer.count) characters" + (words > 1 ? ", \(words) words" : "")
            return .clue(shape)
        case .choice where question.choices.count > 2:
            guard let right = question.correctChoice else { return .none }
            hinted = true
            let wrong = question.choices.indices.filter { $0 != right }.shuffled(using: &rng)
            let keep = [right, wrong[0]].sorted()
            question.choices = keep.map { question.choices[$0] }
            question.correctChoice = keep.firstIndex(of: right)
            current = question
            return .narrowed(question)
        default:
            return .none
        }
    }
}
