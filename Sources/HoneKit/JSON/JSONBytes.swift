import Foundation

/// JSON text written straight into a byte buffer: the same text `JSONText` makes, for outputs of
/// many thousand objects (`hone cards --json`) where building a `String` per field is the cost.
public struct JSONBytes {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Text that is already JSON (punctuation, a number, `null`).
    public mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `text` as a JSON string literal (`JSONText.quote`).
    public mutating func string(_ text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 -> Bool in
            guard !JSONText.needsEscapes(utf8) else { return false }
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            bytes.append(0x22)
            return true
        }
        if !plain { raw(JSONText.quote(text)) }
    }

    public mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// A number (`JSONText.number`).
    public mutating func number(_ value: Double?) {
        guard let value else { return raw("null") }
        if value.isFinite, value.rounded() == value, abs(value) < 1e15 { return integer(Int(value)) }
        raw(JSONText.number(value))
    }

    public mutating func integer(_ value: Int) {
        guard value != 0 else { return bytes.append(0x30) }
        // Digits from the right in a fixed buffer (an Int has at most 20 and a sign), appended at once.
        var text: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let start = withUnsafeMutableBytes(of: &text) { buffer -> Int in
            var magnitude = value.magnitude
            var at = buffer.count
            while magnitude > 0 {
                at -= 1
                buffer[at] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            }
            if value < 0 { at -= 1; buffer[at] = UInt8(ascii: "-") }
            return at
        }
        withUnsafeBytes(of: &text) { bytes.append(contentsOf: $0[start...]) }
    }

    /// A time as a JSON string in `ISO8601.format`'s form, or null.
    public mutating func time(_ date: Date?) {
        guard let date else { return raw("null") }
        bytes.append(0x22)
        guard ISO8601.write(date, into: &bytes) else {
            bytes.removeLast()
            return string(ISO8601.format(date))
        }
        bytes.append(0x22)
    }
}
