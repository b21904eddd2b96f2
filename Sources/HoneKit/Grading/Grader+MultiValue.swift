/// Grading a set of values: every value, in any order, with any of the usual separators.
extension Grader {
    /// The grade of `response` against the answer's `values`: correct when each value is given
    /// exactly once (each graded on its own, with the other values and the rivals as rivals), close
    /// when some were given with a typo, wrong when one is missing or one is extra.
    static func gradeValues(_ response: String, against key: AnswerKey, values: [String], screeningRivals: Bool = true) -> Grade {
        let whole = TermForms([(key.answer, nil)] + key.aliases.map { ($0, "alias") }, deriving: false)
        let text = ComparisonText(response)
        if text.isEmpty { return Grade(outcome: .wrong, reason: "empty") }
        if let form = TermForms.exactMatch(text, in: whole.forms) {
            return Grade(outcome: .correct, matched: form.source, reason: form.note)
        }
        let keys: [PreparedKey]
        if let prepared = key.valueRivals, prepared.count == values.count {
            keys = zip(values, prepared).map { PreparedKey(answer: $0, rivals: $1, screeningRivals: screeningRivals) }
        } else {
            keys = preparedKeys(for: values, rivals: key.rivals, screeningRivals: screeningRivals)
        }
        let pieces = MultiValueText.values(ofResponse: response) { piece in
            keys.contains { assess(piece, against: $0).grade.outcome == .correct }
        }
        var matching = ValueMatching(pieces: pieces, keys: keys)
        if pieces.count == 1, !matching.isComplete {
            // No separator at all: maybe the values were typed with spaces only ("vision text").
            let words = pieces[0].split(whereSeparator: \.isWhitespace).map(String.init)
            let byWord = ValueMatching(pieces: words, keys: keys)
            if words.count > 1, byWord.extra.isEmpty { matching = byWord }
        }
        if !matching.isComplete {
            let missing = matching.missing.map { values[$0] }
            let extra = matching.extra.map { matching.pieces[$0] }
            let notes = [missing.isEmpty ? nil : "missing: " + missing.joined(separator: ", "),
                         extra.isEmpty ? nil : "extra: " + extra.joined(separator: ", ")]
            return Grade(outcome: .wrong, reason: notes.compactMap { $0 }.joined(separator: "; "))
        }
        let close = matching.grades.filter { $0.outcome == .close }
        guard !close.isEmpty else { return Grade(outcome: .correct, matched: key.answer) }
        let diffs = values.indices.map { matching.gradeOfValue[$0]?.diff ?? AnswerNormalizer.normalize(values[$0]) }
        return Grade(outcome: .close, matched: key.answer, reason: "typo accepted", diff: diffs.joined(separator: ", "))
    }

    /// One key per value, each with the other values and the rivals' values as its rivals.
    private static func preparedKeys(for values: [String], rivals: [String], screeningRivals: Bool) -> [PreparedKey] {
        var seen = Set(values.map(AnswerNormalizer.normalize))
        var rivalValues: [String] = []
        for rival in rivals {
            for value in MultiValueText.splitAtListMarks(rival) where seen.insert(AnswerNormalizer.normalize(value)).inserted {
                rivalValues.append(value)
            }
        }
        return values.indices.map { index in
            PreparedKey(answer: values[index], aliases: [],
                        rivals: values.indices.filter { $0 != index }.map { values[$0] } + rivalValues,
                        screeningRivals: screeningRivals)
        }
    }
}
