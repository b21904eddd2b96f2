import Foundation
import Testing
@testable import HoneKit

@Suite struct ZoneOffsetsTests {
    /// Zones with daylight saving, half-hour and 45-minute offsets, a 30-minute DST, DST abolished,
    /// standard offsets changed, a day skipped (Apia, 2011), and none at all.
    static let zones = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu",
                        "America/Sao_Paulo", "Europe/Moscow", "Pacific/Apia", "Africa/Casablanca", "America/St_Johns",
                        "Asia/Tokyo", "Pacific/Chatham"]

    @Test(arguments: zones) func theTableGivesTheZonesOwnOffsetAtEveryInstant(_ identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let table = ZoneOffsets(zone)
        var rng = SplitMix64(seed: StableHash.fnv1a64(identifier))
        // Random instants from 1985 to 2090 (before and after the table too), and both sides of each
        // transition in the covered span.
        var instants = (0..<3000).map { _ in 473_385_600 + Double.random(in: 0..<1, using: &rng) * 3_313_000_000 }
        var cursor = ZoneOffsets.coveredStart
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < ZoneOffsets.coveredEnd {
            instants += [next.timeIntervalSince1970 - 1, next.timeIntervalSince1970, next.timeIntervalSince1970 + 1]
            cursor = next
        }
        for seconds in instants {
            #expect(table.offset(at: seconds) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)),
                    "\(identifier) at \(ISO8601.format(Date(timeIntervalSince1970: seconds)))")
        }
    }

    @Test(arguments: zones) func studyDaysAgreeWithTheZone(_ identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let calendar = StudyCalendar(timeZone: zone, dayStartsAt: 4)
        var rng = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let date = Date(timeIntervalSince1970: 946_684_800 + Double.random(in: 0..<1, using: &rng) * 2_000_000_000)
            let local = date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date) - 4 * 3600)
            #expect(calendar.day(of: date) == Int((local / 86_400).rounded(.down)), "\(identifier) \(date)")
        }
    }
}
