import Foundation
import Testing
@testable import HoneKit

@Suite struct StudyCalendarTests {
    let utc4 = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, dayStartsAt: 4)

    @Test func aReviewBeforeTheDayStartsBelongsToThePreviousDay() {
        let evening = TestDecks.date("2026-11-24T22:00:00Z")
        let night = TestDecks.date("2026-11-25T02:00:00Z")
        let morning = TestDecks.date("2026-11-25T05:00:00Z")
        #expect(utc4.daysBetween(evening, night) == 0)
        #expect(utc4.daysBetween(night, morning) == 1)
        #expect(utc4.daysBetween(TestDecks.date("2026-11-25T03:59:59Z"), TestDecks.date("2026-11-25T04:00:00Z")) == 1)
    }

    @Test func usesTheLocalTimeZone() {
        let berlin = StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, dayStartsAt: 4)
        // 02:30 UTC is 03:30 in Berlin (winter): still the previous study day there, a new one in UTC.
        let date = TestDecks.date("2026-11-25T02:30:00Z")
        #expect(berlin.day(of: date) == utc4.day(of: date))
        let later = TestDecks.date("2026-11-25T03:30:00Z")
        #expect(berlin.day(of: later) == utc4.day(of: later) + 1)
    }

    @Test func startOfDayIsTheFirstInstantOfThatDay() {
        for calendar in [utc4, StudyCalendar(timeZone: TimeZone(identifier: "America/New_York")!, dayStartsAt: 4)] {
            let date = TestDecks.date("2026-03-08T12:00:00Z") // a DST change in New York
            let day = calendar.day(of: date)
            let start = calendar.start(ofDay: day)
            #expect(calendar.day(of: start) == day)
            #expect(calendar.day(of: start.addingTimeInterval(-1)) == day - 1)
        }
    }
}
