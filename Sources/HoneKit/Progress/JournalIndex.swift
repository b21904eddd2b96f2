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
        var number = 0
        index.tornTail = try bytes.withUnsafeBufferPointer { buffer throws(ProgressError) in
            try walk(buffer, number: &number, path: path, cards: &cards) { card, millisecond, rating, line in
                index.entries.append(Entry(card: card, millisecond: millisecond, rating: rating, line: line))
            }
        }
        return index
    }

    /// How many times the first `length` bytes of the journal at `path` hold each review (card,
    /// millisecond, rating), read `pieceSize` bytes at a time (never the whole text at once). As
    /// `read`: a bad line is an error with its number, a torn last line is left out.
    static func reviewCounts(fileSystem: any FileSystem, path: String, length: Int, cards: inout CardNumbers,
                             pieceSize: Int = 8 << 20) throws(ProgressError) -> [ReviewKey: Int] {
        var counts: [ReviewKey: Int] = Dictionary(minimumCapacity: length / 100)
        var buffer = [UInt8](repeating: 0, count: max(pieceSize, 1))
        var filled = 0, offset = 0, number = 0
        while true {
            // A line longer than the buffer: a larger buffer.
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let wanted = min(buffer.count - filled, length - offset)
            var got = 0
            if wanted > 0 {
                let start = filled
                do {
                    got = try buffer.withUnsafeMutableBufferPointer { whole throws(FileError) in
                        let free = UnsafeMutableBufferPointer(rebasing: whole[start..<start + wanted])
                        return try fileSystem.read(path, at: offset, into: UnsafeMutableRawBufferPointer(free)) ?? 0
                    }
                } catch {
                    throw .file(error)
                }
            }
            offset += got
            filled += got
            let atEnd = got == 0
            // Whole lines only, until the end.
            let end = atEnd ? filled : (buffer[..<filled].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            _ = try buffer.withUnsafeBufferPointer { whole throws(ProgressError) in
                let lines = UnsafeBufferPointer(rebasing: whole[..<end])
                return try walk(lines, number: &number, path: path, cards: &cards) { card, millisecond, rating, _ in
                    counts[ReviewKey(card: card, millisecond: millisecond, rating: rating), default: 0] += 1
                }
            }
            if atEnd { return counts }
            buffer.withUnsafeMutableBytes { raw in
                if end < filled { raw.baseAddress!.copyMemory(from: raw.baseAddress! + end, byteCount: filled - end) }
            }
            filled -= end
        }
    }

    /// Walks the lines of `buffer` (numbered on from `number`) with the fast scanner (the full
    /// parser only for lines it leaves), calling `add` with each review's card, millisecond, rating
    /// and line. Returns a torn last line's bytes (a bad last line without a newline).
    private static func walk(_ buffer: UnsafeBufferPointer<UInt8>, number: inout Int, path: String, cards: inout CardNumbers,
                             add: (Int32, Int64, UInt8, Range<Int>) -> Void) throws(ProgressError) -> [UInt8]? {
        guard let base = buffer.baseAddress else { return nil }
        func millisecond(_ at: Double) -> Int64 { Int64((at * 1000).rounded()) }
        var start = 0
        while start < buffer.count {
            number += 1
            let newline = memchr(base + start, 0x0A, buffer.count - start)
            let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
            let content = end > start && buffer[end - 1] == 0x0D ? start..<end - 1 : start..<end
            defer { start = end + 1 }
            if let fields = JournalScanner.scan(buffer, start, end) {
                add(cards.number(buffer, fields.card), millisecond(fields.at), fields.rating, content)
                continue
            }
            if buffer[content].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch ReviewRecord.parse(line: ArraySlice(UnsafeBufferPointer(rebasing: buffer[content]))) {
            case .success(let record):
                add(cards.number(record.card), millisecond(record.at.timeIntervalSince1970), UInt8(record.rating.rawValue), content)
            case .failure(let failure):
                guard newline != nil else { return Array(buffer[start...]) }
                throw .badJournalLine(path: path, line: number, message: failure.message)
            }
        }
        return nil
    }
}
