import Foundation

/// Anki's review log as hone journal entries: each answer (ease 1-4 = again, hard, good, easy)
/// of a learning, review or relearning step becomes a review of the hone card its Anki card maps
/// to, at the same millisecond. Filtered-deck (cram) reviews and manual or automatic reschedules
/// are not answers to remember by, and are skipped.
enum AnkiRevlog {
    static func reviews(_ log: [AnkiCollection.Review], targets: [Int64: AnkiNoteMapper.Target],
                        report: inout ImportReport) -> [ImportedReview] {
        var out: [ImportedReview] = []
        out.reserveCapacity(log.count)
        for row in log {
            report.reviewsRead += 1
            switch row.type {
            case 0, 1, 2: break
            case 3: report.skipReview("cram (filtered deck)"); continue
            case 4: report.skipReview("manual reschedule"); continue
            case 5: report.skipReview("reschedule"); continue
            default: report.skipReview("unknown type"); continue
            }
            guard let rating = Rating(rawValue: row.ease) else { report.skipReview("no answer"); continue }
            guard let target = targets[row.cardID] else { report.skipReview("card not imported"); continue }
            out.append(ImportedReview(entryID: target.entryID, side: target.side,
                                      at: Date(timeIntervalSince1970: Double(row.id) / 1000), rating: rating,
                                      durationMS: row.durationMS > 0 ? row.durationMS : nil))
        }
        return out
    }
}
