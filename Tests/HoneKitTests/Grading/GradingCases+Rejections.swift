import HoneKit

/// Rival terms, changed numbers and parts of longer answers.
extension GradingCase {
    static let rejections: [GradingCase] = [
        // A rival term, as it is or nearer than the answer
        .wrong("PPO", "DPO", rivals: ["PPO"], reason: "that is PPO"),
        .term("DPO", "RLHF", .wrong, reason: "that is DPO"),
        .wrong("fine-tuning", "pretraining", rivals: ["fine-tuning"], reason: "that is fine-tuning"),
        .term("fine tuning", "instruction fine-tuning", .wrong, reason: "that is fine-tuning"),
        .term("instruction fine-tuning", "fine-tuning", .wrong, reason: "that is instruction fine-tuning"),
        .wrong("OpenAI", "Anthropic", rivals: ["OpenAI", "Google DeepMind"], reason: "that is OpenAI"),
        .wrong("QLoRA", "LoRA", rivals: ["QLoRA"], reason: "that is QLoRA"),
        .wrong("LoRA", "QLoRA", rivals: ["LoRA"], reason: "that is LoRA"),
        .close("LoRA", "QLoRA"),
        .wrong("decoder", "encoder", rivals: ["decoder"], reason: "that is decoder"),
        .wrong("decoer", "encoder", rivals: ["decoder"], reason: "closer to decoder"),
        .close("ecoder", "encoder", rivals: ["decoder"]),
        .wrong("retrainin", "pretraining", rivals: ["retraining"], reason: "closer to retraining"),
        .wrong("Gemmi", "Gemini", rivals: ["Gemma"], reason: "closer to Gemma"),
        .wrong("Meta AI", "Mistral AI", rivals: ["Meta FAIR", "Google DeepMind"], reason: "closer to Meta FAIR"),
        .term("frontier model", "foundation model", .wrong, reason: "that is frontier model"),
        .term("base models", "foundation model", .wrong, reason: "that is base model"),
        .term("proximal policy optimization", "DPO", .wrong),
        .wrong("proximal policy optimization", "DPO", rivals: ["PPO"], reason: "that is PPO"),
        // Numbers and years must match exactly
        .wrong("GPT-5", "GPT-4", reason: "number differs"),
        .wrong("2012", "2021", reason: "number differs"),
        .wrong("2022", "2021", reason: "number differs"),
        .correct("2021", "2021"),
        .wrong("Llama 2", "Llama 3.x", reason: "number differs"),
        .correct("llama 3.X", "Llama 3.x"),
        .close("Lama 3.x", "Llama 3.x"),
        .correct("GPT 4o", "GPT-4o"),
        .correct("gpt4o", "GPT-4o"),
        .close("GTP-4o", "GPT-4o"),
        .close("GPT-4", "GPT-4o"),                        // the "o" is a letter: a typo unless GPT-4 is a rival
        .wrong("GPT-4", "GPT-4o", rivals: ["GPT-4"]),
        .wrong("Gemini 1.0 Pro", "Gemini 1.5 Pro/Flash", reason: "number differs"),
        .wrong("Gemini 15 Pro", "Gemini 1.5 Pro/Flash", reason: "number differs"),
        .wrong("Stanford CRFM 2012", "Stanford CRFM 2021", reason: "number differs"),
        // Part of a longer answer
        .term("model", "foundation model", .wrong, reason: "part of the answer"),
        .term("foundation", "foundation model", .wrong, reason: "part of the answer"),
        .wrong("Mistral", "Mistral AI", reason: "part of the answer"),
        .wrong("Google", "Google DeepMind", reason: "part of the answer"),
        .wrong("FAIR", "Meta FAIR", reason: "part of the answer"),
        .term("language model", "large language model", .wrong, reason: "part of the answer"),
        .term("learning", "in-context learning", .wrong),
        .wrong("Titan", "Amazon Titan", reason: "part of the answer"),
        .wrong("Bedrock", "Bedrock only", reason: "part of the answer"),
        // Plainly wrong
        .term("banana", "transformer", .wrong),
        .term("attention", "transformer", .wrong),
    ]
}
