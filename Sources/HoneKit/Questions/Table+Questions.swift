import Foundation

/// Questions about table cells, in both directions, asked only where the answer is unique.
extension QuestionFactory {
    func cellQuestion<R: RandomNumberGenerator>(_ card: Card, table tableIndex: Int, row: Int, column: Int,
                                                kind: QuestionKind, using rng: inout R) -> Question? {
        let table = deck.tables[tableIndex]
        let key = table.key(ofRow: row)
        let cell = table.rows[row][column]
        let values = table.values(row: row, column: column)
        let template = table.prompts[table.columns[column]]?.forward
            ?? "\(table.title): what is the \(table.columns[column]) of {key}?"
        let prompt = template.replacingOccurrences(of: "{key}", with: key)
        let facts = deckIndex.columnFacts(table: tableIndex, column: column)
        let rivals = facts.cellRivals(row: row, values: values)
        // A key of several values grades each against the others and the rivals' values.
        let answerKey = values.count > 1
            ? AnswerKey(answer: cell, rivals: rivals, isMultiValue: true, valueRivals: facts.valueRivals(row: row, values: values, cell: cell))
            : AnswerKey(answer: cell, rivals: rivals)
        let hint = values.count > 1 ? "\(values.count) values" : nil
        let columnName = table.columns[column]
        switch kind {
        case .typed, .multi:
            return Question(cardID: card.id, kind: kind, prompt: prompt, key: answerKey, hint: hint)
        case .choice:
            let rows = distinctCellRows(table: tableIndex, column: column, excluding: row)
            let features = deckIndex.cellFeatures(table: tableIndex, column: column)
            let others = Distractors.nearestCells(to: cell, among: rows.map { table.rows[$0][column] }, features: rows.map { features[$0] }, count: 3)
            guard others.count >= 2 else { return nil }
            return choiceQuestion(card: card, prompt: prompt, answer: cell, distractors: others, key: answerKey, using: &rng)
        case .truefalse:
            let wrong = falseValues(table: tableIndex, row: row, column: column)
            let truth = wrong.isEmpty || Bool.random(using: &rng)
            let verb = values.count > 1 ? "includes" : "is"
            let shown = truth ? values.randomElement(using: &rng)! : wrong.randomElement(using: &rng)!
            return trueFalseQuestion(card: card, statement: "In \u{201C}\(table.title)\u{201D}, the \(columnName) of \(key) \(verb) \(shown).",
                                     truth: truth, correction: "the \(columnName) of \(key) is \(cell)")
        case .select:
            let wrong = Array(falseValues(table: tableIndex, row: row, column: column).shuffled(using: &rng).prefix(max(2, 5 - values.count)))
            guard wrong.count >= 2 else { return nil }
            let options = (values + wrong).shuffled(using: &rng)
            let right = Set(options.indices.filter { values.contains(options[$0]) })
            return Question(cardID: card.id, kind: .select, prompt: prompt + " Select all that apply.", choices: options,
                            correctSet: right, key: answerKey, hint: hint)
        default:
            return nil
        }
    }

    /// Values of the column that are not this row's, in any form: "Bedrock" is not false for a
    /// row that says "Bedrock only", nor "open weights" for one that says "Open weights".
    func falseValues(table: Int, row: Int, column: Int) -> [String] {
        falseValues(table: table, row: row, column: column, upTo: .max)
    }

    /// The first `limit` of `falseValues(table:row:column:)` (weighing a card's question kinds
    /// asks only whether there are one or two).
    func falseValues(table: Int, row: Int, column: Int, upTo limit: Int) -> [String] {
        let facts = deckIndex.columnFacts(table: table, column: column)
        let own = deck.tables[table].values(row: row, column: column).map(DeckTable.words)
        var out: [String] = []
        for (value, words) in zip(facts.values, facts.valueWords) where out.count < limit {
            if !words.isEmpty && !own.contains(where: { DeckTable.contains($0, words) || DeckTable.contains(words, $0) }) { out.append(value) }
        }
        return out
    }

    func rowQuestion<R: RandomNumberGenerator>(_ card: Card, table tableIndex: Int, row: Int, column: Int, value: String,
                                               kind: QuestionKind, using rng: inout R) -> Question? {
        let table = deck.tables[tableIndex]
        let key = table.key(ofRow: row)
        let keyName = table.columns[table.keyColumn]
        let template = table.prompts[table.columns[column]]?.reverse
            ?? "\(table.title): which \(keyName) has \(table.columns[column]) \u{201C}{value}\u{201D}?"
        let prompt = template.replacingOccurrences(of: "{value}", with: value)
        let keys = deckIndex.columnFacts(table: tableIndex, column: table.keyColumn).allCells
        let answerKey = AnswerKey(answer: key, rivals: RivalSelection(source: keys, excluded: [Int32(row)]))
        switch kind {
        case .typed:
            return Question(cardID: card.id, kind: .typed, prompt: prompt, key: answerKey)
        case .choice:
            let otherRows = table.rows.indices.filter { $0 != row }
            let features = deckIndex.cellFeatures(table: tableIndex, column: table.keyColumn)
            let others = Distractors.nearestCells(to: key, among: otherRows.map { table.key(ofRow: $0) }, features: otherRows.map { features[$0] },
                                                  count: 3)
            guard others.count >= 2 else { return nil }
            return choiceQuestion(card: card, prompt: prompt, answer: key, distractors: others, key: answerKey, using: &rng)
        default:
            return nil
        }
    }

    /// Whole cells of a column other than row `row`'s, without repeats or cells equal to row `row`'s
    /// (each as it first occurs: the first rows of their normalized forms, less row `row`'s form).
    func distinctCells(table: Int, column: Int, excluding row: Int) -> [String] {
        let rows = deck.tables[table].rows
        return distinctCellRows(table: table, column: column, excluding: row).map { rows[$0][column] }
    }

    /// The rows of `distinctCells(table:column:excluding:)`'s cells.
    func distinctCellRows(table: Int, column: Int, excluding row: Int) -> [Int] {
        let facts = deckIndex.columnFacts(table: table, column: column)
        let own = facts.normalizedCells[row]
        return facts.firstRows.filter { facts.normalizedCells[$0] != own }
    }

    /// Every single value that occurs in a column.
    func distinctValues(table: Int, column: Int) -> [String] {
        deckIndex.columnFacts(table: table, column: column).values
    }
}
