import Foundation

/// Makes questions for the cards of one deck: which forms a card can take, which form suits the
/// card's memory state now, and the question itself with plausible distractors.
public struct QuestionFactory: Sendable {
    public let deck: Deck
    /// Stability (days) from which a card is asked in a recall form rather than a recognition form.
    public var recallFromStability: Double = 3
    /// The deck's names and distractor features, worked out once.
    let deckIndex: DeckIndex

    public init(deck: Deck) {
        self.deck = deck
        deckIndex = DeckIndex(deck: deck)
    }

    /// Works out now what questions about this deck read (its names for grading typed answers,
    /// its tag masks for distractors) instead of at the first question that needs them; safe to
    /// call on another thread while questions are made.
    public func prepare() {
        deckIndex.prepare()
    }

    /// The forms `card` can be asked in (recognition forms first). Forms that the data cannot make
    /// unambiguous are left out: a choice needs enough distinct options, a true/false statement a
    /// value that is really false.
    public func kinds(for card: Card) -> [QuestionKind] {
        switch card.fact {
        case .term(let entry):
            let recall: QuestionKind = deck.entries[entry].cloze ? .cloze : .typed
            return deck.entries.count >= 3 ? [.choice, recall] : [recall]
        case .definition:
            var kinds: [QuestionKind] = []
            if deck.entries.count >= 3 { kinds.append(.choice) }
            if deck.entries.count >= 2 { kinds.append(.truefalse) }
            if deck.entries.count >= 4 { kinds.append(.match) }
            return kinds + [.flip]
        case .cell(let t, let row, let column):
            let table = deck.tables[t]
            let falseValues = falseValues(table: t, row: row, column: column, upTo: 2)
            if table.values(row: row, column: column).count > 1 {
                return (falseValues.count >= 2 ? [.select] : []) + (falseValues.isEmpty ? [] : [.truefalse]) + [.multi]
            }
            let choice = distinctCellRows(table: t, column: column, excluding: row).count >= 2
            return (choice ? [.choice] : []) + (falseValues.isEmpty ? [] : [.truefalse]) + [.typed]
        case .rowFor(let t, _, _, _):
            return deck.tables[t].rows.count >= 3 ? [.choice, .typed] : [.typed]
        case .order:
            return [.order]
        case .cloze(_, let blank):
            // Whether there are enough distractors is only known when the question is made (it costs
            // a search of the deck); a choice that cannot be made falls back to the cloze.
            switch blank.category {
            case .term: return deck.entries.count >= 3 ? [.choice, .cloze] : [.cloze]
            case .number: return [.choice, .cloze]
            case .tableValue: return [.choice, .cloze]
            }
        }
    }

    /// The form to ask `card` in: a recognition form while it is new or weak, a recall form once it
    /// is stable (picked with `rng` among the card's forms, for variety); restricted to `allowed`.
    /// Nil when the card has no allowed form.
    public func kind<R: RandomNumberGenerator>(for card: Card, state: CardState, allowed: Set<QuestionKind>?,
                                               using rng: inout R) -> QuestionKind? {
        let candidates = kinds(for: card).filter { allowed?.contains($0) ?? true }
        guard !candidates.isEmpty else { return nil }
        let strong = (state.stability ?? 0) >= recallFromStability && state.phase == .review
        let preferred = candidates.filter { $0.isRecall == strong }
        return (preferred.isEmpty ? candidates : preferred).randomElement(using: &rng)
    }

    /// The question for `card` in form `kind`; nil when the card cannot take that form. (`match`
    /// needs more cards: see `matchQuestion`.)
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
        case .cloze(_, let blank): return clozeQuestion(card, blank: blank, kind: kind, using: &rng)
        }
    }

    /// Other names a typed answer could be confused with: the given candidates, less those whose
    /// length is too far from the answer's to be mistaken for it by a typo (a response equal to one of
    /// those is wrong anyway). Keeps grading fast on decks with tens of thousands of entries.
    static func rivals(for answer: String, among candidates: [String]) -> [String] {
        guard candidates.count > rivalsKeptWhole else { return candidates }
        let length = answer.count
        let slack = lengthSlack(length)
        return candidates.filter { abs($0.count - length) <= slack }
    }

    /// Up to this many candidates are all rivals, whatever their length.
    static let rivalsKeptWhole = 200

    /// How far in length (in characters) a rival may be from an answer of `length`.
    static func lengthSlack(_ length: Int) -> Int { 4 + length / 4 }

    /// Places the answer among `distractors` at a random position.
    func choiceQuestion<R: RandomNumberGenerator>(card: Card, prompt: String, answer: String, distractors: [String],
                                                  key: AnswerKey, using rng: inout R) -> Question {
        var options = distractors
        let position = Int.random(in: 0...options.count, using: &rng)
        options.insert(answer, at: position)
        return Question(cardID: card.id, kind: .choice, prompt: prompt, choices: options, correctChoice: position, key: key)
    }

    /// A true/false question: `statement` is true when `truth` is.
    func trueFalseQuestion(card: Card, statement: String, truth: Bool, correction: String) -> Question {
        let answer = truth ? "true" : "false"
        var question = Question(cardID: card.id, kind: .truefalse, prompt: "True or false? \(statement)",
                                choices: ["true", "false"], correctChoice: truth ? 0 : 1,
                                key: AnswerKey(answer: answer, aliases: truth ? ["t", "yes", "y"] : ["f", "no", "n"]))
        question.explanation = truth ? nil : correction
        return question
    }
}
