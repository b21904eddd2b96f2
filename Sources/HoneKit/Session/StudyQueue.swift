import Foundation

/// Which cards a session asks, in what order: learning cards when due, then due reviews (most
/// overdue first, shuffled within a day) with new cards spread among them, up to the day's limits,
/// and at most one card per sibling group (an entry's or a table cell's cards) per study day.
enum StudyQueue {
    struct Plan {
        var queue: [String]
        var learning: Set<String>
        /// The cards in `queue` and `learning`, by id (no other card is asked this session).
        var cards: [String: Card]
        var dueCount: Int
        var newCount: Int
        /// Suspended leeches among the cards (not asked).
        var leeches: [String]
    }

    /// The plan for `cards`, whose states are `states` (in the same order).
    static func plan(cards: [Card], states: [CardState], progress: LearnerProgress, options: StudyOptions, now: Date,
                     rng: inout SplitMix64) -> Plan {
        let calendar = progress.calendar
        let today = calendar.day(of: now)
        var learning: Set<String> = []
        // Positions in `cards` (no copies of the cards themselves).
        var reviews: [(card: Int32, day: Int32)] = []
        var fresh: [Int32] = []
        var buried: Set<String> = []
        var newToday = 0
        var reviewedToday = 0
        var leeches: [String] = []
        var planned: [String: Card] = [:]
        for (index, state) in states.enumerated() {
            if let first = state.firstReview, calendar.day(of: first) == today { newToday += 1 }
            if let last = state.lastReview, calendar.day(of: last) == today {
                buried.insert(cards[index].siblingKey)
                if let first = state.firstReview, calendar.day(of: first) < today { reviewedToday += 1 }
            }
        }
        for (index, state) in states.enumerated() {
            if state.isLeech { // suspended: see `Leech`
                leeches.append(cards[index].id)
                continue
            }
            switch state.phase {
            case .learning, .relearning:
                learning.insert(cards[index].id)
                planned[cards[index].id] = cards[index]
            case .review:
                if let due = state.due, case let day = calendar.day(of: due), day <= today { reviews.append((Int32(index), Int32(day))) }
            case .new:
                fresh.append(Int32(index))
            }
        }
        // Reviews: most overdue first, a seeded shuffle within each day; one per sibling group.
        reviews.shuffle(using: &rng)
        reviews.sort { $0.day < $1.day }
        var dueQueue: [String] = []
        for (index, _) in reviews where !buried.contains(cards[Int(index)].siblingKey) {
            let card = cards[Int(index)]
            buried.insert(card.siblingKey)
            dueQueue.append(card.id)
            if dueQueue.count <= progress.settings.reviewsPerDay - reviewedToday { planned[card.id] = card }
        }
        dueQueue = Array(dueQueue.prefix(max(progress.settings.reviewsPerDay - reviewedToday, 0)))
        let newLimit = options.newCards ?? max(progress.settings.newPerDay - newToday, 0)
        var newQueue: [String] = []
        for index in fresh where newQueue.count < newLimit && !buried.contains(cards[Int(index)].siblingKey) {
            let card = cards[Int(index)]
            buried.insert(card.siblingKey)
            newQueue.append(card.id)
            planned[card.id] = card
        }
        return Plan(queue: interleave(dueQueue, newQueue), learning: learning, cards: planned,
                    dueCount: dueQueue.count + learning.count, newCount: newQueue.count, leeches: leeches)
    }

    /// Spreads `extra` evenly through `main`.
    static func interleave(_ main: [String], _ extra: [String]) -> [String] {
        guard !main.isEmpty, !extra.isEmpty else { return main + extra }
        var out: [String] = []
        let total = main.count + extra.count
        var (m, e) = (0, 0)
        for position in 0..<total {
            let extraDue = (position + 1) * extra.count / total > e
            if (extraDue && e < extra.count) || m >= main.count {
                out.append(extra[e]); e += 1
            } else {
                out.append(main[m]); m += 1
            }
        }
        return out
    }

    /// Cards (of `cards`) due on or before study day `day`: reviews by day, learning cards by time.
    static func dueCount(onOrBefore day: Int, cards: [String], progress: LearnerProgress) -> Int {
        let calendar = progress.calendar
        let end = calendar.start(ofDay: day + 1)
        return cards.reduce(0) { total, id in
            let state = progress.state(of: id)
            guard let due = state.due, !state.isLeech else { return total }
            switch state.phase {
            case .review: return total + (calendar.day(of: due) <= day ? 1 : 0)
            case .learning, .relearning: return total + (due < end ? 1 : 0)
            case .new: return total
            }
        }
    }

    /// Consecutive study days with reviews, ending today, or yesterday when today has none yet.
    static func streak(reviewsPerDay: [Int: Int], today: Int) -> Int {
        var day = (reviewsPerDay[today] ?? 0) > 0 ? today : today - 1
        var streak = 0
        while (reviewsPerDay[day] ?? 0) > 0 {
            streak += 1
            day -= 1
        }
        return streak
    }

    /// The earliest time a card (of `cards`) that is not new comes due after `now`.
    static func nextDue(after now: Date, cards: [String], progress: LearnerProgress) -> Date? {
        cards.compactMap { id -> Date? in
            let state = progress.state(of: id)
            guard !state.isNew, !state.isLeech, let due = state.due else { return nil }
            if state.phase == .review {
                let dayStart = progress.calendar.start(ofDay: progress.calendar.day(of: due))
                return max(dayStart, now)
            }
            return due
        }.filter { $0 > now }.min()
    }
}

extension StudySession {
    /// When the next card comes due, for "nothing due" messages.
    public func nextDue(after now: Date) -> Date? {
        StudyQueue.nextDue(after: now, cards: Array(cards.keys), progress: progress)
    }

    /// The session's leeches, suspended and so not asked (see `Leech`), by card id: those it started
    /// with and those its answers made (less any an undo took back).
    public var suspendedLeeches: [String] {
        var ids = Set(leechesAtStart.filter { progress.state(of: $0).isLeech })
        for entry in history {
            for item in entry where progress.state(of: item.verdict.cardID).isLeech { ids.insert(item.verdict.cardID) }
        }
        return ids.sorted()
    }

    /// New cards left in the decks (not yet studied).
    public var unstudiedCount: Int { cards.keys.filter { progress.state(of: $0).isNew }.count }
}
