import Foundation

/// A deck: glossary entries, tables and sequences, as written in `Decks/<id>.json`.
/// All text is already stripped of control characters when a deck is loaded.
public struct Deck: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    public var entries: [Entry]
    public var tables: [DeckTable]
    public var sequences: [DeckSequence]
    /// Cloze blanks found before (read from the deck cache), used while entries and tables are
    /// still those they were found in.
    var clozeMemo: ClozeMemo?

    public init(id: String, title: String, description: String? = nil, entries: [Entry] = [],
                tables: [DeckTable] = [], sequences: [DeckSequence] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.entries = entries
        self.tables = tables
        self.sequences = sequences
    }

    /// Decks are equal when their content is (remembered blanks are no part of it).
    public static func == (lhs: Deck, rhs: Deck) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.description == rhs.description && lhs.entries == rhs.entries
            && lhs.tables == rhs.tables && lhs.sequences == rhs.sequences
    }
}

/// Cloze blanks with the entries and tables they were found in, and the deck's cards made from
/// them (a session asks for the cards several times; a 20,000-card deck takes milliseconds to make).
final class ClozeMemo: Sendable {
    let entries: [Entry]
    let tables: [DeckTable]
    let blanks: [(entry: Int, blank: ClozeBlank)]
    /// The cards, with the deck id and sequences they were made with.
    let cards: (id: String, sequences: [DeckSequence], cards: [Card])?

    init(entries: [Entry], tables: [DeckTable], blanks: [(entry: Int, blank: ClozeBlank)],
         cards: (id: String, sequences: [DeckSequence], cards: [Card])? = nil) {
        self.entries = entries
        self.tables = tables
        self.blanks = blanks
        self.cards = cards
    }

    /// True while `deck` has the entries and tables this memo was made from (arrays that share
    /// storage compare equal at once; edited ones are compared in full).
    func holds(for deck: Deck) -> Bool { entries == deck.entries && tables == deck.tables }
}

/// A glossary entry: a term and its definition, with what else the deck knows about it.
public struct Entry: Sendable, Equatable {
    /// Stable identifier: the explicit `id`, else a slug of the term.
    public var id: String
    public var term: String
    public var definition: String
    public var aliases: [String]
    public var details: [String]
    public var tags: [String]
    public var sources: [String]
    /// A cloze deletion (from an Anki cloze note): the definition is a sentence with the blank shown
    /// as `[...]` (or `[hint]`) and the term is the text that fills it. Such an entry makes only the
    /// `term` card, and its term need not be unique (one answer may fill blanks in many sentences).
    public var cloze: Bool
    /// Line in the deck file where the entry starts (for messages).
    public var line: Int

    public init(id: String? = nil, term: String, definition: String, aliases: [String] = [], details: [String] = [],
                tags: [String] = [], sources: [String] = [], cloze: Bool = false, line: Int = 0) {
        self.id = id ?? Slug.make(term)
        self.term = term
        self.definition = definition
        self.aliases = aliases
        self.details = details
        self.tags = tags
        self.sources = sources
        self.cloze = cloze
        self.line = line
    }
}

/// A table: each row describes one thing (named by its key cell), each column one attribute.
public struct DeckTable: Sendable, Equatable {
    public struct ColumnPrompts: Sendable, Equatable {
        /// Question from a row to this column's value; `{key}` is the row's key.
        public var forward: String?
        /// Question from this column's value to the row; `{value}` is the value.
        public var reverse: String?

        public init(forward: String? = nil, reverse: String? = nil) {
            self.forward = forward
            self.reverse = reverse
        }
    }

    public var id: String
    public var title: String
    public var columns: [String]
    public var keyColumn: Int
    public var rows: [[String]]
    public var prompts: [String: ColumnPrompts]
    public var line: Int

    public init(id: String? = nil, title: String, columns: [String], keyColumn: Int = 0, rows: [[String]],
                prompts: [String: ColumnPrompts] = [:], line: Int = 0) {
        self.id = id ?? Slug.make(title)
        self.title = title
        self.columns = columns
        self.keyColumn = keyColumn
        self.rows = rows
        self.prompts = prompts
        self.line = line
    }

    public func key(ofRow row: Int) -> String { rows[row][keyColumn] }

    /// The values of a cell: the cell split at commas, except in the key column (a name may hold a comma).
    public func values(row: Int, column: Int) -> [String] {
        let cell = rows[row][column]
        guard column != keyColumn else { return [cell] }
        return Self.splitValues(cell)
    }

    public static func splitValues(_ cell: String) -> [String] {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// An ordered list (steps, phases, a chronology), asked as "put these in order".
public struct DeckSequence: Sendable, Equatable {
    public var id: String
    public var title: String
    public var items: [String]
    public var line: Int

    public init(id: String? = nil, title: String, items: [String], line: Int = 0) {
        self.id = id ?? Slug.make(title)
        self.title = title
        self.items = items
        self.line = line
    }
}
