/// Anki's interval fuzz: a review interval of 2.5 days or more is spread over a range that widens
/// with the interval (15% of the part between 2.5 and 7 days, 10% up to 20, 5% beyond, plus a day),
/// and a point in that range is picked by a factor seeded from the card id and its review count, so
/// replaying the journal always gives the same due dates.
extension Scheduler {
    /// The lowest and highest fuzzed interval for `interval` days, within 1...maximum.
    public static func fuzzBounds(interval: Int, maximum: Int) -> (lower: Int, upper: Int) {
        bounds(interval: interval, maximum: maximum)
    }

    @inline(__always) static func bounds(interval: Int, maximum: Int, spreads: [Spread] = roundedSpreads) -> (lower: Int, upper: Int) {
        let days = min(max(interval, 1), maximum)
        let rounded = days >= 0 && days < spreads.count ? spreads[days].widened : roundedSpread(days: days)
        return clamped(rounded, maximum: maximum)
    }

    /// `bounds(interval:maximum:)` worked out in full, without the table (the table's source, and
    /// what tests compare the table with).
    static func computedBounds(interval: Int, maximum: Int) -> (lower: Int, upper: Int) {
        clamped(roundedSpread(days: min(max(interval, 1), maximum)), maximum: maximum)
    }

    /// The spread around `days` rounded to whole days, before it is kept within 1...maximum.
    static func roundedSpread(days whole: Int) -> (lower: Int, upper: Int) {
        let days = Double(whole)
        var delta = 0.0
        if days >= 2.5 {
            // 15% of the days from 2.5 to 7, 10% from 7 to 20, 5% beyond, plus one.
            delta = 1.0 + 0.15 * max(min(days, 7.0) - 2.5, 0)
            delta += 0.1 * max(min(days, 20.0) - 7.0, 0)
            delta += 0.05 * max(min(days, .infinity) - 20.0, 0)
        }
        return (Int(ExactRounding.halfAwayFromZero(days - delta)), Int(ExactRounding.halfAwayFromZero(days + delta)))
    }

    @inline(__always) private static func clamped(_ rounded: (lower: Int, upper: Int), maximum: Int) -> (lower: Int, upper: Int) {
        let lower = min(max(rounded.lower, 1), maximum)
        var upper = min(max(rounded.upper, 1), maximum)
        if upper == lower, upper > 2, upper < maximum { upper = lower + 1 }
        return (lower, upper)
    }

    /// `roundedSpread(days:)` of 0 to 1,023 days, worked out once per process (8 KB): a replay
    /// fuzzes nearly every review, and the spread's pieces and two roundings take branches the
    /// processor cannot foresee, where a lookup takes none. The same function fills it, so the
    /// bounds are the same.
    static let roundedSpreads: [Spread] = (0..<1024).map { Spread(roundedSpread(days: $0)) }

    struct Spread: Sendable {
        let lower, upper: Int32

        init(_ spread: (lower: Int, upper: Int)) {
            (lower, upper) = (Int32(spread.lower), Int32(spread.upper))
        }

        var widened: (lower: Int, upper: Int) { (Int(lower), Int(upper)) }
    }

    /// `interval` fuzzed for the card's `reps`-th review. (The scheduler holds the table of spreads:
    /// read through the global, every call would first check that it is initialised.)
    @inline(__always) func fuzzedInterval(_ interval: Int, cardHash: UInt64, reps: Int) -> Int {
        guard interval >= 3 else { return min(interval, maximumInterval) }
        let (lower, upper) = Self.bounds(interval: interval, maximum: maximumInterval, spreads: spreads)
        let factor = Self.fuzzFactor(cardHash: cardHash, reps: reps)
        return min(lower + ExactRounding.floor(factor * Double(1 + upper - lower)), upper)
    }

    /// A number in [0, 1) that depends only on the card id and review count.
    public static func fuzzFactor(cardID: String, reps: Int) -> Double {
        fuzzFactor(cardHash: cardHash(cardID), reps: reps)
    }

    static func fuzzFactor(cardHash: UInt64, reps: Int) -> Double {
        var generator = SplitMix64(seed: cardHash &+ UInt64(reps) &* 0x9E37_79B9_7F4A_7C15)
        return Double(generator.next() >> 11) / Double(1 << 53)
    }
}
