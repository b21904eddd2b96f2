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
    /// (put in time order here first when they are not).
    mutating func replay(cards: Range<Int>, ids: [String], grouped: Parallel.SharedBuffer<ReviewColumns.Review>, offsets: [Int],
                         groups: [Int32], scheduler: Scheduler) {
        states.reserveCapacity(cards.count)
        let calendar = scheduler.settings.calendar
        for number in cards {
            let history = UnsafeMutableBufferPointer(rebasing: grouped.buffer[offsets[number]..<offsets[number + 1]])
            Self.putInTimeOrder(history)
            let hash = Scheduler.cardHash(ids[number])
            let group = Int(groups[number])
            let counted = group >= 0
            var state = CardState.new
            var previousDay = 0
            for review in history {
                let rating = Rating(rawValue: Int(review.rating))!
                let at = Date(timeIntervalSince1970: review.time)
                let day = calendar.day(of: at)
                if counted {
                    let firstOfDay = state.phase == .review && day != previousDay
                    let mature = state.intervalDays >= Report.matureDays
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
                let elapsed: Int? = state.lastReview == nil ? nil : day - previousDay
                scheduler.review(&state, cardHash: hash, rating: rating, at: at, elapsed: elapsed)
                previousDay = day
            }
            states.append(state)
        }
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
