import Foundation

/// Reading a deck from its JSON text, with every problem reported as `path:line: what is wrong`.
extension Deck {
    public static func load(json bytes: [UInt8], id: String, path: String) throws(DeckError) -> Deck {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(path: path, line: error.line, column: error.column, message: error.message)
        }
        let reader = DeckReader(path: path)
        let deck = try reader.deck(root, id: id)
        try deck.validate(path: path)
        return deck
    }
}

/// Turns JSON nodes into deck values, checking types as it goes.
struct DeckReader {
    let path: String

    func fail(_ node: JSONNode, _ message: String) -> DeckError {
        .invalid(path: path, line: node.line, message: message)
    }

    func deck(_ root: JSONNode, id: String) throws(DeckError) -> Deck {
        guard root.members != nil else { throw fail(root, "a deck is a JSON object, found \(root.typeName)") }
        let title = try requiredText(root, "title", in: "the deck")
        let description = try optionalText(root, "description", in: "the deck")
        let entries = try list(root, "entries") { (node, index) throws(DeckError) in try entry(node, index: index) }
        let tables = try list(root, "tables") { (node, index) throws(DeckError) in try table(node, index: index) }
        let sequences = try list(root, "sequences") { (node, index) throws(DeckError) in try sequence(node, index: index) }
        if entries.isEmpty && tables.isEmpty && sequences.isEmpty {
            throw fail(root, "the deck has no entries, tables or sequences")
        }
        return Deck(id: id, title: title, description: description, entries: entries, tables: tables, sequences: sequences)
    }

    func list<T>(_ parent: JSONNode, _ key: String, _ make: (JSONNode, Int) throws(DeckError) -> T) throws(DeckError) -> [T] {
        guard let node = parent[key], !node.isNull else { return [] }
        guard let items = node.array else { throw fail(node, "\"\(key)\" must be an array, found \(node.typeName)") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() { out.append(try make(item, index)) }
        return out
    }

    func entry(_ node: JSONNode, index: Int) throws(DeckError) -> Entry {
        let place = "entry \(index + 1)"
        guard node.members != nil else { throw fail(node, "\(place) must be an object, found \(node.typeName)") }
        let term = try requiredText(node, "term", in: place)
        let named = "\(place) (\"\(term)\")"
        let id = try optionalText(node, "id", in: named)
        if let id, Slug.make(id) != id {
            throw fail(node["id"] ?? node, "\(named): id \"\(id)\" must be lowercase letters, digits and dashes (try \"\(Slug.make(id))\")")
        }
        return Entry(
            id: id, term: term,
            definition: try requiredText(node, "definition", in: named),
            aliases: try texts(node, "aliases", in: named),
            details: try texts(node, "details", in: named),
            tags: try texts(node, "tags", in: named),
            sources: try texts(node, "sources", in: named),
            cloze: try flag(node, "cloze", in: named),
            line: node.line)
    }

    func table(_ node: JSONNode, index: Int) throws(DeckError) -> DeckTable {
        let place = "table \(index + 1)"
        guard node.members != nil else { throw fail(node, "\(place) must be an object, found \(node.typeName)") }
        let title = try requiredText(node, "title", in: place)
        let named = "\(place) (\"\(title)\")"
        let columns = try texts(node, "columns", in: named)
        guard columns.count >= 2 else { throw fail(node["columns"] ?? node, "\(named) needs at least two columns") }
        var keyColumn = 0
        if let key = try optionalText(node, "key", in: named) {
            guard let found = columns.firstIndex(of: key) else {
                throw fail(node["key"] ?? node, "\(named): key \"\(key)\" is not one of its columns (\(columns.joined(separator: ", ")))")
            }
            keyColumn = found
        }
        guard let rowsNode = node["rows"], let rowNodes = rowsNode.array else {
            throw fail(node["rows"] ?? node, "\(named) needs \"rows\", an array of rows")
        }
        var rows: [[String]] = []
        for (rowIndex, rowNode) in rowNodes.enumerated() {
            guard let cells = rowNode.array else { throw fail(rowNode, "\(named), row \(rowIndex + 1) must be an array of cells") }
            guard cells.count == columns.count else {
                throw fail(rowNode, "\(named), row \(rowIndex + 1) has \(cells.count) cells for \(columns.count) columns")
            }
            var row: [String] = []
            for cell in cells {
                guard let text = cell.string else {
                    throw fail(cell, "\(named), row \(rowIndex + 1): every cell must be a string, found \(cell.typeName)")
                }
                row.append(clean(text))
            }
            guard !row[keyColumn].isEmpty else {
                throw fail(rowNode, "\(named), row \(rowIndex + 1) has an empty \(columns[keyColumn]) (the key column)")
            }
            rows.append(row)
        }
        guard !rows.isEmpty else { throw fail(rowsNode, "\(named) has no rows") }
        var prompts: [String: DeckTable.ColumnPrompts] = [:]
        if let promptNode = node["prompts"], !promptNode.isNull {
            guard let members = promptNode.members else { throw fail(promptNode, "\(named): \"prompts\" must be an object") }
            for member in members {
                guard columns.contains(member.key) else {
                    throw fail(member.node, "\(named): prompts name \"\(member.key)\", which is not a column")
                }
                prompts[member.key] = DeckTable.ColumnPrompts(
                    forward: try optionalText(member.node, "forward", in: "\(named) prompts"),
                    reverse: try optionalText(member.node, "reverse", in: "\(named) prompts"))
            }
        }
        return DeckTable(id: try optionalText(node, "id", in: named), title: title, columns: columns,
                         keyColumn: keyColumn, rows: rows, prompts: prompts, line: node.line)
    }

    func sequence(_ node: JSONNode, index: Int) throws(DeckError) -> DeckSequence {
        let place = "sequence \(index + 1)"
        guard node.members != nil else { throw fail(node, "\(place) must be an object, found \(node.typeName)") }
        let title = try requiredText(node, "title", in: place)
        let items = try texts(node, "items", in: "\(place) (\"\(title)\")")
        guard items.count >= 2 else { throw fail(node, "\(place) (\"\(title)\") needs at least two items") }
        return DeckSequence(id: try optionalText(node, "id", in: place), title: title, items: items, line: node.line)
    }

    func clean(_ text: String) -> String {
        let safe = TerminalSafe.clean(text)
        // Most text starts and ends with a printable ASCII character: nothing to trim.
        if let first = safe.utf8.first, let last = safe.utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return safe
        }
        return safe.trimmingCharacters(in: .whitespaces)
    }

