import Foundation

/// Review histories in the shape the optimizer reads them: cards in the order of their first review,
/// each card's reviews in time order as (study days since the previous review, rating), stored flat.
///
/// Every review of a card after its first that falls on a later study day than the review before it
/// is a *long-term review*: one training item in fsrs-rs's terms, predicted from the card's history
/// before it. Same-day reviews are history only (they move stability through the short-term formula).
public struct ReviewSequences: Sendable, Equatable {
    /// Where each card's reviews start in the flat arrays; one more entry than there are cards.
    public private(set) var cardStarts: [Int] = [0]
    /// Study days since the card's previous review (0 for its first review and for same-day reviews).
    public private(set) var elapsedDays: [Int32] = []
    /// Ratings 1-4.
    public private(set) var ratings: [UInt8] = []
    /// For sequences read from a log: the position in the log of each review (else empty).
    public private(set) var sourceIndices: [Int] = []

    public init() {}

    public var cardCount: Int { cardStarts.count - 1 }
    public var reviewCount: Int { ratings.count }

    /// The review indices of card `card`.
    public func reviews(ofCard card: Int) -> Range<Int> { cardStarts[card]..<cardStarts[card + 1] }

    /// True for a long-term review (an item): not a card's first review, and on a later study day.
    @inline(__always)
    public func isLongTerm(_ index: Int) -> Bool { elapsedDays[index] > 0 }

    /// The number of long-term reviews (training items).
    public var longTermReviewCount: Int { elapsedDays.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// Appends one card's reviews, in time order. The first review's elapsed days are taken as 0.
    public mutating func appendCard(_ reviews: [(elapsedDays: Int, rating: Rating)]) {
        guard !reviews.isEmpty else { return }
        for (offset, review) in reviews.enumerated() {
            elapsedDays.append(offset == 0 ? 0 : Int32(clamping: max(review.elapsedDays, 0)))
            ratings.append(UInt8(review.rating.rawValue))
        }
        cardStarts.append(ratings.count)
    }

    /// The histories in a review log: reviews grouped by card and put in time order (ties keep the
    /// log's order), elapsed time counted in study days of `calendar`, cards ordered by their first
    /// review (ties by card id).
    public init(_ records: [ReviewRecord], calendar: StudyCalendar) {
        self.init(ReviewLog(records), calendar: calendar)
    }

    /// The histories in a compact review log, as `init(_:calendar:)` makes them from its records.
    /// Grouping by card is a counting sort on the log's card numbers (no array per card).
    public init(_ log: ReviewLog, calendar: StudyCalendar) {
        self.init()
        let cardCount = log.cardCount
        // Where each card's reviews go in `order`, then the reviews in log order within each card.
        var starts = [Int](repeating: 0, count: cardCount + 1)
        for card in log.cards { starts[Int(card) + 1] += 1 }
        for card in 0..<cardCount { starts[card + 1] += starts[card] }
        var order = [Int](repeating: 0, count: log.count)
        var next = Array(starts.dropLast())
        for (index, card) in log.cards.enumerated() {
            order[next[Int(card)]] = index
            next[Int(card)] += 1
        }
        next = []
        let times = log.times
        // Time order within each card, ties in log order (a journal is nearly always in order already).
        for card in 0..<cardCount {
            let range = starts[card]..<starts[card + 1]
            let inOrder = zip(order[range], order[range].dropFirst()).allSatisfy { times[$0] <= times[$1] }
            if !inOrder {
                order[range].sort { times[$0] != times[$1] ? times[$0] < times[$1] : $0 < $1 }
            }
        }
        let cards = (0..<cardCount).sorted { a, b in
            let first = times[order[starts[a]]], other = times[order[starts[b]]]
            return first != other ? first < other : log.cardIDs[a] < log.cardIDs[b]
        }
        elapsedDays.reserveCapacity(log.count)
        ratings.reserveCapacity(log.count)
        cardStarts.reserveCapacity(cardCount + 1)
        sourceIndices.reserveCapacity(log.count)
        for card in cards {
            var previousDay: Int?
            for index in order[starts[card]..<starts[card + 1]] {
                let day = calendar.day(of: log.date(index))
                elapsedDays.append(previousDay.map { Int32(clamping: max(day - $0, 0)) } ?? 0)
                ratings.append(log.ratings[index])
                sourceIndices.append(index)
                previousDay = day
            }
            cardStarts.append(ratings.count)
        }
    }

    /// The cards `range` (in this order) as their own sequences.
    public func cards(_ range: Range<Int>) -> ReviewSequences {
        var out = ReviewSequences()
        let lower = cardStarts[range.lowerBound], upper = cardStarts[range.upperBound]
        out.elapsedDays = Array(elapsedDays[lower..<upper])
        out.ratings = Array(ratings[lower..<upper])
        if !sourceIndices.isEmpty { out.sourceIndices = Array(sourceIndices[lower..<upper]) }
        out.cardStarts = cardStarts[range.lowerBound...range.upperBound].map { $0 - lower }
        return out
    }

    /// The split by card: the first `fraction` of the cards (by first review) and the rest.
    public func splitByCard(fraction: Double = 0.7) -> (train: ReviewSequences, test: ReviewSequences) {
        let cut = Int(Double(cardCount) * fraction)
        return (cards(0..<cut), cards(cut..<cardCount))
    }
}
