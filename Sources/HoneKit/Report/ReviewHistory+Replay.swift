import Foundation

/// Replaying the journal card by card, counting as it goes.
extension ReviewColumns {
    /// Groups the reviews by card (keeping file order), puts each card's in time order (file order
    /// breaks ties, as `LearnerProgress` does) and replays them, counting the reviews of included
    /// cards per study day and, for those of cards in review, the first of each day. Cards are
    /// shared among `parts` threads in runs of about equal review counts.
    func replay(scheduling: SchedulingSettings, included: [Bool], parts: Int) -> ReviewHistory {
        let ids = cardIDs.ids
        let calendar = scheduling.calendar
        var offsets = [Int](repeating: 0, count: ids.count + 1)
        for review in reviews { offsets[Int(review.card) + 1] += 1 }
        for number in ids.indices { offsets[number + 1] += offsets[number] }
        var fill = offsets
        var grouped = [Review](unsafeUninitializedCapacity: reviews.count) { buffer, count in
            for review in reviews {
                buffer.initializeElement(at: fill[Int(review.card)], to: review)
                fill[Int(review.card)] += 1
            }
            count = reviews.count
        }
        for number in ids.indices {
            let range = offsets[number]..<offsets[number + 1]
            guard zip(grouped[range], grouped[range].dropFirst()).contains(where: { $0.0.time > $0.1.time }) else { continue }
            let ordered = range.sorted { a, b in grouped[a].time != grouped[b].time ? grouped[a].time < grouped[b].time : a < b }
            grouped.replaceSubrange(range, with: ordered.map { grouped[$0] })
        }
        var first = 0, last = 0
        if let earliest = reviews.min(by: { $0.time < $1.time }), let latest = reviews.max(by: { $0.time < $1.time }) {
            first = calendar.day(of: Date(timeIntervalSince1970: earliest.time)) - 1
            last = calendar.day(of: Date(timeIntervalSince1970: latest.time)) + 1
        }

        let parts = reviews.count < 50_000 ? 1 : max(parts, 1)
        var cuts = [0]
        for part in 1..<max(parts, 1) {
            var card = cuts[part - 1]
            while card < ids.count, offsets[card] < reviews.count * part / parts { card += 1 }
            cuts.append(card)
        }
        cuts.append(ids.count)
        let (runs, sorted, starts, days) = (cuts, grouped, offsets, (first: first, last: last))
        let partials = Parallel.map(parts) { part in
            var partial = ReplayPart(first: days.first, last: days.last)
            partial.replay(cards: runs[part]..<runs[part + 1], ids: ids, grouped: sorted, offsets: starts, included: included,
                           scheduler: Scheduler(settings: scheduling))
            return partial
        }

        var history = ReviewHistory()
        history.states = Dictionary(uniqueKeysWithValues: zip(ids, partials.flatMap(\.states)))
        var table = partials[0].table
        for (index, partial) in partials.enumerated() {
            history.reviewsTotal += partial.reviewsTotal
            history.durationMS += partial.durationMS
            history.timedReviews += partial.timedReviews
            if index > 0 { table.add(partial.table) }
        }
        table.forEach { day, figures in
            history.reviewsPerDay[day] = Int(figures.reviews)
            if figures.youngTotal + figures.matureTotal > 0 {
                history.retentionPerDay[day] = .init(young: Rate(passed: Int(figures.youngPassed), total: Int(figures.youngTotal)),
                                                     mature: Rate(passed: Int(figures.maturePassed), total: Int(figures.matureTotal)))
            }
        }
        return history
    }
}

/// One thread's share of the replay: a run of cards, and what it counted.
struct ReplayPart: Sendable {
    var table: DayTable
    /// The states of the run's cards, in order.
    var states: [CardState] = []
    var reviewsTotal = 0
    var durationMS = 0
    var timedReviews = 0

    init(first: Int, last: Int) { table = DayTable(first: first, last: last) }

    mutating func replay(cards: Range<Int>, ids: [String], grouped: [ReviewColumns.Review], offsets: [Int], included: [Bool],
                         scheduler: Scheduler) {
        states.reserveCapacity(cards.count)
        let calendar = scheduler.settings.calendar
        for number in cards {
            let hash = Scheduler.cardHash(ids[number])
            let counted = included[number]
            var state = CardState.new
            var previousDay = Int.min
            for review in grouped[offsets[number]..<offsets[number + 1]] {
                let rating = Rating(rawValue: Int(review.rating))!
                let at = Date(timeIntervalSince1970: review.time)
                if counted {
                    let day = calendar.day(of: at)
                    let firstOfDay = state.phase == .review && day != previousDay
                    let mature = state.intervalDays >= Report.matureDays
                    let passed: Int32 = rating == .again ? 0 : 1
                    table.update(day) { figures in
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
                        durationMS += Int(review.duration)
                        timedReviews += 1
                    }
                    reviewsTotal += 1
                    previousDay = day
                }
                state = scheduler.review(state, cardHash: hash, rating: rating, at: at)
            }
            states.append(state)
        }
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

    init(first: Int, last: Int) {
        self.first = first
        let span = last - first + 1
        dense = span <= Self.denseLimit ? Array(repeating: DayFigures(), count: max(span, 0)) : []
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