    func requiredText(_ node: JSONNode, _ key: String, in place: String) throws(DeckError) -> String {
        guard let value = node[key] else { throw fail(node, "\(place) has no \"\(key)\"") }
        guard let text = value.string else { throw fail(value, "\(place): \"\(key)\" must be a string, found \(value.typeName)") }
        let cleaned = clean(text)
        guard !cleaned.isEmpty else { throw fail(value, "\(place): \"\(key)\" is empty") }
        return cleaned
    }

    func optionalText(_ node: JSONNode, _ key: String, in place: String) throws(DeckError) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        guard let text = value.string else { throw fail(value, "\(place): \"\(key)\" must be a string, found \(value.typeName)") }
        let cleaned = clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    func flag(_ node: JSONNode, _ key: String, in place: String) throws(DeckError) -> Bool {
        guard let value = node[key], !value.isNull else { return false }
        guard let flag = value.bool else { throw fail(value, "\(place): \"\(key)\" must be true or false, found \(value.typeName)") }
        return flag
    }

    func texts(_ node: JSONNode, _ key: String, in place: String) throws(DeckError) -> [String] {
        guard let value = node[key], !value.isNull else { return [] }
        guard let items = value.array else { throw fail(value, "\(place): \"\(key)\" must be an array of strings") }
        var out: [String] = []
        for item in items {
            guard let text = item.string else { throw fail(item, "\(place): \"\(key)\" must hold only strings, found \(item.typeName)") }
            let cleaned = clean(text)
            if !cleaned.isEmpty { out.append(cleaned) }
        }
        return out
    }
}
