/// Cards coming due, day by day.
extension Due {
    /// Counts a card due on study day `dueDay` (nil: never due, as new and suspended cards are).
    /// Overdue cards count today; cards due after the forecast's last day are not counted.
    mutating func add(dueDay: Int?, today: Int) {
        guard let dueDay else { return }
        let offset = max(dueDay - today, 0)
        if offset < forecast.count { forecast[offset] += 1 }
    }
}
