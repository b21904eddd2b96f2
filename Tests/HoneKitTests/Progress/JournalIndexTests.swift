import Foundation
import Testing
@testable import HoneKit

/// The journal's reviews counted a piece at a time are those its whole text holds, whatever the
/// pieces' size: lines cut between pieces, carriage returns, blank and hand-written lines, a line
/// longer than a piece, a torn last line; and a bad line is the same error at the same number.
@Suite struct JournalIndexTests {
    static let text: String = {
        var lines: [String] = []
        for index in 0..<60 {
            let at = ISO8601.format(Date(timeIntervalSince1970: 1_767_000_000 + Double(index * 3_600) + Double(index % 7) / 1000))
            lines.append(#"{"card":"d/e\#(index % 5)/term","at":"\#(at)","rating":\#(index % 4 + 1),"duration_ms":\#(index * 100)}"#)
        }
        lines[10] += "\r"
        lines[20] = "   "
        lines[30] = #" { "rating" : 2, "at" : "2026-01-01T10:00:00.500+01:00", "card" : "d/\"quoted\"/term", "device" : "x" } "#
        lines[40] = #"{"card":"d/\#(String(repeating: "long", count: 200))/term","at":"2026-01-02T00:00:00Z","rating":3}"#
        lines[50] = lines[49]
        return lines.joined(separator: "\n") + "\n" + #"{"card":"d/torn","at":"2026-"#
    }()

    static func counts(_ bytes: [UInt8]) throws -> [String: Int] {
        var cards = CardNumbers()
        let index = try JournalIndex.read(bytes, path: "j", cards: &cards)
        return index.entries.reduce(into: [:]) { $0["\(cards.ids[Int($1.card)])@\($1.millisecond)=\($1.rating)", default: 0] += 1 }
    }

    static func pieceCounts(_ bytes: [UInt8], length: Int, pieceSize: Int) throws -> [String: Int] {
        let fs = InMemoryFileSystem(files: ["/j": bytes])
        var cards = CardNumbers()
        let counts = try JournalIndex.reviewCounts(fileSystem: fs, path: "/j", length: length, cards: &cards, pieceSize: pieceSize)
        return counts.reduce(into: [:]) { $0["\(cards.ids[Int($1.key.card)])@\($1.key.millisecond)=\($1.key.rating)"] = $1.value }
    }

    @Test(arguments: [1, 2, 50, 97, 333, 4_096, 1 << 20])
    func piecesCountWhatTheWholeTextHolds(_ pieceSize: Int) throws {
        let bytes = Array(Self.text.utf8)
        let whole = try Self.counts(bytes)
        #expect(whole.values.reduce(0, +) == 59, "60 whole lines, less the blank one")
        #expect(whole.values.contains(2))
        #expect(try Self.pieceCounts(bytes, length: bytes.count, pieceSize: pieceSize) == whole)
        // Up to the end of the last whole line (as a merge reads it): the same.
        let valid = bytes.lastIndex(of: 0x0A)! + 1
        #expect(try Self.pieceCounts(bytes, length: valid, pieceSize: pieceSize) == whole)
    }

    @Test(arguments: [1, 64, 1 << 20])
    func aBadLineIsTheSameError(_ pieceSize: Int) throws {
        var lines = Array(Self.text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        lines[33] = Array(#"{"card":"x","rating":3}"#.utf8)
        let bytes = Array(lines.joined(separator: [0x0A]))
        let expected = ProgressError.badJournalLine(path: "/j", line: 34, message: "no \"at\" (an ISO 8601 time)")
        var cards = CardNumbers()
        #expect(throws: expected) { try JournalIndex.read(bytes, path: "/j", cards: &cards) }
        #expect(throws: expected) { try Self.pieceCounts(bytes, length: bytes.count, pieceSize: pieceSize) }
    }
}
