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
            guard review.kind == nil, review.answer == nil, review.verdict == nil, let time = UTCTime(review.at) else {
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
            time.write(into: &out)
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

/// The parts of `ISO8601.format(date)` (UTC, milliseconds only when not zero), for years 0-9999.
struct UTCTime {
    var year: Int, month: Int, day: Int, secondOfDay: Int, millis: Int

    init?(_ date: Date) {
        let total = date.timeIntervalSince1970
        guard total.isFinite, abs(total) < 1e12 else { return nil }
        var seconds = Int(total.rounded(.down))
        millis = Int(((total - Double(seconds)) * 1000).rounded())
        if millis == 1000 { seconds += 1; millis = 0 }
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        secondOfDay = seconds - days * 86_400
        (year, month, day) = ISO8601.civilFromDays(days)
        guard (0...9999).contains(year) else { return nil }
    }

    func write(into out: inout [UInt8]) {
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4); out.append(UInt8(ascii: "-")); digits(month, 2); out.append(UInt8(ascii: "-")); digits(day, 2)
        out.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2); out.append(UInt8(ascii: ":")); digits(secondOfDay % 3600 / 60, 2)
        out.append(UInt8(ascii: ":")); digits(secondOfDay % 60, 2)
        if millis != 0 { out.append(UInt8(ascii: ".")); digits(millis, 3) }
        out.append(UInt8(ascii: "Z"))
    }
}
