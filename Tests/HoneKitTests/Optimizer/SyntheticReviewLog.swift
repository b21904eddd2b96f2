import Foundation
@testable import HoneKit

/// Review logs of a simulated learner whose memory follows FSRS-6 with known parameters (the same
/// process as Scripts/optimizer/synthetic_log.py): each day 20 new cards; a first rating drawn from
/// fixed odds (Again and Hard followed by a same-day Good); each later review after an interval that
/// would give the true model 90% recall, stretched by a random factor in 0.5...2 so that delays vary;
/// recall drawn with the true retrievability; a lapse followed by a same-day Good.
enum SyntheticReviewLog {
    static let trueParameters: [Double] = [
        1.0, 2.5, 6.0, 20.0, 6.2, 0.55, 2.6, 0.02, 1.75, 0.22, 0.9, 1.3, 0.08, 0.35, 1.9, 0.5, 2.2, 0.6, 0.2, 0.1, 0.5,
    ]

    static func records(cards: Int, seed: UInt64, parameters: [Double] = trueParameters, horizon: Int = 300) -> [ReviewRecord] {
        var random = SplitMix64(seed: seed)
        func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }
        func pick(_ odds: [Double]) -> Int {
            var x = uniform()
            for (index, p) in odds.enumerated() {
                x -= p
                if x < 0 { return index + 1 }
            }
            return odds.count
        }
        let model = MemoryModel<Double>(parameters: parameters)
        let decay = -parameters[20], factor = pow(0.9, 1 / decay) - 1
        var records: [ReviewRecord] = []
        for card in 0..<cards {
            var day = card / 20
            let end = day + horizon
            var minute = 0
            func add(_ rating: Int) {
                let at = Date(timeIntervalSince1970: Double(day) * 86_400 + 12 * 3600 + Double(minute) * 60)
                records.append(ReviewRecord(card: "c\(card)", at: at, rating: Rating(rawValue: rating)!))
                minute += 10
            }
            let first = pick([0.2, 0.1, 0.5, 0.2])
            var (s, d) = model.initialState(rating: first)
            add(first)
            if first <= 2 {
                (s, d) = model.next(stability: s, difficulty: d, elapsed: 0, rating: 3)
                add(3)
            }
            while true {
                let ideal = s / factor * (pow(0.9, 1 / decay) - 1)
                let interval = max(1, Int((ideal * (0.5 + 1.5 * uniform())).rounded()))
                day += interval
                minute = 0
                guard day < end else { break }
                let r = model.retrievability(elapsed: Double(interval), stability: s)
                let rating = uniform() < r ? pick([0.15, 0.75, 0.1]) + 1 : 1
                (s, d) = model.next(stability: s, difficulty: d, elapsed: Double(interval), rating: rating)
                add(rating)
                if rating == 1 {
                    (s, d) = model.next(stability: s, difficulty: d, elapsed: 0, rating: 3)
                    add(3)
                }
            }
        }
        return records
    }

    static func sequences(cards: Int, seed: UInt64) -> ReviewSequences {
        ReviewSequences(records(cards: cards, seed: seed), calendar: StudyCalendar())
    }
}
