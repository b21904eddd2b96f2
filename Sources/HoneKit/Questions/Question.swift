import Foundation

/// The forms a question can take. Recognition forms show the answer among others; recall forms
/// make the learner produce it.
public enum QuestionKind: String, Sendable, CaseIterable {
    case typed, choice, flip, order

    public var isRecall: Bool { self != .choice }
    public var isSelfGraded: Bool { self == .flip }

    /// Reads a comma-separated `--kinds` list; the error names the first unknown kind.
    public static func parseList(_ text: String) -> Result<Set<QuestionKind>, UnknownKind> {
        var kinds: Set<QuestionKind> = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !word.isEmpty {
            guard let kind = QuestionKind(rawValue: word) else { return .failure(UnknownKind(name: word)) }
            kinds.insert(kind)
        }
        return kinds.isEmpty ? .failure(UnknownKind(name: text)) : .success(kinds)
    }

    public struct UnknownKind: Error, CustomStringConvertible {
        public var name: String
        public var description: String {
            "unknown question kind '\(name)'; kinds: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }
}

/// A question about one card, ready to show and to grade.
public struct Question: Sendable, Equatable {
    public var cardID: String
    public var kind: QuestionKind
    public var prompt: String
    /// Options for `choice`, items to arrange for `order`; empty otherwise.
    public var choices: [String]
    /// Index into `choices` of the right option (`choice`).
    public var correctChoice: Int?
    /// For `order`: the indices of `choices` in the right order.
    public var correctOrder: [Int]?
    /// How typed answers are graded (also the text shown as the expected answer).
    public var key: AnswerKey
    /// A note on the expected answer's form, such as "3 values" for a multi-value answer.
    public var hint: String?

    public var expected: String {
        if let correctOrder { return correctOrder.map { choices[$0] }.joined(separator: " → ") }
        return key.answer
    }

    public init(cardID: String, kind: QuestionKind, prompt: String, choices: [String] = [], correctChoice: Int? = nil,
                correctOrder: [Int]? = nil, key: AnswerKey, hint: String? = nil) {
        self.cardID = cardID
        self.kind = kind
        self.prompt = prompt
        self.choices = choices
        self.correctChoice = correctChoice
        self.correctOrder = correctOrder
        self.key = key
        self.hint = hint
    }
}
