import Foundation

/// Building a report: one look at every card of the decks, and the journal's figures per day.
extension Report {
    /// The report for `decks` from the learner's folder at `now`: its settings, and its progress
    /// as `LearnerProgress` opens it (the snapshot and the journal after it; the whole journal when
    /// there is no current snapshot, which is then saved for the next report and the next start).
    /// With `allDecks`, activity and retention count every review in the journal; otherwise only
    /// reviews of these decks' cards. The warnings are the progress's, as a session shows them (a
    /// torn last line, left out).
    public static func make(decks: [Deck], fileSystem: any FileSystem, learnerFolder: String, timeZone: TimeZone,
                            learner: String, now: Date, allDecks: Bool) throws(ProgressError) -> (report: Report, warnings: [String]) {
        var progress = try LearnerProgress.open(fileSystem: fileSystem, folder: learnerFolder, timeZone: timeZone)
        // The snapshot is a cache: one that cannot be saved (a read-only folder) only costs time.
        try? progress.saveSnapshot()
        return (make(decks: decks, progress: progress, learner: learner, now: now, allDecks: allDecks), progress.warnings)
    }

    /// The report from a learner's progress as opened (its states and its tally: no replay).
    public static func make(decks: [Deck], progress: LearnerProgress, learner: String, now: Date, allDecks: Bool) -> Report {
        let history = ReviewHistory(states: progress.states, tally: progress.tally, decks: allDecks ? nil : Set(decks.map(\.id)))
        return make(decks: decks, history: history, settings: progress.settings, learner: learner, now: now, allDecks: allDecks)
    }

    /// The report from a history already read (`ReviewHistory.parse`).
    public static func make(decks: [Deck], history: ReviewHistory, settings: LearnerSettings, learner: String,
                            now: Date, allDecks: Bool) -> Report {
        let scheduling = settings.scheduling
        let calendar = scheduling.calendar
        let today = calendar.day(of: now)
        let fsrs = FSRS(parameters: scheduling.parameters)
        var report = Report(
            learner: learner, generatedAt: now, today: today, dayStartsAt: calendar.dayStartsAt,
            deckIDs: decks.map(\.id), allDecks: allDecks, cards: CardCounts(), knowledge: Knowledge(), due: Due(),
            retention: retention(history, desired: scheduling.desiredRetention, today: today),
            activity: activity(history, today: today), decks: [], tags: [], columns: [],
            weakest: [], mostLapses: [], leeches: [], retrievabilityBands: Array(repeating: 0, count: 10))
        var seen: [SeenCard] = []
        let cardsOfDecks = decks.map(\.cards)
        for (deckIndex, deck) in decks.enumerated() {
            let facts = cardsOfDecks[deckIndex].map { card -> CardFacts in
                let state = history.states[card.id] ?? .new
                let r = state.retrievability(at: now, fsrs: fsrs, calendar: calendar)
                return CardFacts(card: card, state: state, retrievability: r,
                                 known: state.phase == .review && !state.isLeech && (r ?? 0) >= scheduling.desiredRetention,
                                 dueDay: state.isNew || state.isLeech ? nil : state.due.map { calendar.day(of: $0) })
            }
            var deckCounts = CardCounts()
            var dueToday = 0
            var known = 0
            for (cardIndex, fact) in facts.enumerated() {
                deckCounts.add(fact.state)
                report.due.add(dueDay: fact.dueDay, today: today)
                if let day = fact.dueDay, day <= today { dueToday += 1 }
                if fact.known { known += 1 }
                if !fact.state.isNew {
                    if !fact.state.isLeech {
                        report.knowledge.seen += 1
                        report.knowledge.estimate += fact.retrievability ?? 0
                        if let r = fact.retrievability { report.retrievabilityBands[min(Int(r * 10), 9)] += 1 }
                    }
                    seen.append(SeenCard(deck: deckIndex, card: cardIndex, retrievability: fact.retrievability, lapses: fact.state.lapses))
                }
            }
            report.cards.add(deckCounts)
            report.decks.append(DeckMastery(id: deck.id, title: deck.title, counts: deckCounts, known: known, dueToday: dueToday))
            report.addMastery(deck, facts)
        }
        report.rankCards(seen, id: { cardsOfDecks[$0.deck][$0.card].id }) { seen in
            let card = cardsOfDecks[seen.deck][seen.card]
            return CardFigure(card: card.id, label: decks[seen.deck].label(of: card), retrievability: seen.retrievability, lapses: seen.lapses)
        }
        return report
    }
}

/// What the report needs to know about one card.
struct CardFacts {
    var card: Card
    var state: CardState
    var retrievability: Double?
    var known: Bool
    /// The study day it is due, for cards that come due (not new, not suspended).
    var dueDay: Int?
}
