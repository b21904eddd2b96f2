import Foundation

/// Plausible wrong options: entries that share tags with the answer and read like it, cells from
/// the same column of similar length and form. Nothing is picked at random from the whole deck
/// while a closer option exists; ties keep deck order so that questions are repeatable.
enum Distractors {
    /// Entries scored as distractors for entry `index`. On a large deck only a bounded pool is
    /// scored: entries sharing a tag with it (nearest in deck order first) and its neighbours in
    /// the deck, which is where the plausible ones are.
    static func candidatePool(for index: Int, in deck: Deck, limit: Int = 600) -> [Int] {
        let entries = deck.entries
        guard entries.count > limit else { return Array(entries.indices) }
        var pool: [Int] = []
        var seen: Set<Int> = [index]
        let tags = Set(entries[index].tags)
        var distance = 1
        while pool.count < limit, distance < entries.count {
            for other in [index - distance, index + distance] where entries.indices.contains(other) {
                let near = distance <= limit / 6
                if (near || !tags.isDisjoint(with: entries[other].tags)), seen.insert(other).inserted { pool.append(other) }
            }
            distance += 1
        }
        return pool
    }

    static func nearestEntries(to index: Int, in deck: Deck, count: Int) -> [Int] {
        let target = deck.entries[index]
        let targetWords = words(target.definition + " " + target.term)
        let targetTags = Set(target.tags)
        let answer = AnswerNormalizer.normalize(target.term)
        let definition = AnswerNormalizer.normalize(target.definition)
        let scored = candidatePool(for: index, in: deck).compactMap { other -> (Int, Double)? in
            guard other != index else { return nil }
            let entry = deck.entries[other]
            guard AnswerNormalizer.normalize(entry.term) != answer,
                  AnswerNormalizer.normalize(entry.definition) != definition else { return nil }
            let shared = Double(targetTags.intersection(entry.tags).count)
            let similarity = jaccard(targetWords, words(entry.definition + " " + entry.term))
            let lengthRatio = Double(min(entry.term.count, target.term.count)) / Double(max(entry.term.count, target.term.count, 1))
            return (other, shared * 1.0 + similarity * 2.0 + lengthRatio * 0.3)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
    }

    /// The `count` candidates most like `answer` in length and number of values.
    static func nearestCells(to answer: String, among candidates: [String], count: Int) -> [String] {
        let answerValues = DeckTable.splitValues(answer).count
        let answerWords = words(answer)
        let scored = candidates.enumerated().map { offset, candidate -> (Int, Double) in
            let valueGap = Double(abs(DeckTable.splitValues(candidate).count - answerValues))
            let lengthRatio = Double(min(candidate.count, answer.count)) / Double(max(candidate.count, answer.count, 1))
            return (offset, lengthRatio - valueGap * 0.5 + jaccard(answerWords, words(candidate)) * 0.5)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map { candidates[$0.0] }
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 2 })
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
