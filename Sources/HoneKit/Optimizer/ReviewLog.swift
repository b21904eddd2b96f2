import Foundation

/// A review log held compactly for the optimizer: per review a card number, a time, a rating and a
/// duration in flat arrays (17 bytes a review, no object per review), with each card id stored
/// once. A million-review journal fits in about 17 MB, where as `[ReviewRecord]` it takes several
/// times that, plus a string per review.
public struct ReviewLog: Sendable, Equatable {
    /// Card ids in the order they first appear; a review's card number indexes this.
    public private(set) var cardIDs: [String] = []
    /// Card number of each review.
    public private(set) var cards: [Int32] = []
    /// Time of each review, as `Date.timeIntervalSinceReferenceDate` (exactly the record's date).
    public private(set) var times: [Double] = []
    /// Rating of each review, 1-4.
    public private(set) var ratings: [UInt8] = []
    /// Duration of each review in milliseconds, clamped to `Int32`; `Int32.min` when the log has none.
    private var durations: [Int32] = []
    private var numbers: [String: Int32] = [:]

    public init() {}

    public init(_ records: [ReviewRecord]) {
        reserveCapacity(records.count)
        for record in records { append(record) }
    }

    public var count: Int { ratings.count }
    public var cardCount: Int { cardIDs.count }

    public mutating func reserveCapacity(_ reviews: Int) {
        cards.reserveCapacity(reviews)
        times.reserveCapacity(reviews)
        ratings.reserveCapacity(reviews)
        durations.reserveCapacity(reviews)
    }

    public mutating func append(_ record: ReviewRecord) {
        let number: Int32
        if let known = numbers[record.card] {
            number = known
        } else {
            number = Int32(cardIDs.count)
            numbers[record.card] = number
            cardIDs.append(record.card)
        }
        cards.append(number)
        times.append(record.at.timeIntervalSinceReferenceDate)
        ratings.append(UInt8(record.rating.rawValue))
        durations.append(record.durationMS.map { Int32(clamping: $0) } ?? .min)
    }

    /// The log of the journal at `path` (empty when there is none), read a piece at a time on all
    /// cores with the report's column reader; the same log as `JournalLogReader` gives.
    public static func read(fileSystem: any FileSystem, path: String) throws(ProgressError) -> ReviewLog {
        let size: Int
        do { size = try fileSystem.size(path) ?? 0 } catch { throw .file(error) }
        let columns = try ReviewColumns.read(fileSystem: fileSystem, path: path, size: size, parts: ReviewHistory.defaultParts)
        var log = ReviewLog()
        log.reserveCapacity(columns.reviews.count)
        log.cardIDs = columns.cardIDs.ids
        for (number, id) in log.cardIDs.enumerated() { log.numbers[id] = Int32(number) }
        for review in columns.reviews {
            log.cards.append(review.card)
            log.times.append(Date(timeIntervalSince1970: review.time).timeIntervalSinceReferenceDate)
            log.ratings.append(review.rating)
            // The columns keep no negative durations and -1 for none; the optimizer uses only positive ones.
            log.durations.append(review.duration < 0 ? .min : review.duration)
        }
        return log
    }

    /// The date of review `index`.
    public func date(_ index: Int) -> Date { Date(timeIntervalSinceReferenceDate: times[index]) }

    /// The duration of review `index` in milliseconds (clamped to `Int32`), nil when the log has none.
    public func durationMS(_ index: Int) -> Int? {
        let value = durations[index]
        return value == .min ? nil : Int(value)
    }
}
