/// Edit distances between short texts.
public enum EditDistance: Sendable {
    /// The Damerau-Levenshtein distance in its optimal-string-alignment form: the fewest insertions,
    /// deletions, substitutions and swaps of two neighbouring characters that turn `a` into `b`, no
    /// substring being edited twice. "modle" -> "model" is 1 (a swap).
    public static func optimalStringAlignment<C: Equatable>(_ a: [C], _ b: [C]) -> Int {
        optimalStringAlignment(a, b, limit: max(a.count, b.count))
    }

    /// The optimal-string-alignment distance when it is at most `limit`, else some number above
    /// `limit` (found without finishing the table, which makes near-miss searches cheap).
    public static func optimalStringAlignment<C: Equatable>(_ a: [C], _ b: [C], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows: two back (for swaps), one back, and the current one.
        var twoBack = [Int](repeating: 0, count: width)
        var oneBack = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(oneBack[j] + 1, current[j - 1] + 1, oneBack[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, twoBack[j - 2] + 1)
                }
                current[j] = best
            }
            // Costs never fall along an alignment, and one that skips a row (a swap) lands on the next.
            if current.min()! > limit && oneBack.min()! > limit { return limit + 1 }
            (twoBack, oneBack, current) = (oneBack, current, twoBack)
        }
        return oneBack[b.count]
    }

    /// The distance between two strings, by characters.
    public static func optimalStringAlignment(_ a: String, _ b: String) -> Int {
        optimalStringAlignment(Array(a), Array(b))
    }
}

extension EditDistance {
    /// `optimalStringAlignment(a, b, limit:)` for bytes, without allocating for short texts, and
    /// only over the band of cells within `limit` of the diagonal: a cell `|i - j|` off it is at
    /// least that far, so with cells beyond the band taken as `limit + 1` every distance up to the
    /// limit comes out the same and every other stays above it. (The rival screen asks this with a
    /// limit of 2 about hundreds of names per answer: five cells a row instead of the whole row.)
    static func optimalStringAlignment(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        let beyond = limit + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var twoBack = rows.baseAddress!, oneBack = twoBack + width, current = oneBack + width
            for j in 0..<width { oneBack[j] = j }
            var lastMin = 0 // the first row's least cell
            for i in 1...a.count {
                let low = max(1, i - limit), high = min(b.count, i + limit)
                current[0] = i
                // The cell left of the band (read as `current[j - 1]` at its first column).
                if low > 1 { current[low - 1] = beyond }
                var rowMin = i
                if low <= high {
                    for j in low...high {
                        let cost = a[i - 1] == b[j - 1] ? 0 : 1
                        var best = min(oneBack[j] + 1, current[j - 1] + 1, oneBack[j - 1] + cost)
                        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                            best = min(best, twoBack[j - 2] + 1)
                        }
                        current[j] = best
                        rowMin = min(rowMin, best)
                    }
                }
                // The cell right of the band, which the next row reads as `oneBack[j]`.
                if high < b.count { current[high + 1] = beyond }
                // As in the generic form: two rows over the limit end the search.
                if rowMin > limit && lastMin > limit { return limit + 1 }
                lastMin = rowMin
                (twoBack, oneBack, current) = (oneBack, current, twoBack)
            }
            return oneBack[b.count]
        }
    }
}
