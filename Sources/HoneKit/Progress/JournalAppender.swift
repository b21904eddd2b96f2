/// Appends many lines to the journal a chunk at a time, so that a million imported reviews never
/// exist as one text: lines are gathered in `buffer` and written (and synced) whenever it holds
/// `chunkSize` bytes, always at a line's end. A failure cuts the journal back to where the appender
/// started, so that a failed import leaves it as it was.
struct JournalAppender {
    let fileSystem: any FileSystem
    let path: String
    /// The journal's length before the first chunk.
    let start: Int
    let chunkSize: Int
    /// Whole lines not yet written.
    var buffer: [UInt8] = []
    /// Bytes written so far.
    private(set) var written = 0

    init(fileSystem: any FileSystem, path: String, start: Int, chunkSize: Int) {
        self.fileSystem = fileSystem
        self.path = path
        self.start = start
        self.chunkSize = max(chunkSize, 1)
        buffer.reserveCapacity(min(self.chunkSize, 1 << 24) + 4096)
    }

    /// Call after each whole line put in `buffer`: writes the chunk once it is full.
    mutating func lineEnded() throws(FileError) {
        if buffer.count >= chunkSize { try flush() }
    }

    /// Writes what is left; every line is then on disk.
    mutating func finish() throws(FileError) {
        if !buffer.isEmpty { try flush() }
    }

    /// Cuts the journal back to `start` (after a failure), dropping whatever was appended.
    mutating func rollBack() {
        buffer.removeAll(keepingCapacity: false)
        if written > 0 { try? fileSystem.truncate(path, to: start) }
        written = 0
    }

    private mutating func flush() throws(FileError) {
        try fileSystem.append(path, buffer)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
