import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A private folder (mode 0700, made by mkdtemp, normally under $TMPDIR) for a collection's
/// working copy; removed with everything in it when the import is done.
final class TemporaryFolder {
    let path: String

    init(in base: String) throws(ExtractionFailure) {
        var template = Array((Path.join(base, "hone-import-XXXXXX")).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw .unwritable("\(base): cannot create a private temporary folder: \(String(cString: strerror(errno)))") }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit { remove() }

    /// Removes the folder and its files (it holds no subfolders).
    func remove() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            unlink(Path.join(path, name))
        }
        rmdir(path)
    }

    /// Creates `name` in the folder (it must not exist) and returns a writer for it.
    func create(_ name: String) throws(ExtractionFailure) -> FileWriter {
        let file = Path.join(path, name)
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .unwritable("\(file): cannot create: \(String(cString: strerror(errno)))") }
        return FileWriter(fd: fd, path: file)
    }

    /// Writes chunks to a file; closed when released.
    final class FileWriter {
        let fd: Int32
        let path: String

        init(fd: Int32, path: String) {
            self.fd = fd
            self.path = path
        }

        deinit { close(fd) }

        func write(_ bytes: UnsafeRawBufferPointer) throws(ExtractionFailure) {
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .unwritable("\(path): cannot write: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }
}
