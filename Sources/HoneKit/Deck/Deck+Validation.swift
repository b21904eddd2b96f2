import Foundation

/// Checks that make a deck safe to generate questions from: unique ids, terms and row keys.
extension Deck {
    func validate(path: String) throws(DeckError) {
        var entryIDs: [String: Int] = [:]
        var terms: [String: Int] = [:]
        for entry in entries {
            if let line = entryIDs[entry.id] {
                throw .invalid(path: path, line: entry.line, message: "entry \"\(entry.term)\" has the id \"\(entry.id)\" of the entry at line \(line)")
            }
            entryIDs[entry.id] = entry.line
            // A cloze entry's term is the answer to one blank, not a name: it may repeat.
            for name in [entry.term] + entry.aliases where !entry.cloze {
                let key = Self.comparable(name)
                if let line = terms[key], line != entry.line {
                    throw .invalid(path: path, line: entry.line, message: "\"\(name)\" names the entry at line \(line) too; a term or alias must name one entry")
                }
                terms[key] = entry.line
            }
        }
        var tableIDs: Set<String> = []
        for table in tables {
            guard tableIDs.insert(table.id).inserted else {
                throw .invalid(path: path, line: table.line, message: "two tables have the id \"\(table.id)\"")
            }
            var keys: [String: Int] = [:]
            for row in table.rows.indices {
                let key = Slug.make(table.key(ofRow: row))
                if let earlier = keys[key] {
                    throw .invalid(path: path, line: table.line,
                                   message: "table \"\(table.title)\": rows \(earlier + 1) and \(row + 1) have the same \(table.columns[table.keyColumn]) \"\(table.key(ofRow: row))\"")
                }
                keys[key] = row
            }
        }
        var sequenceIDs: Set<String> = []
        for sequence in sequences where !sequenceIDs.insert(sequence.id).inserted {
            throw .invalid(path: path, line: sequence.line, message: "two sequences have the id \"\(sequence.id)\"")
        }
    }

    /// Case- and accent-insensitive form used to catch duplicate names.
    static func comparable(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
