import Foundation

/// The tally's part of the snapshot: per deck (sorted by id) its totals and its days (sorted).
extension Snapshot {
    func encode(_ tally: ReviewTally, into out: inout BinaryWriter) {
        out.u32(UInt32(tally.decks.count))
        for id in tally.decks.keys.sorted() {
            let deck = tally.decks[id]!
            out.string(id)
            out.i64(Int64(deck.reviews))
            out.i64(Int64(deck.durationMS))
            out.i64(Int64(deck.timedReviews))
            out.u32(UInt32(deck.days.count))
            for day in deck.days.keys.sorted() {
                let figures = deck.days[day]!
                out.i64(Int64(day))
                for count in [figures.reviews, figures.young.passed, figures.young.total, figures.mature.passed, figures.mature.total] {
                    out.u32(UInt32(clamping: count))
                }
            }
        }
    }

    static func decodeTally(_ reader: inout BinaryReader, size body: Int) -> ReviewTally? {
        guard let deckCount = reader.u32(), Int(deckCount) <= body / 32 else { return nil }
        var tally = ReviewTally()
        for _ in 0..<deckCount {
            guard let id = reader.string(), let reviews = reader.i64(), let duration = reader.i64(), let timed = reader.i64(),
                  let dayCount = reader.u32(), Int(dayCount) <= body / 28 else { return nil }
            var deck = ReviewTally.DeckTally()
            (deck.reviews, deck.durationMS, deck.timedReviews) = (Int(reviews), Int(duration), Int(timed))
            deck.days.reserveCapacity(Int(dayCount))
            for _ in 0..<dayCount {
                guard let day = reader.i64(), let count = reader.u32(), let youngPassed = reader.u32(), let youngTotal = reader.u32(),
                      let maturePassed = reader.u32(), let matureTotal = reader.u32() else { return nil }
                deck.days[Int(day)] = ReviewTally.Day(reviews: Int(count), young: Rate(passed: Int(youngPassed), total: Int(youngTotal)),
                                                      mature: Rate(passed: Int(maturePassed), total: Int(matureTotal)))
            }
            tally.decks[id] = deck
        }
        return tally
    }
}
