import HoneKit
import Testing

/// One row of the grading table: a response, the key it is graded against, and the expected outcome
/// (and, where it matters, the expected reason).
struct GradingCase: Sendable, CustomTestStringConvertible {
    let response: String
    let answer: String
    let aliases: [String]
    let rivals: [String]
    let multi: Bool
    let expected: Grade.Outcome
    let reason: String?

    var key: AnswerKey { AnswerKey(answer: answer, aliases: aliases, rivals: rivals, isMultiValue: multi) }

    var testDescription: String {
        "\(expected): \"\(response)\" for \"\(answer)\"" + (reason.map { " (\($0))" } ?? "")
    }

    static func correct(_ response: String, _ answer: String, aliases: [String] = [], rivals: [String] = [],
                        multi: Bool = false, reason: String? = nil) -> GradingCase {
        GradingCase(response: response, answer: answer, aliases: aliases, rivals: rivals, multi: multi, expected: .correct, reason: reason)
    }

    static func close(_ response: String, _ answer: String, aliases: [String] = [], rivals: [String] = [],
                      multi: Bool = false, reason: String? = nil) -> GradingCase {
        GradingCase(response: response, answer: answer, aliases: aliases, rivals: rivals, multi: multi, expected: .close, reason: reason)
    }

    static func wrong(_ response: String, _ answer: String, aliases: [String] = [], rivals: [String] = [],
                      multi: Bool = false, reason: String? = nil) -> GradingCase {
        GradingCase(response: response, answer: answer, aliases: aliases, rivals: rivals, multi: multi, expected: .wrong, reason: reason)
    }

    /// A case for a glossary term, with its aliases and the other terms of the glossary as rivals.
    static func term(_ response: String, _ term: String, _ expected: Grade.Outcome, reason: String? = nil) -> GradingCase {
        let key = Glossary.key(for: term)
        return GradingCase(response: response, answer: key.answer, aliases: key.aliases, rivals: key.rivals,
                           multi: false, expected: expected, reason: reason)
    }

    /// Every case of the table.
    static let all: [GradingCase] = normalization + typos + forms + acronyms + rejections + multiValue
}
