import Foundation

/// Replaying the journal card by card, counting as it goes.
extension ReviewColumns {
    /// Replays every card, counting the reviews of included cards (see `replay(scheduling:groups:groupCount:parts:)`).
    func replay(scheduling: SchedulingSettings, included: [Bool], parts: Int) -> ReviewHistory {
        let (states, counts) = replay(scheduling: scheduling, groups: included.map { $0 ? 0 : -1 }, groupCount: 1, parts: parts)
        var history = ReviewHistory()
        history.states = states
        history.reviewsTotal = counts[0].reviews
        history.durationMS = counts[0].durationMS
        history.timedReviews = counts[0].timedReviews
        for (day, figures) in counts[0].days {
            history.reviewsPerDay[day] = figures.reviews
            if figures.young.total + figures.mature.total > 0 {
                history.retentionPerDay[day] = .init(young: figures.young, mature: figures.mature)
            }
        }
        return history
    }

    /// Replays every card, counting per deck (as `LearnerProgress` keeps its tally).
    func replayTally(scheduling: SchedulingSettings, parts: Int) -> (states: [String: CardState], tally: ReviewTally) {
        var deckNumbers: [String: Int32] = [:]
        var deckIDs: [String] = []
        let groups = cardIDs.ids.map { id -> Int32 in
            let deck = ReviewTally.deck(of: id)
            if let number = deckNumbers[deck] { return number }
            deckNumbers[deck] = Int32(deckIDs.count)
            deckIDs.append(deck)
            return Int32(deckIDs.count - 1)
        }
        let (states, counts) = replay(scheduling: scheduling, groups: groups, groupCount: deckIDs.count, parts: parts)
        var tally = ReviewTally()
        for (deck, figures) in zip(deckIDs, counts) where figures.reviews > 0 { tally.decks[deck] = figures }
        return (states, tally)
    }

    /// Groups the reviews by card (keeping file order), puts each card's in time order (file order
    /// breaks ties, as `LearnerProgress` does) and replays them, counting the reviews per study day
    /// and, for those of cards in review, the first of each day, for each group of cards (`groups`:
    /// a card's group number, or -1 for cards not counted). Cards are shared among `parts` threads
    /// in runs of about equal review counts.
    func replay(scheduling: SchedulingSettings, groups: [Int32], groupCount: Int,
                parts: Int) -> (states: [String: CardState], counts: [ReviewTally.DeckTally]) {
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
            var partial = ReplayPart(first: days.first, last: days.last, groups: groupCount)
            partial.replay(cards: runs[part]..<runs[part + 1], ids: ids, grouped: sorted, offsets: starts, groups: groups,
                           scheduler: Scheduler(settings: scheduling))
            return partial
        }

        let states = Dictionary(uniqueKeysWithValues: zip(ids, partials.flatMap(\.states)))
        var counts = [ReviewTally.DeckTally](repeating: ReviewTally.DeckTally(), count: groupCount)
        for group in 0..<groupCount {
            var table = partials[0].tables[group]
            for (index, partial) in partials.enumerated() {
                counts[group].reviews += partial.totals[group].reviews
                counts[group].durationMS += partial.totals[group].durationMS
                counts[group].timedReviews += partial.totals[group].timedReviews
                if index > 0 { table.add(partial.tables[group]) }
            }
            table.forEach { day, figures in
                counts[group].days[day] = ReviewTally.Day(
                    reviews: Int(figures.reviews), young: Rate(passed: Int(figures.youngPassed), total: Int(figures.youngTotal)),
                    mature: Rate(passed: Int(figures.maturePassed), total: Int(figures.matureTotal)))
            }
        }
        return (states, counts)
    }
}

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

    mutating func replay(cards: Range<Int>, ids: [String], grouped: [ReviewColumns.Review], offsets: [Int], groups: [Int32],
                         scheduler: Scheduler) {
        states.reserveCapacity(cards.count)
        let calendar = scheduler.settings.calendar
        for number in cards {
            let hash = Scheduler.cardHash(ids[number])
            let group = Int(groups[number])
            let counted = group >= 0
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
