import Foundation

/// A file system in memory, for tests. Thread-safe; folders are implied by file paths or created.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    private var folders: Set<String> = ["/", "."]
    /// When set, every write fails with this error (to test read-only or full disks).
    public var failWrites: FileError.Kind? {
        get { lock.withLock { _failWrites } }
        set { lock.withLock { _failWrites = newValue } }
    }
    private var _failWrites: FileError.Kind?

    public init(files: [String: [UInt8]] = [:]) {
        self.files = files
    }

    public func contents(_ path: String) -> String? {
        lock.withLock { files[path].map { String(decoding: $0, as: UTF8.self) } }
    }

    public func read(_ path: String) throws(FileError) -> [UInt8]? {
        lock.withLock { files[path] }
    }

    public func read(_ path: String, from offset: Int) throws(FileError) -> [UInt8]? {
        lock.withLock { files[path].map { Array($0.dropFirst(offset)) } }
    }

    public func read(_ path: String, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int? {
        lock.withLock {
            guard let file = files[path] else { return nil }
            let range = min(offset, file.count)..<min(offset + buffer.count, file.count)
            file[range].withUnsafeBytes { buffer.copyMemory(from: $0) }
            return range.count
        }
    }

    public func lockExclusive(_ path: String) throws(FileError) -> FileLock {
        FileLock {}
    }

    public func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        try checkWritable(path)
        lock.withLock { files[path] = bytes }
    }

    public func append(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        try checkWritable(path)
        lock.withLock { files[path, default: []].append(contentsOf: bytes) }
    }

    public func truncate(_ path: String, to length: Int) throws(FileError) {
        try checkWritable(path)
        lock.withLock { if let bytes = files[path] { files[path] = Array(bytes.prefix(length)) } }
    }

    public func size(_ path: String) throws(FileError) -> Int? {
        lock.withLock { files[path]?.count }
    }

    public func createDirectory(_ path: String) throws(FileError) {
        try checkWritable(path)
        lock.withLock { _ = folders.insert(path) }
    }

    public func list(_ directory: String) throws(FileError) -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return lock.withLock {
            let names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                .map { $0.split(separator: "/").first.map(String.init) ?? $0 }
            let dirs = folders.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                .filter { !$0.isEmpty && !$0.contains("/") }
            return Array(Set(names + dirs)).sorted()
        }
    }

    public func remove(_ path: String) throws(FileError) {
        try checkWritable(path)
        lock.withLock { _ = files.removeValue(forKey: path) }
    }

    public func exists(_ path: String) -> Bool {
        lock.withLock { files[path] != nil || folders.contains(path) || files.keys.contains { $0.hasPrefix(path + "/") } }
    }

    public func isDirectory(_ path: String) -> Bool {
        lock.withLock { folders.contains(path) || files.keys.contains { $0.hasPrefix(path + "/") } }
    }

    private func checkWritable(_ path: String) throws(FileError) {
        if let kind = failWrites { throw FileError(path: path, kind: kind, reason: "No space left on device") }
    }
}
