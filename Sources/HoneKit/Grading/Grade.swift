/// The verdict on one typed response.
public struct Grade: Sendable, Equatable {
    /// Right, right but for a typo, or wrong.
    public enum Outcome: String, Sendable {
        /// The response is the answer or an accepted form of it.
        case correct
        /// The response is an accepted form with a small typo (see `Grader`).
        case close
        /// Anything else, including a rival term, a changed number and an empty response.
        case wrong
    }

    /// The verdict.
    public var outcome: Outcome
    /// The accepted form that matched: the answer or one of the aliases (nil when wrong).
    public var matched: String?
    /// A short note for the learner: "alias", "typo accepted", "missing: vision", "number differs",
    /// "closer to OpenAI", "that is PPO", ... (nil when there is nothing to say).
    public var reason: String?
    /// For a close response: the normalized response with the corrections that turn it into the
    /// matched form, `[-x-]` for a character to delete and `[+y+]` for one to insert, e.g.
    /// "foundation mod[-l-]e[+l+]".
    public var diff: String?

    /// A grade with the given outcome and notes.
    public init(outcome: Outcome, matched: String? = nil, reason: String? = nil, diff: String? = nil) {
        self.outcome = outcome
        self.matched = matched
        self.reason = reason
        self.diff = diff
    }
}
