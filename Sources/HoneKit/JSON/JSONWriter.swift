/// Small helpers for writing JSON text by hand, with keys in a fixed order (stable diffs, readable
/// journals) and numbers written so that they read back exactly.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    public static func quote(_ text: String) -> String {
        if !needsEscapes(text) { return "\"" + text + "\"" }
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

    /// True when some character of `text` must be escaped: a quote, a backslash, a control
    /// character (C0, DEL, C1) or U+2028/U+2029.
    static func needsEscapes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(needsEscapes)
    }

    /// `needsEscapes` over the UTF-8 bytes of a text.
    static func needsEscapes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time while they are printable ASCII other than a quote or a backslash
        // (ids and names, mostly); then byte by byte, from a point where no sequence has begun.
        var offset = 0
        if let base = utf8.baseAddress {
            while offset + 8 <= utf8.count, isPlainASCII(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                offset += 8
            }
        }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in UnsafeBufferPointer(rebasing: utf8[offset...]) {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if previous == 0xC2, byte < 0xA0, byte >= 0x80 { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// True when each of the eight bytes of `word` is ASCII from 0x20 to 0x7E and neither a quote
    /// nor a backslash. (With every byte below 0x80, `(v - n * ones) & ~v & high` is not zero
    /// exactly when some byte of `v` is below `n`.)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasByteBelow(_ n: UInt64, _ v: UInt64) -> Bool { (v &- n &* ones) & ~v & high != 0 }
        return word & high == 0 && !hasByteBelow(0x20, word) && !hasByteBelow(1, word ^ (0x22 &* ones))
            && !hasByteBelow(1, word ^ (0x5C &* ones)) && !hasByteBelow(1, word ^ (0x7F &* ones))
    }

    /// A number as JSON: integers without a fraction, others in Swift's shortest round-trip form.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return value.description // the shortest text that reads back as the same value
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
