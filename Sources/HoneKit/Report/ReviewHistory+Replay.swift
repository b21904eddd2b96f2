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
    func replayTally(scheduling: SchedulingSettings, parts: Int) -> (states: CardStates, tally: ReviewTally) {
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

    /// Groups the reviews by card (keeping file order; see `grouping()`), puts each card's in time
    /// order (file order breaks ties, as `LearnerProgress` does) and replays them, counting the
    /// reviews per study day and, for those of cards in review, the first of each day, for each
    /// group of cards (`groups`: a card's group number, or -1 for cards not counted). Cards are
    /// shared among `parts` threads in runs of about equal review counts.
    func replay(scheduling: SchedulingSettings, groups: [Int32], groupCount: Int,
                parts: Int) -> (states: CardStates, counts: [ReviewTally.DeckTally]) {
        let ids = cardIDs.ids
        let calendar = scheduling.calendar
        let grouping = grouping()
        let (offsets, total) = (grouping.offsets, grouping.total)
        defer { grouping.reviews.buffer.deallocate() } // plain values: nothing to deinitialize
        let days = total == 0 ? (first: 0, last: 0)
            : (first: calendar.day(of: Date(timeIntervalSince1970: grouping.earliest)) - 1,
               last: calendar.day(of: Date(timeIntervalSince1970: grouping.latest)) + 1)

        let parts = total < 50_000 ? 1 : max(parts, 1)
        var cuts = [0]
        for part in 1..<max(parts, 1) {
            var card = cuts[part - 1]
            while card < ids.count, offsets[card] < total * part / parts { card += 1 }
            cuts.append(card)
        }
        cuts.append(ids.count)
        let (runs, sorted) = (cuts, grouping.reviews)
        let partials = Parallel.map(parts) { part in
            var partial = ReplayPart(first: days.first, last: days.last, groups: groupCount)
            partial.replay(cards: runs[part]..<runs[part + 1], ids: ids, grouped: sorted, offsets: offsets, groups: groups,
                           scheduler: Scheduler(settings: scheduling))
            return partial
        }

        let states = CardStates(uniqueIDs: ids, states: partials.flatMap(\.states))
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

/// The journal's reviews parsed into memory, so that hone-bench can time the engine's own replay
/// apart from reading the file: the replay a start without a snapshot runs (grouping by card, each
/// history in time order, two cards at a time on `parts` threads, the per-deck tally counted).
@_spi(Benchmark) public struct ParsedReviews: Sendable {
    let columns: ReviewColumns

    /// Parses journal text as the engine reads the journal file (a bad line is an error; a torn last
    /// line is left out).
    public init(_ bytes: [UInt8], path: String, parts: Int = ReviewHistory.defaultParts) throws(ProgressError) {
        columns = try ReviewColumns.read(bytes, path: path, parts: parts)
    }

    public var reviewCount: Int { columns.reviewCount }
    public var cardCount: Int { columns.cardIDs.ids.count }

    /// Every card's state, replayed as `LearnerProgress` replays the journal when it has no snapshot.
    /// The parsed reviews are not changed: each call groups and replays them afresh.
    public func replay(scheduling: SchedulingSettings, parts: Int = ReviewHistory.defaultParts) -> CardStates {
        columns.replayTally(scheduling: scheduling, parts: parts).states
    }
}
