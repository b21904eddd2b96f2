import Foundation

/// What reading an importable file produced: a deck (its id and title are suggestions that
/// `--deck` and an existing deck may override), review history, and what could not come in.
public struct ImportResult: Sendable {
    public var deck: Deck
    public var format: ImportFormat
    /// More about where the deck came from, e.g. the Anki package layout `collection.anki21b`.
    public var layout: String?
    /// Reviews to add to the learner's journal (Anki review history), by entry and card side.
    public var reviews: ImportedReviews
    public var report: ImportReport

    public init(deck: Deck, format: ImportFormat, layout: String? = nil, reviews: ImportedReviews = [], report: ImportReport) {
        self.deck = deck
        self.format = format
        self.layout = layout
        self.reviews = reviews
        self.report = report
    }
}

/// Which of an entry's two cards a review belongs to (Deck+Cards: `<deck>/<entry>/term` asks for
/// the term given the definition, `.../definition` asks for the definition given the term).
public enum CardSide: String, Sendable, Equatable {
    case term, definition
}

/// One review from another program's history, before the deck id is known.
public struct ImportedReview: Sendable, Equatable {
    public var entryID: String
    public var side: CardSide
    public var at: Date
    public var rating: Rating
    public var durationMS: Int?

    public init(entryID: String, side: CardSide, at: Date, rating: Rating, durationMS: Int? = nil) {
        self.entryID = entryID
        self.side = side
        self.at = at
        self.rating = rating
        self.durationMS = durationMS
    }
}

/// The counts and problems that the import summary shows.
public struct ImportReport: Sendable, Equatable {
    /// Something in the file that did not become part of the deck, and why.
    public struct Skipped: Sendable, Equatable {
        /// Where: `line 12`, `note 1700000000000`.
        public var place: String
        public var reason: String

        public init(place: String, reason: String) {
            self.place = place
            self.reason = reason
        }
    }

    /// Items read from the source: notes, rows, sections.
    public var itemsRead = 0
    public var skipped: [Skipped] = []
    /// Images, sounds and videos referred to by the source's text and dropped from it.
    public var mediaDropped = 0
    /// Review history rows read, and why some were not kept.
    public var reviewsRead = 0
    public var reviewsSkipped: [String: Int] = [:]
    public var warnings: [String] = []

    public init() {}

    mutating func skip(_ place: String, _ reason: String) {
        skipped.append(Skipped(place: place, reason: reason))
    }

    mutating func skipReview(_ reason: String) {
        reviewsSkipped[reason, default: 0] += 1
    }
}
