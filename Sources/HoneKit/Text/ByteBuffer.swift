/// A growing buffer of bytes that outputs of many small pieces are written into (`hone cards
/// --json`'s objects, a snapshot's fields): each piece is copied in place, where appending it to an
/// array went through the array's generic append. Not copyable: it owns its memory.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutableRawPointer
    private var capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        start = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { start.deallocate() }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: start, count: count)) }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Where the next `room` bytes go (the buffer grows to hold them); `advance` then counts them.
    mutating func end(room: Int) -> UnsafeMutableRawPointer {
        if count + room > capacity {
            let grown = max(capacity * 2, count + room)
            let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
            moved.copyMemory(from: start, byteCount: count)
            start.deallocate()
            (start, capacity) = (moved, grown)
        }
        return start + count
    }

    mutating func advance(by written: Int) { count += written }

    mutating func append(_ source: UnsafeRawBufferPointer) {
        guard let base = source.baseAddress else { return }
        end(room: source.count).copyMemory(from: base, byteCount: source.count)
        count += source.count
    }

    mutating func append(_ byte: UInt8) {
        end(room: 1).storeBytes(of: byte, as: UInt8.self)
        count += 1
    }

    /// A value's bytes as they lie in memory (an integer's little-endian form on the machines Swift
    /// runs on; callers pass `littleEndian` values).
    mutating func append<T: FixedWidthInteger>(raw value: T) {
        end(room: MemoryLayout<T>.size).storeBytes(of: value, as: T.self)
        count += MemoryLayout<T>.size
    }

    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }
}
