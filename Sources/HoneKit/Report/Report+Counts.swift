/// Counting cards by state.
extension CardCounts {
    /// Counts one card: suspended (a leech) first, then by phase; review cards by interval.
    mutating func add(_ state: CardState) {
        total += 1
        if state.isLeech {
            suspended += 1
            return
        }
        switch state.phase {
        case .new: new += 1
        case .learning, .relearning: learning += 1
        case .review: if state.intervalDays >= Report.matureDays { mature += 1 } else { young += 1 }
        }
    }

    mutating func add(_ other: CardCounts) {
        total += other.total
        new += other.new
        learning += other.learning
        young += other.young
        mature += other.mature
        suspended += other.suspended
    }
}
