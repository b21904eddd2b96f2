#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through POSIX calls so that every write that matters is fsync'd.
public struct POSIXFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws(FileError) -> [UInt8]? {
        try read(path, from: 0)
    }

    public func read(_ path: String, from offset: Int) throws(FileError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure(path, .io, "cannot open")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, .io, "cannot stat") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, kind: .io, reason: "is a folder, not a file") }
        guard offset == 0 || lseek(fd, off_t(offset), SEEK_SET) >= 0 else { throw failure(path, .io, "cannot seek") }
        // Straight into the array's storage (a 100 MB journal is not copied twice); a file that grew
        // since fstat is read on in chunks.
        let expected = max(Int(info.st_size) - offset, 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < expected {
                let got = Glibc.read(fd, buffer.baseAddress! + count, expected - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { break }
                count += got
            }
        }
        guard !failed else { throw failure(path, .io, "cannot read") }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, .io, "cannot read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    public func read(_ path: String, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure(path, .io, "cannot open")
        }
        defer { close(fd) }
        var count = 0
        while count < buffer.count {
            let got = pread(fd, buffer.baseAddress! + count, buffer.count - count, off_t(offset + count))
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw failure(path, .io, "cannot read") }
            if got == 0 { break }
            count += got
        }
        return count
    }

    public func lockExclusive(_ path: String) throws(FileError) -> FileLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, .cannotCreate, "cannot open the lock file") }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let error = failure(path, .io, "cannot lock")
            close(fd)
            throw error
        }
        return FileLock { flock(fd, LOCK_UN); close(fd) }
    }

    public func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        try replace(path) { fd throws(FileError) in try writeAll(fd, bytes, path: path) }
    }

    /// A megabyte at a time into the temporary file: a 100 MB journal is backed up without being
    /// read into memory.
    public func copyAtomically(_ source: String, to target: String) throws(FileError) -> Bool {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            if errno == ENOENT { return false }
            throw failure(source, .io, "cannot open")
        }
        defer { close(input) }
        try replace(target) { output throws(FileError) in
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress!, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(source, .io, "cannot read")
                }
                if count == 0 { return }
                try writeAll(output, Array(buffer[..<count]), path: target)
            }
        }
        return true
    }

    /// Replaces `path` atomically with what `write` writes: a temporary file next to it, fsync,
    /// rename, fsync of the folder; on failure the temporary file is removed and `path` is as it was.
    private func replace(_ path: String, write: (Int32) throws(FileError) -> Void) throws(FileError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, .cannotCreate, "cannot create \(Path.fileName(of: temporary))") }
        do throws(FileError) {
            try write(fd)
            guard fsync(fd) == 0 else { throw failure(path, .io, "cannot sync") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = failure(path, .io, "cannot replace")
            unlink(temporary)
            throw error
        }
        syncDirectory(of: path)
    }

    public func append(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        let existed = exists(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, .cannotCreate, "cannot open for appending") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, .io, "cannot stat") }
        do throws(FileError) {
            try writeAll(fd, bytes, path: path)
            guard fdatasync(fd) == 0 else { throw failure(path, .io, "cannot sync") }
        } catch {
            // A disk that filled up mid-line must not leave half a line behind.
            _ = ftruncate(fd, info.st_size)
            _ = fsync(fd)
            throw error
        }
        if !existed { syncDirectory(of: path) }
    }

    public func truncate(_ path: String, to length: Int) throws(FileError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .io, "cannot open for truncating") }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else { throw failure(path, .io, "cannot truncate") }
    }

    public func size(_ path: String) throws(FileError) -> Int? {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw failure(path, .io, "cannot stat")
        }
        return Int(info.st_size)
    }

    public func createDirectory(_ path: String) throws(FileError) {
        if isDirectory(path) { return }
        let parent = Path.directory(of: path)
        if parent != path, parent != ".", parent != "/", !exists(parent) { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw failure(path, .cannotCreate, "cannot create folder") }
    }

    public func list(_ directory: String) throws(FileError) -> [String] {
        guard let dir = opendir(directory) else {
            if errno == ENOENT { return [] }
            throw failure(directory, .io, "cannot list")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func remove(_ path: String) throws(FileError) {
        if unlink(path) != 0, errno != ENOENT { throw failure(path, .io, "cannot remove") }
    }

    public func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, .io, "cannot write")
            }
            offset += written
        }
    }

    private func syncDirectory(of path: String) {
        let fd = open(Path.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    private func failure(_ path: String, _ kind: FileError.Kind, _ what: String) -> FileError {
        let code = errno
        let reason = String(cString: strerror(code))
        let finalKind: FileError.Kind = code == ENOENT ? .notFound : (code == EACCES || code == EROFS || code == ENOSPC) && kind == .io ? .cannotCreate : kind
        return FileError(path: path, kind: finalKind, reason: "\(what): \(reason)")
    }
}
