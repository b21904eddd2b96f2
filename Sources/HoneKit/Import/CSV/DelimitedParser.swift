/// One record of a delimited file, with the line it starts on.
struct DelimitedRecord: Equatable {
    var line: Int
    var fields: [String]
}

/// Splits delimited text into records the way Anki's text import reads it: fields in double quotes
/// may hold separators, line breaks and doubled quotes (`""`); a quote inside an unquoted field is
/// an ordinary character; blank lines and lines starting with `#` are skipped; CRLF or LF ends a
/// record.
///
/// hone has its own parser rather than CSV.swift (yaslab, 2.5.2, on this machine): imports must say
/// `file:line:` for every problem, and CSV.swift tells no line numbers (its iterator initializer is
/// internal, so a counting iterator cannot be passed in); and a quote left open makes CSV.swift
/// return the rest of the file as one field without an error, where a located error is wanted.
enum DelimitedParser {
    static func parse(_ input: TextInput, from start: Int, line startLine: Int, separator: UInt8) throws(ImportError) -> [DelimitedRecord] {
        let bytes = input.bytes
        var records: [DelimitedRecord] = []
        var index = start
        var line = startLine
        let quote = UInt8(ascii: "\""), newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
        while index < bytes.count {
            // Blank and comment lines.
            if bytes[index] == newline { index += 1; line += 1; continue }
            if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == newline { index += 2; line += 1; continue }
            if bytes[index] == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != newline { index += 1 }
                continue
            }
            let recordLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var endOfRecord = false
            while !endOfRecord {
                field.removeAll(keepingCapacity: true)
                if index < bytes.count, bytes[index] == quote {
                    let quoteLine = line
                    index += 1
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < bytes.count, bytes[index + 1] == quote { field.append(quote); index += 2; continue }
                            index += 1
                            closed = true
                            break
                        }
                        if byte == newline { line += 1 }
                        field.append(byte)
                        index += 1
                    }
                    guard closed else {
                        throw .invalid(path: input.path, line: quoteLine, message: "a quoted field starts here and is never closed (a missing \")")
                    }
                }
                // The unquoted part (or what follows a closing quote), up to a separator or the line's end.
                while index < bytes.count, bytes[index] != separator, bytes[index] != newline {
                    field.append(bytes[index])
                    index += 1
                }
                if field.last == carriageReturn, index >= bytes.count || bytes[index] == newline { field.removeLast() }
                fields.append(String(decoding: field, as: UTF8.self))
                if index < bytes.count, bytes[index] == separator {
                    index += 1
                } else {
                    endOfRecord = true
                    if index < bytes.count { index += 1; line += 1 }
                }
            }
            records.append(DelimitedRecord(line: recordLine, fields: fields))
        }
        return records
    }
}
