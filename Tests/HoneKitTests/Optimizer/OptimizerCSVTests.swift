import Foundation
import Testing
@testable import HoneKit

@Suite struct OptimizerCSVTests {
    func parse(_ text: String) throws(ReviewLogCSVError) -> [ReviewRecord] { try ReviewLogCSV.parse(Array(text.utf8), path: "log.csv") }

    @Test func readsThePyFSRSFormat() throws {
        let records = try parse("""
            \u{FEFF}card_id,review_rating,review_time,review_duration\r
            1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060\r
            "1711684180217",3,2024-03-30T20:32:32+02:00,\r

            42,4,2024-03-31T08:00:00Z,1000
            """)
        #expect(records.count == 3)
        #expect(records[0].card == "1711684180217" && records[0].rating == .again && records[0].durationMS == 25060)
        #expect(records[0].at == ISO8601.parse("2024-03-29T20:32:32.25Z"))
        #expect(records[1].card == "1711684180217" && records[1].durationMS == nil)
        #expect(records[1].at == ISO8601.parse("2024-03-30T18:32:32Z"))
        #expect(records[2].rating == .easy)
    }

    @Test func columnsMayComeInAnyOrderAndDurationIsOptional() throws {
        let records = try parse("review_time,note,card_id,review_rating\n2024-01-01T00:00:00Z,\"a, b\",x,2\n")
        #expect(records == [ReviewRecord(card: "x", at: ISO8601.parse("2024-01-01T00:00:00Z")!, rating: .hard)])
    }

    @Test func errorsSayWhatAndWhere() {
        let header = "card_id,review_rating,review_time,review_duration\n"
        let cases: [(String, ReviewLogCSVError)] = [
            ("card,review_rating,review_time\n", .missingColumn(path: "log.csv", line: 1, column: "card_id")),
            ("", .missingColumn(path: "log.csv", line: 1, column: "card_id")),
            (header + "1,5,2024-01-01T00:00:00Z,10\n", .badRow(path: "log.csv", line: 2, message: "review_rating must be 1, 2, 3 or 4, found \"5\"")),
            (header + "1,3,2024-01-01T00:00:00Z,10\n1,3,yesterday,10\n",
             .badRow(path: "log.csv", line: 3, message: "review_time is not an ISO 8601 time with a zone: \"yesterday\"")),
            (header + "1,3,2024-01-01T00:00:00Z\n", .badRow(path: "log.csv", line: 2, message: "expected 4 fields like the header, found 3")),
            (header + "\"1,3,2024-01-01T00:00:00Z,10\n", .badRow(path: "log.csv", line: 2, message: "a quoted field is not closed")),
            (header + ",3,2024-01-01T00:00:00Z,10\n", .badRow(path: "log.csv", line: 2, message: "card_id is empty")),
            (header + "1,3,2024-01-01T00:00:00Z,soon\n",
             .badRow(path: "log.csv", line: 2, message: "review_duration must be a whole number of milliseconds, found \"soon\"")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try parse(text) }
        }
        #expect(ReviewLogCSVError.badRow(path: "log.csv", line: 7, message: "card_id is empty").description == "log.csv:7: card_id is empty")
    }
}
