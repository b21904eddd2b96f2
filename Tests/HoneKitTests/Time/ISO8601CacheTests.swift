import Foundation
import Testing
@testable import HoneKit

/// Reading hone's timestamps one after another with the last date remembered gives what reading
/// each alone gives, and a bad one is still refused after a good one of the same date.
@Suite struct ISO8601CacheTests {
    func parse(_ text: String, _ dates: inout ISO8601.DateCache) -> Date? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { ISO8601.parseWritten($0, dates: &dates) }
    }

    @Test func aRememberedDateChangesNothing() {
        var rng = SplitMix64(seed: 5)
        var dates = ISO8601.DateCache()
        var seconds = 1_700_000_000.0
        for _ in 0..<20_000 {
            seconds += Double(rng.next() % 40_000)
            let text = ISO8601.format(Date(timeIntervalSince1970: seconds + Double(rng.next() % 1000) / 1000))
            #expect(parse(text, &dates) == ISO8601.parse(text), "\(text)")
        }
    }

    @Test func badTimesAreRefusedAfterAGoodDate() {
        var dates = ISO8601.DateCache()
        #expect(parse("2026-01-31T10:00:00Z", &dates) != nil)
        for text in ["2026-01-31T24:00:00Z", "2026-01-31T10:60:00Z", "2026-01-31T10:00:61Z", "2026-01-31T1a:00:00Z",
                     "2026-01-31T10:00:00.1x3Z", "2026-01-31 10:00:00Z", "2026-01-31T10:00:00"] {
            #expect(parse(text, &dates) == nil, "\(text)")
        }
        #expect(parse("2026-02-31T10:00:00Z", &dates) == nil)
        #expect(parse("2026-01-31T10:00:00.250Z", &dates) == ISO8601.parse("2026-01-31T10:00:00.250Z"))
    }
}
