/// The review journal, `reviews.jsonl`: the truth about a learner's progress. Reading it finds
/// every review; a torn last line (a crash in the middle of a write) is set aside with a warning,
/// while a bad line anywhere else is an error with its line number, since silently skipping it
/// would lose a review.
public struct Journal: Sendable {
    /// A parsed journal: its reviews in file order and what was found along the way.
    public struct Contents: Sendable {
        public var reviews: [ReviewRecord]
        /// The bytes of a torn last line, if any (not counted in `validLength`).
        public var tornTail: [UInt8]?
        /// Length of the part of the file made of whole, valid lines.
        public var validLength: Int
        /// True when the last valid line has no newline (a hand-written file); the next append adds one.
        public var needsNewline: Bool
    }

    public let path: String

    public init(path: String) { self.path = path }

    /// Parses journal text. `startLine` numbers the first line (when parsing a tail).
    public func parse(_ bytes: [UInt8], from start: Int = 0, startLine: Int = 1) throws(ProgressError) -> Contents {
        var reviews: [ReviewRecord] = []
        var lineStart = start
        var lineNumber = startLine
        var validLength = start
        var needsNewline = false
        while lineStart < bytes.count {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A)
            let lineEnd = newline ?? bytes.count
            var content = bytes[lineStart..<lineEnd]
            if content.last == 0x0D { content = content.dropLast() }
            if !content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                switch ReviewRecord.parse(line: content) {
                case .success(let record):
                    reviews.append(record)
                    needsNewline = newline == nil
                case .failure(let failure):
                    if newline == nil {
                        // The last line, cut short: a crash while writing it.
                        return Contents(reviews: reviews, tornTail: Array(bytes[lineStart...]), validLength: validLength,
                                        needsNewline: false)
                    }
                    throw .badJournalLine(path: path, line: lineNumber, message: failure.message)
                }
            }
            validLength = newline.map { $0 + 1 } ?? bytes.count
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return Contents(reviews: reviews, tornTail: nil, validLength: validLength, needsNewline: needsNewline)
    }
}
