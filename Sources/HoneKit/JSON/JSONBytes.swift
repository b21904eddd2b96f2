import Foundation

/// JSON text written straight into a byte buffer: the same text `JSONText` makes, for outputs of
/// many thousand objects (`hone cards --json`) where building a `String` per field is the cost.
///
/// The buffer is its own (not an array that every small append would go through generically), so
/// a writer is not copied: it is passed `inout` and read once with `bytes`.
public struct JSONBytes: ~Copyable {
    private var buffer: ByteBuffer

    public init(capacity: Int = 0) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// Bytes written so far.
    public var count: Int { buffer.count }

    /// The text written so far.
    public var bytes: [UInt8] { buffer.bytes }

    private mutating func append(_ source: UnsafeRawBufferPointer) { buffer.append(source) }
    private mutating func append(_ byte: UInt8) { buffer.append(byte) }
    private mutating func append(_ text: String) { buffer.append(utf8: text) }

    /// Text that is already JSON (punctuation, `null`): a literal, copied as it is.
    public mutating func raw(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `text` as a JSON string literal (`JSONText.quote`).
    public mutating func string(_ text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 -> Bool in
            guard !JSONText.needsEscapes(utf8) else { return false }
            append(0x22)
            append(UnsafeRawBufferPointer(utf8))
            append(0x22)
            return true
        }
        if !plain { append(JSONText.quote(text)) }
    }

    public mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// A number (`JSONText.number`).
    public mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return raw("null") }
        if value.rounded() == value, abs(value) < 1e15 { return integer(Int(value)) }
        append(value.description) // the shortest text that reads back as the same value
    }

    public mutating func integer(_ value: Int) {
        guard value != 0 else { return append(0x30) }
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
        withUnsafeBytes(of: &text) { append(UnsafeRawBufferPointer(rebasing: $0[start...])) }
    }

    /// A time as a JSON string in `ISO8601.format`'s form, or null.
    public mutating func time(_ date: Date?) {
        guard let date else { return raw("null") }
        let quoted = buffer.end(room: ISO8601.longestWritten + 2)
        guard let length = ISO8601.write(date, to: quoted + 1) else { return string(ISO8601.format(date)) }
        quoted.storeBytes(of: 0x22, as: UInt8.self)
        quoted.storeBytes(of: 0x22, toByteOffset: length + 1, as: UInt8.self)
        buffer.advance(by: length + 2)
    }
}
