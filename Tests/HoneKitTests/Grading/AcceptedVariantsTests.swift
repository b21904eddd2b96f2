import HoneKit
import Testing

/// The forms shown after a verdict as also accepted.
@Suite("Accepted variants")
struct AcceptedVariantsTests {
    @Test func answerAliasesAndDerivedForms() {
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "Instruction fine-tuning (SFT)", aliases: ["supervised fine-tuning"]))
            == ["Instruction fine-tuning (SFT)", "supervised fine-tuning", "Instruction fine-tuning", "SFT", "IFT"])
    }

    @Test func optionalPartsAndAlternatives() {
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "Claude (Haiku/Sonnet/Opus)"))
            == ["Claude (Haiku/Sonnet/Opus)", "Claude", "Claude Haiku", "Claude Sonnet", "Claude Opus", "CH", "CS", "CO"])
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "Mistral Large/Small"))
            == ["Mistral Large/Small", "Mistral Large", "Mistral Small", "MLS", "ML", "MS"])
    }

    @Test func acronymOfAPhrase() {
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "retrieval-augmented generation")) == ["retrieval-augmented generation", "RAG"])
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "reinforcement learning from human feedback"))
            == ["reinforcement learning from human feedback", "RLFHF", "RLHF"])
    }

    @Test func noRepeatsAndNothingForASingleWord() {
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "transformer", aliases: ["Transformer", "transformers"])) == ["transformer"])
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "AGI")) == ["AGI"])
    }

    @Test func multiValueShowsOnlyTheGivenForms() {
        #expect(Grader.acceptedVariants(for: AnswerKey(answer: "Text, vision, audio", isMultiValue: true)) == ["Text, vision, audio"])
    }
}
