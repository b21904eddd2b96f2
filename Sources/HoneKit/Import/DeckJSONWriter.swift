/// Writes a deck as `Decks/<id>.json` text: keys in a fixed order, two-space indentation, one value
/// per line (as the bundled deck is written), so that re-imports give small, readable diffs.
public enum DeckJSONWriter {
    public static func text(_ deck: Deck) -> String {
        var members: [(String, Value)] = [("title", .string(deck.title))]
        if let description = deck.description { members.append(("description", .string(description))) }
        if !deck.entries.isEmpty { members.append(("entries", .array(deck.entries.map(entry)))) }
        if !deck.tables.isEmpty { members.append(("tables", .array(deck.tables.map(table)))) }
        if !deck.sequences.isEmpty { members.append(("sequences", .array(deck.sequences.map(sequence)))) }
        var out = ""
        write(.object(members), indent: "", into: &out)
        return out + "\n"
    }

    public static func bytes(_ deck: Deck) -> [UInt8] { Array(text(deck).utf8) }

    private static func entry(_ entry: Entry) -> Value {
        var members: [(String, Value)] = [("id", .string(entry.id)), ("term", .string(entry.term)),
                                          ("definition", .string(entry.definition))]
        if entry.cloze { members.append(("cloze", .bool(true))) }
        members.append(("aliases", strings(entry.aliases)))
        members.append(("details", strings(entry.details)))
        members.append(("tags", strings(entry.tags)))
        if !entry.sources.isEmpty { members.append(("sources", strings(entry.sources))) }
        return .object(members)
    }

    private static func table(_ table: DeckTable) -> Value {
        var members: [(String, Value)] = [("id", .string(table.id)), ("title", .string(table.title)),
                                          ("columns", strings(table.columns)), ("key", .string(table.columns[table.keyColumn]))]
        if !table.prompts.isEmpty {
            // Prompts in column order, each with forward then reverse.
            let prompts = table.columns.compactMap { column -> (String, Value)? in
                guard let prompt = table.prompts[column] else { return nil }
                var pair: [(String, Value)] = []
                if let forward = prompt.forward { pair.append(("forward", .string(forward))) }
                if let reverse = prompt.reverse { pair.append(("reverse", .string(reverse))) }
                return (column, .object(pair))
            }
            members.append(("prompts", .object(prompts)))
        }
        members.append(("rows", .array(table.rows.map(strings))))
        return .object(members)
    }

    private static func sequence(_ sequence: DeckSequence) -> Value {
        .object([("id", .string(sequence.id)), ("title", .string(sequence.title)), ("items", strings(sequence.items))])
    }

    private static func strings(_ items: [String]) -> Value { .array(items.map { .string($0) }) }

    private indirect enum Value {
        case string(String)
        case bool(Bool)
        case array([Value])
        case object([(String, Value)])
    }

    private static func write(_ value: Value, indent: String, into out: inout String) {
        switch value {
        case .string(let text): out += JSONText.quote(text)
        case .bool(let flag): out += flag ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                write(item, indent: inner, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += inner + JSONText.quote(member.0) + ": "
                write(member.1, indent: inner, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }
}
