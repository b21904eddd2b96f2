import Foundation

/// A report's history from what `LearnerProgress` keeps (its states and its tally), with no replay.
extension ReviewHistory {
    /// The history of the decks in `decks` (every review in the journal when nil), with `states`
    /// for every card.
    public init(states: CardStates, tally: ReviewTally, decks: Set<String>?) {
        self.init()
        self.states = states
        for (deck, counts) in tally.decks where decks?.contains(deck) ?? true {
            reviewsTotal += counts.reviews
            durationMS += counts.durationMS
            timedReviews += counts.timedReviews
            for (day, figures) in counts.days {
                reviewsPerDay[day, default: 0] += figures.reviews
                guard figures.young.total + figures.mature.total > 0 else { continue }
                var retention = retentionPerDay[day] ?? RetentionDay()
                retention.young = retention.young + figures.young
                retention.mature = retention.mature + figures.mature
                retentionPerDay[day] = retention
            }
        }
    }
}
