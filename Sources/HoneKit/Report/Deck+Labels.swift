/// Short names for cards, for people reading a report or a card list.
extension Deck {
    /// What `card` asks about: "RAG (term)", "RAG (definition)", "Llama 3.x · Lab",
    /// "Meta FAIR → Model family", "The three training phases (order)".
    public func label(of card: Card) -> String {
        switch card.fact {
        case .term(let entry): "\(entries[entry].term) (term)"
        case .definition(let entry): "\(entries[entry].term) (definition)"
        case .cell(let table, let row, let column): "\(tables[table].key(ofRow: row)) · \(tables[table].columns[column])"
        case .rowFor(let table, _, _, let value): "\(value) → \(tables[table].columns[tables[table].keyColumn])"
        case .order(let sequence): "\(sequences[sequence].title) (order)"
        case .cloze(let entry, let blank): "\(entries[entry].term) (blank: \(blank.answer))"
        }
    }
}
