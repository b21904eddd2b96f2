import Foundation

/// A learner's progress report: how much they know, whether they keep it, what is coming and what
/// keeps slipping. A value built once (`Report.make`) from the decks and the journal, then written
/// out by `ReportJSON`, `ReportText`, `ReportMarkdown` or `ReportHTML`, which show the same figures.
///
/// Study days are local days that start at `day_starts_at`, numbered as days since 1970-01-01.
public struct Report: Sendable, Equatable {
    public var learner: String
    public var generatedAt: Date
    /// The study day `generatedAt` falls on.
    public var today: Int
    public var dayStartsAt: Int
    /// The decks reported on, in order.
    public var deckIDs: [String]
    /// True when the report covers every deck (and so every review in the journal).
    public var allDecks: Bool

    public var cards: CardCounts
    public var knowledge: Knowledge
    public var due: Due
    public var retention: Retention
    public var activity: Activity
    public var decks: [DeckMastery]
    public var tags: [Mastery]
    public var columns: [Mastery]
    /// Cards still studied (not suspended) with the lowest retrievability now, weakest first.
    public var weakest: [CardFigure]
    /// Cards still studied with the most lapses, most first.
    public var mostLapses: [CardFigure]
    /// Suspended leeches (`Leech.threshold` lapses or more), by card id.
    public var leeches: [CardFigure]
    /// Cards studied and not suspended, by retrievability now in bands of 10%: [0, 0.1) ... [0.9, 1].
    public var retrievabilityBands: [Int]

    /// No review at all in scope: there is nothing to report yet.
    public var isEmpty: Bool { activity.reviewsTotal == 0 && cards.total == cards.new }

    /// How many cards to list as weakest and as most lapsed.
    public static let listLength = 10
    /// Interval (days) from which a review card counts as mature, as in Anki.
    public static let matureDays = 21.0
    /// Weeks in the activity heatmap and the retention history.
    public static let weeks = 26
    /// Days in the due forecast.
    public static let forecastDays = 30
}

/// Cards by state. `total` is the sum of the other five: a suspended card counts only as suspended,
/// `learning` includes relearning, and review cards are `young` below 21 days' interval, else `mature`.
public struct CardCounts: Sendable, Equatable {
    public var total = 0
    public var new = 0
    public var learning = 0
    public var young = 0
    public var mature = 0
    public var suspended = 0

    public init() {}
}

/// The estimated total knowledge: the sum of the retrievability now of every card studied and not
/// suspended, i.e. their mean retrievability times their number.
public struct Knowledge: Sendable, Equatable {
    public var seen = 0
    public var estimate = 0.0
    public var meanRetrievability: Double? { seen == 0 ? nil : estimate / Double(seen) }

    public init() {}
}

/// Cards coming due. `forecast[i]` counts cards due on study day today + i (overdue ones count
/// today); new and suspended cards are not counted.
public struct Due: Sendable, Equatable {
    public var forecast: [Int] = Array(repeating: 0, count: Report.forecastDays)
    public var today: Int { forecast[0] }
    public var tomorrow: Int { forecast[1] }
    /// Today and the six days after it.
    public var week: Int { forecast.prefix(7).reduce(0, +) }

    public init() {}
}

/// A pass rate: `passed` of `total`; `value` is nil without data.
public struct Rate: Sendable, Equatable {
    public var passed = 0
    public var total = 0
    public var value: Double? { total == 0 ? nil : Double(passed) / Double(total) }

    public init(passed: Int = 0, total: Int = 0) {
        self.passed = passed
        self.total = total
    }

    public static func + (a: Rate, b: Rate) -> Rate { Rate(passed: a.passed + b.passed, total: a.total + b.total) }
}

/// True retention: of the reviews of cards in review (not learning or relearning), the first of
/// each study day per card, the share not rated Again. Young and mature split by the interval the
/// card had before the review (mature from 21 days).
public struct Retention: Sendable, Equatable {
    public var desired: Double
    public var last7: Rate
    public var last30: Rate
    public var last365: Rate
    public var young30: Rate
    public var mature30: Rate
    /// One rate per week of the heatmap's weeks (`Activity.firstDay` onwards), oldest first.
    public var weekly: [Rate]
}

/// Study activity. Streaks and study days count study days with at least one review; the current
/// streak runs back from today, or from yesterday while today has no review yet.
public struct Activity: Sendable, Equatable {
    public var reviewsTotal = 0
    public var studyDays = 0
    public var streakCurrent = 0
    public var streakLongest = 0
    /// Sum of `duration_ms` over reviews that have one, and how many have one.
    public var durationMS = 0
    public var timedReviews = 0
    /// The first study day of the heatmap: a Monday, `Report.weeks` weeks back (today's week included).
    public var firstDay = 0
    /// Reviews per study day from `firstDay` to today.
    public var heatmap: [Int] = []

    public init() {}

    /// Reviews per study day studied (nil before the first).
    public var reviewsPerDay: Double? { studyDays == 0 ? nil : Double(reviewsTotal) / Double(studyDays) }
    /// Minutes spent per study day studied, from the reviews' durations (nil when none has one).
    public var minutesPerDay: Double? {
        studyDays == 0 || timedReviews == 0 ? nil : Double(durationMS) / 60_000 / Double(studyDays)
    }
}

/// How many of a group of cards are known. A card is known when it is in review (graduated, not
/// suspended) and its retrievability now is at least the desired retention.
public struct Mastery: Sendable, Equatable {
    public enum Group: Sendable, Equatable {
        case tag(String)
        case column(deck: String, table: String, tableTitle: String, column: String)
    }

    public var group: Group
    public var cards: Int
    public var known: Int

    public var label: String {
        switch group {
        case .tag(let tag): tag
        case .column(_, _, let title, let column): "\(title) · \(column)"
        }
    }
}

/// One deck's figures.
public struct DeckMastery: Sendable, Equatable {
    public var id: String
    public var title: String
    public var counts: CardCounts
    public var known: Int
    public var dueToday: Int
}

/// One card in a list (weakest, most lapses, leeches).
public struct CardFigure: Sendable, Equatable {
    public var card: String
    /// What the card asks, for people ("RAG (term)", "Llama 3.x · Lab").
    public var label: String
    public var retrievability: Double?
    public var lapses: Int
}
