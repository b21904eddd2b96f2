import Foundation

/// Fill-in-the-blank questions from sentences in definitions and details.
extension QuestionFactory {
    func clozeQuestion<R: RandomNumberGenerator>(_ card: Card, blank: ClozeBlank, kind: QuestionKind,
                                                 using rng: inout R) -> Question? {
        let prompt = "Fill in the blank: \(blank.prompt)"
        let key = blank.category == .term
            ? AnswerKey(answer: blank.answer, aliases: clozeAliases(blank), rivals: deckIndex.rivals(for: blank.answer, excluding: blank.entry))
            : AnswerKey(answer: blank.answer, aliases: clozeAliases(blank), rivals: Self.rivals(for: blank.answer, among: clozeRivals(blank)))
        switch kind {
        case .cloze:
            return Question(cardID: card.id, kind: .cloze, prompt: prompt, key: key)
        case .choice:
            let distractors = Array(clozeDistractors(blank).prefix(3))
            guard distractors.count >= 2 else { return Question(cardID: card.id, kind: .cloze, prompt: prompt, key: key) }
            return choiceQuestion(card: card, prompt: prompt, answer: blank.answer, distractors: distractors, key: key, using: &rng)
        default:
            return nil
        }
    }

    /// Other names of the blanked thing (for a term: the entry's term and aliases).
    func clozeAliases(_ blank: ClozeBlank) -> [String] {
        guard blank.category == .term, let entry = blank.entry else { return [] }
        return ([deck.entries[entry].term] + deck.entries[entry].aliases).filter { $0 != blank.answer }
    }

    /// Things of the same kind that would be wrong in the blank.
    func clozeRivals(_ blank: ClozeBlank) -> [String] {
        switch blank.category {
        case .term:
            return deck.entries.indices.filter { $0 != blank.entry }.flatMap { [deck.entries[$0].term] + deck.entries[$0].aliases }
        case .tableValue:
            guard let table = blank.table, let column = blank.column else { return [] }
            return distinctValues(table: table, column: column).filter {
                AnswerNormalizer.normalize($0) != AnswerNormalizer.normalize(blank.answer)
            }
        case .number:
            return []
        }
    }

    /// Wrong options for a blank, most plausible first: the nearest entries' terms, the same
    /// column's values, or nearby numbers; never a phrase already visible in the sentence.
    func clozeDistractors(_ blank: ClozeBlank) -> [String] {
        let candidates: [String]
        switch blank.category {
        case .term:
            guard let entry = blank.entry else { return [] }
            candidates = Distractors.nearestEntries(to: entry, in: deck, count: 8, features: deckIndex).map { deck.entries[$0].term }
        case .tableValue:
            candidates = Distractors.nearestCells(to: blank.answer, among: clozeRivals(blank), count: 8)
        case .number:
            guard let value = Int(blank.answer) else { return [] }
            let isYear = blank.answer.count == 4 && (1000...2999).contains(value)
            let offsets = isYear ? [-2, -1, 1, 2, -3, 3] : [value, -value / 2, 1, -1, 2, 10]
            candidates = offsets.map { String(value + $0) }.filter { Int($0).map { $0 > 0 } ?? false }
        }
        let answer = AnswerNormalizer.normalize(blank.answer)
        var seen: Set<String> = [answer]
        return candidates.filter { candidate in
            Deck.wholeWordRanges(of: candidate, in: blank.sentence).isEmpty && seen.insert(AnswerNormalizer.normalize(candidate)).inserted
        }
    }
}
