import Foundation
import Testing
@testable import HoneKit

/// Backups on disk: a copy byte for byte however large the file (it is copied a megabyte at a
/// time, not read whole), nothing for a missing file, and only the last copies kept.
@Suite struct BackupsTests {
    func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "hone-backups-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aLargeFileIsCopiedByteForByte() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fs = POSIXFileSystem()
        var rng = SplitMix64(seed: 4)
        let bytes = (0..<(3 << 20) + 12_345).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let journal = Path.join(folder, "reviews.jsonl")
        try fs.writeAtomically(journal, bytes)
        let backups = Backups(fileSystem: fs, learnerFolder: folder)
        let copy = try #require(try backups.save(journal, at: Date(timeIntervalSince1970: 1_780_000_000)))
        #expect(try fs.read(copy) == bytes)
        #expect(try fs.list(backups.folder) == [Path.fileName(of: copy)], "no temporary file left")
        #expect(try backups.save(Path.join(folder, "missing.jsonl"), at: Date()) == nil)
    }

    @Test func onlyTheLastCopiesAreKept() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fs = POSIXFileSystem()
        let journal = Path.join(folder, "reviews.jsonl")
        var backups = Backups(fileSystem: fs, learnerFolder: folder)
        backups.keep = 3
        for day in 0..<5 {
            try fs.writeAtomically(journal, Array("day \(day)\n".utf8))
            try backups.save(journal, at: Date(timeIntervalSince1970: 1_780_000_000 + Double(day) * 86_400))
        }
        let kept = try backups.list("reviews.jsonl")
        #expect(kept.count == 3)
        #expect(try fs.read(Path.join(backups.folder, kept.last!)) == Array("day 4\n".utf8))
    }
}
