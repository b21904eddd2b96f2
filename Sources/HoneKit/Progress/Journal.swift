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

    /// A line that is not a review.
    public struct BadLine: Sendable, Equatable {
        public var line: Int
        public var message: String
        /// The line's bytes, without its newline.
        public var bytes: [UInt8]
    }

    public let path: String

    public init(path: String) { self.path = path }

    /// Parses journal text. `startLine` numbers the first line (when parsing a tail).
    public func parse(_ bytes: [UInt8], from start: Int = 0, startLine: Int = 1) throws(ProgressError) -> Contents {
        var reviews: [ReviewRecord] = []
        var failure: BadLine?
        let scan = Self.scan(bytes, from: start, startLine: startLine) { line, result in
            switch result {
            case .success(let record): reviews.append(record); return true
            case .failure(let bad): failure = BadLine(line: line.number, message: bad.message, bytes: line.bytes); return false
            }
        }
        if let failure {
            if scan.stoppedAtLastLine {
                return Contents(reviews: reviews, tornTail: Array(bytes[scan.validLength...]), validLength: scan.validLength, needsNewline: false)
            }
            throw .badJournalLine(path: path, line: failure.line, message: failure.message)
        }
        return Contents(reviews: reviews, tornTail: nil, validLength: scan.validLength, needsNewline: scan.lastLineUnterminated)
    }

    /// Every bad line of a journal (for `hone doctor`), with the good reviews around them.
    public func diagnose(_ bytes: [UInt8]) -> (reviews: [ReviewRecord], bad: [BadLine], tornLast: Bool) {
        var reviews: [ReviewRecord] = []
        var bad: [BadLine] = []
        let scan = Self.scan(bytes, from: 0, startLine: 1) { line, result in
            switch result {
            case .success(let record): reviews.append(record)
            case .failure(let failure): bad.append(BadLine(line: line.number, message: failure.message, bytes: line.bytes))
            }
            return true
        }
        return (reviews, bad, scan.lastLineUnterminated && bad.last?.line == scan.lastLineNumber)
    }

    struct Line {
        var number: Int
        var bytes: [UInt8]
    }

    struct Scan {
        var validLength: Int
        var stoppedAtLastLine: Bool
        var lastLineUnterminated: Bool
        var lastLineNumber: Int
    }

    /// Walks the lines (blank ones skipped), parsing each; `visit` returns false to stop.
    static func scan(_ bytes: [UInt8], from start: Int, startLine: Int,
                     visit: (Line, Result<ReviewRecord, JournalLineError>) -> Bool) -> Scan {
        var lineStart = start
        var lineNumber = startLine
        var validLength = start
        var unterminated = false
        var lastNumber = startLine
        while lineStart < bytes.count {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A)
            let lineEnd = newline ?? bytes.count
            var content = bytes[lineStart..<lineEnd]
            if content.last == 0x0D { content = content.dropLast() }
            if !content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                lastNumber = lineNumber
                unterminated = newline == nil
                let keepGoing = visit(Line(number: lineNumber, bytes: Array(content)), ReviewRecord.parse(line: content))
                if !keepGoing {
                    return Scan(validLength: validLength, stoppedAtLastLine: newline == nil, lastLineUnterminated: newline == nil,
                                lastLineNumber: lineNumber)
                }
            }
            validLength = newline.map { $0 + 1 } ?? bytes.count
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return Scan(validLength: validLength, stoppedAtLastLine: false, lastLineUnterminated: unterminated, lastLineNumber: lastNumber)
    }
}
