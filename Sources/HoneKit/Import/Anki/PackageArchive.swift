import Foundation
import ZIPFoundation

/// Why streaming a package entry stopped.
enum ExtractionFailure: Error, Sendable {
    /// More output than the limit allows (a decompression bomb, or a package too large to trust).
    case tooLarge(limit: Int64)
    case corrupt(String)
    case notSQLite
    case unwritable(String)
}

/// How far a package may inflate: anything up to `floor`; past it, at most `ratio` times the
/// package's size; never past `ceiling`. Counted on the bytes actually produced, never on the
/// sizes a package declares.
public struct ExtractionLimits: Sendable, Equatable {
    public var floor: Int64
    public var ratio: Int64
    public var ceiling: Int64
    /// A collection up to this size is inflated once: the pass that checks it keeps it in memory
    /// for the copy. A larger one is inflated a second time.
    public var keptInMemory: Int

    public init(floor: Int64 = 100 << 20, ratio: Int64 = 100, ceiling: Int64 = 2 << 30, keptInMemory: Int = 96 << 20) {
        self.floor = floor
        self.ratio = ratio
        self.ceiling = ceiling
        self.keptInMemory = keptInMemory
    }

    public func limit(packageSize: Int64) -> Int64 {
        min(ceiling, max(floor, ratio.multipliedReportingOverflow(by: packageSize).overflow ? ceiling : ratio * packageSize))
    }
}

/// An Anki package opened as a zip archive. Opening it checks every entry's name before anything
/// is read: an absolute path, a `..` component or a symbolic link refuses the whole package.
struct PackageArchive {
    let path: String
    let size: Int64
    private let archive: Archive

    init(path: String) throws(ImportError) {
        self.path = path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .invalid(path: path, line: 0, message: "not a zip archive (an Anki package is a zip file): \(error)")
        }
        for entry in archive {
            guard Self.isSafe(entry.path) else {
                throw .refused(path: path, message: "the package has an entry named \"\(TerminalSafe.clean(entry.path))\", "
                    + "which points outside the package (an absolute path or a '..' component)")
            }
            guard entry.type != .symlink else {
                throw .refused(path: path, message: "the package has a symbolic link \"\(TerminalSafe.clean(entry.path))\"")
            }
        }
    }

    /// A name that stays inside the folder it would be extracted to.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.contains("\0"), !name.hasPrefix("/"), !name.hasPrefix("\\") else { return false }
        let scalars = Array(name.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return false } // C:
        return !name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    func contains(_ name: String) -> Bool { archive[name] != nil }

    /// Streams entry `name` to `sink`, decoding zstd on the way when `zstd` is set, and stops with
    /// `.tooLarge` as soon as more than `limit` bytes have come out of either decoder.
    func stream(_ name: String, zstd: Bool, limit: Int64,
                into sink: (UnsafeRawBufferPointer) throws(ExtractionFailure) -> Void) throws(ExtractionFailure) {
        guard let entry = archive[name] else { throw .corrupt("the package has no \(name)") }
        let decoder: ZstdDecoder?
        do { decoder = zstd ? try ZstdDecoder() : nil } catch { throw .corrupt(error.message) }
        var inflated: Int64 = 0
        var decoded: Int64 = 0
        // The checksum is ours (`ZipChecksum`), not ZIPFoundation's, which takes a byte a step on Linux.
        var checksum = ZipChecksum()
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { data in
                inflated += Int64(data.count)
                guard inflated <= limit else { throw ExtractionFailure.tooLarge(limit: limit) }
                // An untyped closure here: withUnsafeBytes rethrows, and the typed form crashes Swift 6.3's IRGen.
                try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws in
                    checksum.update(bytes)
                    guard let decoder else { return try sink(bytes) }
                    try decoder.decompress(bytes) { (piece: UnsafeRawBufferPointer) throws(ExtractionFailure) in
                        decoded += Int64(piece.count)
                        guard decoded <= limit else { throw .tooLarge(limit: limit) }
                        try sink(piece)
                    }
                }
            }
        } catch let failure as ExtractionFailure {
            throw failure
        } catch {
            throw .corrupt("\(name) cannot be read: \(error)")
        }
        guard checksum.value == entry.checksum else { throw .corrupt("\(name) is damaged (its checksum does not match)") }
        try decoder?.finish()
    }
}
