import Foundation

/// Reading the journal from its file a megabyte at a time, in parts (split at line ends) on several
/// threads: a hundred-megabyte journal is never held in memory whole, and no part waits for the
/// whole file to be read before it starts.
extension ReviewColumns {
    static let chunkSize = 1 << 20

    /// The columns of the first `size` bytes of the journal at `path` (a bad line's number counts
    /// from the file's start). A missing file reads as empty.
    static func read(fileSystem: any FileSystem, path: String, size: Int, parts: Int,
                     chunk: Int = chunkSize) throws(ProgressError) -> ReviewColumns {
        let parts = size < 4 * chunk ? 1 : max(parts, 1)
        var cuts = [0]
        for part in 1..<max(parts, 1) {
            cuts.append(try lineStart(fileSystem: fileSystem, path: path, after: max(size * part / parts, cuts[part - 1]), size: size))
        }
        cuts.append(size)
        let bounds = cuts
        let results = Parallel.map(parts) { part -> Result<ReviewPart, ProgressError> in
            var columns = ReviewPart(expected: (bounds[part + 1] - bounds[part]) / 100 + 16)
            do throws(ProgressError) {
                try columns.read(fileSystem: fileSystem, path: path, from: bounds[part], to: bounds[part + 1], chunk: chunk)
                return .success(columns)
            } catch {
                return .failure(error)
            }
        }
        return try joined(results)
    }

    /// The first offset at or after `offset` where a line starts (`size` when none does).
    private static func lineStart(fileSystem: any FileSystem, path: String, after offset: Int, size: Int) throws(ProgressError) -> Int {
        var position = offset
        var found: Int?
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { buffer.deallocate() }
        while found == nil, position < size {
            let count: Int
            do { count = try fileSystem.read(path, at: position, into: buffer) ?? 0 } catch { throw .file(error) }
            guard count > 0 else { break }
            if let newline = memchr(buffer.baseAddress!, 0x0A, min(count, size - position)) {
                found = position + (UnsafeRawPointer(newline) - UnsafeRawPointer(buffer.baseAddress!)) + 1
            }
            position += count
        }
        return min(found ?? size, size)
    }

    fileprivate static func lastNewline(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = bytes.count - 1
        while index >= 0, bytes[index] != 0x0A { index -= 1 }
        return index >= 0 ? index : nil
    }
}

extension ReviewPart {
    /// Reads the lines of the file's bytes `first..<last` a chunk at a time; a line cut by a chunk's
    /// end is carried to the next chunk, and a line longer than a chunk makes the chunk grow.
    mutating func read(fileSystem: any FileSystem, path: String, from first: Int, to last: Int,
                               chunk: Int) throws(ProgressError) {
        var capacity = max(chunk, 16)
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var position = first
        var carried = 0
        while position < last {
            if carried == capacity {
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity * 2, alignment: 8)
                larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let room = UnsafeMutableRawBufferPointer(rebasing: buffer[carried..<min(capacity, carried + last - position)])
            let count: Int
            do { count = try fileSystem.read(path, at: position, into: room) ?? 0 } catch { throw .file(error) }
            guard count > 0 else { break } // the file was cut short while it was read
            position += count
            let filled = carried + count
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            let end = position >= last ? filled : (ReviewColumns.lastNewline(in: bytes).map { $0 + 1 } ?? 0)
            if end > 0 { try read(bytes, from: 0, to: end, path: path) }
            carried = filled - end
            if carried > 0, end > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + end, carried) }
        }
    }
}
