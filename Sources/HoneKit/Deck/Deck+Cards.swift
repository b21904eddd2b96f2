import Foundation

/// The cards a deck yields, in deck order (new cards are introduced in this order).
extension Deck {
    public var cards: [Card] {
        if let memo = clozeMemo, let made = memo.cards, made.id == id, made.sequences == sequences, memo.holds(for: self) {
            return made.cards
        }
        return makeCards()
    }

    func makeCards() -> [Card] {
        var cards: [Card] = []
        cards.reserveCapacity(entries.count * 2 + sequences.count)
        for (index, entry) in entries.enumerated() {
            let base = "\(id)/\(entry.id)"
            cards.append(Card(id: "\(base)/term", deckID: id, siblingKey: base, fact: .term(entry: index)))
            // A cloze sentence with its blank is no answer to "what is <term>?": one card only.
            if !entry.cloze {
                cards.append(Card(id: "\(base)/definition", deckID: id, siblingKey: base, fact: .definition(entry: index)))
            }
        }
        for (index, blank) in clozeBlanks() {
            let base = "\(id)/\(entries[index].id)"
            cards.append(Card(id: "\(base)/cloze:\(Slug.make(blank.answer))", deckID: id,
                              siblingKey: "\(base)/sentence:\(StableHash.hex(StableHash.fnv1a64(blank.sentence)).prefix(8))",
                              fact: .cloze(entry: index, blank: blank)))
        }
        for (tableIndex, table) in tables.enumerated() {
            cards += tableCards(table, index: tableIndex)
        }
        for (index, sequence) in sequences.enumerated() {
            let base = "\(id)/\(sequence.id)"
            cards.append(Card(id: "\(base)/order", deckID: id, siblingKey: base, fact: .order(sequence: index)))
        }
        return cards
    }

    private func tableCards(_ table: DeckTable, index tableIndex: Int) -> [Card] {
        var cards: [Card] = []
        let valueColumns = table.columns.indices.filter { $0 != table.keyColumn }
        for row in table.rows.indices {
            let rowBase = "\(id)/\(table.id)/\(Slug.make(table.key(ofRow: row)))"
            for column in valueColumns where !table.values(row: row, column: column).isEmpty {
                let base = "\(rowBase)/\(Slug.make(table.columns[column]))"
                cards.append(Card(id: base, deckID: id, siblingKey: base, fact: .cell(table: tableIndex, row: row, column: column)))
                for value in table.uniqueValues(row: row, column: column) {
                    cards.append(Card(id: "\(base)/reverse:\(Slug.make(value))", deckID: id, siblingKey: base,
                                      fact: .rowFor(table: tableIndex, row: row, column: column, value: value)))
                }
            }
        }
        return cards
    }
}

extension DeckTable {
    /// The values of a cell that name this row alone in that column: a reverse question ("which row
    /// has this value?") is asked only for these. A value counts as present in another row when that
    /// row's cell holds it as a whole word sequence, so "Bedrock" is not unique to a row when another
    /// row says "Bedrock only".
    public func uniqueValues(row: Int, column: Int) -> [String] {
        values(row: row, column: column).filter { value in
            let needle = Self.words(value)
            guard !needle.isEmpty else { return false }
            return rows.indices.allSatisfy { other in
                other == row || !values(row: other, column: column).contains { Self.contains(Self.words($0), needle) }
            }
        }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return true
        }
        return false
    }
}
