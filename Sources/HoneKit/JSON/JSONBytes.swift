import Foundation

/// JSON text written straight into a byte buffer: the same text `JSONText` makes, for outputs of
/// many thousand objects (`hone cards --json`) where building a `String` per field is the cost.
///
/// The buffer is its own (not an array that every small append would go through generically), so
/// a writer is not copied: it is passed `inout` and read once with `bytes`.
public struct JSONBytes: ~Copyable {
    private var start: UnsafeMutableRawPointer
    private var capacity: Int
    /// Bytes written so far.
    public private(set) var count = 0

    public init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        start = .allocate(byteCount: self.capacity, alignment: 1)
    }

    deinit { start.deallocate() }

    /// The text written so far.
    public var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: start, count: count)) }

    /// Where the next `room` bytes go (the buffer grows to hold them).
    private mutating func end(room: Int) -> UnsafeMutableRawPointer {
        if count + room > capacity {
            let grown = max(capacity * 2, count + room)
            let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 1)
            moved.copyMemory(from: start, byteCount: count)
            start.deallocate()
            (start, capacity) = (moved, grown)
        }
        return start + count
    }

    private mutating func append(_ source: UnsafeRawBufferPointer) {
        guard let base = source.baseAddress else { return }
        end(room: source.count).copyMemory(from: base, byteCount: source.count)
        count += source.count
    }

    private mutating func append(_ byte: UInt8) {
        end(room: 1).storeBytes(of: byte, as: UInt8.self)
        count += 1
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

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
        let quoted = end(room: ISO8601.longestWritten + 2)
        guard let length = ISO8601.write(date, to: quoted + 1) else { return string(ISO8601.format(date)) }
        quoted.storeBytes(of: 0x22, as: UInt8.self)
        quoted.storeBytes(of: 0x22, toByteOffset: length + 1, as: UInt8.self)
        count += length + 2
    }
}
