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
        let rivals = distinctCells(table: table, column: column, excluding: row)
            + distinctValues(table: table, column: column).filter { !values.contains($0) }
        let answerKey = AnswerKey(answer: cell, rivals: rivals, isMultiValue: values.count > 1)
        let hint = values.count > 1 ? "\(values.count) values" : nil
        let columnName = table.columns[column]
        switch kind {
        case .typed, .multi:
            return Question(cardID: card.id, kind: kind, prompt: prompt, key: answerKey, hint: hint)
        case .choice:
            let others = Distractors.nearestCells(to: cell, among: distinctCells(table: table, column: column, excluding: row), count: 3)
            guard others.count >= 2 else { return nil }
            return choiceQuestion(card: card, prompt: prompt, answer: cell, distractors: others, key: answerKey, using: &rng)
        case .truefalse:
            let wrong = falseValues(table: table, row: row, column: column)
            let truth = wrong.isEmpty || Bool.random(using: &rng)
            let verb = values.count > 1 ? "includes" : "is"
            let shown = truth ? values.randomElement(using: &rng)! : wrong.randomElement(using: &rng)!
            return trueFalseQuestion(card: card, statement: "In \u{201C}\(table.title)\u{201D}, the \(columnName) of \(key) \(verb) \(shown).",
                                     truth: truth, correction: "the \(columnName) of \(key) is \(cell)")
        case .select:
            let wrong = Array(falseValues(table: table, row: row, column: column).shuffled(using: &rng).prefix(max(2, 5 - values.count)))
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
    func falseValues(table: DeckTable, row: Int, column: Int) -> [String] {
        let own = table.values(row: row, column: column).map(DeckTable.words)
        return distinctValues(table: table, column: column).filter { value in
            let words = DeckTable.words(value)
            return !words.isEmpty && !own.contains { DeckTable.contains($0, words) || DeckTable.contains(words, $0) }
        }
    }

    func rowQuestion<R: RandomNumberGenerator>(_ card: Card, table tableIndex: Int, row: Int, column: Int, value: String,
                                               kind: QuestionKind, using rng: inout R) -> Question? {
        let table = deck.tables[tableIndex]
        let key = table.key(ofRow: row)
        let keyName = table.columns[table.keyColumn]
        let template = table.prompts[table.columns[column]]?.reverse
            ?? "\(table.title): which \(keyName) has \(table.columns[column]) \u{201C}{value}\u{201D}?"
        let prompt = template.replacingOccurrences(of: "{value}", with: value)
        let otherKeys = table.rows.indices.filter { $0 != row }.map { table.key(ofRow: $0) }
        let answerKey = AnswerKey(answer: key, rivals: otherKeys)
        switch kind {
        case .typed:
            return Question(cardID: card.id, kind: .typed, prompt: prompt, key: answerKey)
        case .choice:
            let others = Distractors.nearestCells(to: key, among: otherKeys, count: 3)
            guard others.count >= 2 else { return nil }
            return choiceQuestion(card: card, prompt: prompt, answer: key, distractors: others, key: answerKey, using: &rng)
        default:
            return nil
        }
    }

    /// Whole cells of a column other than row `row`'s, without repeats or cells equal to row `row`'s.
    func distinctCells(table: DeckTable, column: Int, excluding row: Int) -> [String] {
        let own = AnswerNormalizer.normalize(table.rows[row][column])
        var seen: Set<String> = [own]
        var out: [String] = []
        for other in table.rows.indices where other != row {
            let cell = table.rows[other][column]
            if seen.insert(AnswerNormalizer.normalize(cell)).inserted { out.append(cell) }
        }
        return out
    }

    /// Every single value that occurs in a column.
    func distinctValues(table: DeckTable, column: Int) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for row in table.rows.indices {
            for value in table.values(row: row, column: column) where seen.insert(AnswerNormalizer.normalize(value)).inserted {
                out.append(value)
            }
        }
        return out
    }
}
