import HoneKit

/// Case, accents, articles, punctuation, spacing, hyphenation, plurals, empty responses, emoji, CJK.
extension GradingCase {
    static let normalization: [GradingCase] = [
        // Case
        .term("FOUNDATION MODEL", "foundation model", .correct),
        .term("Transformer", "transformer", .correct),
        .term("rlhf", "RLHF", .correct),
        .correct("mistral ai", "Mistral AI"),
        .correct("gOOGLE dEEPmIND", "Google DeepMind"),
        // Accents and other diacritics
        .correct("cafe", "café"),
        .correct("café", "cafe"),
        .correct("naive", "naïve"),
        .correct("Naïve Bayes", "naive Bayes"),
        .correct("resume", "résumé"),
        .correct("creme brulee", "crème brûlée"),
        .correct("Angstrom", "Ångström"),
        .correct("strasse", "Straße"),
        .correct("Soren Kierkegaard", "Søren Kierkegaard"),
        .correct("ÉCOLE", "école"),
        .correct("ελλαδα", "Ελλάδα"),
        // Leading articles
        .term("a foundation model", "foundation model", .correct),
        .term("the transformer", "transformer", .correct),
        .term("an API provider", "API provider", .correct),
        .correct("Pile", "The Pile"),
        .correct("The Pile", "Pile"),
        // Punctuation and spaces
        .term("  foundation   model  ", "foundation model", .correct),
        .term("foundation model.", "foundation model", .correct),
        .term("\"transformer\"", "transformer", .correct),
        .correct("Llama 3.x!", "Llama 3.x"),
        .correct("rock n roll", "rock 'n' roll"),
        .correct("dont panic", "Don't Panic!"),
        // Hyphen, space or nothing between word parts
        .term("fine tuning", "fine-tuning", .correct),
        .term("finetuning", "fine-tuning", .correct),
        .correct("fine-tuning", "finetuning"),
        .correct("Open AI", "OpenAI"),
        .term("pre-training", "pretraining", .correct),
        .term("pre training", "pretraining", .correct),
        .term("in context learning", "in-context learning", .correct),
        .term("incontext learning", "in-context learning", .correct),
        .term("self supervised learning", "self-supervised learning", .correct),
        .correct("Deep Mind", "DeepMind"),
        .correct("Meta-FAIR", "Meta FAIR"),
        .correct("amazon-titan", "Amazon Titan"),
        .correct("Google Deep-Mind", "Google DeepMind"),
        .term("next token prediction", "next-token prediction", .correct),
        // Singular and plural
        .term("foundation models", "foundation model", .correct),
        .term("transformers", "transformer", .correct),
        .term("LLMs", "large language model", .correct),
        .term("large language models", "large language model", .correct),
        .correct("policy", "policies"),
        .correct("policies", "policy"),
        .correct("biases", "bias"),
        .correct("boxes", "box"),
        .term("activation functions", "activation function", .correct),
        .term("emergent capability", "emergence", .correct),
        // Empty and blank responses
        .term("", "transformer", .wrong, reason: "empty"),
        .term("   ", "transformer", .wrong, reason: "empty"),
        .term("\t\n", "RAG", .wrong, reason: "empty"),
        .term("...", "transformer", .wrong),
        // Emoji and CJK text
        .term("🤖", "transformer", .wrong),
        .term("transformer 🤖", "transformer", .correct),
        .correct("🚀", "🚀"),
        .wrong("🚀🚀", "🚀"),
        .correct("👩‍🔬 scientist", "scientist"),
        .correct("東京", "東京"),
        .wrong("京都", "東京"),
        .close("がっこう", "かっこう"),                          // voicing marks are kept: a typo
        .correct("機械学習", "機械学習 (machine learning)"),
        .correct("москва", "Москва"),
    ]
}
