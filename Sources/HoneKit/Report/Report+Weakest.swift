/// The cards that slip: lowest retrievability, most lapses, leeches.
extension Report {
    /// Ranks the seen cards of every deck: suspended leeches apart, and of the others the
    /// `listLength` with the lowest retrievability and with the most lapses. Only the cards listed
    /// are made into `CardFigure`s (with their labels); `id` gives a card's id for ties.
    mutating func rankCards(_ seen: [SeenCard], id: (SeenCard) -> String, figure: (SeenCard) -> CardFigure) {
        leeches = seen.filter { $0.lapses >= Leech.threshold }.map(figure).sorted { $0.card < $1.card }
        let weakestFirst = Self.smallest(Self.listLength, of: seen.lazy.filter { $0.lapses < Leech.threshold && $0.retrievability != nil }) { a, b in
            if a.retrievability != b.retrievability { return a.retrievability! < b.retrievability! }
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            return id(a) < id(b)
        }
        weakest = weakestFirst.map(figure)
        let mostFirst = Self.smallest(Self.listLength, of: seen.lazy.filter { $0.lapses < Leech.threshold && $0.lapses > 0 }) { a, b in
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            if a.retrievability != b.retrievability { return (a.retrievability ?? 0) < (b.retrievability ?? 0) }
            return id(a) < id(b)
        }
        mostLapses = mostFirst.map(figure)
    }

    /// The `count` first elements of `elements` in the order `isBefore`, in that order (the same as
    /// sorting them all and taking a prefix, without sorting them all).
    static func smallest<S: Sequence>(_ count: Int, of elements: S, by isBefore: (S.Element, S.Element) -> Bool) -> [S.Element] {
        var kept: [S.Element] = []
        guard count > 0 else { return kept }
        kept.reserveCapacity(count + 1)
        for element in elements {
            if kept.count == count, let last = kept.last, !isBefore(element, last) { continue }
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if isBefore(element, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(element, at: low)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}

/// A card that has been reviewed: where it is (deck and card index) and its figures.
struct SeenCard {
    var deck: Int
    var card: Int
    var retrievability: Double?
    var lapses: Int
}
