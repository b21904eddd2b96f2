import Foundation

/// Grading a response to a question of any kind (self-graded forms excepted).
extension Question {
    /// The grade for `response`. Choices may be answered by letter, number or text; orders by a list
    /// of letters or numbers ("b a c", "2,1,3") or of the items' texts.
    public func grade(_ response: String) -> Grade {
        let trimmed = response.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .choice: return gradeChoice(trimmed)
        case .truefalse: return gradeTrueFalse(trimmed)
        case .select: return gradeSelect(trimmed)
        case .order: return gradeOrder(trimmed)
        case .match: return gradeMatch(trimmed).grade
        case .typed, .cloze, .multi, .flip: return Grader.grade(trimmed, against: key)
        }
    }

    /// The index of a choice named by letter (`b`, `B)`) or number (`2`), if `text` is one.
    public func choiceIndex(_ text: String) -> Int? {
        var token = text.trimmingCharacters(in: .whitespaces).lowercased()
        if token.hasSuffix(")") || token.hasSuffix(".") { token.removeLast() }
        if let number = Int(token), (1...choices.count).contains(number) { return number - 1 }
        if token.count == 1, let scalar = token.unicodeScalars.first, (0x61...0x7A).contains(scalar.value) {
            let index = Int(scalar.value) - 0x61
            return index < choices.count ? index : nil
        }
        return nil
    }

    private func gradeChoice(_ response: String) -> Grade {
        guard let correct = correctChoice else { return Grade(outcome: .wrong) }
        if let picked = choiceIndex(response) {
            return picked == correct
                ? Grade(outcome: .correct, matched: choices[correct])
                : Grade(outcome: .wrong, matched: choices[picked], reason: "you chose \(Self.letter(picked))")
        }
        // Typed text: grade it against the right option, with the other options as rivals.
        let rivals = choices.indices.filter { $0 != correct }.map { choices[$0] } + key.rivals
        return Grader.grade(response, against: AnswerKey(answer: choices[correct], aliases: key.aliases,
                                                         rivals: rivals, isMultiValue: key.isMultiValue))
    }

    private func gradeTrueFalse(_ response: String) -> Grade {
        guard let correct = correctChoice else { return Grade(outcome: .wrong) }
        let word = response.lowercased().trimmingCharacters(in: .punctuationCharacters)
        let picked: Int? = choiceIndex(response) ?? (["true", "t", "yes", "y", "right", "correct"].contains(word) ? 0
            : ["false", "f", "no", "n", "wrong", "incorrect"].contains(word) ? 1 : nil)
        guard let picked else { return Grade(outcome: .wrong, reason: "answer true or false") }
        return picked == correct ? Grade(outcome: .correct, matched: choices[correct]) : Grade(outcome: .wrong, matched: choices[picked])
    }

    /// Options named by letters, numbers or texts, in any order and with any separators.
    func pickedOptions(_ response: String) -> [Int]? {
        let tokens = response.components(separatedBy: CharacterSet(charactersIn: ",;/&").union(.whitespaces)).filter { !$0.isEmpty && $0.lowercased() != "and" }
        let byLabel = tokens.compactMap { choiceIndex($0) }
        if byLabel.count == tokens.count, !tokens.isEmpty { return byLabel }
        // Texts: each comma/semicolon-separated part must name one option.
        let parts = response.components(separatedBy: CharacterSet(charactersIn: ",;")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let byText = parts.compactMap { part in
            choices.indices.first { Grader.grade(part, against: AnswerKey(answer: choices[$0], rivals: choices)).outcome == .correct }
        }
        return byText.count == parts.count && !parts.isEmpty ? byText : nil
    }

    private func gradeSelect(_ response: String) -> Grade {
        guard let correctSet else { return Grade(outcome: .wrong) }
        guard let picked = pickedOptions(response) else {
            return Grade(outcome: .wrong, reason: "name the options by letter, e.g. a c")
        }
        let chosen = Set(picked)
        if chosen == correctSet { return Grade(outcome: .correct, matched: expected) }
        let missing = correctSet.subtracting(chosen).sorted().map { choices[$0] }
        let extra = chosen.subtracting(correctSet).sorted().map { choices[$0] }
        var reasons: [String] = []
        if !missing.isEmpty { reasons.append("missing: " + missing.joined(separator: ", ")) }
        if !extra.isEmpty { reasons.append("not right: " + extra.joined(separator: ", ")) }
        return Grade(outcome: .wrong, reason: reasons.joined(separator: "; "))
    }

    /// For a match question: which pairs are right (by term), and the overall grade.
    public func gradeMatch(_ response: String) -> (grade: Grade, pairs: [Bool]) {
        guard let matching else { return (Grade(outcome: .wrong), []) }
        var assigned = [Int?](repeating: nil, count: items.count)
        let tokens = response.lowercased().components(separatedBy: CharacterSet(charactersIn: ",;").union(.whitespaces)).filter { !$0.isEmpty }
        var position = 0
        for token in tokens {
            // "2b", "2-b", "2:b" name a term and its definition; a bare letter goes to the next term.
            let letters = token.filter { $0.isLetter }
            let digits = token.filter { $0.isNumber }
            guard letters.count == 1, let definition = choiceIndex(String(letters)) else { continue }
            let term = digits.isEmpty ? position : (Int(digits) ?? 0) - 1
            guard assigned.indices.contains(term) else { continue }
            assigned[term] = definition
            position = term + 1
        }
        let pairs = matching.indices.map { assigned[$0] == matching[$0] }
        let right = pairs.filter { $0 }.count
        let grade = right == pairs.count ? Grade(outcome: .correct, matched: expected)
            : Grade(outcome: .wrong, reason: "\(right) of \(pairs.count) pairs right")
        return (grade, pairs)
    }

    private func gradeOrder(_ response: String) -> Grade {
        guard let correctOrder else { return Grade(outcome: .wrong) }
        let separators = CharacterSet(charactersIn: ",;>→ \t").union(.whitespaces)
        var tokens = response.components(separatedBy: separators).filter { !$0.isEmpty }
        var picked = tokens.compactMap { choiceIndex($0) }
        if picked.count != tokens.count || picked.count != choices.count {
            // Maybe the items were typed out: split on commas, arrows or semicolons only.
            tokens = response.components(separatedBy: CharacterSet(charactersIn: ",;>→")).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty && $0 != "-" }
            picked = tokens.compactMap { token in
                choices.indices.first { Grader.grade(token, against: AnswerKey(answer: choices[$0])).outcome != .wrong }
            }
        }
        guard picked.count == choices.count, Set(picked).count == choices.count else {
            return Grade(outcome: .wrong, reason: "give all \(choices.count) items, e.g. \(choices.indices.map { Self.letter($0) }.joined(separator: " "))")
        }
        if picked == correctOrder { return Grade(outcome: .correct, matched: expected) }
        let wrongPlaces = zip(picked, correctOrder).filter { $0 != $1 }.count
        return Grade(outcome: .wrong, reason: "\(wrongPlaces) of \(choices.count) in the wrong place")
    }

    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(0x61 + index % 26)))
    }
}
