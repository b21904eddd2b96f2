/// Writes fitted parameters into a learner's `settings.json`, keeping every other key (and their
/// order) as it was: the file is read as JSON, its "parameters" member replaced or added, and the
/// object written back, two-space indented.
public enum SettingsParameters {
    /// The new settings text. `existing` is the current file (nil when there is none).
    public static func updated(_ existing: [UInt8]?, parameters: [Double], path: String) throws(ProgressError) -> [UInt8] {
        var members: [JSONMember] = []
        if let existing, !existing.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            let root: JSONNode
            do { root = try JSONParser.parse(existing) } catch {
                throw .badSettings(path: path, line: error.line, message: error.message)
            }
            guard let found = root.members else { throw .badSettings(path: path, line: root.line, message: "settings must be a JSON object") }
            members = found
        }
        let value = JSONNode(.array(parameters.map { JSONNode(.number($0)) }))
        if let first = members.firstIndex(where: { $0.key == "parameters" }) {
            members[first].node = value
            members = members.enumerated().filter { $0.offset == first || $0.element.key != "parameters" }.map(\.element)
        } else {
            members.append(JSONMember(key: "parameters", node: value, keyLine: 0))
        }
        return Array((write(JSONNode(.object(members)), indent: "") + "\n").utf8)
    }

    static func write(_ node: JSONNode, indent: String) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return JSONText.number(value)
        case .string(let text): return JSONText.quote(text)
        case .array(let items):
            if items.allSatisfy({ $0.array == nil && $0.members == nil }) {
                return "[" + items.map { write($0, indent: indent) }.joined(separator: ", ") + "]"
            }
            let inner = indent + "  "
            return "[\n" + items.map { inner + write($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let inner = indent + "  "
            return "{\n" + members.map { inner + JSONText.quote($0.key) + ": " + write($0.node, indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        }
    }
}
