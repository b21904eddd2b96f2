import Foundation

/// `hone merge`: the union of this learner's journal and another copy of it (from a second device,
/// a sync tool, a USB stick). A review is the same review when card, time (to the millisecond) and
/// rating agree; reviews only the other copy has are appended, so merging twice changes nothing.
extension LearnerProgress {
    public struct MergeReport: Sendable, Equatable {
        /// Reviews that came in.
        public var added: Int
        /// Reviews of the other copy that were here already.
        public var alreadyPresent: Int
        /// Cards that got new reviews.
        public var cards: Int
        /// Where the journal was backed up before the merge (nil when nothing came in).
        public var backup: String?
        /// Problems in the other copy that did not stop the merge (a torn last line).
        public var warnings: [String]
    }

    public mutating func merge(journal otherBytes: [UInt8], from otherPath: String, at now: Date) throws(ProgressError) -> MergeReport {
        var cards = CardNumbers()
        let other = try JournalIndex.read(otherBytes, path: otherPath, cards: &cards)
        var warnings: [String] = []
        if let torn = other.tornTail {
            warnings.append("\(otherPath): the last line is incomplete (\(torn.count) bytes) and was not merged")
        }
        try createFolder()
        let lock = try lockJournal()
        defer { lock.release() }
        try catchUp()
        var present = try presentReviews(cards: &cards)
        var incoming: [Range<Int>] = []
        var already = 0
        var touched = Set<Int32>()
        for review in other.entries {
            let key = ReviewKey(review)
            if let count = present[key], count > 0 {
                present[key] = count - 1
                already += 1
            } else {
                touched.insert(review.card)
                incoming.append(review.line)
            }
        }
        let added = incoming.count
        guard added > 0 else {
            return MergeReport(added: 0, alreadyPresent: already, cards: 0, backup: nil, warnings: warnings)
        }
        let backup: String?
        do { backup = try Backups(fileSystem: fileSystem, learnerFolder: folder).save(journalPath, at: now) } catch { throw .file(error) }
        try prepareForAppend()
        do {
            if Self.isWholeText(incoming, of: otherBytes) {
                // Every line comes in as it is (a first import): the text itself, without a copy.
                try fileSystem.append(journalPath, otherBytes)
                if otherBytes.last != 0x0A { try fileSystem.append(journalPath, [0x0A]) }
            } else {
                var text: [UInt8] = []
                for line in incoming {
                    text += otherBytes[line]
                    text.append(0x0A)
                }
                try fileSystem.append(journalPath, text)
            }
        } catch {
            throw .file(error)
        }
        try reload()
        return MergeReport(added: added, alreadyPresent: already, cards: touched.count, backup: backup, warnings: warnings)
    }
}

extension LearnerProgress {
    /// Appending chunks of this size keeps an import's memory bounded while syncing only a few times.
    static let mergeChunkSize = 8 << 20

    /// `merge(journal:)` for reviews that are not text yet (an imported history), with the same
    /// result: the reviews the journal lacks (card, millisecond, rating; as many times as they come
    /// in beyond those it has) are appended in their order, the journal backed up first. The lines
    /// are written a chunk at a time; if writing fails, the journal is cut back to what it was.
    mutating func merge(reviews source: some JournalLineSource, from otherPath: String, at now: Date,
                        chunkSize: Int = mergeChunkSize) throws(ProgressError) -> MergeReport {
        // Every line must read back as the review it is (as `merge(journal:)` reads the other text first).
        for index in 0..<source.count {
            do { _ = try source.millisecond(index) } catch {
                throw .badJournalLine(path: otherPath, line: index + 1, message: error.message)
            }
        }
        try createFolder()
        let lock = try lockJournal()
        defer { lock.release() }
        try catchUp()
        var cards = CardNumbers()
        var present = try presentReviews(cards: &cards)
        let numbers = source.cardIDs.map { cards.number($0) }
        // Which reviews come in (nil: all of them, into a journal that has none).
        var incoming: [Bool]?
        var already = 0
        if !present.isEmpty {
            var flags = [Bool](repeating: true, count: source.count)
            for index in 0..<source.count {
                let millisecond = (try? source.millisecond(index)) ?? 0 // every line reads back (checked above)
                let key = ReviewKey(card: numbers[source.card(index)], millisecond: millisecond, rating: source.rating(index))
                if let count = present[key], count > 0 {
                    present[key] = count - 1
                    already += 1
                    flags[index] = false
                }
            }
            incoming = flags
        }
        present = [:]
        let added = source.count - already
        guard added > 0 else {
            return MergeReport(added: 0, alreadyPresent: already, cards: 0, backup: nil, warnings: [])
        }
        var touched = [Bool](repeating: false, count: cards.ids.count)
        for index in 0..<source.count where incoming?[index] ?? true { touched[Int(numbers[source.card(index)])] = true }
        let backup: String?
        do { backup = try Backups(fileSystem: fileSystem, learnerFolder: folder).save(journalPath, at: now) } catch { throw .file(error) }
        try prepareForAppend()
        var appender = JournalAppender(fileSystem: fileSystem, path: journalPath, start: journalLength, chunkSize: chunkSize)
        do {
            try source.writeLines(including: incoming, to: &appender)
            try appender.finish()
        } catch {
            appender.rollBack()
            throw .file(error)
        }
        try reload()
        return MergeReport(added: added, alreadyPresent: already, cards: touched.count { $0 }, backup: backup, warnings: [])
    }

    /// How many times the journal holds each review (card, millisecond, rating), cards numbered in
    /// `cards`: its whole lines (the torn tail set aside), read a piece at a time.
    func presentReviews(cards: inout CardNumbers) throws(ProgressError) -> [ReviewKey: Int] {
        guard journalLength > 0 else { return [:] }
        return try JournalIndex.reviewCounts(fileSystem: fileSystem, path: journalPath, length: journalLength, cards: &cards)
    }

    /// True when `lines` are all of `bytes`, one after another, each ended by a bare newline (the
    /// last may have none): then appending `bytes` appends exactly those lines.
    static func isWholeText(_ lines: [Range<Int>], of bytes: [UInt8]) -> Bool {
        var next = 0
        for line in lines {
            guard line.lowerBound == next else { return false }
            next = line.upperBound + 1
            guard line.upperBound == bytes.count || bytes[line.upperBound] == 0x0A else { return false }
        }
        return next >= bytes.count
    }
}

/// What makes two journal lines the same review.
struct ReviewKey: Hashable {
    var card: Int32
    var millisecond: Int64
    var rating: UInt8

    init(_ review: JournalIndex.Entry) {
        card = review.card
        millisecond = review.millisecond
        rating = review.rating
    }

    init(card: Int32, millisecond: Int64, rating: UInt8) {
        self.card = card
        self.millisecond = millisecond
        self.rating = rating
    }
}
