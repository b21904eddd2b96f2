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

    /// Texts of printable ASCII with a character that needs escaping (or none) at every place,
    /// checked eight bytes at a time as byte by byte.
    @Test func escapesFoundAnywhere() {
        var random = SplitMix64(seed: 4)
        let specials: [String] = ["\"", "\\", "\u{00}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{2028}", "\u{2029}"]
        let harmless: [String] = ["", " ", "~", "é", "\u{A0}", "\u{2027}", "\u{202A}", "😀", "\u{E2}"]
        for _ in 0..<3_000 {
            let plain = String((0..<Int.random(in: 0...40, using: &random)).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
            let insert = Bool.random(using: &random) ? specials.randomElement(using: &random)! : harmless.randomElement(using: &random)!
            var text = plain
            text.insert(contentsOf: insert, at: text.index(text.startIndex, offsetBy: Int.random(in: 0...plain.count, using: &random)))
            let expected = text.unicodeScalars.contains {
                $0 == "\"" || $0 == "\\" || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029
            }
            #expect(JSONText.needsEscapes(text) == expected, "\(text.debugDescription)")
        }
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
