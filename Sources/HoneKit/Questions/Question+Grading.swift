import Foundation

/// Grading a response to a question of any kind (self-graded forms excepted).
extension Question {
    /// The grade for `response`. Choices may be answered by letter, number or text; orders by a list
    /// of letters or numbers ("b a c", "2,1,3") or of the items' texts.
    public func grade(_ response: String) -> Grade {
        let trimmed = response.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .choice: return gradeChoice(trimmed)
        case .order: return gradeOrder(trimmed)
        case .typed, .flip: return Grader.grade(trimmed, against: key)
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
