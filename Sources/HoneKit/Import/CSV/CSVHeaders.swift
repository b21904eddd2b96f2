import Foundation

/// The `#key:value` lines at the top of a file for Anki's text import:
/// `#separator:` (Comma, Semicolon, Tab, Space, Pipe, Colon, or the character itself), `#html:`,
/// `#tags:` (added to every note), `#columns:` (column names, in the file's separator),
/// `#tags column:`, `#guid column:`, `#deck column:`, `#notetype column:` (1-based), `#deck:`,
/// `#notetype:`. Unknown keys are reported as warnings and otherwise ignored.
struct CSVHeaders {
    var separator: UInt8?
    var html: Bool?
    var tags: [String] = []
    var columns: String?
    var tagsColumn: Int?
    var guidColumn: Int?
    var ignoredColumns: Set<Int> = []
    var deck: String?
    /// Where the data starts.
    var dataStart = 0
    var dataLine = 1
    var warnings: [String] = []

    static let separatorNames: [String: UInt8] = [
        "comma": UInt8(ascii: ","), "semicolon": UInt8(ascii: ";"), "tab": 0x09, "space": UInt8(ascii: " "),
        "pipe": UInt8(ascii: "|"), "colon": UInt8(ascii: ":"),
    ]

    init(_ input: TextInput) throws(ImportError) {
        let bytes = input.bytes
        var index = 0
        var line = 1
        while index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            var text = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            if let colon = text.firstIndex(of: ":") {
                let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = String(text[text.index(after: colon)...])
                try apply(key: key, value: value, input: input, line: line)
            }
            index = min(end + 1, bytes.count)
            line += 1
        }
        dataStart = index
        dataLine = line
    }

    private mutating func apply(key: String, value: String, input: TextInput, line: Int) throws(ImportError) {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        func column() throws(ImportError) -> Int {
            guard let number = Int(trimmed), number >= 1 else {
                throw .invalid(path: input.path, line: line, message: "#\(key): expects a column number (1 for the first), found \"\(trimmed)\"")
            }
            return number - 1
        }
        switch key {
        case "separator":
            if let named = Self.separatorNames[trimmed.lowercased()] {
                separator = named
            } else if value.utf8.count == 1, let byte = value.utf8.first {
                separator = byte
            } else {
                throw .invalid(path: input.path, line: line,
                               message: "#separator: \"\(value)\" is not a separator (Comma, Semicolon, Tab, Space, Pipe, Colon, or one character)")
            }
        case "html":
            switch trimmed.lowercased() {
            case "true", "yes", "1": html = true
            case "false", "no", "0": html = false
            default: throw .invalid(path: input.path, line: line, message: "#html: expects true or false, found \"\(trimmed)\"")
            }
        case "tags": tags = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        case "columns": columns = value
        case "tags column": tagsColumn = try column()
        case "guid column": guidColumn = try column()
        case "deck column", "notetype column": ignoredColumns.insert(try column())
        case "deck": deck = trimmed.isEmpty ? nil : trimmed
        case "notetype", "if matches": break
        default: warnings.append("line \(line): unknown header #\(key): (ignored)")
        }
    }

    /// The separator a file's first records use, when no `#separator:` says: the first of tab,
    /// pipe, semicolon and comma that appears the same number of times on each of the first lines
    /// (outside quotes); else the first of them on the first line; else a comma.
    static func guessSeparator(_ input: TextInput, from start: Int) -> UInt8 {
        let candidates: [UInt8] = [0x09, UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: ",")]
        var counts: [[Int]] = []
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var index = start
        let bytes = input.bytes
        while index < bytes.count, counts.count < 5 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes {
                if byte == 0x0A {
                    if current.contains(where: { $0 > 0 }) { counts.append(current) }
                    current = [Int](repeating: 0, count: candidates.count)
                } else if let position = candidates.firstIndex(of: byte) {
                    current[position] += 1
                }
            }
            index += 1
        }
        if current.contains(where: { $0 > 0 }) { counts.append(current) }
        guard let first = counts.first else { return UInt8(ascii: ",") }
        for position in candidates.indices where first[position] > 0 && counts.allSatisfy({ $0[position] == first[position] }) {
            return candidates[position]
        }
        return candidates.indices.first { first[$0] > 0 }.map { candidates[$0] } ?? UInt8(ascii: ",")
    }
}
