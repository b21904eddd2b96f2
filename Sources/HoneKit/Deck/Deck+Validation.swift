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
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiComparable(text) }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// `comparable` for ASCII text (the same result, without Foundation's folding).
    private static func asciiComparable(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 32 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
