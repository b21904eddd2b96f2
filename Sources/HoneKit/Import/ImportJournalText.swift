import Foundation

/// The journal lines of imported reviews, written straight into bytes: a million-review Anki
/// history becomes its lines without a string per field. Each line is exactly the review's
/// `ReviewRecord.line` (the tests hold the two together); a review with fields an import never
/// sets, or a date outside the years 0-9999, is written by `ReviewRecord.line` itself.
enum ImportJournalText {
    static func bytes(_ reviews: [ReviewRecord]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(reviews.count * 96)
        // Cards repeat: each card id is quoted once.
        var quoted: [String: [UInt8]] = [:]
        for review in reviews {
            let lineStart = out.count
            guard review.kind == nil, review.answer == nil, review.verdict == nil else {
                out += review.line.utf8
                continue
            }
            out += #"{"card":"#.utf8
            if let known = quoted[review.card] {
                out += known
            } else {
                let text = Array(JSONText.quote(review.card).utf8)
                quoted[review.card] = text
                out += text
            }
            out += #","at":""#.utf8
            guard ISO8601.write(review.at, into: &out) else {
                out.removeSubrange(lineStart...)
                out += review.line.utf8
                continue
            }
            out += #"","rating":"#.utf8
            out.append(UInt8(ascii: "0") + UInt8(review.rating.rawValue))
            if let duration = review.durationMS {
                out += #","duration_ms":"#.utf8
                out += String(duration).utf8
            }
            out += "}\n".utf8
        }
        return out
    }
}
