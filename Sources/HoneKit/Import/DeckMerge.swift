/// Re-importing into a deck that exists: the imported deck replaces it, but every entry, table and
/// sequence that is still there keeps its id (matched by id, else by term or title), so its cards
/// keep their progress; what is gone is reported. What an import cannot express (an entry's
/// sources, a table's question phrasing) is kept from the deck it replaces.
public enum DeckMerge {
    public struct Changes: Sendable, Equatable {
        /// True when there was no deck before.
        public var isNew = true
        public var added: [String] = []
        public var updated: [String] = []
        public var unchanged = 0
        public var removed: [String] = []

        public init() {}
    }

    public struct Merged: Sendable {
        public var deck: Deck
        /// Imported entry id -> the id the entry has in the merged deck.
        public var entryIDs: [String: String]
        public var changes: Changes
    }

    public static func merge(existing: Deck?, imported: Deck) -> Merged {
        var changes = Changes()
        var deck = imported
        var entryIDs: [String: String] = [:]
        for entry in imported.entries { entryIDs[entry.id] = entry.id }
        guard let existing else {
            changes.added = imported.entries.map(\.term) + imported.tables.map(\.title) + imported.sequences.map(\.title)
            return Merged(deck: deck, entryIDs: entryIDs, changes: changes)
        }
        changes.isNew = false
        if deck.description == nil { deck.description = existing.description }

        // Entries: by id first, then by term among the old entries not yet taken.
        let oldByID = Dictionary(existing.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var taken = Set(imported.entries.compactMap { oldByID[$0.id] })
        var oldByTerm: [String: Int] = [:]
        for (index, entry) in existing.entries.enumerated() where !entry.cloze && !taken.contains(index) {
            oldByTerm[Deck.comparable(entry.term)] = oldByTerm[Deck.comparable(entry.term)] ?? index
        }
        for position in deck.entries.indices {
            let entry = deck.entries[position]
            var match = oldByID[entry.id]
            if match == nil, !entry.cloze, let old = oldByTerm[Deck.comparable(entry.term)], !taken.contains(old) {
                match = old
                taken.insert(old)
                deck.entries[position].id = existing.entries[old].id
                entryIDs[entry.id] = existing.entries[old].id
            }
            guard let old = match.map({ existing.entries[$0] }) else { changes.added.append(entry.term); continue }
            if deck.entries[position].sources.isEmpty { deck.entries[position].sources = old.sources }
            var comparable = deck.entries[position]
            comparable.line = old.line
            if comparable == old { changes.unchanged += 1 } else { changes.updated.append(entry.term) }
        }
        changes.removed += existing.entries.indices.filter { !taken.contains($0) }.map { existing.entries[$0].term }

        // Tables and sequences: by id, else by title.
        var oldTables = existing.tables
        for position in deck.tables.indices {
            let table = deck.tables[position]
            guard let old = oldTables.firstIndex(where: { $0.id == table.id || Slug.make($0.title) == Slug.make(table.title) }) else {
                changes.added.append(table.title)
                continue
            }
            let previous = oldTables.remove(at: old)
            deck.tables[position].id = previous.id
            for (column, prompt) in previous.prompts where deck.tables[position].prompts[column] == nil && table.columns.contains(column) {
                deck.tables[position].prompts[column] = prompt
            }
            var comparable = deck.tables[position]
            comparable.line = previous.line
            if comparable == previous { changes.unchanged += 1 } else { changes.updated.append(table.title) }
        }
        changes.removed += oldTables.map(\.title)
        var oldSequences = existing.sequences
        for position in deck.sequences.indices {
            let sequence = deck.sequences[position]
            guard let old = oldSequences.firstIndex(where: { $0.id == sequence.id || Slug.make($0.title) == Slug.make(sequence.title) }) else {
                changes.added.append(sequence.title)
                continue
            }
            let previous = oldSequences.remove(at: old)
            deck.sequences[position].id = previous.id
            if previous.items == sequence.items && previous.title == sequence.title { changes.unchanged += 1 } else { changes.updated.append(sequence.title) }
        }
        changes.removed += oldSequences.map(\.title)
        return Merged(deck: deck, entryIDs: entryIDs, changes: changes)
    }
}
