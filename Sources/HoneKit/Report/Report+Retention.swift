/// True retention over the last 7, 30 and 365 study days, and week by week.
extension Report {
    static func retention(_ history: ReviewHistory, desired: Double, today: Int) -> Retention {
        func window(_ days: Int, _ pick: (ReviewHistory.RetentionDay) -> Rate) -> Rate {
            let first = today - days + 1
            var rate = Rate()
            // Walk the days that have reviews, not the window: the journal has far fewer of them.
            for (day, counts) in history.retentionPerDay where day >= first && day <= today { rate = rate + pick(counts) }
            return rate
        }
        let firstDay = heatmapStart(today: today)
        var weekly = Array(repeating: Rate(), count: weeks)
        for (day, counts) in history.retentionPerDay where day >= firstDay && day <= today {
            weekly[(day - firstDay) / 7] = weekly[(day - firstDay) / 7] + counts.all
        }
        return Retention(desired: desired, last7: window(7, \.all), last30: window(30, \.all), last365: window(365, \.all),
                         young30: window(30, \.young), mature30: window(30, \.mature), weekly: weekly)
    }
}
