import Foundation

/// Reads an Anki package (`.apkg`) or collection (`.colpkg`) in any of its three layouts:
/// - `collection.anki2`: schema 11, the legacy layout (genanki, Anki before 2.1.28);
/// - `collection.anki21`: schema 11 with newer features, beside a stub `collection.anki2`;
/// - `collection.anki21b`: the current schema, zstd-compressed, beside a stub `collection.anki2`
///   and a `meta` file that names the layout.
/// The real collection is the one `meta` names (else the newest present); the stub is never read
/// in its place, even when the real one is broken.
///
/// Safety: entry names are checked before anything is read; the collection is streamed twice,
/// first only to count its bytes and check that it is SQLite (nothing written), then into a
/// private temporary folder, where it is opened read-only and removed afterwards. (A collection
/// of up to `ExtractionLimits.keptInMemory` bytes is kept in memory by the first pass, and the
/// second writes it without inflating it again.)
public enum AnkiPackageReader {
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    struct Layout: Equatable {
        var entry: String
        var zstd: Bool
    }

    public static func read(path: String, limits: ExtractionLimits = ExtractionLimits(), temporaryDirectory: String? = nil,
                            progress: (String, Double) -> Void = { _, _ in }) throws(ImportError) -> ImportResult {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path: path) }
        progress("Checking the package", 0)
        let archive = try PackageArchive(path: path)
        let limit = limits.limit(packageSize: archive.size)
        let layout = try self.layout(of: archive)
        // The first pass keeps what it inflates, up to `limits.keptInMemory` bytes, for the second.
        var kept: [[UInt8]]? = []
        var keptCount = 0
        try extracting(layout, path: path, limit: limit) { () throws(ExtractionFailure) in
            var header: [UInt8] = []
            try archive.stream(layout.entry, zstd: layout.zstd, limit: limit) { bytes throws(ExtractionFailure) in
                if header.count < sqliteHeader.count {
                    header += bytes.prefix(sqliteHeader.count - header.count)
                    if !sqliteHeader.starts(with: header) { throw .notSQLite }
                }
                guard kept != nil else { return }
                keptCount += bytes.count
                if keptCount <= limits.keptInMemory { kept?.append(Array(bytes)) } else { kept = nil }
            }
            if header != sqliteHeader { throw .notSQLite }
        }
        progress("Reading the collection", 0.1)
        let folder: TemporaryFolder
        do { folder = try TemporaryFolder(in: temporaryDirectory ?? FileManager.default.temporaryDirectory.path) } catch { throw importError(error, layout: layout, path: path) }
        defer { folder.remove() }
        let copy = Path.join(folder.path, "collection.sqlite")
        try extracting(layout, path: path, limit: limit) { () throws(ExtractionFailure) in
            let writer = try folder.create("collection.sqlite")
            if let chunks = kept {
                kept = nil
                for chunk in chunks {
                    try chunk.withUnsafeBufferPointer { bytes throws(ExtractionFailure) in try writer.write(UnsafeRawBufferPointer(bytes)) }
                }
                return
            }
            try archive.stream(layout.entry, zstd: layout.zstd, limit: limit) { bytes throws(ExtractionFailure) in try writer.write(bytes) }
        }
        let db: SQLiteReader
        let collection: AnkiCollection
        do {
            db = try SQLiteReader(path: copy)
            collection = try AnkiCollection.read(db)
        } catch let failure as SQLiteReader.Failure {
            throw .invalid(path: path, line: 0, message: "\(layout.entry) cannot be read as an Anki collection: \(failure.message)")
        } catch let failure as AnkiCollection.Failure {
            throw .invalid(path: path, line: 0, message: "\(layout.entry): \(failure.message)")
        } catch {
            throw .invalid(path: path, line: 0, message: "\(layout.entry): \(error)")
        }
        progress("Reading notes", 0.3)
        var report = ImportReport()
        var mapper = AnkiNoteMapper()
        mapper.map(collection, report: &report) { progress("Reading notes", 0.3 + 0.6 * $0) }
        let reviews: ImportedReviews
        do {
            reviews = try AnkiRevlog.read(db, targets: mapper.targets, report: &report)
        } catch {
            throw .invalid(path: path, line: 0, message: "\(layout.entry): \(error.message)")
        }
        let title = AnkiNoteMapper.deckName(collection) ?? Importer.fileTitle(path)
        let deck = Deck(id: Slug.make(title), title: title, entries: mapper.builder.entries)
        progress("Reading notes", 1)
        return ImportResult(deck: deck, format: .anki, layout: layout.entry, reviews: reviews, report: report)
    }

    /// The collection entry to read: the one `meta` names, else the newest layout present.
    static func layout(of archive: PackageArchive) throws(ImportError) -> Layout {
        let path = archive.path
        if archive.contains("meta") {
            var bytes: [UInt8] = []
            do {
                try archive.stream("meta", zstd: false, limit: 4096) { bytes += $0 }
            } catch {
                throw .invalid(path: path, line: 0, message: "the package's meta file cannot be read")
            }
            let version = ProtobufFields(bytes).varints[1] ?? 0
            let named: Layout? = switch version {
            case 1: Layout(entry: "collection.anki2", zstd: false)
            case 2: Layout(entry: "collection.anki21", zstd: false)
            case 3: Layout(entry: "collection.anki21b", zstd: true)
            default: nil
            }
            if let named {
                guard archive.contains(named.entry) else {
                    throw .invalid(path: path, line: 0, message: "the package's meta names \(named.entry), which it does not contain")
                }
                return named
            }
        }
        for layout in [Layout(entry: "collection.anki21b", zstd: true), Layout(entry: "collection.anki21", zstd: false),
                       Layout(entry: "collection.anki2", zstd: false)] where archive.contains(layout.entry) {
            return layout
        }
        throw .invalid(path: path, line: 0, message: "not an Anki package: no collection.anki21b, collection.anki21 or collection.anki2 in it")
    }

    /// Runs a streaming step, turning its failure into the import error the user sees.
    private static func extracting(_ layout: Layout, path: String, limit: Int64,
                                   _ body: () throws(ExtractionFailure) -> Void) throws(ImportError) {
        do {
            try body()
        } catch {
            throw importError(error, layout: layout, path: path)
        }
    }

    static func importError(_ failure: ExtractionFailure, layout: Layout, path: String) -> ImportError {
        switch failure {
        case .tooLarge(let limit):
            .refused(path: path, message: "\(layout.entry) inflates past \(limit >> 20) MiB, more than a package of this size may hold")
        case .notSQLite:
            .refused(path: path, message: "\(layout.entry) is not an SQLite database (the real collection is broken; "
                + "the stub collection beside it is not used in its place)")
        case .corrupt(let message):
            .invalid(path: path, line: 0, message: message)
        case .unwritable(let message):
            .file(FileError(path: path, kind: .cannotCreate, reason: message))
        }
    }
}
