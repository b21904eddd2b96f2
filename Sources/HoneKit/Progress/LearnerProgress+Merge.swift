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
        let other = try Journal(path: otherPath).parse(otherBytes)
        // The other copy's lines as they are written there (unknown fields and all).
        var otherLines: [[UInt8]] = []
        _ = Journal.scan(otherBytes, from: 0, startLine: 1) { line, result in
            if case .success = result { otherLines.append(line.bytes) }
            return otherLines.count < other.reviews.count
        }
        var warnings: [String] = []
        if let torn = other.tornTail {
            warnings.append("\(otherPath): the last line is incomplete (\(torn.count) bytes) and was not merged")
        }
        try createFolder()
        let lock = try lockJournal()
        defer { lock.release() }
        try catchUp()
        let ours = try Journal(path: journalPath).parse(try Self.read(fileSystem, journalPath) ?? [])
        var present: [ReviewKey: Int] = [:]
        for review in ours.reviews { present[ReviewKey(review), default: 0] += 1 }
        var incoming: [ReviewRecord] = []
        var text: [UInt8] = []
        var already = 0
        for (review, bytes) in zip(other.reviews, otherLines) {
            let key = ReviewKey(review)
            if let count = present[key], count > 0 {
                present[key] = count - 1
                already += 1
            } else {
                incoming.append(review)
                text += bytes + [0x0A]
            }
        }
        guard !incoming.isEmpty else {
            return MergeReport(added: 0, alreadyPresent: already, cards: 0, backup: nil, warnings: warnings)
        }
        let backup: String?
        do { backup = try Backups(fileSystem: fileSystem, learnerFolder: folder).save(journalPath, at: now) } catch { throw .file(error) }
        try prepareForAppend()
        do { try fileSystem.append(journalPath, text) } catch { throw .file(error) }
        try reload()
        return MergeReport(added: incoming.count, alreadyPresent: already, cards: Set(incoming.map(\.card)).count,
                           backup: backup, warnings: warnings)
    }
}

/// What makes two journal lines the same review.
struct ReviewKey: Hashable {
    var card: String
    var millisecond: Int64
    var rating: Int

    init(_ review: ReviewRecord) {
        card = review.card
        millisecond = Int64((review.at.timeIntervalSince1970 * 1000).rounded())
        rating = review.rating.rawValue
    }
}
