/// Small helpers for writing JSON text by hand, with keys in a fixed order (stable diffs, readable
/// journals) and numbers written so that they read back exactly.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    public static func quote(_ text: String) -> String {
        if needsNoEscape(text) { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)
                || s.value == 0x2028 || s.value == 0x2029:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// True when no character of `text` needs escaping (checked on UTF-8 bytes).
    static func needsNoEscape(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x00..<0x20, 0x22, 0x5C, 0x7F: return false
            case 0xC2: if let next = utf8.next(), next < 0xA0 { return false } // U+0080-U+009F
            case 0xE2: // U+2028, U+2029 are E2 80 A8, E2 80 A9
                if utf8.next() == 0x80, let third = utf8.next(), third == 0xA8 || third == 0xA9 { return false }
            default: continue
            }
        }
        return true
    }

    /// A number as JSON: integers without a fraction, others in Swift's shortest round-trip form.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    public static func number(_ value: Double?) -> String {
        value.map { number($0) } ?? "null"
    }

    public static func string(_ value: String?) -> String {
        value.map { quote($0) } ?? "null"
    }

    /// An object from ordered pairs whose values are already JSON text.
    public static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    public static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}
