import Foundation
import HoneKit

/// The glossary and table of the bundled foundation-models deck, as grading sees them.
enum Glossary {
    /// Terms with their aliases.
    static let entries: [(term: String, aliases: [String])] = [
        ("foundation model", []), ("large language model", ["LLM"]), ("transformer", []), ("self-attention", []),
        ("activation function", []), ("Adam", ["Adam optimizer"]), ("pretraining", []), ("self-supervised learning", []),
        ("next-token prediction", []), ("contrastive matching", []), ("base model", []),
        ("instruction fine-tuning", ["SFT", "supervised fine-tuning"]), ("alignment", []), ("fine-tuning", []),
        ("transfer learning", []), ("prompt engineering", ["prompting"]),
        ("RAG", ["retrieval augmentation", "retrieval-augmented generation"]), ("generative AI", ["GenAI"]), ("AGI", []),
        ("scale", []), ("generality", []), ("emergence", ["emergent capabilities"]), ("frontier model", []),
        ("open-weight model", []), ("specialized foundation model", []), ("API provider", []),
        ("Center for Research on Foundation Models", ["CRFM", "Stanford CRFM"]), ("model selection", []),
        ("deployment strategy", []), ("customization approach", []), ("risk management", []),
        ("RLHF", ["reinforcement learning from human feedback"]), ("DPO", ["direct preference optimization"]),
        ("Constitutional AI", []), ("LoRA", ["low-rank adaptation"]), ("in-context learning", []),
    ]

    /// Rows of the model-family table: family, lab, modality, access.
    static let families: [[String]] = [
        ["Claude (Haiku/Sonnet/Opus)", "Anthropic", "Text, vision", "API, Bedrock"],
        ["GPT-4o, o3", "OpenAI", "Text, vision, audio", "API"],
        ["Gemini 1.5 Pro/Flash", "Google DeepMind", "Text, vision, audio", "API, Vertex AI"],
        ["Llama 3.x", "Meta FAIR", "Text", "Open weights"],
        ["Mistral Large/Small", "Mistral AI", "Text", "API, open weights"],
        ["Amazon Titan", "AWS", "Text, embeddings, image", "Bedrock only"],
    ]

    /// The key for a term: its aliases, and every other term and alias as a rival.
    static func key(for term: String) -> AnswerKey {
        guard let entry = entries.first(where: { $0.term == term }) else { return AnswerKey(answer: term) }
        let rivals = entries.filter { $0.term != term }.flatMap { [$0.term] + $0.aliases }
        return AnswerKey(answer: entry.term, aliases: entry.aliases, rivals: rivals)
    }

    /// The key for a cell of the family table, with the column's other cells and values as rivals.
    static func key(row: Int, column: Int) -> AnswerKey {
        let cell = families[row][column]
        let values = split(cell)
        var rivals: [String] = []
        for other in families.indices where other != row && !rivals.contains(families[other][column]) {
            rivals.append(families[other][column])
        }
        for other in families.indices {
            for value in split(families[other][column]) where !values.contains(value) && !rivals.contains(value) {
                rivals.append(value)
            }
        }
        return AnswerKey(answer: cell, rivals: rivals.filter { $0 != cell }, isMultiValue: values.count > 1)
    }

    private static func split(_ cell: String) -> [String] {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
