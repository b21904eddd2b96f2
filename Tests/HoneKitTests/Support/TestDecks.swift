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

    /// A larger table with traps: repeated values (continents), overlapping multi-value cells
    /// (languages), a key with a comma, values that contain each other ("Guinea" in "Papua New Guinea",
    /// "Niger" in "Nigeria"), and a value written in two cases.
    static func countries() -> Deck {
        Deck(id: "countries", title: "Countries", entries: [
            Entry(term: "capital", definition: "The city where a country's government sits."),
            Entry(term: "enclave", definition: "A territory entirely surrounded by another state."),
            Entry(term: "archipelago", definition: "A group of islands."),
        ], tables: [
            DeckTable(id: "countries", title: "Countries", columns: ["Country", "Capital", "Continent", "Languages"], rows: [
                ["Guinea", "Conakry", "Africa", "French"],
                ["Papua New Guinea", "Port Moresby", "Oceania", "English, Tok Pisin, Hiri Motu"],
                ["Niger", "Niamey", "Africa", "French"],
                ["Nigeria", "Abuja", "Africa", "English"],
                ["Korea, South", "Seoul", "Asia", "Korean"],
                ["Switzerland", "Bern", "Europe", "German, French, Italian, Romansh"],
                ["Belgium", "Brussels", "Europe", "Dutch, French, German"],
                ["Canada", "Ottawa", "North America", "English, french"],
                ["Peru", "Lima", "South America", "Spanish, Quechua, Aymara"],
                ["Bolivia", "Sucre, La Paz", "South America", "Spanish, Quechua, Aymara, Guarani"],
                ["Paraguay", "Asunción", "South America", "Spanish, Guarani"],
                ["Lesotho", "Maseru", "Africa", "Sesotho, English"],
            ]),
        ])
    }

    static func date(_ text: String) -> Date { ISO8601.parse(text)! }
}
