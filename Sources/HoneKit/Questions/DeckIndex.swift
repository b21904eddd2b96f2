import Foundation

/// What a question factory works out once per deck rather than per question: the names of the
/// entries (terms and aliases, with their lengths and read for the rival screen) and, entry by
/// entry as distractors are sought, what `Distractors` compares. Built lazily: a session that asks
/// no typed question about an entry never reads the names.
final class DeckIndex: @unchecked Sendable {
    // Every mutable property is guarded by `lock`.
    private let lock = NSLock()
    private let deck: Deck
    private var names: Names?
    private var features: [Distractors.Features?]
    private var wordIDs: [String: Int32] = [:]

    /// Every entry's term then aliases, in deck order.
    struct Names {
        let table: RivalTable
        /// The entry each name belongs to.
        let owners: [Int32]
        /// The length of each name in characters.
        let lengths: [Int32]
        /// `Deck.comparable` of each name (worked out when first needed).
        var comparables: [String]?
    }

    init(deck: Deck) {
        self.deck = deck
        features = Array(repeating: nil, count: deck.entries.count)
    }

    /// The names of every entry but `excluded` (and, given `comparable`, whose `Deck.comparable`
    /// form is not that), less those too far in length from `answer` to be mistaken for it by a typo
    /// when there are many (`QuestionFactory.rivals(for:among:)`), ready for the rival screen.
    func rivals(for answer: String, excluding excluded: Int?, comparableTo comparable: String? = nil) -> RivalSelection {
        lock.lock()
        defer { lock.unlock() }
        let names = self.names ?? readNames()
        var positions: [Int32] = []
        positions.reserveCapacity(names.owners.count)
        if let comparable {
            if names.comparables == nil { self.names?.comparables = names.table.texts.map(Deck.comparable) }
            let comparables = self.names!.comparables!
            for position in names.owners.indices where Int(names.owners[position]) != excluded && comparables[position] != comparable {
                positions.append(Int32(position))
            }
        } else {
            for position in names.owners.indices where Int(names.owners[position]) != excluded {
                positions.append(Int32(position))
            }
        }
        if positions.count > QuestionFactory.rivalsKeptWhole {
            let length = answer.count
            let slack = QuestionFactory.lengthSlack(length)
            positions.removeAll { abs(Int(names.lengths[Int($0)]) - length) > slack }
        }
        return RivalSelection(table: names.table, positions: positions)
    }

    private func readNames() -> Names {
        var texts: [String] = []
        var owners: [Int32] = []
        for (index, entry) in deck.entries.enumerated() {
            texts.append(entry.term)
            texts += entry.aliases
            owners += Array(repeating: Int32(index), count: 1 + entry.aliases.count)
        }
        let read = Names(table: RivalTable(texts), owners: owners, lengths: texts.map { Int32($0.count) })
        names = read
        return read
    }

    /// The features of the entries at `indices`, worked out for those not seen yet.
    func features(of indices: [Int]) -> [Distractors.Features] {
        lock.lock()
        defer { lock.unlock() }
        return indices.map { index in
            if let known = features[index] { return known }
            let entry = deck.entries[index]
            let words = Distractors.words(entry.definition + " " + entry.term).map { word in
                if let id = wordIDs[word] { return id }
                let id = Int32(wordIDs.count)
                wordIDs[word] = id
                return id
            }
            let made = Distractors.Features(term: AnswerNormalizer.normalize(entry.term),
                                            definition: AnswerNormalizer.normalize(entry.definition),
                                            words: words.sorted(), termLength: entry.term.count)
            features[index] = made
            return made
        }
    }
}
