import Foundation

/// Writing reviews: append and fsync the lines of an answer; take the last one back for `:undo`.
extension LearnerProgress {
    /// A review that has been written, with what is needed to take it back.
    public struct Receipt: Sendable, Equatable {
        public var record: ReviewRecord
        public var previous: CardState
        public var offset: Int
        public var length: Int
        var previousLastLineHash: String
    }

    /// Appends `record` to the journal (fsync'd before this returns) and updates the card's state.
    @discardableResult
    public mutating func record(_ record: ReviewRecord) throws(ProgressError) -> Receipt {
        try self.record([record])[0]
    }

    /// Appends `records` to the journal in one write and one fsync (a match question's pairs: all of
    /// them on disk before this returns, or none if the write fails) and updates the cards' states
    /// in order. The receipts are in the same order; undo them last first.
    @discardableResult
    public mutating func record(_ records: [ReviewRecord]) throws(ProgressError) -> [Receipt] {
        guard !records.isEmpty else { return [] }
        try createFolder()
        let lock = try lockJournal()
        defer { lock.release() }
        try catchUp()
        try prepareForAppend()
        let lines = records.map { Array($0.line.utf8) }
        do { try fileSystem.append(journalPath, Array(lines.joined())) } catch { throw .file(error) }
        snapshotIsCurrent = false
        var receipts: [Receipt] = []
        receipts.reserveCapacity(records.count)
        let scheduler = scheduler // made from the settings at each call
        for (record, line) in zip(records, lines) {
            let previous = state(of: record.card)
            receipts.append(Receipt(record: record, previous: previous, offset: journalLength, length: line.count,
                                    previousLastLineHash: lastLineHash))
            journalLength += line.count
            journalLines += 1
            lastLineHash = StableHash.hex(StableHash.fnv1a64(bytes: line))
            states[record.card] = scheduler.review(previous, cardID: record.card, rating: record.rating, at: record.at)
            tally.count(cardID: record.card, before: previous, rating: record.rating, at: record.at, durationMS: record.durationMS,
                        calendar: calendar)
        }
        return receipts
    }

    /// Takes back the review in `receipt`, which must be the journal's last line: the line is cut
    /// from the journal and the card's state is what it was before.
    public mutating func undo(_ receipt: Receipt) throws(ProgressError) {
        let lock = try lockJournal()
        defer { lock.release() }
        let size: Int?
        do { size = try fileSystem.size(journalPath) } catch { throw .file(error) }
        guard size == receipt.offset + receipt.length, journalLength == size else { throw .journalChanged(path: journalPath) }
        let start = max(receipt.offset - 4096, 0)
        let bytes: [UInt8]
        do { bytes = try fileSystem.read(journalPath, from: start) ?? [] } catch { throw .file(error) }
        guard Array(bytes[(receipt.offset - start)...]) == Array(receipt.record.line.utf8) else { throw .journalChanged(path: journalPath) }
        do { try fileSystem.truncate(journalPath, to: receipt.offset) } catch { throw .file(error) }
        journalLength = receipt.offset
        journalLines -= 1
        lastLineHash = receipt.previousLastLineHash
        snapshotIsCurrent = false
        states[receipt.record.card] = receipt.previous
        let record = receipt.record
        tally.count(cardID: record.card, before: receipt.previous, rating: record.rating, at: record.at, durationMS: record.durationMS,
                    calendar: calendar, sign: -1)
    }

    /// Sets a torn last line aside (appended to `reviews.torn.jsonl`) and cuts it from the journal,
    /// or ends a hand-written last line with its missing newline, so the next line starts clean.
    mutating func prepareForAppend() throws(ProgressError) {
        do {
            if let torn = tornTail {
                try fileSystem.append(tornPath, torn + [0x0A])
                try fileSystem.truncate(journalPath, to: journalLength)
                tornTail = nil
            }
            if needsNewline {
                try fileSystem.append(journalPath, [0x0A])
                journalLength += 1
                journalLines += 1
                needsNewline = false
            }
        } catch {
            throw .file(error)
        }
    }

    var lockPath: String { Path.join(folder, "lock") }

    func createFolder() throws(ProgressError) {
        do { try fileSystem.createDirectory(folder) } catch { throw .file(error) }
    }

    /// The exclusive lock that every writer of this learner's journal holds while it writes.
    func lockJournal() throws(ProgressError) -> FileLock {
        do { return try fileSystem.lockExclusive(lockPath) } catch { throw .file(error) }
    }

    /// Reads what another hone process appended since this one last looked (two terminals on one
    /// learner), so that states follow the journal and our line goes after theirs.
    mutating func catchUp() throws(ProgressError) {
        let size: Int
        do { size = try fileSystem.size(journalPath) ?? 0 } catch { throw .file(error) }
        let known = journalLength + (tornTail?.count ?? 0)
        guard size != known else { return }
        if size < journalLength {
            try reload()
            return
        }
        let tail: [UInt8]
        do { tail = try fileSystem.read(journalPath, from: journalLength) ?? [] } catch { throw .file(error) }
        let contents = try Journal(path: journalPath).parse(tail, startLine: journalLines + 1)
        if !apply(contents.reviews) {
            try reload()
            return
        }
        let base = journalLength
        journalLength = base + contents.validLength
        journalLines += Self.newlines(in: tail[..<contents.validLength])
        if contents.validLength > 0 { lastLineHash = Snapshot.lastLineHash(tail, length: contents.validLength) }
        tornTail = contents.tornTail
        needsNewline = contents.needsNewline
        snapshotIsCurrent = false
    }

    /// Saves the snapshot (atomically) if it is not current. Failure is not fatal: it is a cache.
    public mutating func saveSnapshot() throws(ProgressError) {
        guard !snapshotIsCurrent, tornTail == nil, !needsNewline else { return }
        guard journalLength > 0 || !states.isEmpty else { return }
        try createFolder()
        let lock = try lockJournal()
        defer { lock.release() }
        // Another process may have written since: the snapshot must describe the journal as it is.
        try catchUp()
        guard tornTail == nil, !needsNewline else { return }
        let snapshot = Snapshot(settingsFingerprint: settings.schedulingFingerprint, journalLength: journalLength, journalLines: journalLines,
                                lastLineHash: lastLineHash, states: states, tally: tally)
        do {
            try fileSystem.createDirectory(folder)
            try fileSystem.writeAtomically(snapshotPath, snapshot.encoded())
        } catch {
            throw .file(error)
        }
        snapshotIsCurrent = true
    }
}
