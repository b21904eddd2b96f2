import Foundation

/// Reads a review log in py-fsrs's CSV format, so that a history kept elsewhere can be fitted:
/// a header naming `card_id`, `review_rating` (1-4), `review_time` (ISO 8601 with a zone) and
/// optionally `review_duration` (milliseconds, may be empty), in any order; other columns are
/// ignored. Fields may be double-quoted. Errors name the file and line.
public enum ReviewLogCSV {
    struct Header {
        var card: Int, rating: Int, time: Int, duration: Int?, count: Int
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(ReviewLogCSVError) -> [ReviewRecord] {
        var records: [ReviewRecord] = []
        var header: Header?
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var fields: [ArraySlice<UInt8>] = []
        while start < bytes.count {
            lineNumber += 1
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[start..<newline]
            start = newline + 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard split(line, into: &fields) else {
                throw .badRow(path: path, line: lineNumber, message: "a quoted field is not closed")
            }
            guard let columns = header else {
                header = try readHeader(fields, path: path, line: lineNumber)
                continue
            }
            records.append(try record(fields, columns, path: path, line: lineNumber))
        }
        guard header != nil else { throw .missingColumn(path: path, line: 1, column: "card_id") }
        return records
    }

    static func readHeader(_ fields: [ArraySlice<UInt8>], path: String, line: Int) throws(ReviewLogCSVError) -> Header {
        let names = fields.map { text($0).lowercased() }
        func index(_ name: String) throws(ReviewLogCSVError) -> Int {
            guard let index = names.firstIndex(of: name) else { throw .missingColumn(path: path, line: line, column: name) }
            return index
        }
        return Header(card: try index("card_id"), rating: try index("review_rating"), time: try index("review_time"),
                      duration: names.firstIndex(of: "review_duration"), count: names.count)
    }

    static func record(_ fields: [ArraySlice<UInt8>], _ header: Header, path: String, line: Int) throws(ReviewLogCSVError) -> ReviewRecord {
        func fail(_ message: String) -> ReviewLogCSVError { .badRow(path: path, line: line, message: message) }
        guard fields.count == header.count else { throw fail("expected \(header.count) fields like the header, found \(fields.count)") }
        let card = text(fields[header.card])
        guard !card.isEmpty else { throw fail("card_id is empty") }
        let ratingField = trimmed(fields[header.rating])
        guard ratingField.count == 1, let byte = ratingField.first, let rating = Rating(rawValue: Int(byte) - 0x30) else {
            throw fail("review_rating must be 1, 2, 3 or 4, found \"\(text(ratingField))\"")
        }
        let timeField = Array(trimmed(fields[header.time]))
        guard let at = timeField.withUnsafeBufferPointer({ ISO8601.parse($0) }) else {
            throw fail("review_time is not an ISO 8601 time with a zone: \"\(text(timeField[...]))\"")
        }
        var duration: Int?
        if let column = header.duration, !trimmed(fields[column]).isEmpty {
            let durationText = text(fields[column])
            guard let milliseconds = Int(durationText) ?? Double(durationText).flatMap({ $0 >= 0 && $0 < 1e15 ? Int($0) : nil }),
                  milliseconds >= 0 else {
                throw fail("review_duration must be a whole number of milliseconds, found \"\(durationText)\"")
            }
            duration = milliseconds
        }
        return ReviewRecord(card: card, at: at, rating: rating, durationMS: duration)
    }

    /// Splits one line into fields (quotes removed, doubled quotes kept once); false when a quote is not closed.
    static func split(_ line: ArraySlice<UInt8>, into fields: inout [ArraySlice<UInt8>]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        var index = line.startIndex
        while true {
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
            if index < line.endIndex, line[index] == 0x22 {
                var value: [UInt8] = []
                index += 1
                while true {
                    guard index < line.endIndex else { return false }
                    if line[index] == 0x22 {
                        if index + 1 < line.endIndex, line[index + 1] == 0x22 {
                            value.append(0x22)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    value.append(line[index])
                    index += 1
                }
                fields.append(value[...])
                while index < line.endIndex, line[index] != 0x2C { index += 1 }
            } else {
                let end = line[index...].firstIndex(of: 0x2C) ?? line.endIndex
                fields.append(line[index..<end])
                index = end
            }
            guard index < line.endIndex else { return true }
            index += 1 // the comma
        }
    }

    static func trimmed(_ field: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var field = field
        while let first = field.first, first == 0x20 || first == 0x09 { field = field.dropFirst() }
        while let last = field.last, last == 0x20 || last == 0x09 { field = field.dropLast() }
        return field
    }

    static func text(_ field: ArraySlice<UInt8>) -> String { String(decoding: trimmed(field), as: UTF8.self) }
}

/// What is wrong with a review-log CSV file, located as `file:line: what`.
public enum ReviewLogCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingColumn(path: String, line: Int, column: String)
    case badRow(path: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .missingColumn(let path, let line, let column):
            "\(path):\(line): no \"\(column)\" column (the header must name card_id, review_rating and review_time)"
        case .badRow(let path, let line, let message): "\(path):\(line): \(message)"
        }
    }
}
