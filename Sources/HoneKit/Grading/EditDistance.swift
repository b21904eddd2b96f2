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
        optimalStringAlignment(a, prefixesOf: b, droppingUpTo: 0, limit: limit)
    }
}
