import Foundation

/// Every review line of a journal's text with what makes it the same review as another (card, time
/// to the millisecond, rating) and where the line is, read with the fast scanner (the full parser
/// only for lines it leaves). For `hone merge` and imports, which compare two journals of up to a
/// million lines. A bad line is an error with its number; a torn last line is set aside, as
/// `Journal.parse` does.
struct JournalIndex {
    struct Entry {
        var card: Int32
        var millisecond: Int64
        var rating: UInt8
        /// The line's bytes, without its newline (or a carriage return before it).
        var line: Range<Int>
    }

    var entries: [Entry] = []
    /// The bytes of a torn last line, if any.
    var tornTail: [UInt8]?

    /// Reads `bytes`, numbering card ids in `cards` (shared between the journals compared).
    static func read(_ bytes: [UInt8], path: String, cards: inout CardNumbers) throws(ProgressError) -> JournalIndex {
        var index = JournalIndex()
        index.entries.reserveCapacity(bytes.count / 100 + 16)
        try bytes.withUnsafeBufferPointer { buffer throws(ProgressError) in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            var number = 0
            while start < buffer.count {
                number += 1
                let newline = memchr(base + start, 0x0A, buffer.count - start)
                let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
                let content = end > start && buffer[end - 1] == 0x0D ? start..<end - 1 : start..<end
                defer { start = end + 1 }
                if let fields = JournalScanner.scan(buffer, start, end) {
                    index.add(cards.number(buffer, fields.card), fields.at, fields.rating, content)
                    continue
                }
                if buffer[content].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                switch ReviewRecord.parse(line: ArraySlice(UnsafeBufferPointer(rebasing: buffer[content]))) {
                case .success(let record):
                    index.add(cards.number(record.card), record.at.timeIntervalSince1970, UInt8(record.rating.rawValue), content)
                case .failure(let failure):
                    guard newline != nil else {
                        index.tornTail = Array(buffer[start...])
                        return
                    }
                    throw .badJournalLine(path: path, line: number, message: failure.message)
                }
            }
        }
        return index
    }

    private mutating func add(_ card: Int32, _ at: Double, _ rating: UInt8, _ line: Range<Int>) {
        entries.append(Entry(card: card, millisecond: Int64((at * 1000).rounded()), rating: rating, line: line))
    }
}
