import Foundation
import Testing
@testable import HoneKit

/// The scanner's fast paths (a duration right after the rating, hone's own timestamps, the last date
/// remembered from line to line) read what `ReviewRecord.parse` reads, or leave the line to it.
@Suite struct JournalScannerTests {
    static let lines = [
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46.088Z","rating":3,"duration_ms":3288}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":1,"duration_ms":0}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":12,"kind":"flip","verdict":"correct"}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":12,"duration_ms":40}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":012}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":-1}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":1.5}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_ms":7 }  "#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":2,"duration_m":7}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46.5Z","rating":2}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46+01:00","rating":2}"#,
        #"{"card":"d/a/term","at":"2023-02-30T14:05:46Z","rating":2}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46.088Z ","rating":2}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z","rating":4}"#,
        #"{"card":"d/a/term","at":"2023-01-02T14:05:46Z"#,
    ]

    @Test func theFastPathsReadWhatTheParserReads() {
        var dates = ISO8601.DateCache()
        for line in Self.lines + Self.lines.reversed() {
            let bytes = Array(line.utf8)
            let fields = bytes.withUnsafeBufferPointer { buffer in
                JournalScanner.scan(buffer, 0, bytes.count, dates: &dates).map {
                    (String(decoding: buffer[$0.card], as: UTF8.self), $0.at, $0.rating, $0.durationMS)
                }
            }
            let parsed = ReviewRecord.parse(line: ArraySlice(bytes))
            guard let fields else { continue } // left to the parser
            guard case .success(let record) = parsed else {
                Issue.record("the scanner read a line the parser rejects: \(line)")
                continue
            }
            #expect(fields.0 == record.card && fields.1 == record.at.timeIntervalSince1970, "\(line)")
            #expect(Int(fields.2) == record.rating.rawValue && fields.3 == record.durationMS, "\(line)")
        }
        let first = Array(Self.lines[0].utf8)
        #expect(first.withUnsafeBufferPointer { JournalScanner.scan($0, 0, first.count) } != nil, "an imported line takes the fast path")
    }
}
