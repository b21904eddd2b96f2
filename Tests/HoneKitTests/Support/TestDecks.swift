import Foundation
@testable import HoneKit

/// Decks for tests: the bundled one (read from the repository) and small hand-made ones.
enum TestDecks {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func bundled() throws -> Deck {
        let path = repositoryRoot + "/Decks/foundation-models.json"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try Deck.load(json: [UInt8](data), id: "foundation-models", path: path)
    }

    static func small() -> Deck {
        Deck(id: "small", title: "Small", entries: [
            Entry(term: "pretraining", definition: "The first phase of training on a large corpus.", tags: ["training"]),
            Entry(term: "fine-tuning", definition: "Further training on a small task-specific dataset.", tags: ["training"]),
            Entry(term: "retrieval-augmented generation", definition: "Adding retrieved documents to the prompt.", aliases: ["RAG"], tags: ["adaptation"]),
            Entry(term: "prompt engineering", definition: "Designing the prompt so the model performs a task.", tags: ["adaptation"]),
        ], tables: [
            DeckTable(id: "labs", title: "Labs", columns: ["Model", "Lab", "Access"], rows: [
                ["Claude", "Anthropic", "API, Bedrock"],
                ["Llama", "Meta", "Open weights"],
                ["Titan", "AWS", "Bedrock only"],
                ["Mistral", "Mistral AI", "API, open weights"],
            ]),
        ], sequences: [
            DeckSequence(id: "phases", title: "Training phases", items: ["Pretraining", "Fine-tuning", "Alignment"]),
        ])
    }

    static func date(_ text: String) -> Date { ISO8601.parse(text)! }
}
