import Foundation
import Testing
@testable import HoneKit

/// The optimizer's compact review log: read piece by piece from a journal, it holds what a
/// whole-file `Journal.parse` finds, and gives the same sequences as the records do.
@Suite struct ReviewLogTests {
    func journalText(_ records: [ReviewRecord]) -> [UInt8] { Array(records.map(\.line).joined().utf8) }

    func read(_ bytes: [UInt8], pieces: Int) throws -> ReviewLog {
        var reader = JournalLogReader(path: "reviews.jsonl")
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + pieces, bytes.count)
            try reader.feed(bytes[offset..<end])
            offset = end
        }
        return try reader.finish()
    }

    @Test func readingInPiecesFindsWhatAWholeParseFinds() throws {
        var records = SyntheticReviewLog.records(cards: 30, seed: 7)
        records[3].durationMS = 4_200
        records[5].kind = "typed"
        records[5].answer = "a \"quoted\" answer"
        var bytes = journalText(records)
        bytes += Array("\n  \n".utf8) // blank lines count as lines but hold no review
        bytes += Array(#"{"card":"x","at":"2024-03-01T10:00:00Z","rating":3}"#.utf8) // a last line without a newline
        let whole = try Journal(path: "reviews.jsonl").parse(bytes).reviews
        for pieces in [1, 7, 100, 4096, bytes.count] {
            #expect(try read(bytes, pieces: pieces) == ReviewLog(whole), "pieces of \(pieces) bytes")
        }
        let log = ReviewLog(whole)
        #expect(log.count == records.count + 1 && log.cardIDs.last == "x")
        #expect(log.durationMS(3) == 4_200 && log.durationMS(4) == nil && log.date(0) == records[0].at)
    }

    @Test func aTornLastLineIsLeftOutAndABadLineElsewhereIsAnError() throws {
        let good = journalText(SyntheticReviewLog.records(cards: 3, seed: 2))
        let torn = good + Array(#"{"card":"x","at":"2024-03-"#.utf8)
        #expect(try read(torn, pieces: 50).count == (try Journal(path: "reviews.jsonl").parse(torn).reviews.count))
        let bad = good + Array("not json\n".utf8) + good
        let badLine = good.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        for pieces in [13, bad.count] {
            #expect(throws: ProgressError.self) { try read(bad, pieces: pieces) }
            do {
                _ = try read(bad, pieces: pieces)
            } catch {
                #expect("\(error)".contains("\(badLine)"), "\(error)")
            }
        }
    }

    @Test func sequencesFromTheLogEqualSequencesFromTheRecords() {
        var records = SyntheticReviewLog.records(cards: 40, seed: 11)
        // Out of time order within a card, and ties in time: the log's order breaks them.
        records.swapAt(2, 9)
        records.append(ReviewRecord(card: records[0].card, at: records[0].at, rating: .easy))
        let calendar = StudyCalendar()
        let fromLog = ReviewSequences(ReviewLog(records), calendar: calendar)
        let (expected, sources) = reference(records, calendar: calendar)
        #expect(fromLog.cardStarts == expected.cardStarts && fromLog.elapsedDays == expected.elapsedDays)
        #expect(fromLog.ratings == expected.ratings && fromLog.sourceIndices == sources)
        #expect(ReviewSequences(records, calendar: calendar) == fromLog)
        #expect(fromLog.reviewCount == records.count)
    }

    /// The sequences as first written (a dictionary of index arrays by card), to hold the compact
    /// grouping to the same result.
    func reference(_ records: [ReviewRecord], calendar: StudyCalendar) -> (ReviewSequences, [Int]) {
        var byCard: [String: [Int]] = [:]
        for (index, record) in records.enumerated() { byCard[record.card, default: []].append(index) }
        var cards: [(first: Date, id: String, indices: [Int])] = byCard.map { id, indices in
            let ordered = indices.sorted { records[$0].at != records[$1].at ? records[$0].at < records[$1].at : $0 < $1 }
            return (records[ordered[0]].at, id, ordered)
        }
        cards.sort { $0.first != $1.first ? $0.first < $1.first : $0.id < $1.id }
        var out = ReviewSequences()
        var sources: [Int] = []
        for card in cards {
            sources += card.indices
            var previousDay: Int?
            out.appendCard(card.indices.map { index in
                let day = calendar.day(of: records[index].at)
                defer { previousDay = day }
                return (previousDay.map { day - $0 } ?? 0, records[index].rating)
            })
        }
        return (out, sources)
    }

    /// The column reader (used by `hone optimize`) gives the log the line-by-line reader gives.
    @Test func readingWithTheColumnReaderGivesTheSameLog() throws {
        var rng = SplitMix64(seed: 5)
        var text = ""
        for index in 0..<3000 {
            let at = ISO8601.format(Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 3_700.125))
            let card = "d/c\(Int.random(in: 0..<90, using: &rng))/term"
            switch index % 7 {
            case 0: text += " { \"rating\" : 2, \"at\" : \"\(at)\", \"card\" : \"\(card)\" }\r\n"
            case 1: text += "\n"
            case 2: text += "{\"card\":\"\(card)\",\"at\":\"\(at)\",\"rating\":3,\"duration_ms\":0}\n"
            default: text += "{\"card\":\"\(card)\",\"at\":\"\(at)\",\"rating\":\(index % 4 + 1),\"kind\":\"typed\",\"duration_ms\":\(index)}\n"
            }
        }
        text += "{\"card\":\"d/torn"
        let fs = InMemoryFileSystem(files: ["/j.jsonl": Array(text.utf8)])
        var reader = JournalLogReader(path: "/j.jsonl")
        try reader.feed(Array(text.utf8))
        let expected = try reader.finish()
        let log = try ReviewLog.read(fileSystem: fs, path: "/j.jsonl")
        #expect(log == expected)
        #expect(log.count == expected.count && log.count > 2000)
        #expect(try ReviewLog.read(fileSystem: fs, path: "/missing.jsonl").count == 0)
    }
}
