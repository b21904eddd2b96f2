/// The file operations hone's engine needs, behind a protocol so that tests can run on an in-memory
/// double and the real one can make each write durable.
public protocol FileSystem: Sendable {
    /// The whole file, or nil when it does not exist.
    func read(_ path: String) throws(FileError) -> [UInt8]?
    /// The file from byte `offset` to its end, or nil when it does not exist.
    func read(_ path: String, from offset: Int) throws(FileError) -> [UInt8]?
    /// Fills `buffer` from byte `offset` of the file (less at its end): the count read, 0 past the
    /// end, nil when the file does not exist. For reading a large file a piece at a time.
    func read(_ path: String, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int?
    /// Takes an exclusive advisory lock on `path` (created if missing), waiting for other processes
    /// to release theirs; held until the returned lock is released or deallocated.
    func lockExclusive(_ path: String) throws(FileError) -> FileLock
    /// Replaces the file atomically: a temporary file, fsync, rename, fsync of the folder.
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileError)
    /// Copies `source` to `target` as `writeAtomically` writes (false when `source` does not exist),
    /// without holding the whole file in memory where the file system allows it.
    func copyAtomically(_ source: String, to target: String) throws(FileError) -> Bool
    /// Appends to the file (creating it) and fsyncs before returning.
    func append(_ path: String, _ bytes: [UInt8]) throws(FileError)
    /// Cuts the file to `length` bytes and fsyncs.
    func truncate(_ path: String, to length: Int) throws(FileError)
    /// The size of the file, or nil when it does not exist.
    func size(_ path: String) throws(FileError) -> Int?
    func createDirectory(_ path: String) throws(FileError)
    /// Names of the entries of a folder (not paths); empty when the folder does not exist.
    func list(_ directory: String) throws(FileError) -> [String]
    /// Removes a file (not a folder); no error when it is already gone.
    func remove(_ path: String) throws(FileError)
    func exists(_ path: String) -> Bool
    func isDirectory(_ path: String) -> Bool
}

/// An advisory lock held on a file; released by `release()` or when it is deallocated.
public final class FileLock: @unchecked Sendable {
    private var unlock: (() -> Void)?

    public init(unlock: @escaping () -> Void) { self.unlock = unlock }

    public func release() {
        unlock?()
        unlock = nil
    }

    deinit { release() }
}

/// A file operation that failed, naming the file.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case notFound, cannotCreate, io
    }

    public var path: String
    public var kind: Kind
    public var reason: String

    public init(path: String, kind: Kind, reason: String) {
        self.path = path
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Path helpers (plain strings keep the file-system protocol small and portable).
public enum Path {
    public static func join(_ parts: String...) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if out.isEmpty || part.hasPrefix("/") { out = part; continue }
            out += out.hasSuffix("/") ? part : "/" + part
        }
        return out
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

extension FileSystem {
    /// Reads the whole file and writes the copy in one piece (a double that keeps files in memory).
    public func copyAtomically(_ source: String, to target: String) throws(FileError) -> Bool {
        guard let bytes = try read(source) else { return false }
        try writeAtomically(target, bytes)
        return true
    }
}
