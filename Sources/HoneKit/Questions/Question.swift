import Foundation

/// The forms a question can take. Recognition forms show the answer among others; recall forms
/// make the learner produce it.
public enum QuestionKind: String, Sendable, CaseIterable {
    /// Type the answer (a term, a table value, a row).
    case typed
    /// Pick the answer among four options.
    case choice
    /// Say whether a statement made from the deck is true.
    case truefalse
    /// Fill the blank in a sentence from a definition or detail.
    case cloze
    /// Name every value of a multi-value cell, in any order (the count is shown).
    case multi
    /// Select all the options that apply (the choice form of `multi`).
    case select
    /// Put a sequence in order.
    case order
    /// Match four terms to their four definitions (each pair is its card's review).
    case match
    /// Recall the definition, see it, grade yourself.
    case flip

    /// Recognition forms show the answer among others; recall forms make the learner produce it.
    public var isRecall: Bool {
        switch self {
        case .choice, .truefalse, .select, .match: false
        case .typed, .cloze, .multi, .order, .flip: true
        }
    }

    public var isSelfGraded: Bool { self == .flip }

    /// Kinds whose options are listed (`choices` in the porcelain protocol).
    public var hasChoices: Bool {
        switch self {
        case .choice, .truefalse, .select, .order, .match: true
        case .typed, .cloze, .multi, .flip: false
        }
    }

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
    /// Index into `choices` of the right option (`choice`, `truefalse`).
    public var correctChoice: Int?
    /// Indices of every right option (`select`).
    public var correctSet: Set<Int>?
    /// For `match`: the terms to match (numbered), their cards, and for each term the index of its
    /// definition in `choices`.
    public var items: [String] = []
    public var itemCards: [String] = []
    public var matching: [Int]?
    /// For `order`: the indices of `choices` in the right order.
    public var correctOrder: [Int]?
    /// How typed answers are graded (also the text shown as the expected answer).
    public var key: AnswerKey
    /// For a false statement: what is true instead (shown with the verdict).
    public var explanation: String?
    /// A note on the expected answer's form, such as "3 values" for a multi-value answer.
    public var hint: String?

    public var expected: String {
        if let correctOrder { return correctOrder.map { choices[$0] }.joined(separator: " → ") }
        if let correctSet { return correctSet.sorted().map { choices[$0] }.joined(separator: ", ") }
        if let matching {
            return zip(items, matching).enumerated().map { "\($0.offset + 1)\(Question.letter($0.element.1)) \($0.element.0) = \(choices[$0.element.1])" }
                .joined(separator: "; ")
        }
        if let explanation { return "\(key.answer): \(explanation)" }
        return key.answer
    }

    public init(cardID: String, kind: QuestionKind, prompt: String, choices: [String] = [], correctChoice: Int? = nil,
                correctOrder: [Int]? = nil, correctSet: Set<Int>? = nil, key: AnswerKey, hint: String? = nil) {
        self.correctSet = correctSet
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
