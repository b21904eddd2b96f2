@testable import HoneKit
import Testing

/// A multi-value cell's key with its values' rivals prepared from the column (`ValuePieces`) has
/// the rivals the grader would work out from the listed texts at each answer, and grades every
/// response as that key does.
@Suite("Value pieces")
struct ValuePiecesTests {
    @Test("prepared value rivals grade as the listed rivals do", arguments: [1, 2] as [UInt64])
    func sameGrades(seed: UInt64) {
        let deck = Self.deck(seed: seed)
        let factory = QuestionFactory(deck: deck)
        var rng = SplitMix64(seed: seed &+ 100)
        var prepared = 0, graded = 0
        for (t, table) in deck.tables.enumerated() {
            for column in 1..<table.columns.count {
                let facts = factory.deckIndex.columnFacts(table: t, column: column)
                let cells = table.rows.map { $0[column] }
                for row in table.rows.indices {
                    let values = table.values(row: row, column: column)
                    guard values.count > 1 else { continue }
                    let cell = table.rows[row][column]
                    let rivals = facts.cellRivals(row: row, values: values)
                    let listed = AnswerKey(answer: cell, rivals: rivals.texts, isMultiValue: true)
                    guard let valueRivals = facts.valueRivals(row: row, values: values, cell: cell) else { continue }
                    prepared += 1
                    // The same rivals as the grader would list for each value (by their normalized forms).
                    let split = MultiValueText.values(ofAnswer: cell)!
                    let forms = split.map(AnswerNormalizer.normalize)
                    let pieces = Set(rivals.texts.flatMap(MultiValueText.splitAtListMarks).map(AnswerNormalizer.normalize))
                        .subtracting(forms)
                    for (index, selection) in valueRivals.enumerated() {
                        let siblings = forms.indices.filter { $0 != index }.map { forms[$0] }
                        #expect(Set(selection.texts.map(AnswerNormalizer.normalize)) == pieces.union(siblings), "\(split[index]) in \(cell)")
                    }
                    let key = AnswerKey(answer: cell, rivals: rivals, isMultiValue: true, valueRivals: valueRivals)
                    for response in Self.responses(values: values, cells: cells, using: &rng) {
                        let expected = Grader.grade(response, against: listed)
                        #expect(Grader.grade(response, against: key) == expected, "\(response) for \(cell)")
                        #expect(Grader.grade(response, against: key, screeningRivals: false) == expected, "\(response) for \(cell), unscreened")
                        graded += 1
                    }
                }
            }
        }
        #expect(prepared > 40 && graded > 450, "\(prepared) keys, \(graded) grades")
    }

    /// Answers as learners type them: the values in another order, with other separators, one
    /// left out, one with a typo, one swapped for another cell's value, pieces of other cells, noise.
    static func responses(values: [String], cells: [String], using rng: inout SplitMix64) -> [String] {
        let other = cells.randomElement(using: &rng)!
        let otherValue = DeckTable.splitValues(other).randomElement(using: &rng) ?? other
        var typo = Array(values[0])
        if typo.count > 3 { typo.swapAt(1, 2) }
        return [
            values.reversed().joined(separator: ", "), values.joined(separator: " and "), values.joined(separator: "; "),
            values.dropFirst().joined(separator: ", "), ([String(typo)] + values.dropFirst()).joined(separator: ", "),
            ([otherValue] + values.dropFirst()).joined(separator: ", "), (values + [otherValue]).joined(separator: ", "),
            other, values.joined(separator: " "), values.map { $0.lowercased() }.joined(separator: "/"), "no idea",
            String(values[0].dropLast()) + ", " + values.dropFirst().joined(separator: ", "),
        ]
    }

    /// Tables whose cells hold one to three values, values near one another (one letter apart),
    /// repeated in other cases, numbers with thousands commas, semicolons, and acronyms.
    static func deck(seed: UInt64) -> Deck {
        var rng = SplitMix64(seed: seed)
        let pool = ["Alpha", "alpha", "Alphas", "Beta", "Betta", "Gamma ray", "gamma-ray", "Delta", "Deltas", "Epsilon",
                    "1,000 km", "2,000 km", "Zeta; Eta", "Eta", "Theta", "Large language model", "LLM", "Iota (small)",
                    "Kappa", "Kapa", "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Upsilon"]
        let rows = (0..<60).map { index in
            ["row \(index)"] + (0..<2).map { _ in
                (0..<Int.random(in: 1...3, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined(separator: ", ")
            }
        }
        return Deck(id: "pieces", title: "Pieces", tables: [DeckTable(title: "Pieces", columns: ["Name", "A", "B"], rows: rows)])
    }
}
