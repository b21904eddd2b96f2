import Foundation

/// Study days: local calendar days that start at `dayStartsAt` (an hour, 0-23), as Anki counts them.
/// A review at 02:00 with days starting at 04:00 belongs to the previous study day.
public struct StudyCalendar: Sendable, Equatable {
    public var timeZone: TimeZone { didSet { setZone() } }
    public var dayStartsAt: Int
    /// Worked out once per zone: asking the zone is slow on a hot path.
    private var isUTC: Bool
    private var offsets: ZoneOffsets?

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, dayStartsAt: Int = 4) {
        self.timeZone = timeZone
        self.dayStartsAt = dayStartsAt
        isUTC = true
        setZone()
    }

    private mutating func setZone() {
        isUTC = Self.isUTC(timeZone)
        offsets = isUTC ? nil : ZoneOffsets(timeZone)
    }

    public static func == (a: StudyCalendar, b: StudyCalendar) -> Bool {
        a.timeZone == b.timeZone && a.dayStartsAt == b.dayStartsAt
    }

    /// Seconds east of UTC at `seconds` since 1970.
    private func offset(at seconds: Double) -> Int {
        guard !isUTC else { return 0 }
        return offsets?.offset(at: seconds) ?? timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    }

    /// Asked about a fixed instant, not "now": the engine never reads the clock.
    private static func isUTC(_ zone: TimeZone) -> Bool {
        let epoch = Date(timeIntervalSince1970: 0)
        return zone.secondsFromGMT(for: epoch) == 0 && zone.nextDaylightSavingTimeTransition(after: epoch) == nil
    }

    /// The study day (days since 1970-01-01, local) that `date` belongs to.
    public func day(of date: Date) -> Int {
        let seconds = date.timeIntervalSince1970
        let local = seconds + Double(offset(at: seconds) - dayStartsAt * 3600)
        return ExactRounding.floor(local / 86_400)
    }

    /// Whole study days from `earlier` to `later` (negative if `later` is earlier).
    public func daysBetween(_ earlier: Date, _ later: Date) -> Int {
        day(of: later) - day(of: earlier)
    }

    /// The instant study day `day` begins.
    public func start(ofDay day: Int) -> Date {
        let localSeconds = Double(day) * 86_400 + Double(dayStartsAt * 3600)
        guard !isUTC else { return Date(timeIntervalSince1970: localSeconds) }
        // The offset at the start of that day; evaluate twice to settle across a DST change.
        var guess = localSeconds - Double(offset(at: localSeconds))
        for _ in 0..<2 {
            guess = localSeconds - Double(offset(at: guess))
        }
        return Date(timeIntervalSince1970: guess)
    }
}
