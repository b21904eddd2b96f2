/// Counts for one study day.
struct DayFigures: Sendable {
    var reviews: Int32 = 0
    var youngPassed: Int32 = 0
    var youngTotal: Int32 = 0
    var maturePassed: Int32 = 0
    var matureTotal: Int32 = 0

    mutating func add(_ other: DayFigures) {
        reviews += other.reviews
        youngPassed += other.youngPassed
        youngTotal += other.youngTotal
        maturePassed += other.maturePassed
        matureTotal += other.matureTotal
    }
}

/// Figures per study day: an array over the journal's span of days, or a dictionary when the span
/// is absurdly long (a hand-written date in another millennium).
struct DayTable: Sendable {
    static let denseLimit = 200_000
    let first: Int
    private var dense: [DayFigures]
    private var sparse: [Int: DayFigures] = [:]

    /// A table over `days.count` days from `first`, counted elsewhere.
    init(first: Int, days: [DayFigures]) {
        self.first = first
        dense = days
    }

    init(first: Int, last: Int, dense useArray: Bool = true) {
        self.first = first
        let span = last - first + 1
        dense = useArray && span <= Self.denseLimit ? Array(repeating: DayFigures(), count: max(span, 0)) : []
    }

    mutating func update(_ day: Int, _ body: (inout DayFigures) -> Void) {
        if dense.isEmpty { body(&sparse[day, default: DayFigures()]) } else { body(&dense[day - first]) }
    }

    /// Adds another table's counts (one over the same days).
    mutating func add(_ other: DayTable) {
        if dense.isEmpty {
            for (day, figures) in other.sparse { update(day) { $0.add(figures) } }
        } else {
            for index in dense.indices { dense[index].add(other.dense[index]) }
        }
    }

    /// Every day with a review, in no particular order.
    func forEach(_ body: (Int, DayFigures) -> Void) {
        for (offset, figures) in dense.enumerated() where figures.reviews > 0 { body(first + offset, figures) }
        for (day, figures) in sparse where figures.reviews > 0 { body(day, figures) }
    }
}
