/// Known cards per tag and per table column.
extension Report {
    /// Adds one deck's cards to the tag groups (an entry's tags cover its term and definition cards,
    /// merged across decks by name) and to its table columns (a column covers its cells and the
    /// reverse questions from their values).
    mutating func addMastery(_ deck: Deck, _ facts: [CardFacts]) {
        var byTag: [String: (cards: Int, known: Int)] = [:]
        var byColumn: [Int: [Int: (cards: Int, known: Int)]] = [:]
        for fact in facts {
            let known = fact.known ? 1 : 0
            switch fact.card.fact {
            case .term(let entry), .definition(let entry), .cloze(let entry, _):
                let tags = deck.entries[entry].tags
                for (index, tag) in tags.enumerated() where !tags[..<index].contains(tag) {
                    Self.count(&byTag[tag, default: (0, 0)], known: known)
                }
            case .cell(let table, _, let column), .rowFor(let table, _, let column, _):
                Self.count(&byColumn[table, default: [:]][column, default: (0, 0)], known: known)
            case .order:
                break
            }
        }
        for (tag, counts) in byTag {
            if let index = tags.firstIndex(where: { $0.group == .tag(tag) }) {
                tags[index].cards += counts.cards
                tags[index].known += counts.known
            } else {
                tags.append(Mastery(group: .tag(tag), cards: counts.cards, known: counts.known))
            }
        }
        tags.sort { $0.label < $1.label }
        for (tableIndex, table) in deck.tables.enumerated() {
            for (columnIndex, column) in table.columns.enumerated() {
                guard let counts = byColumn[tableIndex]?[columnIndex] else { continue }
                columns.append(Mastery(group: .column(deck: deck.id, table: table.id, tableTitle: table.title, column: column),
                                       cards: counts.cards, known: counts.known))
            }
        }
    }

    private static func count(_ counts: inout (cards: Int, known: Int), known: Int) {
        counts.cards += 1
        counts.known += known
    }
}
