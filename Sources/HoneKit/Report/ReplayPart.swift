import Foundation

/// One thread's share of the replay: a run of cards, and what it counted.
struct ReplayPart: Sendable {
    /// Per group of cards.
    var tables: [DayTable]
    var totals: [(reviews: Int, durationMS: Int, timedReviews: Int)]
    /// The states of the run's cards, in order.
    var states: [CardState] = []

    init(first: Int, last: Int, groups: Int) {
        // Days in an array per group, unless there are so many groups that a dictionary is smaller.
        let dense = groups * max(last - first + 1, 0) <= DayTable.denseLimit * 8
        tables = Array(repeating: DayTable(first: first, last: last, dense: dense), count: groups)
        totals = Array(repeating: (0, 0, 0), count: groups)
    }

    /// Replays `cards`, whose reviews are `grouped[offsets[card]..<offsets[card + 1]]` in file order
    /// (put in time order here first when they are not). Cards go two at a time, a review of one
    /// then a review of the other: each review waits on the one before it (the formulas' divisions,
    /// powers and exponentials), so two cards' chains of work overlap where one card's could not.
    mutating func replay(cards: Range<Int>, ids: [String], grouped: Parallel.SharedBuffer<ReviewColumns.Review>, offsets: [Int],
                         groups: [Int32], scheduler: Scheduler) {
        states.reserveCapacity(cards.count)
        let calendar = scheduler.settings.calendar
        func card(_ number: Int) -> Card {
            let history = UnsafeMutableBufferPointer(rebasing: grouped.buffer[offsets[number]..<offsets[number + 1]])
            Self.putInTimeOrder(history)
            return Card(history: history, hash: Scheduler.cardHash(ids[number]), group: Int(groups[number]))
        }
        var number = cards.lowerBound
        while number + 1 < cards.upperBound {
            var first = card(number), second = card(number + 1)
            for index in 0..<max(first.history.count, second.history.count) {
                if index < first.history.count { step(&first, first.history[index], scheduler: scheduler, calendar: calendar) }
                if index < second.history.count { step(&second, second.history[index], scheduler: scheduler, calendar: calendar) }
            }
            states.append(first.state)
            states.append(second.state)
            number += 2
        }
        if number < cards.upperBound {
            var last = card(number)
            for review in last.history { step(&last, review, scheduler: scheduler, calendar: calendar) }
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

    /// One review of `card`: counted (when its group is), then applied to its state.
    @inline(__always) private mutating func step(_ card: inout Card, _ review: ReviewColumns.Review, scheduler: Scheduler,
                                                 calendar: StudyCalendar) {
        let rating = Rating(rawValue: Int(review.rating))!
        let at = Date(timeIntervalSince1970: review.time)
        let day = calendar.day(of: at)
        let group = card.group
        if group >= 0 {
            let firstOfDay = card.state.phase == .review && day != card.previousDay
            let mature = card.state.intervalDays >= Report.matureDays
            let passed: Int32 = rating == .again ? 0 : 1
            tables[group].update(day) { figures in
                figures.reviews += 1
                guard firstOfDay else { return }
                if mature {
                    figures.maturePassed += passed
                    figures.matureTotal += 1
                } else {
                    figures.youngPassed += passed
                    figures.youngTotal += 1
                }
            }
            if review.duration >= 0 {
                totals[group].durationMS += Int(review.duration)
                totals[group].timedReviews += 1
            }
            totals[group].reviews += 1
        }
        // The study days since the last review: the day of each review is worked out once.
        let elapsed: Int? = card.state.lastReview == nil ? nil : day - card.previousDay
        scheduler.review(&card.state, cardHash: card.hash, rating: rating, at: at, elapsed: elapsed)
        card.previousDay = day
    }

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

/// Counts for one study day.
struct DayFigures: Sendable {
    var reviews: Int32 = 0
    var youngPassed: Int32 = 0
    var youngTotal: Int32 = 0
    var maturePassed: Int32 = 0
    var matureTotal: Int32 = 0

    mutating func add(_ other: DayFigures) {
        reviews += other.reviews
        youngPassed += other.youngPassed
        youngTotal += other.youngTotal
        maturePassed += other.maturePassed
        matureTotal += other.matureTotal
    }
}

/// Figures per study day: an array over the journal's span of days, or a dictionary when the span
/// is absurdly long (a hand-written date in another millennium).
struct DayTable: Sendable {
    static let denseLimit = 200_000
    let first: Int
    private var dense: [DayFigures]
    private var sparse: [Int: DayFigures] = [:]

    init(first: Int, last: Int, dense useArray: Bool = true) {
        self.first = first
        let span = last - first + 1
        dense = useArray && span <= Self.denseLimit ? Array(repeating: DayFigures(), count: max(span, 0)) : []
    }

    mutating func update(_ day: Int, _ body: (inout DayFigures) -> Void) {
        if dense.isEmpty { body(&sparse[day, default: DayFigures()]) } else { body(&dense[day - first]) }
    }

    /// Adds another table's counts (one over the same days).
    mutating func add(_ other: DayTable) {
        if dense.isEmpty {
            for (day, figures) in other.sparse { update(day) { $0.add(figures) } }
        } else {
            for index in dense.indices { dense[index].add(other.dense[index]) }
        }
    }

    /// Every day with a review, in no particular order.
    func forEach(_ body: (Int, DayFigures) -> Void) {
        for (offset, figures) in dense.enumerated() where figures.reviews > 0 { body(first + offset, figures) }
        for (day, figures) in sparse where figures.reviews > 0 { body(day, figures) }
    }
}
