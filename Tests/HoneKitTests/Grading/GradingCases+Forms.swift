import HoneKit

/// Aliases, optional parenthesised parts and slashed alternatives.
extension GradingCase {
    static let forms: [GradingCase] = [
        // Aliases
        .term("LLM", "large language model", .correct, reason: "alias"),
        .term("SFT", "instruction fine-tuning", .correct, reason: "alias"),
        .term("supervised fine tuning", "instruction fine-tuning", .correct, reason: "alias"),
        .term("GenAI", "generative AI", .correct, reason: "alias"),
        .term("Stanford CRFM", "Center for Research on Foundation Models", .correct, reason: "alias"),
        .term("Adam optimizer", "Adam", .correct, reason: "alias"),
        .term("prompting", "prompt engineering", .correct, reason: "alias"),
        .term("retrieval augmentation", "RAG", .correct, reason: "alias"),
        .term("Retrieval-Augmented Generation", "RAG", .correct, reason: "alias"),
        .correct("Mistral", "Mistral AI", aliases: ["Mistral"]),
        // Optional parenthesised parts
        .correct("Claude", "Claude (Haiku/Sonnet/Opus)"),
        .correct("Claude (Haiku/Sonnet/Opus)", "Claude (Haiku/Sonnet/Opus)"),
        .correct("claude haiku sonnet opus", "Claude (Haiku/Sonnet/Opus)"),
        .correct("Claude Sonnet", "Claude (Haiku/Sonnet/Opus)"),
        .correct("claude opus", "Claude (Haiku/Sonnet/Opus)"),
        .close("Cluade", "Claude (Haiku/Sonnet/Opus)"),
        .wrong("Sonnet", "Claude (Haiku/Sonnet/Opus)"),
        .correct("instruction fine-tuning", "Instruction fine-tuning (SFT)"),
        .correct("SFT", "Instruction fine-tuning (SFT)", reason: "alias"),
        .correct("Instruction fine-tuning SFT", "Instruction fine-tuning (SFT)"),
        .correct("large language model", "LLM (large language model)"),
        .correct("MoE", "mixture of experts (MoE)"),
        .correct("mixture of expert", "mixture of experts (MoE)"),
        .correct("Stanford CRFM", "Stanford CRFM (2021)"),
        // Slashed alternatives
        .correct("Gemini 1.5 Pro", "Gemini 1.5 Pro/Flash"),
        .correct("gemini 1.5 flash", "Gemini 1.5 Pro/Flash"),
        .correct("Mistral Small", "Mistral Large/Small"),
        .correct("colour", "colour/color"),
        .correct("color", "colour / color"),
        .wrong("TCP", "TCP/IP"),
        .wrong("A testing", "A/B testing"),
        .correct("A/B testing", "A/B testing"),
    ]

    /// Acronyms of listed phrases, and phrases whose initials spell a listed acronym.
    static let acronyms: [GradingCase] = [
        .correct("RAG", "retrieval-augmented generation", reason: "acronym"),
        .correct("ICL", "in-context learning", reason: "acronym"),
        .correct("RLHF", "reinforcement learning from human feedback", reason: "acronym"),
        .correct("CAI", "Constitutional AI", reason: "acronym"),
        .correct("DPO", "direct preference optimization", reason: "acronym"),
        .correct("LLMs", "large language model", reason: "acronym"),
        .term("SSL", "self-supervised learning", .correct, reason: "acronym"),
        .correct("CRFM", "Center for Research on Foundation Models", reason: "acronym"),
        .wrong("RAF", "retrieval-augmented generation"),
        .correct("artificial general intelligence", "AGI", reason: "expansion"),
        .term("Artificial General Intelligence", "AGI", .correct, reason: "expansion"),
        .correct("reinforcement learning from human feedback", "RLHF", reason: "expansion"),
        .correct("direct preference optimisation", "DPO", reason: "expansion"),
        .correct("low-rank adaptation", "LoRA", reason: "expansion"),
        .correct("application programming interface", "API", reason: "expansion"),
        .correct("Retrieval Augmented Generation", "RAG", reason: "expansion"),
        .wrong("artificial narrow intelligence", "AGI"),
        .wrong("intelligence", "AGI"),
    ]
}
