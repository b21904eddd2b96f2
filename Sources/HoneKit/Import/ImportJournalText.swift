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
            guard review.kind == nil, review.answer == nil, review.verdict == nil else {
                out += review.line.utf8
                continue
            }
            let card: [UInt8]
            if let known = quoted[review.card] {
                card = known
            } else {
                card = quote(review.card)
                quoted[review.card] = card
            }
            let written = card.withUnsafeBufferPointer {
                line(card: $0, at: review.at, rating: review.rating, durationMS: review.durationMS, into: &out)
            }
            if !written { out += review.line.utf8 }
        }
        return out
    }

    /// A card id as it stands in a line, quotes included.
    static func quote(_ card: String) -> [UInt8] { Array(JSONText.quote(card).utf8) }

    /// Appends the line of a review with no kind, answer or verdict, given its card id quoted.
    /// False, with nothing appended, for a date that `ISO8601.write` leaves to `ISO8601.format`:
    /// the caller writes `ReviewRecord.line`.
    static func line(card: UnsafeBufferPointer<UInt8>, at: Date, rating: Rating, durationMS: Int?, into out: inout [UInt8]) -> Bool {
        let lineStart = out.count
        put(#"{"card":"#, &out)
        out.append(contentsOf: card)
        put(#","at":""#, &out)
        guard ISO8601.write(at, into: &out) else {
            out.removeSubrange(lineStart...)
            return false
        }
        put(#"","rating":"#, &out)
        out.append(UInt8(ascii: "0") + UInt8(rating.rawValue))
        if let duration = durationMS {
            put(#","duration_ms":"#, &out)
            decimal(duration, into: &out)
        }
        put("}\n", &out)
        return true
    }

    @inline(__always)
    private static func put(_ text: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `String(value)`'s digits, without the string.
    static func decimal(_ value: Int, into out: inout [UInt8]) {
        guard value >= 0 else {
            out += String(value).utf8
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0) // room for 24 digits
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
