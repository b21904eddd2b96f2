import Foundation

/// Anki's review log as hone journal entries: each answer (ease 1-4 = again, hard, good, easy)
/// of a learning, review or relearning step becomes a review of the hone card its Anki card maps
/// to, at the same millisecond. Filtered-deck (cram) reviews and manual or automatic reschedules
/// are not answers to remember by, and are skipped.
///
/// The log is read a row at a time, in time order, straight into `ImportedReviews` (16 bytes a
/// review): a million-review history never exists as rows or strings.
enum AnkiRevlog {
    /// One row of the review log. `type`: 0 learn, 1 review, 2 relearn, 3 filtered (cram),
    /// 4 manual (reschedule), 5 rescheduled; `ease` 1-4 is the button, 0 for manual entries.
    struct Row {
        var id: Int64
        var cardID: Int64
        var ease: Int
        var type: Int
        var durationMS: Int
    }

    /// The collection's review log (none when it has no `revlog` table).
    static func read(_ db: SQLiteReader, targets: [Int64: AnkiNoteMapper.Target],
                     report: inout ImportReport) throws(AnkiCollection.Failure) -> ImportedReviews {
        var reader = Reader(targets: targets)
        do {
            guard try db.tableNames().contains("revlog") else { return reader.reviews }
            try db.query("SELECT id, cid, ease, type, time FROM revlog ORDER BY id") { row in
                reader.add(Row(id: row.int(0), cardID: row.int(1), ease: Int(row.int(2)), type: Int(row.int(3)),
                               durationMS: Int(row.int(4))), report: &report)
            }
        } catch {
            throw AnkiCollection.Failure(message: "cannot read the collection: \(error.message)")
        }
        return reader.reviews
    }

    /// Rows to reviews, one at a time.
    struct Reader {
        let targets: [Int64: AnkiNoteMapper.Target]
        /// Each Anki card's target number in `reviews`, once it has one.
        private var numbers: [Int64: Int32] = [:]
        private(set) var reviews = ImportedReviews()

        init(targets: [Int64: AnkiNoteMapper.Target]) {
            self.targets = targets
        }

        mutating func add(_ row: Row, report: inout ImportReport) {
            report.reviewsRead += 1
            switch row.type {
            case 0, 1, 2: break
            case 3: report.skipReview("cram (filtered deck)"); return
            case 4: report.skipReview("manual reschedule"); return
            case 5: report.skipReview("reschedule"); return
            default: report.skipReview("unknown type"); return
            }
            guard let rating = Rating(rawValue: row.ease) else { report.skipReview("no answer"); return }
            let number: Int32
            if let known = numbers[row.cardID] {
                number = known
            } else {
                guard let target = targets[row.cardID] else { report.skipReview("card not imported"); return }
                number = reviews.number(ImportedReviews.Target(entryID: target.entryID, side: target.side))
                numbers[row.cardID] = number
            }
            reviews.append(target: number, millisecond: row.id, rating: rating, durationMS: row.durationMS > 0 ? row.durationMS : nil)
        }
    }
}
