/// Reviews per study day: the heatmap, streaks and averages.
extension Report {
    /// The Monday that starts the heatmap: `weeks` weeks back, today's week included.
    static func heatmapStart(today: Int) -> Int {
        today - weekday(today) - 7 * (weeks - 1)
    }

    /// 0 for Monday ... 6 for Sunday (day 0, 1970-01-01, was a Thursday).
    static func weekday(_ day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7
    }

    static func activity(_ history: ReviewHistory, today: Int) -> Activity {
        var activity = Activity()
        activity.reviewsTotal = history.reviewsTotal
        activity.durationMS = history.durationMS
        activity.timedReviews = history.timedReviews
        let days = history.reviewsPerDay.filter { $0.value > 0 }.keys.sorted()
        activity.studyDays = days.count
        var run = 0
        var previous = Int.min
        for day in days {
            run = day == previous + 1 ? run + 1 : 1
            activity.streakLongest = max(activity.streakLongest, run)
            previous = day
        }
        var day = (history.reviewsPerDay[today] ?? 0) > 0 ? today : today - 1
        while (history.reviewsPerDay[day] ?? 0) > 0 {
            activity.streakCurrent += 1
            day -= 1
        }
        activity.firstDay = heatmapStart(today: today)
        activity.heatmap = (activity.firstDay...today).map { history.reviewsPerDay[$0] ?? 0 }
        return activity
    }
}

extension Activity {
    /// Shade 0 (no review) to 4 (the busiest day of the heatmap) for a day's count.
    public func level(_ count: Int) -> Int {
        guard count > 0, let most = heatmap.max(), most > 0 else { return 0 }
        return min(max(Int((4 * Double(count) / Double(most)).rounded(.up)), 1), 4)
    }
}
