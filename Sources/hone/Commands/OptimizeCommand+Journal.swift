#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HoneKit

/// Reads the learner's journal for `hone optimize` a megabyte at a time into a compact
/// `ReviewLog`: a million-review journal never sits in memory whole, nor as a record per review.
enum JournalLogFile {
    static let chunkSize = 1 << 20

    /// The journal's reviews; an empty log when there is no journal.
    static func load(_ path: String) throws -> ReviewLog {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return ReviewLog() }
            throw FileError(path: path, kind: .io, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, kind: .io, reason: "cannot stat") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, kind: .io, reason: "is a folder, not a file") }
        // Journal lines that hone writes are about 100 bytes: reserve for that many reviews.
        var reader = JournalLogReader(path: path, expectedReviews: Int(info.st_size) / 100)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, kind: .io, reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            try reader.feed(chunk[0..<count])
        }
        return try reader.finish()
    }
}
