import Foundation
import Testing
@testable import HoneKit

/// A file system in memory whose appends fail after the first `appendsAllowed`.
final class FailingAppends: FileSystem, @unchecked Sendable {
    let base = InMemoryFileSystem()
    private let lock = NSLock()
    private var appendsLeft: Int
    private(set) var appends = 0

    init(appendsAllowed: Int) { appendsLeft = appendsAllowed }

    func append(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        let fail = lock.withLock { () -> Bool in
            appends += 1
            appendsLeft -= 1
            return appendsLeft < 0
        }
        if fail { throw FileError(path: path, kind: .io, reason: "No space left on device") }
        try base.append(path, bytes)
    }

    func read(_ path: String) throws(FileError) -> [UInt8]? { try base.read(path) }
    func read(_ path: String, from offset: Int) throws(FileError) -> [UInt8]? { try base.read(path, from: offset) }
    func read(_ path: String, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int? {
        try base.read(path, at: offset, into: buffer)
    }
    func lockExclusive(_ path: String) throws(FileError) -> FileLock { try base.lockExclusive(path) }
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileError) { try base.writeAtomically(path, bytes) }
    func truncate(_ path: String, to length: Int) throws(FileError) { try base.truncate(path, to: length) }
    func size(_ path: String) throws(FileError) -> Int? { try base.size(path) }
    func createDirectory(_ path: String) throws(FileError) { try base.createDirectory(path) }
    func list(_ directory: String) throws(FileError) -> [String] { try base.list(directory) }
    func remove(_ path: String) throws(FileError) { try base.remove(path) }
    func exists(_ path: String) -> Bool { base.exists(path) }
    func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
}

/// Lines appended a chunk at a time: each chunk ends at a line's end, and a failure leaves the
/// journal as it was before the first chunk.
@Suite struct JournalAppenderTests {
    static let lines = (0..<50).map { "{\"card\":\"c\($0 % 7)\",\"at\":\"2026-01-01T00:00:\(10 + $0 % 50)Z\",\"rating\":3}\n" }

    @Test(arguments: [1, 60, 61, 500, 1 << 20])
    func chunksEndAtLineEnds(_ chunkSize: Int) throws {
        let fs = FailingAppends(appendsAllowed: .max)
        var appender = JournalAppender(fileSystem: fs, path: "/j", start: 0, chunkSize: chunkSize)
        var sizes: [Int] = []
        var last = 0
        for line in Self.lines {
            appender.buffer += line.utf8
            try appender.lineEnded()
            let size = try fs.size("/j") ?? 0
            if size != last { sizes.append(size - last); last = size }
        }
        try appender.finish()
        let size = try fs.size("/j") ?? 0
        if size != last { sizes.append(size - last) }
        #expect(fs.base.contents("/j") == Self.lines.joined())
        #expect(appender.written == Self.lines.joined().utf8.count)
        let ends = Set(Self.lines.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) })
        var offset = 0
        for (number, size) in sizes.enumerated() {
            offset += size
            #expect(ends.contains(offset), "chunk \(number) ends inside a line")
            #expect(size >= chunkSize || number == sizes.count - 1, "only the last chunk is short")
        }
        if chunkSize == 1 << 20 { #expect(fs.appends == 1) }
    }

    @Test(arguments: [0, 1, 3])
    func aFailedChunkLeavesTheJournalAsItWas(_ allowed: Int) throws {
        let fs = FailingAppends(appendsAllowed: allowed + 1)
        try fs.append("/j", Array("{\"card\":\"x\",\"at\":\"2025-01-01T00:00:00Z\",\"rating\":1}\n".utf8))
        let before = try #require(try fs.read("/j"))
        var appender = JournalAppender(fileSystem: fs, path: "/j", start: before.count, chunkSize: 200)
        #expect(throws: FileError.self) {
            for line in Self.lines {
                appender.buffer += line.utf8
                try appender.lineEnded()
            }
            try appender.finish()
        }
        appender.rollBack()
        #expect(try fs.read("/j") == before)
    }
}
