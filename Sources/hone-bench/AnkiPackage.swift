import Foundation
import HoneKit
import ZIPFoundation

/// The workload as a heavy Anki user would bring it to `hone import`: a legacy `.apkg` (a zip of
/// `collection.anki2` and `media`) holding the deck's entries as "Basic (and reversed card)" notes
/// (two cards each, like hone's term and definition cards), tags included, and the journal's
/// reviews as Anki's revlog; and the same notes without their history (`notes.apkg`, every card
/// new). Kept beside the workload (never inside it), made once per workload.
struct AnkiPackage: Sendable {
    let path: String
    let notesOnlyPath: String
    let notes: Int
    let revlog: Int
    /// Journal reviews of cards that are no note's (none in a glossary workload).
    let unmapped: Int

    static let version = 2
    static let noteTypeID: Int64 = 1_700_000_000_001
    static let deckID: Int64 = 1_700_000_000_100
    static let deckName = "Benchmark glossary"
    /// 2023-01-02T04:00:00Z: the collection's creation, at the start of the learner's first study day.
    static let created: Int64 = 1_672_632_000

    static func folder(for workload: Workload) -> String { workload.folder + "-apkg" }

    /// The package for `workload`, made unless a complete one is there: here (`inProcess`) or by a
    /// `hone-bench apkg` child, which keeps this process small.
    static func prepare(_ workload: Workload, inProcess: Bool, log: (String) -> Void) throws -> AnkiPackage {
        if let existing = try? load(workload) {
            log("anki package: reusing \(existing.path)")
            return existing
        }
        if !inProcess {
            try SelfProcess.run(["apkg"] + workload.spec.arguments + ["--cache", Path.directory(of: workload.folder)])
            return try load(workload)
        }
        log("anki package: writing \(folder(for: workload)) ...")
        let started = Monotonic.nanos()
        let made = try AnkiPackageMaker(workload: workload).write(folder: folder(for: workload))
        log(String(format: "  %@ notes, %@ revlog rows (%.1f s)", Format.count(made.notes), Format.count(made.revlog),
                   Monotonic.millis(since: started) / 1000))
        return made
    }

    static func key(_ workload: Workload) -> String { "apkg-v\(version)-" + workload.spec.key }

    static func load(_ workload: Workload) throws -> AnkiPackage {
        let folder = folder(for: workload)
        let node = try JSONParser.parse([UInt8](Data(contentsOf: URL(fileURLWithPath: Path.join(folder, "package.json")))))
        let path = Path.join(folder, "bench.apkg")
        guard node["key"]?.string == key(workload), let notes = node["notes"]?.integer, let revlog = node["revlog"]?.integer,
              let unmapped = node["unmapped"]?.integer, FileManager.default.fileExists(atPath: path) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let notesOnlyPath = Path.join(folder, "notes.apkg")
        guard FileManager.default.fileExists(atPath: notesOnlyPath) else { throw CocoaError(.fileReadCorruptFile) }
        return AnkiPackage(path: path, notesOnlyPath: notesOnlyPath, notes: notes, revlog: revlog, unmapped: unmapped)
    }

    func manifest(key: String) -> String {
        JSONText.object([("key", JSONText.quote(key)), ("notes", String(notes)), ("revlog", String(revlog)),
                         ("unmapped", String(unmapped))]) + "\n"
    }
}

/// Writes the package: collection first, then the zip, then the manifest (a folder without one is remade).
struct AnkiPackageMaker {
    let workload: Workload

    func write(folder: String) throws -> AnkiPackage {
        let fm = FileManager.default
        try? fm.removeItem(atPath: folder)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let deckBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: workload.deckPath)))
        let deck = try Deck.load(json: deckBytes, id: DeckGenerator.deckID, path: workload.deckPath)
        let log = try readJournal()
        let counts = try package(AnkiCollectionRows(deck: deck, log: log), path: Path.join(folder, "bench.apkg"), folder: folder)
        _ = try package(AnkiCollectionRows(deck: deck, log: ReviewLog()), path: Path.join(folder, "notes.apkg"), folder: folder)
        let package = AnkiPackage(path: Path.join(folder, "bench.apkg"), notesOnlyPath: Path.join(folder, "notes.apkg"), notes: counts.notes,
                                  revlog: counts.revlog, unmapped: counts.unmapped)
        try Data(package.manifest(key: AnkiPackage.key(workload)).utf8).write(to: URL(fileURLWithPath: Path.join(folder, "package.json")))
        return package
    }

    /// One package of `rows` at `path` (its collection and media file made in `folder`, then zipped).
    func package(_ rows: AnkiCollectionRows, path: String, folder: String) throws -> AnkiCollectionRows.Counts {
        let fm = FileManager.default
        let collectionPath = Path.join(folder, "collection.anki2")
        let writer = try AnkiCollectionWriter(path: collectionPath)
        let counts = try rows.write(into: writer)
        try writer.finish()
        let mediaPath = Path.join(folder, "media")
        try Data("{}".utf8).write(to: URL(fileURLWithPath: mediaPath))
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for name in ["collection.anki2", "media"] {
            try archive.addEntry(with: name, relativeTo: URL(fileURLWithPath: folder), compressionMethod: .deflate)
        }
        try fm.removeItem(atPath: collectionPath)
        try fm.removeItem(atPath: mediaPath)
        return counts
    }

    /// The workload's journal, compactly.
    func readJournal() throws -> ReviewLog {
        guard let handle = FileHandle(forReadingAtPath: workload.journalPath) else { throw BenchError("cannot open \(workload.journalPath)") }
        defer { try? handle.close() }
        var reader = JournalLogReader(path: workload.journalPath, expectedReviews: workload.reviews)
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { try reader.feed(chunk) }
        return try reader.finish()
    }
}
