/// What a typed answer is graded against: the expected answer, the other forms that count as the
/// same answer, and the other terms of the deck that must not be mistaken for it.
public struct AnswerKey: Sendable, Equatable {
    /// The canonical expected answer, as shown to the learner.
    public var answer: String
    /// Other accepted answers, each as good as `answer` ("LLM" for "large language model").
    public var aliases: [String]
    /// Other terms or values of the same deck or column. A response equal to a rival, or closer to a
    /// rival than to the answer, is wrong even when it would pass as a typo of the answer.
    public var rivals: [String] {
        get { preparedRivals?.texts ?? givenRivals }
        set {
            givenRivals = newValue
            preparedRivals = nil
            valueRivals = nil
        }
    }
    /// The rivals as given (empty when they are `preparedRivals`).
    private var givenRivals: [String]
    /// The answer is a set of values ("Text, vision, audio"), accepted in any order and with any of
    /// the usual separators; every value must be given, and no other.
    public var isMultiValue: Bool
    /// The rivals as a part of a table read once for the rival screen (`RivalTable`), when whoever
    /// made the key had one (a question factory, for its deck's names): making the key then lists no
    /// names; nil once `rivals` is set.
    var preparedRivals: RivalSelection?
    /// For a multi-value key, the rivals of each of its values as the grader splits the answer
    /// (`MultiValueText.values(ofAnswer:)`), prepared by whoever made the key; nil to have the
    /// grader work them out from `rivals`.
    var valueRivals: [RivalSelection]?

    /// A key for `answer`, with optional aliases, rivals and multi-value flag.
    public init(answer: String, aliases: [String] = [], rivals: [String] = [], isMultiValue: Bool = false) {
        self.answer = answer
        self.aliases = aliases
        givenRivals = rivals
        self.isMultiValue = isMultiValue
    }

    /// A key whose rivals are `selection`'s texts.
    init(answer: String, aliases: [String] = [], rivals selection: RivalSelection, isMultiValue: Bool = false,
         valueRivals: [RivalSelection]? = nil) {
        self.init(answer: answer, aliases: aliases, isMultiValue: isMultiValue)
        preparedRivals = selection
        self.valueRivals = valueRivals
    }

    /// Keys are the same when their answers, aliases, rivals and kinds are.
    public static func == (a: AnswerKey, b: AnswerKey) -> Bool {
        a.answer == b.answer && a.aliases == b.aliases && a.rivals == b.rivals && a.isMultiValue == b.isMultiValue
    }
}
