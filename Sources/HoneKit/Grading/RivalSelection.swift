import Foundation

/// A key's rivals as a part of a prepared table: the names in table order, less a few left out
/// (the key's own entry), and, when given, less those whose length in characters is out of a
/// range. Making one costs nothing per name, so a question about a deck of 50,000 names is made
/// as fast as one about a deck of 50; the rival screen reads only the names it must.
struct RivalSelection: Sendable {
    let source: RivalTableSource
    /// The table, read for the screen (built at the first call, if no one built it before).
    var table: RivalTable { source.table }
    /// Indices of names left out, ascending.
    let excluded: [Int32]
    /// When set, only names whose character count (`counts[index]`) is in `range`.
    let lengths: (counts: [Int32], range: ClosedRange<Int32>)?

    /// Every name of a table made of `rivals` (a key that has no prepared table).
    init(_ rivals: [String]) {
        self.init(source: RivalTableSource(rivals))
    }

    init(source: RivalTableSource, excluded: [Int32] = [], lengths: (counts: [Int32], range: ClosedRange<Int32>)? = nil) {
        self.source = source
        self.excluded = excluded
        self.lengths = lengths
    }

    /// Whether name `index` of the table is a rival.
    func contains(_ index: Int) -> Bool {
        if let lengths, !lengths.range.contains(lengths.counts[index]) { return false }
        guard !excluded.isEmpty else { return true }
        var (low, high) = (0, excluded.count)
        while low < high {
            let middle = (low + high) / 2
            if Int(excluded[middle]) < index { low = middle + 1 } else { high = middle }
        }
        return low == excluded.count || Int(excluded[low]) != index
    }

    /// The rivals' texts, in order.
    var texts: [String] {
        let all = source.texts
        guard lengths != nil || !excluded.isEmpty else { return all }
        return all.indices.filter(contains).map { all[$0] }
    }
}

/// A rival table's texts, and the table built from them when first read: a question about a deck's
/// terms needs only the texts, grading its answer the table, which takes tens of milliseconds to
/// build for a deck of ten thousand terms (a thread may build it meanwhile: `DeckIndex.prepare`).
final class RivalTableSource: @unchecked Sendable {
    let texts: [String]
    // `built` is guarded by `lock`, held while the table is built (a second reader waits for it).
    private let lock = NSLock()
    private var built: RivalTable?

    init(_ texts: [String]) {
        self.texts = texts
    }

    var table: RivalTable {
        lock.withLock {
            if let built { return built }
            let table = RivalTable(texts)
            built = table
            return table
        }
    }
}
