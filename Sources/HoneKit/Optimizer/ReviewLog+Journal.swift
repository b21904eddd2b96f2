/// Reads a journal into a `ReviewLog` piece by piece, so that neither the file's bytes nor a
/// `ReviewRecord` per review are ever held at once. Lines are parsed by `Journal`, with the same
/// rules as a whole-file `Journal.parse`: a bad line is an error with its line number, except a
/// torn last line (no newline after it), which is left out.
public struct JournalLogReader {
    public let journal: Journal
    public private(set) var log = ReviewLog()
    /// The start of a line not yet ended by a newline.
    private var pending: [UInt8] = []
    /// The number of the first line in `pending`.
    private var line = 1

    public init(path: String, expectedReviews: Int = 0) {
        journal = Journal(path: path)
        log.reserveCapacity(expectedReviews)
    }

    /// Takes the next bytes of the file and parses every line they complete.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws(ProgressError) {
        pending.append(contentsOf: bytes)
        guard let lastNewline = pending.lastIndex(of: 0x0A) else { return }
        let rest = Array(pending[(lastNewline + 1)...])
        pending.removeSubrange((lastNewline + 1)...)
        let lines = pending.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        for record in try journal.parse(pending, startLine: line).reviews { log.append(record) }
        line += lines
        pending = rest
    }

    /// Parses what is left (a last line without a newline) and returns the log.
    public mutating func finish() throws(ProgressError) -> ReviewLog {
        if !pending.isEmpty {
            for record in try journal.parse(pending, startLine: line).reviews { log.append(record) }
            pending = []
        }
        return log
    }
}
