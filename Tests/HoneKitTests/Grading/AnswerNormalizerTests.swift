@testable import HoneKit
import Testing

/// The canonical comparison form.
@Suite("Answer normalizer")
struct AnswerNormalizerTests {
    @Test(arguments: [
        ("Foundation Model", "foundation model"),
        ("  fine-tuning  ", "fine tuning"),
        ("Café au lait", "cafe au lait"),
        ("naïve", "naive"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("ﬁne", "fine"),
        ("Ｆｕｌｌ", "full"),
        ("The transformer", "transformer"),
        ("a an the model", "model"),
        ("The", "the"),
        ("A", "a"),
        ("don't", "dont"),
        ("Bayes’ theorem", "bayes theorem"),
        ("GPT-3.5", "gpt 3.5"),
        ("1,000 tokens", "1000 tokens"),
        ("Text, vision, audio", "text vision audio"),
        ("C++ and C#", "c++ and c#"),
        ("A* search", "a* search"),
        ("Llama 3.x", "llama 3 x"),
        ("Claude (Haiku/Sonnet/Opus)", "claude haiku sonnet opus"),
        ("🤖 robot", "robot"),
        ("🚀", "🚀"),
        ("  !!  ", "!!"),
        ("", ""),
        ("東京", "東京"),
        ("がっこう", "がっこう"),
        ("שָׁלוֹם", "שלום"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(AnswerNormalizer.normalize(input) == expected)
    }

    @Test func comparisonTextSeparatesNumbersFromLetters() {
        let text = ComparisonText("GPT-3.5 Turbo (2023)")
        #expect(text.compact == "gpt3.5turbo2023")
        #expect(text.numbers == ["3.5", "2023"])
        #expect(String(text.letters) == "gptturbo")
        #expect(text.typoAllowance == 2)
    }

    @Test(arguments: [("RAG", 0), ("LoRA", 1), ("Claude", 1), ("dropout", 1), ("gradient", 2), ("GPT-4o", 1), ("2021", 0)])
    func typoAllowanceFollowsLetterCount(_ text: String, _ allowance: Int) {
        #expect(ComparisonText(text).typoAllowance == allowance)
    }

    @Test func pluralReadingsOfTheLastWord() {
        #expect(PluralForms.singularCandidates("policies") == ["policie", "polici", "policy"])
        #expect(PluralForms.singularCandidates("boxes") == ["boxe", "box"])
        #expect(PluralForms.singularCandidates("class") == [])
        #expect(PluralForms.singularCandidates("bus") == [])
        #expect(PluralForms.singularCandidates("foundation models") == ["foundation model"])
        #expect(PluralForms.singularCandidates("gpt 4s") == [])
        #expect(PluralForms.sameWord("biases", "bias"))
        #expect(!PluralForms.sameWord("class", "clas"))
    }
}
