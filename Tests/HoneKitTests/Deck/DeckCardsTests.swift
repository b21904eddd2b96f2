import Testing
@testable import HoneKit

@Suite struct DeckCardsTests {
    @Test func cardIDsComeFromNamesNotPositions() {
        var deck = TestDecks.small()
        let before = Set(deck.cards.map(\.id))
        deck.entries.reverse()
        deck.tables[0].rows.reverse()
        deck.entries.append(Entry(term: "alignment", definition: "Shaping outputs to human preferences."))
        let after = Set(deck.cards.map(\.id))
        #expect(before.isSubset(of: after))
        #expect(after.contains("small/alignment/term"))
        #expect(before.contains("small/labs/llama/lab"))
        #expect(before.contains("small/labs/llama/lab/reverse:meta"))
    }

    @Test func cardIDsAreUnique() throws {
        for deck in [TestDecks.small(), try TestDecks.bundled()] {
            let ids = deck.cards.map(\.id)
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func reverseCardsOnlyForValuesThatNameOneRow() {
        let table = TestDecks.small().tables[0]
        // "Bedrock" is in Claude's cell, but "Bedrock only" (Titan) holds it too: not unique.
        #expect(table.uniqueValues(row: 0, column: 2) == [])
        #expect(table.uniqueValues(row: 2, column: 2) == ["Bedrock only"])
        // "Open weights" and "open weights" are the same value.
        #expect(table.uniqueValues(row: 1, column: 2) == [])
        #expect(table.uniqueValues(row: 1, column: 1) == ["Meta"])
    }

    @Test func keyColumnCellsAreNotSplitAtCommas() {
        let table = DeckTable(title: "T", columns: ["Model family", "Lab"], rows: [["GPT-4o, o3", "OpenAI"]])
        #expect(table.values(row: 0, column: 0) == ["GPT-4o, o3"])
    }
}
