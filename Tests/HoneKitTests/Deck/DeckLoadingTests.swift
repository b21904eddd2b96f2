import Testing
@testable import HoneKit

@Suite struct DeckLoadingTests {
    func load(_ text: String) throws -> Deck {
        try Deck.load(json: Array(text.utf8), id: "t", path: "Decks/t.json")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try load(text)
            return nil
        } catch let error as DeckError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test func loadsEntriesTablesAndSequences() throws {
        let deck = try load("""
            {"title": "T", "entries": [{"term": "Large language model", "definition": "A model of text.", "aliases": ["LLM"]}],
             "tables": [{"title": "Models", "columns": ["Name", "Lab"], "key": "Lab", "rows": [["A", "X"], ["B", "Y"]]}],
             "sequences": [{"title": "Steps", "items": ["one", "two"]}]}
            """)
        #expect(deck.entries[0].id == "large-language-model")
        #expect(deck.tables[0].keyColumn == 1)
        #expect(deck.sequences[0].id == "steps")
    }

    @Test(arguments: [
        ("{\"title\": \"T\", \"entries\": [\n{\"term\": \"a\"}]}", "Decks/t.json:2: entry 1 (\"a\") has no \"definition\""),
        ("{\"title\": \"T\"}", "Decks/t.json:1: the deck has no entries, tables or sequences"),
        ("{\"entries\": []}", "Decks/t.json:1: the deck has no \"title\""),
        ("{\"title\": \"T\",\n \"entries\": [{\"term\": \"a\", \"definition\": 3}]}", "Decks/t.json:2: entry 1 (\"a\"): \"definition\" must be a string, found a number"),
        ("{\"title\": \"T\", \"tables\": [{\"title\": \"X\", \"columns\": [\"A\", \"B\"],\n \"rows\": [[\"1\"]]}]}", "Decks/t.json:2: table 1 (\"X\"), row 1 has 1 cells for 2 columns"),
        ("{\"title\": \"T\", \"tables\": [{\"title\": \"X\", \"columns\": [\"A\", \"B\"], \"key\": \"C\", \"rows\": []}]}", "Decks/t.json:1: table 1 (\"X\"): key \"C\" is not one of its columns (A, B)"),
        ("{\"title\": \"T\",\n \"entries\": [{\"term\": \"a\", \"definition\": \"x\"},\n {\"id\": \"other\", \"term\": \"A\", \"definition\": \"y\"}]}", "Decks/t.json:3: \"A\" names the entry at line 2 too; a term or alias must name one entry"),
        ("{\"title\": \"T\", \"entries\": [\n\n{\"term\": \"a\" \"definition\": \"x\"}]}", "Decks/t.json:3:14: expected ',' or '}' in an object"),
    ])
    func reportsProblemsWithFileAndLine(text: String, message: String) {
        #expect(error(text) == message)
    }

    @Test func stripsControlCharactersFromDeckText() throws {
        let deck = try load(#"{"title": "T\u001b]0;owned\u0007", "entries": [{"term": "a\u001b[31mb", "definition": "x\u0000y 👩‍💻"}]}"#)
        #expect(deck.title == "T")
        #expect(deck.entries[0].term == "ab")
        #expect(deck.entries[0].definition == "xy 👩‍💻")
    }

    @Test func theBundledDeckLoads() throws {
        let deck = try TestDecks.bundled()
        #expect(deck.entries.count >= 25)
        #expect(deck.tables.first?.rows.count == 6)
        #expect(deck.tables.first?.columns == ["Model family", "Lab", "Modality", "Access"])
    }
}
