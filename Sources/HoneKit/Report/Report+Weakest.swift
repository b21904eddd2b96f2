/// The cards that slip: lowest retrievability, most lapses, leeches.
extension Report {
    /// Ranks the seen cards (`CardFigure`s of every deck): suspended leeches apart, and of the
    /// others the `listLength` with the lowest retrievability and with the most lapses.
    mutating func rankCards(_ seen: [CardFigure]) {
        leeches = seen.filter { $0.lapses >= Leech.threshold }.sorted { $0.card < $1.card }
        let studied = seen.filter { $0.lapses < Leech.threshold }
        weakest = Array(studied.filter { $0.retrievability != nil }.sorted { a, b in
            if a.retrievability != b.retrievability { return a.retrievability! < b.retrievability! }
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            return a.card < b.card
        }.prefix(Self.listLength))
        mostLapses = Array(studied.filter { $0.lapses > 0 }.sorted { a, b in
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            if a.retrievability != b.retrievability { return (a.retrievability ?? 0) < (b.retrievability ?? 0) }
            return a.card < b.card
        }.prefix(Self.listLength))
    }
}
