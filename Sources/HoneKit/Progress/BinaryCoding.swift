/// Little-endian binary writing and bounds-checked reading, for the snapshot cache.
struct BinaryWriter {
    var data: [UInt8] = []

    mutating func bytes(_ bytes: [UInt8]) { data += bytes }
    mutating func u8(_ value: UInt8) { data.append(value) }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data += $0 } }
    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }
    mutating func f64(_ value: Double) { u64(value.bitPattern) }

    mutating func string(_ text: String) {
        let utf8 = Array(text.utf8)
        u32(UInt32(utf8.count))
        data += utf8
    }
}

struct BinaryReader {
    let bytes: [UInt8]
    var offset: Int

    var atEnd: Bool { offset == bytes.count }

    mutating func u8() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u32() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return value
    }

    mutating func u64() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return value
    }

    mutating func i64() -> Int64? { u64().map { Int64(bitPattern: $0) } }
    mutating func f64() -> Double? { u64().map { Double(bitPattern: $0) } }

    mutating func string() -> String? {
        guard let count = u32(), offset + Int(count) <= bytes.count else { return nil }
        defer { offset += Int(count) }
        return String(validating: bytes[offset..<offset + Int(count)], as: UTF8.self)
    }
}
