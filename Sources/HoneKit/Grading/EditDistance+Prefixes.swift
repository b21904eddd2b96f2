extension EditDistance {
    /// The least banded distance (see `optimalStringAlignment(_:_:limit:)`) from `a` to `b` less up
    /// to `drop` of its last bytes, from one table: a cell of the table for `b` is that of the table for
    /// any prefix of `b` that holds its column, so the distances to `b`'s last prefixes are the last
    /// row's cells. A result up to `limit` is the least distance; a result above it says that every
    /// one is above it. (The rival screen takes a name's readings less one or two last letters:
    /// one table instead of three.)
    static func optimalStringAlignment(_ a: UnsafeBufferPointer<UInt8>, prefixesOf b: UnsafeBufferPointer<UInt8>,
                                       droppingUpTo drop: Int, limit: Int) -> Int {
        prefixDistances(a, b, from: max(b.count - drop, 0), limit: limit).least
    }

    /// From the same table: the least banded distance from `a` to the prefixes of `b` at least
    /// `shortest` long, and the distance to the prefix `head` long (each as the banded form gives it:
    /// exact up to `limit`, else above it).
    static func prefixDistances(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, from shortest: Int, head: Int? = nil,
                                limit: Int) -> (least: Int, head: Int) {
        let beyond = limit + 1
        let lowest = min(shortest, head ?? shortest)
        // Every prefix is more than `limit` shorter or longer than `a`.
        if a.count - b.count > limit || lowest - a.count > limit { return (beyond, beyond) }
        if a.isEmpty { return (shortest, head ?? beyond) }
        if b.isEmpty { return (a.count, a.count) }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var twoBack = rows.baseAddress!, oneBack = twoBack + width, current = oneBack + width
            for j in 0..<width { oneBack[j] = j }
            var lastMin = 0 // the first row's least cell
            var (low, high) = (1, 0)
            for i in 1...a.count {
                (low, high) = (max(1, i - limit), min(b.count, i + limit))
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
                if rowMin > limit && lastMin > limit { return (beyond, beyond) }
                lastMin = rowMin
                (twoBack, oneBack, current) = (oneBack, current, twoBack)
            }
            // The last row: column 0, the band and the cell either side of it were written.
            func cell(_ j: Int) -> Int { j == 0 || (j >= low - 1 && j <= high + 1) ? min(oneBack[j], beyond) : beyond }
            var least = beyond
            for j in shortest...b.count { least = min(least, cell(j)) }
            return (least, head.map(cell) ?? beyond)
        }
    }
}
