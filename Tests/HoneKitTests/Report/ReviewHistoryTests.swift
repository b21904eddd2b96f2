import Foundation
import Testing
@testable import HoneKit

/// Reading the journal for reports: the fast scanner agrees with `ReviewRecord.parse`, splitting
/// the work among threads changes nothing, and bad lines are errors with their line numbers.
@Suite struct ReviewHistoryTests {
    let settings = SchedulingSettings()

    func scan(_ line: String) -> (card: String, at: Double, rating: UInt8, duration: Int?)? {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            JournalScanner.scan(buffer, 0, bytes.count).map {
                (String(decoding: buffer[$0.card], as: UTF8.self), $0.at, $0.rating, $0.durationMS)
            }
        }
    }

    @Test func theScannerReadsWhatTheParserReadsOrLeavesItToIt() {
        let lines = [
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3}"#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00.250Z","rating":1,"kind":"typed","duration_ms":5234,"answer":"a \"quoted\" \\ answer","verdict":"wrong"}"#,
            #" { "rating" : 4 , "at" : "2026-11-24T10:00:00+02:00" , "card" : "d/b/definition" } "#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":2,"extra":{"nested":true}}"#,
            #"{"card":"d/\u00e9/term","at":"2026-11-24T09:00:00Z","rating":3}"#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3,"duration_ms":null,"flag":true,"n":-1.5e3}"#,
            #"{"card":"x","card":"y","at":"2026-11-24T09:00:00Z","rating":3}"#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3.0}"#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":5}"#,
            #"{"card":"d/a/term","at":"2026-11-24","rating":3}"#,
            #"{"card":"","at":"2026-11-24T09:00:00Z","rating":3}"#,
            #"{"card":"d/a/term","rating":3}"#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3,}"#,
            #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3} trailing"#,
            #"["d/a/term"]"#,
            "{\"card\":\"d/a/\tterm\",\"at\":\"2026-11-24T09:00:00Z\",\"rating\":3}",
        ]
        for line in lines {
            let parsed = ReviewRecord.parse(line: ArraySlice(Array(line.utf8)))
            guard let fields = scan(line) else { continue } // left to the parser, which has the last word
            guard case .success(let record) = parsed else {
                Issue.record("the scanner read a line the parser rejects: \(line)")
                continue
            }
            #expect(fields.card == record.card, "\(line)")
            #expect(fields.at == record.at.timeIntervalSince1970, "\(line)")
            #expect(Int(fields.rating) == record.rating.rawValue, "\(line)")
            #expect(fields.duration == record.durationMS, "\(line)")
        }
        #expect(scan(lines[0]) != nil && scan(lines[1]) != nil && scan(lines[2]) != nil, "the common shapes take the fast path")
        #expect(scan(lines[6])?.card == "y", "the last of a repeated key, as the parser takes it")
    }

    @Test func escapesAndControlCharactersAnywhereInAString() {
        for special in [#"\""#, #"\\"#, #"\u00e9"#, "\t", "é", "\u{7F}"] {
            for before in 0..<20 {
                let answer = String(repeating: "a", count: before) + special + "zz"
                for line in [#"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3,"answer":"\#(answer)","duration_ms":7}"#,
                             #"{"card":"d/\#(answer)","at":"2026-11-24T09:00:00Z","rating":2}"#] {
                    let parsed = ReviewRecord.parse(line: ArraySlice(Array(line.utf8)))
                    guard let fields = scan(line) else { continue }
                    guard case .success(let record) = parsed else {
                        Issue.record("the scanner read a line the parser rejects: \(line)")
                        continue
                    }
                    #expect(fields.card == record.card && fields.duration == record.durationMS, "\(line)")
                }
            }
        }
    }

    /// A journal of `count` reviews over `cards` cards and two years, some out of order.
    func journal(_ count: Int, cards: Int) -> [UInt8] {
        var rng = SplitMix64(seed: 7)
        var text = ""
        let start = 1_750_000_000.0
        for index in 0..<count {
            let card = Int(rng.next() % UInt64(cards))
            let at = start + Double(index) * 60 + (index % 97 == 0 ? -86_400 * 3 : 0)
            let rating = [1, 3, 3, 3, 2, 4][Int(rng.next() % 6)]
            text += #"{"card":"deck/c\#(card)/term","at":"\#(ISO8601.format(Date(timeIntervalSince1970: at)))","rating":\#(rating),"kind":"typed","duration_ms":\#(1000 + index % 5000)}"# + "\n"
        }
        return Array(text.utf8)
    }

    @Test func threadsChangeNothing() throws {
        let bytes = journal(60_000, cards: 700)
        let one = try ReviewHistory.parse(bytes, path: "j", scheduling: settings, parts: 1)
        let three = try ReviewHistory.parse(bytes, path: "j", scheduling: settings, parts: 3)
        #expect(one == three)
        #expect(one.reviewsTotal == 60_000 && one.states.count == 700)
        // And the states are the ones LearnerProgress replays.
        let fs = InMemoryFileSystem(files: ["/p/reviews.jsonl": bytes])
        let progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: TimeZone(identifier: "UTC")!)
        #expect(progress.states == one.states)
        #expect(progress.reviewsPerDay == one.reviewsPerDay)
    }

    @Test func aBadLineIsAnErrorWithItsNumberInAnyPart() throws {
        var bytes = journal(40_000, cards: 50)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var edited = lines.map(Array.init)
        edited[30_000] = Array(#"{"card":"deck/c1/term","at":"yesterday","rating":3}"#.utf8)
        bytes = Array(edited.joined(separator: [0x0A]))
        for parts in [1, 2, 4] {
            #expect(throws: ProgressError.badJournalLine(path: "j", line: 30_001, message: "\"at\" is not an ISO 8601 time with a zone: \"yesterday\"")) {
                try ReviewHistory.parse(bytes, path: "j", scheduling: settings, parts: parts)
            }
        }
    }

    @Test func aTornLastLineIsLeftOut() throws {
        let good = #"{"card":"d/a/term","at":"2026-11-24T09:00:00Z","rating":3}"# + "\n"
        let history = try ReviewHistory.parse(Array((good + "\n  \n" + #"{"card":"d/b/term","at":"2026-11"#).utf8), path: "j", scheduling: settings)
        #expect(history.tornLastLine)
        #expect(history.reviewsTotal == 1 && history.states.keys.sorted() == ["d/a/term"])
        let handWritten = try ReviewHistory.parse(Array(good.dropLast().utf8), path: "j", scheduling: settings)
        #expect(!handWritten.tornLastLine && handWritten.reviewsTotal == 1)
    }

    @Test func cardNumbersFindEveryIdAgain() {
        var numbers = CardNumbers()
        let ids = (0..<5000).map { "deck/entry-\($0)/" + ($0 % 2 == 0 ? "term" : "definition") } + ["", "é", "a/b", "abcdefg", "abcdefgh", "abcdefgh\u{0}", "abcdefghi", "abcdefgi", "bbcdefgh"]
        for (index, id) in ids.enumerated() { #expect(numbers.number(id) == Int32(index)) }
        for (index, id) in ids.enumerated().reversed() { #expect(numbers.number(id) == Int32(index)) }
        #expect(numbers.ids == ids)
    }
}
