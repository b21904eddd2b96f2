/// "Put these in order" questions from a deck's sequences.
extension QuestionFactory {
    func orderQuestion<R: RandomNumberGenerator>(_ card: Card, sequence index: Int, using rng: inout R) -> Question {
        let sequence = deck.sequences[index]
        var shown = Array(sequence.items.indices)
        // Shuffle until the shown order differs from the answer (always possible with 2+ items).
        repeat { shown.shuffle(using: &rng) } while shown == Array(sequence.items.indices)
        let choices = shown.map { sequence.items[$0] }
        let order = sequence.items.indices.map { item in shown.firstIndex(of: item)! }
        return Question(cardID: card.id, kind: .order, prompt: "Put in order: \(sequence.title)", choices: choices,
                        correctOrder: order, key: AnswerKey(answer: sequence.items.joined(separator: " → ")))
    }
}
