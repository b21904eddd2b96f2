/// Rounding without a call into the C library (x86-64 has no rounding instruction before SSE4.1, so
/// `rounded(_:)` is a call): the same result as `rounded(_:)` for every value, the fast way where
/// the value is small enough for an integer and the library otherwise (zeros, which keep their
/// sign, included).
enum ExactRounding {
    /// 2^52: from here on every double is a whole number.
    private static let wholeFrom = 4_503_599_627_370_496.0

    /// `x.rounded(.toNearestOrEven)`. Adding 2^52 to a smaller non-negative number rounds it to a
    /// whole number, ties to even (2^52 is even), and taking 2^52 away again is exact.
    @inline(__always) static func halfToEven(_ x: Double) -> Double {
        if x > 0, x < wholeFrom { return (x + wholeFrom) - wholeFrom }
        if x < 0, x > -wholeFrom { return -((-x + wholeFrom) - wholeFrom) }
        return x.rounded(.toNearestOrEven)
    }

    /// `x.rounded(.toNearestOrAwayFromZero)` (Swift's `rounded()`). A double's fractional part is
    /// exactly `x - trunc(x)`, so comparing it with one half decides.
    @inline(__always) static func halfAwayFromZero(_ x: Double) -> Double {
        if x > 0, x < wholeFrom { return positiveHalfAway(x) }
        if x < 0, x > -wholeFrom { return -positiveHalfAway(-x) }
        return x.rounded(.toNearestOrAwayFromZero)
    }

    @inline(__always) private static func positiveHalfAway(_ x: Double) -> Double {
        let whole = Double(Int64(x))
        return x - whole >= 0.5 ? whole + 1 : whole
    }

    /// `Int(x.rounded(.down))`, trapping for the same values (NaN, infinities, out of range).
    @inline(__always) static func floor(_ x: Double) -> Int {
        let truncated = Int(x)
        return Double(truncated) > x ? truncated - 1 : truncated
    }
}
