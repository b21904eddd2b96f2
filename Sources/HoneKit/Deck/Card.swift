/// One thing to learn, made from deck data. A card's id is derived from the deck id and the names
/// in the deck (entry id or term, table id, row key, column, direction), never from positions, so
/// progress survives edits that reorder or extend a deck.
public struct Card: Sendable, Equatable, Identifiable {
    /// What the card asks about.
    public enum Fact: Sendable, Equatable {
        /// Given the definition, recall the term (entries[index]).
        case term(entry: Int)
        /// Given the term, recognise or recall the definition.
        case definition(entry: Int)
        /// Given a row, the value in a column: "Which lab trains Llama 3.x?"
        case cell(table: Int, row: Int, column: Int)
        /// Given a value unique to one row, that row: "Which model family is trained by Meta FAIR?"
        case rowFor(table: Int, row: Int, column: Int, value: String)
        /// Put a sequence's items in order.
        case order(sequence: Int)
        /// Fill the blank in a sentence about entries[entry].
        case cloze(entry: Int, blank: ClozeBlank)
    }

    public var id: String
    public var deckID: String
    /// Cards that share this key are siblings (they give each other away); a session asks at most
    /// one of them per study day.
    public var siblingKey: String
    public var fact: Fact

    public init(id: String, deckID: String, siblingKey: String, fact: Fact) {
        self.id = id
        self.deckID = deckID
        self.siblingKey = siblingKey
        self.fact = fact
    }
}
