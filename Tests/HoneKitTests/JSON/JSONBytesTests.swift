import Foundation
import Testing
@testable import HoneKit

/// `JSONBytes` writes the same text as `JSONText` and `ISO8601.format`.
@Suite struct JSONBytesTests {
    static func text(_ write: (inout JSONBytes) -> Void) -> String {
        var out = JSONBytes()
        write(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func stringsAsJSONText() {
        for value in ["", "plain", "quote\" back\\", "tab\t", "é 😀", "\u{07}\u{7F}\u{85}", "\u{2028}x\u{2029}", "bench/a-b/cloze:x"] {
            #expect(Self.text { $0.string(value) } == JSONText.quote(value))
        }
        #expect(Self.text { $0.string(nil as String?) } == "null")
    }

    @Test func numbersAsJSONText() {
        var random = SplitMix64(seed: 3)
        var values: [Double] = [0, -0.0, 1, -1, 12, 0.5, 1e15 - 1, 1e15, -1e15, 123456.789, 1e300, .infinity, .nan, 2.0000000000000004]
        for _ in 0..<2000 { values.append(Double.random(in: -1e6...1e6, using: &random).rounded(.towardZero)) }
        for _ in 0..<2000 { values.append(Double.random(in: 0...400, using: &random)) }
        for value in values {
            #expect(Self.text { $0.number(value) } == JSONText.number(value))
            if value.isFinite, value.rounded() != value { #expect(JSONText.number(value) == "\(value)") }
        }
        #expect(JSONText.number(0.1) == "0.1" && JSONText.number(2.0000000000000004) == "2.0000000000000004")
        #expect(Self.text { $0.number(nil) } == "null")
        for value in [0, 7, -7, 10, 1234567890, Int.max, Int.min + 1] {
            #expect(Self.text { $0.integer(value) } == String(value))
        }
    }

    @Test func timesAsISO8601() {
        var random = SplitMix64(seed: 5)
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1.5), Date(timeIntervalSince1970: 1_768_294_800.9996),
                     Date(timeIntervalSince1970: 253_402_300_799), Date(timeIntervalSince1970: 253_402_300_800)]
        for _ in 0..<3000 { dates.append(Date(timeIntervalSince1970: Double.random(in: -3e9...4e9, using: &random))) }
        for _ in 0..<1000 { dates.append(Date(timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000, using: &random)))) }
        for date in dates {
            #expect(Self.text { $0.time(date) } == JSONText.quote(ISO8601.format(date)))
        }
        #expect(Self.text { $0.time(nil) } == "null")
    }
}
