// TEMPORARY placeholder until Grading/ lands. Delete.
import Foundation
public struct AnswerKey: Sendable, Equatable {
    public var answer: String
    public var aliases: [String]
    public var rivals: [String]
    public var isMultiValue: Bool
    public init(answer: String, aliases: [String] = [], rivals: [String] = [], isMultiValue: Bool = false) {
        self.answer = answer; self.aliases = aliases; self.rivals = rivals; self.isMultiValue = isMultiValue
    }
}
public struct Grade: Sendable, Equatable {
    public enum Outcome: String, Sendable { case correct, close, wrong }
    public var outcome: Outcome
    public var matched: String?
    public var reason: String?
    public var diff: String?
    public init(outcome: Outcome, matched: String? = nil, reason: String? = nil, diff: String? = nil) {
        self.outcome = outcome; self.matched = matched; self.reason = reason; self.diff = diff
    }
}
public enum Grader {
    public static func grade(_ response: String, against key: AnswerKey) -> Grade {
        AnswerNormalizer.normalize(response) == AnswerNormalizer.normalize(key.answer) ? Grade(outcome: .correct) : Grade(outcome: .wrong)
    }
    public static func acceptedVariants(for key: AnswerKey) -> [String] { [key.answer] + key.aliases }
}
public enum AnswerNormalizer { public static func normalize(_ s: String) -> String { s.lowercased() } }
