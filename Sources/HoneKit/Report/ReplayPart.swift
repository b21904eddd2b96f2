import Foundation

/// One thread's share of the replay: a run of cards, and what it counted.
struct ReplayPart: Sendable {
    /// Per group of cards.
    var tables: [DayTable]
    var totals: [(reviews: Int, durationMS: Int, timedReviews: Int)]
    /// The states of the run's cards, in order.
    var states: [CardState] = []
    private let first: Int, last: Int
    /// Days in an array per group, unless there are so many groups that a dictionary is smaller.
    private let dense: Bool

    init(first: Int, last: Int, groups: Int) {
        (self.first, self.last) = (first, last)
        let span = max(last - first + 1, 0)
        dense = groups * span <= DayTable.denseLimit * 8 && span <= DayTable.denseLimit
        tables = Array(repeating: DayTable(first: first, last: last, dense: dense), count: groups)
        totals = Array(repeating: (0, 0, 0), count: groups)
    }

    /// Replays `cards`, whose reviews are `grouped[offsets[card]..<offsets[card + 1]]` in file order
    /// (put in time order here first when they are not). Cards go two at a time, a review of one
    /// then a review of the other: each review waits on the one before it (the formulas' divisions,
    /// powers and exponentials), so two cards' chains of work overlap where one card's could not.
    /// A card's interval and due date are worked out once, after its last review.
    mutating func replay(cards: Range<Int>, ids: [String], grouped: Parallel.SharedBuffer<ReviewColumns.Review>, offsets: [Int],
                         groups: [Int32], scheduler: Scheduler) {
        states.reserveCapacity(cards.count)
        let calendar = scheduler.settings.calendar
        var counter = Counter(first: first, span: dense ? max(last - first + 1, 0) : 0, groups: tables.count)
        defer { counter.finish(into: &tables, totals: &totals) }
        func card(_ number: Int) -> Card {
            let history = UnsafeMutableBufferPointer(rebasing: grouped.buffer[offsets[number]..<offsets[number + 1]])
            Self.putInTimeOrder(history)
            return Card(history: history, hash: Scheduler.cardHash(ids[number]), group: Int(groups[number]))
        }
        var number = cards.lowerBound
        while number + 1 < cards.upperBound {
            var first = card(number), second = card(number + 1)
            for index in 0..<max(first.history.count, second.history.count) {
                if index < first.history.count { Self.step(&first, first.history[index], counter: &counter, scheduler: scheduler, calendar: calendar) }
                if index < second.history.count { Self.step(&second, second.history[index], counter: &counter, scheduler: scheduler, calendar: calendar) }
            }
            scheduler.settle(&first.state, cardHash: first.hash)
            scheduler.settle(&second.state, cardHash: second.hash)
            states.append(first.state)
            states.append(second.state)
            number += 2
        }
        if number < cards.upperBound {
            var last = card(number)
            for review in last.history { Self.step(&last, review, counter: &counter, scheduler: scheduler, calendar: calendar) }
            scheduler.settle(&last.state, cardHash: last.hash)
            states.append(last.state)
        }
    }

    /// A card being replayed.
    private struct Card {
        let history: UnsafeMutableBufferPointer<ReviewColumns.Review>
        let hash: UInt64
        /// Its group, or -1 when its reviews are not counted.
        let group: Int
        var state = CardState.new
        /// The study day of its last review.
        var previousDay = 0

        init(history: UnsafeMutableBufferPointer<ReviewColumns.Review>, hash: UInt64, group: Int) {
            (self.history, self.hash, self.group) = (history, hash, group)
        }
    }

    /// One review of `card`: counted (when its group is), then applied to its state, leaving the
    /// interval and due date of a card in review to be settled after its last review.
    @inline(__always) private static func step(_ card: inout Card, _ review: ReviewColumns.Review, counter: inout Counter,
                                               scheduler: Scheduler, calendar: StudyCalendar) {
        let rating = Rating(rawValue: Int(review.rating))!
        let at = Date(timeIntervalSince1970: review.time)
        let day = calendar.day(of: at)
        if card.group >= 0 {
            let firstOfDay = card.state.phase == .review && day != card.previousDay
            // The state's interval was not worked out (see `Scheduler.review(settle:)`).
            let mature = firstOfDay && scheduler.reachesInterval(card.state, cardHash: card.hash, days: matureDays)
            counter.count(group: card.group, day: day, firstOfDay: firstOfDay, mature: mature, passed: rating == .again ? 0 : 1,
                          duration: review.duration)
        }
        // The study days since the last review: the day of each review is worked out once.
        let elapsed: Int? = card.state.lastReview == nil ? nil : day - card.previousDay
        scheduler.review(&card.state, cardHash: card.hash, rating: rating, at: at, elapsed: elapsed, settle: false)
        card.previousDay = day
    }

    /// `Report.matureDays` in whole days.
    private static let matureDays = Int(Report.matureDays)

    /// Sorts a card's reviews by time, keeping file order among equal times, when they are out of order.
    private static func putInTimeOrder(_ history: UnsafeMutableBufferPointer<ReviewColumns.Review>) {
        guard history.count > 1 else { return }
        var ordered = true
        for index in 1..<history.count where history[index - 1].time > history[index].time {
            ordered = false
            break
        }
        guard !ordered else { return }
        let sorted = history.indices.sorted { a, b in history[a].time != history[b].time ? history[a].time < history[b].time : a < b }
            .map { history[$0] }
        _ = history.update(fromContentsOf: sorted)
    }
}
