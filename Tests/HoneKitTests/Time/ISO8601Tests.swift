import Foundation
import Testing
@testable import HoneKit

@Suite struct ISO8601Tests {
    @Test(arguments: [
        ("2026-11-24T09:00:00Z", 1_795_510_800.0),
        ("2026-11-24T10:30:00+01:30", 1_795_510_800.0),
        ("2026-11-24T04:00:00-05:00", 1_795_510_800.0),
        ("2026-11-24 09:00:00Z", 1_795_510_800.0),
        ("2026-11-24T09:00Z", 1_795_510_800.0),
        ("2026-11-24T09:00:00.250Z", 1_795_510_800.25),
        ("2026-11-24", 1_795_478_400.0),
        ("1970-01-01T00:00:00Z", 0),
        ("2024-02-29T12:00:00Z", 1_709_208_000),
    ])
    func parses(text: String, seconds: Double) {
        #expect(ISO8601.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-24T09:00:00", "tomorrow",
                      "2026-11-24T25:00:00Z", "2026-11-24T09:00:00Zjunk", "2023-02-29", ""])
    func rejects(text: String) {
        #expect(ISO8601.parse(text) == nil)
    }

    @Test func formatsAndRoundTrips() {
        #expect(ISO8601.format(Date(timeIntervalSince1970: 1_795_510_800)) == "2026-11-24T09:00:00Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: 1_795_510_800.25)) == "2026-11-24T09:00:00.250Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        for seconds in stride(from: -1e9, to: 4e9, by: 7_777_777.123) {
            let date = Date(timeIntervalSince1970: (seconds * 1000).rounded() / 1000)
            #expect(abs(ISO8601.parse(ISO8601.format(date))!.timeIntervalSince(date)) < 0.0005)
        }
    }

    /// The fixed-place reader of hone's own form agrees with the general reader to the last bit,
    /// and leaves everything else to it.
    @Test func theFastReaderOfHonesOwnFormAgreesWithTheGeneralOne() {
        var rng = SplitMix64(seed: 42)
        func general(_ text: String) -> Date? {
            // The general reader alone: the same text with "T" as "t", which only it accepts.
            var bytes = Array(text.utf8)
            if bytes.count > 10 { bytes[10] = 0x74 }
            return bytes.withUnsafeBufferPointer { ISO8601.parse($0) }
        }
        func fast(_ text: String) -> Date? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { ISO8601.parseWritten($0) }
        }
        for _ in 0..<20_000 {
            let seconds = Double(Int.random(in: -2_000_000_000...5_000_000_000, using: &rng))
            let millis = Int.random(in: 0...999, using: &rng)
            let text = ISO8601.format(Date(timeIntervalSince1970: seconds + Double(millis) / 1000))
            #expect(fast(text) != nil && fast(text) == general(text), "\(text)")
        }
        for text in ["2024-02-29T23:59:60Z", "2024-02-29T00:00:00.001Z", "1970-01-01T00:00:00.999Z"] {
            #expect(fast(text) != nil && fast(text) == general(text), "\(text)")
        }
        for text in ["2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z",
                     "2026-01-01T10:00:00.5Z", "2026-01-01T10:00:00+00:00", "2026-0a-01T10:00:00Z", "2026-01-01T10:00:00.12aZ",
                     "2026-01-01 10:00:00Z", "2026-01-00T10:00:00Z"] {
            #expect(fast(text) == nil, "\(text)")
        }
    }
}
