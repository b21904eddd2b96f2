import Foundation

/// A time zone's offsets from UTC as a table of transitions, so that the study day of a review is a
/// binary search instead of a call into the zone database (which costs about 0.4 µs, and replaying a
/// million reviews asks it millions of times). The table covers 1990-2080, built from the zone's own
/// transitions and checked against it at both ends of every interval; outside that span, or for a
/// zone whose table does not check out, the zone itself is asked.
final class ZoneOffsets: Sendable {
    static let coveredStart = Date(timeIntervalSince1970: 631_152_000) // 1990-01-01
    static let coveredEnd = Date(timeIntervalSince1970: 3_471_292_800) // 2080-01-01

    /// Instants (seconds since 1970) at which an offset starts, ascending; `offsets[i]` holds from
    /// `starts[i]` until `starts[i + 1]`.
    private let starts: [Double]
    private let offsets: [Int]
    private let zone: TimeZone
    let isValid: Bool

    init(_ zone: TimeZone) {
        self.zone = zone
        var starts = [Self.coveredStart.timeIntervalSince1970]
        var offsets = [zone.secondsFromGMT(for: Self.coveredStart)]
        var cursor = Self.coveredStart
        var valid = true
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < Self.coveredEnd {
            guard next > cursor, starts.count < 4096 else { valid = false; break }
            starts.append(next.timeIntervalSince1970)
            offsets.append(zone.secondsFromGMT(for: next))
            cursor = next
        }
        // Each interval must have one offset from its first to its last second (a change that is not
        // a daylight-saving transition would show here).
        for index in starts.indices where valid {
            let end = index + 1 < starts.count ? starts[index + 1] : Self.coveredEnd.timeIntervalSince1970
            let middle = (starts[index] + end) / 2
            valid = zone.secondsFromGMT(for: Date(timeIntervalSince1970: end - 1)) == offsets[index]
                && zone.secondsFromGMT(for: Date(timeIntervalSince1970: middle)) == offsets[index]
        }
        self.starts = starts
        self.offsets = offsets
        isValid = valid
    }

    /// Seconds east of UTC at `seconds` since 1970.
    func offset(at seconds: Double) -> Int {
        guard isValid, seconds >= starts[0], seconds < Self.coveredEnd.timeIntervalSince1970 else {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        }
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= seconds { low = mid } else { high = mid - 1 }
        }
        return offsets[low]
    }
}
