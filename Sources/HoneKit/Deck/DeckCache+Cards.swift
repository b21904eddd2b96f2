/// A deck's cards in the deck cache, in `Deck.makeCards` order: making 20,000 card ids takes a
/// start several milliseconds of string formatting, reading them back a fraction of that.
/// A sibling key is mostly the previous card's (an entry's two cards) or the card's own id (a
/// table cell), so those are written as a mark and share one string when read.
extension DeckCache {
    private enum Sibling: Int {
        case written = 0, previous = 1, ownID = 2
    }

    private enum FactTag: Int {
        case term = 0, definition, cell, rowFor, order, cloze
    }

    static func encodeCards(_ cards: [Card], blanks: [(entry: Int, blank: ClozeBlank)], into body: inout CacheWriter) {
        body.int(cards.count)
        var previousSibling: String?
        var blankIndex = 0
        for card in cards {
            body.string(card.id)
            if card.siblingKey == previousSibling {
                body.int(Sibling.previous.rawValue)
            } else if card.siblingKey == card.id {
                body.int(Sibling.ownID.rawValue)
            } else {
                body.int(Sibling.written.rawValue)
                body.string(card.siblingKey)
            }
            previousSibling = card.siblingKey
            switch card.fact {
            case .term(let entry): body.int(FactTag.term.rawValue); body.int(entry)
            case .definition(let entry): body.int(FactTag.definition.rawValue); body.int(entry)
            case .cell(let table, let row, let column):
                body.int(FactTag.cell.rawValue); body.int(table); body.int(row); body.int(column)
            case .rowFor(let table, let row, let column, let value):
                body.int(FactTag.rowFor.rawValue); body.int(table); body.int(row); body.int(column); body.string(value)
            case .order(let sequence): body.int(FactTag.order.rawValue); body.int(sequence)
            case .cloze(let entry, let blank):
                // Cards take the blanks in order; the index is checked against the blank on reading.
                while blankIndex < blanks.count, blanks[blankIndex].entry != entry || blanks[blankIndex].blank != blank { blankIndex += 1 }
                body.int(FactTag.cloze.rawValue); body.int(entry); body.int(blankIndex)
            }
        }
    }

    static func decodeCards(_ reader: inout CacheReader, deck: Deck, blanks: [(entry: Int, blank: ClozeBlank)])
        throws(CacheDamaged) -> [Card] {
        let count = try reader.count()
        var cards: [Card] = []
        cards.reserveCapacity(count)
        var previousSibling: String?
        for _ in 0..<count {
            let id = try reader.string()
            let sibling: String
            switch Sibling(rawValue: try reader.int()) {
            case .written: sibling = try reader.string()
            case .previous: guard let previousSibling else { throw CacheDamaged() }; sibling = previousSibling
            case .ownID: sibling = id
            case nil: throw CacheDamaged()
            }
            previousSibling = sibling
            cards.append(Card(id: id, deckID: deck.id, siblingKey: sibling, fact: try fact(&reader, deck: deck, blanks: blanks)))
        }
        return cards
    }

    private static func fact(_ reader: inout CacheReader, deck: Deck, blanks: [(entry: Int, blank: ClozeBlank)])
        throws(CacheDamaged) -> Card.Fact {
        func index(_ range: Range<Int>) throws(CacheDamaged) -> Int {
            let value = try reader.int()
            guard range.contains(value) else { throw CacheDamaged() }
            return value
        }
        func cell() throws(CacheDamaged) -> (table: Int, row: Int, column: Int) {
            let table = try index(deck.tables.indices)
            return (table, try index(deck.tables[table].rows.indices), try index(deck.tables[table].columns.indices))
        }
        switch FactTag(rawValue: try reader.int()) {
        case .term: return .term(entry: try index(deck.entries.indices))
        case .definition: return .definition(entry: try index(deck.entries.indices))
        case .cell:
            let (table, row, column) = try cell()
            return .cell(table: table, row: row, column: column)
        case .rowFor:
            let (table, row, column) = try cell()
            return .rowFor(table: table, row: row, column: column, value: try reader.string())
        case .order: return .order(sequence: try index(deck.sequences.indices))
        case .cloze:
            let entry = try index(deck.entries.indices), blank = try index(blanks.indices)
            guard blanks[blank].entry == entry else { throw CacheDamaged() }
            return .cloze(entry: entry, blank: blanks[blank].blank)
        case nil: throw CacheDamaged()
        }
    }
}
