import Foundation

/// Reviews from another program's history in 16 bytes each (a million-review Anki history takes
/// 16 MB): the time in milliseconds, the card it belongs to as a number into `targets` (entry and
/// side, each kept once), the rating and the duration. Read as `ImportedReview`s.
public struct ImportedReviews: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable {
    /// An entry's card, before the deck id is known.
    public struct Target: Hashable, Sendable {
        public var entryID: String
        public var side: CardSide
    }

    struct Row: Sendable, Equatable {
        var millisecond: Int64
        /// The target's number in the low 29 bits, the rating (1-4) in the high 3.
        var targetAndRating: UInt32
        /// Milliseconds; -1 for none, -2 for one too long for 32 bits (then in `longDurations`).
        var duration: Int32

        var target: Int { Int(targetAndRating & ImportedReviews.targetMask) }
        var rating: UInt8 { UInt8(targetAndRating >> 29) }
    }

    static let targetMask: UInt32 = 0x1FFF_FFFF

    public private(set) var targets: [Target] = []
    private var targetNumbers: [Target: Int32] = [:]
    private(set) var rows: [Row] = []
    private var longDurations: [Int: Int] = [:]

    public init() {}

    /// The reviews, their times kept to the millisecond (as the journal keeps them).
    public init(_ reviews: some Sequence<ImportedReview>) {
        for review in reviews {
            let target = number(Target(entryID: review.entryID, side: review.side))
            append(target: target, millisecond: Int64((review.at.timeIntervalSince1970 * 1000).rounded()), rating: review.rating,
                   durationMS: review.durationMS)
        }
    }

    public init(arrayLiteral elements: ImportedReview...) { self.init(elements) }

    /// The number of `target`, numbered on first sight.
    mutating func number(_ target: Target) -> Int32 {
        if let known = targetNumbers[target] { return known }
        let number = Int32(targets.count)
        precondition(UInt32(number) <= Self.targetMask, "more cards than an import can hold")
        targets.append(target)
        targetNumbers[target] = number
        return number
    }

    mutating func append(target: Int32, millisecond: Int64, rating: Rating, durationMS: Int?) {
        let duration: Int32
        switch durationMS {
        case nil: duration = -1
        case let value? where value >= 0 && value <= Int(Int32.max): duration = Int32(value)
        case let value?:
            longDurations[rows.count] = value
            duration = -2
        }
        rows.append(Row(millisecond: millisecond, targetAndRating: UInt32(target) | UInt32(rating.rawValue & 0x7) << 29,
                        duration: duration))
    }

    mutating func reserveCapacity(_ count: Int) { rows.reserveCapacity(count) }

    /// The duration of review `index`, if it has one.
    func durationMS(_ index: Int) -> Int? {
        switch rows[index].duration {
        case -1: nil
        case -2: longDurations[index]
        case let value: Int(value)
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(index: Int) -> ImportedReview {
        let row = rows[index]
        let target = targets[row.target]
        return ImportedReview(entryID: target.entryID, side: target.side, at: Self.date(row.millisecond),
                              rating: Rating(rawValue: Int(row.rating))!, durationMS: durationMS(index))
    }

    /// The time of a millisecond count, as an imported review has always had it.
    static func date(_ millisecond: Int64) -> Date { Date(timeIntervalSince1970: Double(millisecond) / 1000) }

    public static func == (lhs: ImportedReviews, rhs: ImportedReviews) -> Bool { lhs.elementsEqual(rhs) }
}
