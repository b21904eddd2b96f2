/// A text file to import, as UTF-8 bytes: a UTF-8 byte order mark is dropped, UTF-16 with a byte
/// order mark (what spreadsheets save as "Unicode text") is converted, and anything else that is
/// not UTF-8 is refused with the line of the first bad byte.
struct TextInput {
    let path: String
    let bytes: [UInt8]

    init(path: String, bytes raw: [UInt8]) throws(ImportError) {
        self.path = path
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = Array(raw.dropFirst(3))
        } else if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let little = raw[0] == 0xFF
            let units = stride(from: 2, to: raw.count - 1, by: 2).map { index -> UInt16 in
                little ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8 : UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
            }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
        } else {
            bytes = raw
        }
        if UTF8Text.validated(bytes) == nil {
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var consumed = 0
            var line = 1
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    consumed += String(scalar).utf8.count
                    if scalar == "\n" { line += 1 }
                case .emptyInput: break loop
                case .error: break loop
                }
            }
            throw .invalid(path: path, line: line, message: "not UTF-8 text (byte \(consumed + 1)); save the file as UTF-8 and import it again")
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The 1-based line of byte `offset`.
    func line(at offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
