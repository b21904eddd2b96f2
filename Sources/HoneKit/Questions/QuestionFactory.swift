import Foundation

/// Makes questions for the cards of one deck: which forms a card can take, which form suits the
/// card's memory state now, and the question itself with plausible distractors.
public struct QuestionFactory: Sendable {
    public let deck: Deck
    /// Stability (days) from which a card is asked in a recall form rather than a recognition form.
    public var recallFromStability: Double = 3

    public init(deck: Deck) { self.deck = deck }

    /// The forms `card` can be asked in, recognition forms first.
    public func kinds(for card: Card) -> [QuestionKind] {
        switch card.fact {
        case .term: [.choice, .typed]
        case .definition: [.choice, .flip]
        case .cell, .rowFor: choiceOptionsExist(card) ? [.choice, .typed] : [.typed]
        case .order: [.order]
        }
    }

    /// The form to ask `card` in: recognition while it is new or weak, recall once it is stable;
    /// restricted to `allowed`. Nil when the card has no allowed form.
    public func kind(for card: Card, state: CardState, allowed: Set<QuestionKind>?) -> QuestionKind? {
        let candidates = kinds(for: card).filter { allowed?.contains($0) ?? true }
        guard let first = candidates.first else { return nil }
        let strong = (state.stability ?? 0) >= recallFromStability && state.phase == .review
        if strong, let recall = candidates.first(where: \.isRecall) { return recall }
        if !strong, let recognition = candidates.first(where: { !$0.isRecall }) { return recognition }
        return first
    }

    /// The question for `card` in form `kind`; nil when the card cannot take that form.
    public func question<R: RandomNumberGenerator>(for card: Card, kind: QuestionKind, using rng: inout R) -> Question? {
        guard kinds(for: card).contains(kind) else { return nil }
        switch card.fact {
        case .term(let entry): return termQuestion(card, entry: entry, kind: kind, using: &rng)
        case .definition(let entry): return definitionQuestion(card, entry: entry, kind: kind, using: &rng)
        case .cell(let table, let row, let column):
            return cellQuestion(card, table: table, row: row, column: column, kind: kind, using: &rng)
        case .rowFor(let table, let row, let column, let value):
            return rowQuestion(card, table: table, row: row, column: column, value: value, kind: kind, using: &rng)
        case .order(let sequence): return orderQuestion(card, sequence: sequence, using: &rng)
        }
    }

    private func choiceOptionsExist(_ card: Card) -> Bool {
        switch card.fact {
        case .cell(let table, let row, let column):
            distinctCells(table: deck.tables[table], column: column, excluding: row).count >= 2
        case .rowFor(let table, _, _, _): deck.tables[table].rows.count >= 3
        default: true
        }
    }

    /// Places the answer among `distractors` at a random position.
    func choiceQuestion<R: RandomNumberGenerator>(card: Card, prompt: String, answer: String, distractors: [String],
                                                  key: AnswerKey, using rng: inout R) -> Question {
        var options = distractors
        let position = Int.random(in: 0...options.count, using: &rng)
        options.insert(answer, at: position)
        return Question(cardID: card.id, kind: .choice, prompt: prompt, choices: options, correctChoice: position, key: key)
    }
}
