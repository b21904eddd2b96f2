import Foundation

/// What the journal's reviews add up to, per deck and study day: the counts a report and a
/// session's streak need. `LearnerProgress` keeps it up to date review by review (and the snapshot
/// keeps a copy), so a report reads it instead of replaying the whole journal.
///
/// A review belongs to the deck named by its card id up to the first "/" (card ids are
/// `<deck>/<entry>/<kind>`); an id without "/" belongs to no deck (`ReviewTally.noDeck`) and counts
/// only where all reviews do.
public struct ReviewTally: Sendable, Equatable {
    /// One study day of one deck.
    public struct Day: Sendable, Equatable {
        public var reviews = 0
        /// The first review of the day of each card in review, split by the interval it had before.
        public var young = Rate()
        public var mature = Rate()

        public init(reviews: Int = 0, young: Rate = Rate(), mature: Rate = Rate()) {
            self.reviews = reviews
            self.young = young
            self.mature = mature
        }
    }

    /// One deck's reviews.
    public struct DeckTally: Sendable, Equatable {
        public var days: [Int: Day] = [:]
        public var reviews = 0
        /// Time spent on the reviews that recorded it, and how many did.
        public var durationMS = 0
        public var timedReviews = 0

        public init() {}
    }

    public static let noDeck = ""

    public var decks: [String: DeckTally] = [:]

    public init(decks: [String: DeckTally] = [:]) { self.decks = decks }

    /// The deck a card id belongs to.
    public static func deck(of cardID: String) -> String {
        guard let slash = cardID.utf8.firstIndex(of: UInt8(ascii: "/")) else { return noDeck }
        return String(cardID[..<slash])
    }

    /// Counts one review of `cardID` (made at `at`, when the card's state was `before`); `sign` -1
    /// takes it back (`:undo`).
    mutating func count(cardID: String, before: CardState, rating: Rating, at: Date, durationMS: Int?,
                        calendar: StudyCalendar, sign: Int = 1) {
        let day = calendar.day(of: at)
        let firstOfDay = before.phase == .review && before.lastReview.map { calendar.day(of: $0) } != day
        let passed = rating == .again ? 0 : 1
        let key = Self.deck(of: cardID)
        // Taken out while it changes, so its days are not copied (the dictionary would share them).
        var deck = decks[key] ?? DeckTally()
        decks[key] = nil
        deck.reviews += sign
        if let durationMS, durationMS >= 0 {
            deck.durationMS += sign * durationMS
            deck.timedReviews += sign
        }
        var figures = deck.days[day] ?? Day()
        figures.reviews += sign
        if firstOfDay {
            let rate = Rate(passed: sign * passed, total: sign)
            if before.intervalDays >= Report.matureDays { figures.mature = figures.mature + rate } else { figures.young = figures.young + rate }
        }
        deck.days[day] = figures.reviews == 0 ? nil : figures
        decks[key] = deck.reviews == 0 ? nil : deck
    }

    /// Reviews per study day, of every deck.
    public var reviewsPerDay: [Int: Int] {
        var perDay: [Int: Int] = [:]
        for deck in decks.values {
            for (day, figures) in deck.days { perDay[day, default: 0] += figures.reviews }
        }
        return perDay
    }
}
