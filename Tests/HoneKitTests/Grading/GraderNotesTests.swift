import HoneKit
import Testing

/// What a grade says besides its outcome: which form matched, why, and the diff of a close answer.
@Suite("Grader notes")
struct GraderNotesTests {
    @Test func closeAnswerHasDiffAgainstMatchedForm() {
        let grade = Grader.grade("foundation modle", against: Glossary.key(for: "foundation model"))
        #expect(grade == Grade(outcome: .close, matched: "foundation model", reason: "typo accepted",
                               diff: "foundation mod[-l-]e[+l+]"))
    }

    @Test func diffIgnoresPluralsAndSpacing() {
        #expect(Grader.grade("foundationmodles", against: AnswerKey(answer: "foundation model")).diff == "foundation mod[-l-]e[+l+]")
        #expect(Grader.grade("Anthropik", against: AnswerKey(answer: "Anthropic")).diff == "anthropi[-k-][+c+]")
    }

    @Test func closeToAnAliasNamesTheAlias() {
        let grade = Grader.grade("supervised fine tunning", against: Glossary.key(for: "instruction fine-tuning"))
        #expect(grade.outcome == .close)
        #expect(grade.matched == "supervised fine-tuning")
        #expect(grade.diff == "supervised fine tun[-n-]ing")
    }

    @Test func derivedFormsNameTheirSource() {
        let key = AnswerKey(answer: "Claude (Haiku/Sonnet/Opus)")
        #expect(Grader.grade("claude", against: key) == Grade(outcome: .correct, matched: "Claude (Haiku/Sonnet/Opus)"))
        let alias = AnswerKey(answer: "RAG", aliases: ["retrieval-augmented generation"])
        #expect(Grader.grade("retrieval augmented generation", against: alias)
            == Grade(outcome: .correct, matched: "retrieval-augmented generation", reason: "alias"))
    }

    @Test func closeToADerivedFormNamesTheAnswer() {
        let grade = Grader.grade("Cluade", against: AnswerKey(answer: "Claude (Haiku/Sonnet/Opus)"))
        #expect(grade == Grade(outcome: .close, matched: "Claude (Haiku/Sonnet/Opus)", reason: "typo accepted",
                               diff: "cl[-u-]a[+u+]de"))
    }

    @Test func wrongAnswersSayWhyWhereTheyCan() {
        let key = Glossary.key(row: 1, column: 1)  // OpenAI, with the other labs as rivals
        #expect(Grader.grade("Anthropic", against: key).reason == "that is Anthropic")
        #expect(Grader.grade("Meta", against: Glossary.key(row: 3, column: 1)).reason == "part of the answer")
        #expect(Grader.grade("GPT-5", against: AnswerKey(answer: "GPT-4o")).reason == "number differs")
        #expect(Grader.grade("zebra", against: key) == Grade(outcome: .wrong))
    }

    @Test func multiValueCloseDiffListsEveryValue() {
        let grade = Grader.grade("audio, txt, vision", against: AnswerKey(answer: "Text, vision, audio", isMultiValue: true))
        #expect(grade == Grade(outcome: .close, matched: "Text, vision, audio", reason: "typo accepted",
                               diff: "t[+e+]xt, vision, audio"))
    }

    @Test func multiValueAliasAsAWhole() {
        let key = AnswerKey(answer: "Text, vision", aliases: ["multimodal"], isMultiValue: true)
        #expect(Grader.grade("multimodal", against: key) == Grade(outcome: .correct, matched: "multimodal", reason: "alias"))
    }

    @Test func choicesAsRivals() {
        // How a typed answer to a multiple-choice question is graded: the other options are rivals.
        let key = AnswerKey(answer: "Meta FAIR", rivals: ["Anthropic", "Mistral AI", "Google DeepMind"])
        #expect(Grader.grade("meta fair", against: key).outcome == .correct)
        #expect(Grader.grade("Mistral", against: key).outcome == .wrong)
        #expect(Grader.grade("Meta FIAR", against: key).outcome == .close)
    }
}
