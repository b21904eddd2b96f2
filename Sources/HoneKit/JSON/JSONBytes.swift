import Foundation

/// JSON text written straight into a byte buffer: the same text `JSONText` makes, for outputs of
/// many thousand objects (`hone cards --json`) where building a `String` per field is the cost.
public struct JSONBytes {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Text that is already JSON (punctuation, a number, `null`).
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `text` as a JSON string literal (`JSONText.quote`).
    public mutating func string(_ text: String) {
        guard !JSONText.needsEscapes(text) else { return raw(JSONText.quote(text)) }
        bytes.append(0x22)
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x22)
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
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        }
        bytes[start...].reverse()
    }

    /// A time as a JSON string in `ISO8601.format`'s form, or null.
    public mutating func time(_ date: Date?) {
        guard let date else { return raw("null") }
        let total = date.timeIntervalSince1970
        var seconds = Int(total.rounded(.down))
        var millis = Int(((total - Double(seconds)) * 1000).rounded())
        if millis == 1000 { seconds += 1; millis = 0 }
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = ISO8601.civilFromDays(days)
        guard (0...9999).contains(year) else { return string(ISO8601.format(date)) }
        bytes.append(0x22)
        padded(year, 4); bytes.append(UInt8(ascii: "-")); padded(month, 2); bytes.append(UInt8(ascii: "-")); padded(day, 2)
        bytes.append(UInt8(ascii: "T"))
        padded(secondOfDay / 3600, 2); bytes.append(UInt8(ascii: ":"))
        padded(secondOfDay % 3600 / 60, 2); bytes.append(UInt8(ascii: ":")); padded(secondOfDay % 60, 2)
        if millis != 0 { bytes.append(UInt8(ascii: ".")); padded(millis, 3) }
        bytes.append(UInt8(ascii: "Z"))
        bytes.append(0x22)
    }

    /// A value of 0...9999 in `width` digits with leading zeros.
    private mutating func padded(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(0x30 + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
