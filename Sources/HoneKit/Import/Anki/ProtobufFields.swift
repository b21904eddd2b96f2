/// The few protocol-buffer fields hone reads from Anki's current schema (note type kind, card
/// template formats, the package's `meta` version): a message decoded into its top-level fields,
/// nested messages left as bytes. A repeated field keeps its last value (as protobuf does);
/// malformed input yields what was read before the fault.
struct ProtobufFields {
    private(set) var varints: [Int: UInt64] = [:]
    private(set) var bytes: [Int: [UInt8]] = [:]

    init(_ data: [UInt8]) {
        var index = 0
        while index < data.count {
            guard let key = Self.varint(data, &index) else { return }
            let field = Int(truncatingIfNeeded: key >> 3)
            switch key & 7 {
            case 0:
                guard let value = Self.varint(data, &index) else { return }
                varints[field] = value
            case 1: index += 8
            case 5: index += 4
            case 2:
                guard let length = Self.varint(data, &index), length <= UInt64(data.count - index) else { return }
                let end = index + Int(length)
                bytes[field] = Array(data[index..<end])
                index = end
            default: return
            }
        }
    }

    func string(_ field: Int) -> String? {
        bytes[field].map { String(decoding: $0, as: UTF8.self) }
    }

    private static func varint(_ data: [UInt8], _ index: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < data.count, shift < 64 {
            let byte = data[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }
}
