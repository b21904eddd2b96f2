/// The rivals of the values of a multi-value cell, read from the column once.
///
/// A multi-value answer is graded value by value: each value's rivals are the cell's other values
/// and every piece (split at list marks, each once by its normalized form) of the question's rival
/// texts, less the cell's own values (`Grader.gradeValues`). Made from those texts at every answer,
/// that was a rival table per value per answer, growing with the column. Here the pieces of all
/// the column's rival texts are a table of their own, and each value's rivals are a selection of it.
struct ValuePieces: Sendable {
    /// One text per distinct piece, the first to occur, in the order of the texts.
    let source: RivalTableSource
    /// A piece's number by its normalized form.
    let numbers: [String: Int32]
    /// The distinct pieces of each rival text (by number), and how many texts hold each piece.
    let textPieces: [[Int32]]
    let textCounts: [Int32]

    init(texts: [String]) {
        var numbers: [String: Int32] = [:]
        var pieces: [String] = []
        var counts: [Int32] = []
        textPieces = texts.map { text in
            var mine: [Int32] = []
            for piece in MultiValueText.splitAtListMarks(text) {
                let form = AnswerNormalizer.normalize(piece)
                let number: Int32
                if let known = numbers[form] {
                    number = known
                } else {
                    number = Int32(pieces.count)
                    numbers[form] = number
                    pieces.append(piece)
                    counts.append(0)
                }
                guard !mine.contains(number) else { continue }
                mine.append(number)
                counts[Int(number)] += 1
            }
            return mine
        }
        self.numbers = numbers
        textCounts = counts
        source = RivalTableSource(pieces)
    }

    /// One selection per value of `values` (the answer's values as the grader splits them): the
    /// pieces of the rival texts other than those at `excludedTexts`, less every value of the cell,
    /// and the cell's other values. Nil when a value is not a piece of the column's texts (a cell
    /// whose commas the deck and the grader read differently): the grader then lists them itself.
    func selections(values: [String], excludedTexts: [Int32]) -> [RivalSelection]? {
        var valueNumbers: [Int32] = []
        for value in values {
            guard let number = numbers[AnswerNormalizer.normalize(value)] else { return nil }
            valueNumbers.append(number)
        }
        // Pieces held only by the excluded texts are no rivals.
        var held: [Int32: Int32] = [:]
        for text in excludedTexts {
            for piece in textPieces[Int(text)] { held[piece, default: 0] += 1 }
        }
        var left = Set(held.filter { textCounts[Int($0.key)] == $0.value }.keys)
        left.formUnion(valueNumbers)
        return valueNumbers.indices.map { index in
            let others = Set(valueNumbers.indices.filter { $0 != index }.map { valueNumbers[$0] })
            return RivalSelection(source: source, excluded: left.subtracting(others).sorted())
        }
    }
}
