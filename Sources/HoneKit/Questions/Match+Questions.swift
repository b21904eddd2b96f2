import Foundation

/// "Match the terms to their definitions": four definition cards asked at once; each pair is a
/// review of its own card.
extension QuestionFactory {
    /// A match question over `cards` (definition cards of this deck, 2 to 4 of them), or nil.
    public func matchQuestion<R: RandomNumberGenerator>(_ cards: [Card], using rng: inout R) -> Question? {
        let entries = cards.compactMap { card -> Int? in
            if case .definition(let entry) = card.fact { return entry }
            return nil
        }
        guard entries.count == cards.count, (2...4).contains(cards.count),
              Set(entries.map { AnswerNormalizer.normalize(deck.entries[$0].definition) }).count == cards.count else { return nil }
        let order = Array(cards.indices).shuffled(using: &rng)
        let definitions = order.map { deck.entries[entries[$0]].definition }
        let matching = cards.indices.map { order.firstIndex(of: $0)! }
        var question = Question(cardID: cards[0].id, kind: .match, prompt: "Match each term to its definition.",
                                choices: definitions,
                                key: AnswerKey(answer: matching.map { Question.letter($0) }.joined(separator: " ")))
        question.items = entries.map { Self.displayTerm(deck.entries[$0]) }
        question.itemCards = cards.map(\.id)
        question.matching = matching
        question.hint = "answer with the letters in term order, e.g. \(cards.indices.map { Question.letter($0) }.joined(separator: " "))"
        return question
    }

    /// Whether `card` may take part in a match question.
    public func canMatch(_ card: Card) -> Bool {
        if case .definition = card.fact { return kinds(for: card).contains(.match) }
        return false
    }
}
