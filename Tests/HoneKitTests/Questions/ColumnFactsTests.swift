@testable import HoneKit
import Testing

/// A column's facts, worked out once, give what a question about one of its cells used to work out
/// from the whole column: the other distinct cells, the distinct values, the values that are false
/// for a row.
@Suite("Column facts")
struct ColumnFactsTests {
    @Test("cells, values and false values are those of the plain computation", arguments: [0, 1, 2])
    func plain(seed: Int) {
        let deck = seed == 0 ? TestDecks.countries() : Self.generated(seed: UInt64(seed))
        let factory = QuestionFactory(deck: deck)
        for (t, table) in deck.tables.enumerated() {
            for column in table.columns.indices {
                #expect(factory.distinctValues(table: t, column: column) == Self.distinctValues(table, column))
                let facts = factory.deckIndex.columnFacts(table: t, column: column)
                for row in table.rows.indices {
                    #expect(factory.distinctCells(table: t, column: column, excluding: row) == Self.distinctCells(table, column, row))
                    #expect(factory.falseValues(table: t, row: row, column: column) == Self.falseValues(table, row, column))
                    // A cell question's rivals, and a row question's (the other rows' cells).
                    let values = table.values(row: row, column: column)
                    #expect(facts.cellRivals(row: row, values: values).texts
                        == Self.distinctCells(table, column, row) + Self.distinctValues(table, column).filter { !values.contains($0) })
                    #expect(RivalSelection(source: facts.allCells, excluded: [Int32(row)]).texts
                        == table.rows.indices.filter { $0 != row }.map { table.rows[$0][column] })
                }
            }
        }
    }

    /// A table of 300 rows whose cells repeat in other cases and spacings, some holding several values.
    static func generated(seed: UInt64) -> Deck {
        var rng = SplitMix64(seed: seed)
        let words = ["Alpha", "beta", "GAMMA", "delta one", "Delta One", "epsilon", "zeta, eta", "eta", "theta,  iota", "Iota"]
        let rows = (0..<300).map { index in
            ["row \(index)"] + (0..<3).map { _ in
                (0..<Int.random(in: 1...2, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: ", ")
            }
        }
        let table = DeckTable(title: "Generated", columns: ["Name", "A", "B", "C"], rows: rows)
        return Deck(id: "columns", title: "Columns", tables: [table])
    }

    // The plain computation, as the factory made it before it kept column facts.
    static func distinctCells(_ table: DeckTable, _ column: Int, _ row: Int) -> [String] {
        var seen: Set<String> = [AnswerNormalizer.normalize(table.rows[row][column])]
        return table.rows.indices.filter { $0 != row && seen.insert(AnswerNormalizer.normalize(table.rows[$0][column])).inserted }
            .map { table.rows[$0][column] }
    }

    static func distinctValues(_ table: DeckTable, _ column: Int) -> [String] {
        var seen: Set<String> = []
        return table.rows.indices.flatMap { table.values(row: $0, column: column) }.filter { seen.insert(AnswerNormalizer.normalize($0)).inserted }
    }

    static func falseValues(_ table: DeckTable, _ row: Int, _ column: Int) -> [String] {
        let own = table.values(row: row, column: column).map(DeckTable.words)
        return distinctValues(table, column).filter { value in
            let words = DeckTable.words(value)
            return !words.isEmpty && !own.contains { DeckTable.contains($0, words) || DeckTable.contains(words, $0) }
        }
    }
}
