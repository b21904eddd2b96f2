/// What the questions about one column of a table read, worked out once per column: a question
/// about a cell used to split, normalize and compare every cell of its column (tens of
/// milliseconds for a table of a few thousand rows, for each question and for each card whose
/// question kinds were weighed).
struct ColumnFacts: Sendable {
    /// Every single value of the column (cells split at commas), each once by its normalized form,
    /// in the order they first occur, with the words of each (`DeckTable.words`).
    let values: [String]
    let valueWords: [[String]]
    /// Each row's cell, normalized (`AnswerNormalizer.normalize`).
    let normalizedCells: [String]
    /// The rows whose cell is the first with its normalized form, in order, and the position in
    /// that list of each normalized form.
    let firstRows: [Int]
    let firstRowPositions: [String: Int]
    /// The position of each value in `values`.
    let valuePositions: [String: Int]
    /// A cell question's rivals are these names less its own (the first rows' cells, then the
    /// values), and a row question's the column's cells less its own: each a table for the rival
    /// screen, built when an answer is first graded.
    let distinctRivals: RivalTableSource
    let allCells: RivalTableSource
    /// The pieces of `distinctRivals`' texts, when a cell of the column holds several values.
    let valuePieces: ValuePieces?

    init(_ table: DeckTable, column: Int) {
        var seen: Set<String> = []
        var values: [String] = []
        var severalValues = false
        for row in table.rows.indices {
            let cellValues = table.values(row: row, column: column)
            severalValues = severalValues || cellValues.count > 1
            for value in cellValues where seen.insert(AnswerNormalizer.normalize(value)).inserted {
                values.append(value)
            }
        }
        self.values = values
        valueWords = values.map(DeckTable.words)
        let cells = table.rows.map { AnswerNormalizer.normalize($0[column]) }
        var seenCells: Set<String> = []
        normalizedCells = cells
        let firstRows = cells.indices.filter { seenCells.insert(cells[$0]).inserted }
        self.firstRows = firstRows
        firstRowPositions = Dictionary(uniqueKeysWithValues: firstRows.enumerated().map { (cells[$1], $0) })
        valuePositions = Dictionary(values.enumerated().map { ($1, $0) }) { first, _ in first }
        distinctRivals = RivalTableSource(firstRows.map { table.rows[$0][column] } + values)
        allCells = RivalTableSource(table.rows.map { $0[column] })
        valuePieces = severalValues ? ValuePieces(texts: distinctRivals.texts) : nil
    }

    /// The rivals of a question about row `row`'s cell whose values are `values`: the column's
    /// other distinct cells, then its values that are not the cell's (`QuestionFactory.distinctCells`
    /// and `distinctValues`).
    func cellRivals(row: Int, values: [String]) -> RivalSelection {
        RivalSelection(source: distinctRivals, excluded: excludedRivals(row: row, values: values))
    }

    /// The positions in `distinctRivals` that are not rivals of row `row`'s cell: its own and its values.
    private func excludedRivals(row: Int, values: [String]) -> [Int32] {
        var left: Set<Int32> = []
        if let position = firstRowPositions[normalizedCells[row]] { left.insert(Int32(position)) }
        for value in values {
            if let position = valuePositions[value] { left.insert(Int32(firstRows.count + position)) }
        }
        return left.sorted()
    }

    /// For a cell of several values (`values`, as the deck splits it), the rivals of each of the
    /// values the grader reads in `cell` (see `ValuePieces`); nil when the column has none prepared.
    func valueRivals(row: Int, values: [String], cell: String) -> [RivalSelection]? {
        guard let valuePieces, let graded = MultiValueText.values(ofAnswer: cell), graded.count > 1 else { return nil }
        return valuePieces.selections(values: graded, excludedTexts: excludedRivals(row: row, values: values))
    }
}

extension DeckIndex {
    /// The facts of column `column` of table `table` (worked out at the first call).
    func columnFacts(table: Int, column: Int) -> ColumnFacts {
        cached(\.columns, ColumnKey(table: table, column: column)) { ColumnFacts(deck.tables[table], column: column) }
    }

    /// The features `Distractors.nearestCells` compares, of every cell of a column (worked out at
    /// the first call).
    func cellFeatures(table: Int, column: Int) -> [Distractors.CellFeatures] {
        cached(\.cellFeaturesByColumn, ColumnKey(table: table, column: column)) {
            deck.tables[table].rows.map { Distractors.CellFeatures($0[column]) }
        }
    }

    /// The value at `key` in the store, made outside the lock when missing and kept unless
    /// another thread kept one first.
    private func cached<V>(_ store: ReferenceWritableKeyPath<DeckIndex, [ColumnKey: V]>, _ key: ColumnKey, make: () -> V) -> V {
        if let known = lock.withLock({ self[keyPath: store][key] }) { return known }
        let made = make()
        return lock.withLock {
            if let known = self[keyPath: store][key] { return known }
            self[keyPath: store][key] = made
            return made
        }
    }

    struct ColumnKey: Hashable {
        let table: Int
        let column: Int
    }
}
