import Foundation
import Testing
@testable import HoneKit

/// Reading the journal from its file a chunk at a time, in parts, gives what reading its text whole
/// gives: the same reviews in the same order, the same line numbers in errors, the same torn line.
@Suite struct ReviewColumnsFileTests {
    let path = "/p/reviews.jsonl"

    /// A journal with lines of every kind hone meets: its own, hand-written ones, CRLF endings,
    /// blank lines, escapes, and lines much longer than a chunk.
    func journal(lines: Int, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var text = ""
        for index in 0..<lines {
            let card = "d/c\(Int.random(in: 0..<40, using: &rng))/term"
            let at = ISO8601.format(Date(timeIntervalSince1970: 1_790_000_000 + Double(index) * 600))
            let rating = Int.random(in: 1...4, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: text += " { \"rating\" : \(rating) , \"at\" : \"\(at)\" , \"card\" : \"\(card)\" }\r\n"
            case 1: text += "\n   \n"
            case 2: text += "{\"card\":\"\(card)\",\"at\":\"\(at)\",\"rating\":\(rating),\"answer\":\"\(String(repeating: "long \\\"x\\\" ", count: 40))\"}\n"
            default: text += "{\"card\":\"\(card)\",\"at\":\"\(at)\",\"rating\":\(rating),\"kind\":\"typed\",\"duration_ms\":\(index)}\n"
            }
        }
        return text
    }

    func whole(_ text: String) throws -> ReviewColumns {
        try ReviewColumns.read(Array(text.utf8), path: path, parts: 1)
    }

    func chunked(_ text: String, chunk: Int, parts: Int) throws -> ReviewColumns {
        let fs = InMemoryFileSystem(files: [path: Array(text.utf8)])
        return try ReviewColumns.read(fileSystem: fs, path: path, size: text.utf8.count, parts: parts, chunk: chunk)
    }

    func summary(_ columns: ReviewColumns) -> [String] {
        columns.reviews.map { "\(columns.cardIDs.ids[Int($0.card)]) \($0.time) \($0.rating) \($0.duration)" }
            + ["lines \(columns.lines) torn \(columns.tornLastLine)"]
    }

    @Test(arguments: [(64, 1), (64, 3), (100, 2), (1000, 4), (1 << 20, 2)])
    func chunksAndPartsChangeNothing(chunk: Int, parts: Int) throws {
        for (seed, ending) in [(1, ""), (2, "{\"card\":\"d/x/term\",\"at\":\"2026-11-24T09:00:00Z\",\"rating\":3}"), (3, "{\"card\":\"d/x")] {
            let text = journal(lines: 400, seed: UInt64(seed)) + ending
            #expect(summary(try chunked(text, chunk: chunk, parts: parts)) == summary(try whole(text)), "seed \(seed)")
        }
    }

    @Test func aBadLineHasTheSameNumberEitherWay() throws {
        // Split on bytes: a Swift string takes "\r\n" as one character.
        let lines = Array(journal(lines: 300, seed: 9).utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        let bad = ArraySlice("{\"card\":\"d/a/term\",\"rating\":3}".utf8)
        let text = String(decoding: Array((lines[..<250] + [bad] + lines[250...]).joined(separator: [0x0A])), as: UTF8.self)
        let expected = #expect(throws: ProgressError.self) { try whole(text) }
        for (chunk, parts) in [(64, 1), (64, 4), (200, 3)] {
            let error = #expect(throws: ProgressError.self) { try chunked(text, chunk: chunk, parts: parts) }
            #expect(error == expected)
        }
        if case .badJournalLine(_, let line, _) = expected { #expect(line == 251) } else { Issue.record("\(String(describing: expected))") }
    }

    @Test func anEmptyOrMissingJournalIsEmpty() throws {
        #expect(try chunked("", chunk: 64, parts: 2).reviews.isEmpty)
        let missing = try ReviewColumns.read(fileSystem: InMemoryFileSystem(), path: path, size: 0, parts: 2)
        #expect(missing.reviews.isEmpty && missing.lines == 0)
    }
}
