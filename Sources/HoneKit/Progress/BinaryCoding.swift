/// Little-endian fields written one after another (the snapshot's layout), into a buffer of its own.
struct BinaryWriter: ~Copyable {
    private var buffer = ByteBuffer(capacity: 1 << 16)

    /// The bytes written.
    var data: [UInt8] { buffer.bytes }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try buffer.withUnsafeBytes(body) }

    mutating func bytes(_ bytes: [UInt8]) { bytes.withUnsafeBytes { buffer.append($0) } }
    mutating func u8(_ value: UInt8) { buffer.append(value) }
    mutating func u32(_ value: UInt32) { buffer.append(raw: value.littleEndian) }
    mutating func u64(_ value: UInt64) { buffer.append(raw: value.littleEndian) }
    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }
    mutating func f64(_ value: Double) { u64(value.bitPattern) }

    mutating func string(_ text: String) {
        u32(UInt32(text.utf8.count))
        buffer.append(utf8: text)
    }
}

/// Reads what `BinaryWriter` wrote from a buffer that outlives the reader (use it inside
/// `withUnsafeBytes`); every read checks the bounds and gives nil past the end.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    var atEnd: Bool { offset == bytes.count }

    mutating func u8() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u32() -> UInt32? {
        guard bytes.count - offset >= 4 else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func u64() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func i64() -> Int64? { u64().map { Int64(bitPattern: $0) } }
    mutating func f64() -> Double? { u64().map { Double(bitPattern: $0) } }

    mutating func string() -> String? {
        guard let count = u32().map(Int.init), bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return UTF8Text.validated(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
    }
}
