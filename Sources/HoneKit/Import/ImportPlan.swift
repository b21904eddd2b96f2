import Foundation

/// Everything an import will write, worked out and checked before anything is written: the
/// merged deck (re-loaded from its JSON text to prove it valid), the file it goes to, and the
/// review history with its final card ids (its journal lines are written when the plan is applied).
public struct ImportPlan: Sendable {
    public let source: String
    public let result: ImportResult
    public let deck: Deck
    public let deckPath: String
    public let bytes: [UInt8]
    public let existed: Bool
    /// True when the deck file would change.
    public let deckChanged: Bool
    public let changes: DeckMerge.Changes
    public let reviews: PlannedReviews

    /// Plans the import of `result` (read from `source`) into `library`. `deckName` (from
    /// `--deck`) names the deck; else the name the file gives (an Anki deck, `#deck:`, a title).
    public static func make(_ result: ImportResult, source: String, deckName: String?, library: DeckLibrary) throws(ImportError) -> ImportPlan {
        var imported = result.deck
        if let deckName, !deckName.trimmingCharacters(in: .whitespaces).isEmpty {
            imported.id = Slug.make(deckName)
            imported.title = deckName
        }
        let path = library.path(of: imported.id)
        let existingBytes: [UInt8]?
        do { existingBytes = try library.fileSystem.read(path) } catch { throw .file(error) }
        var existing: Deck?
        if let existingBytes {
            do { existing = try Deck.load(json: existingBytes, id: imported.id, path: path) } catch { throw .deck(error) }
            // `--deck <id>` of a deck that exists keeps that deck's title.
            if let existing, deckName == existing.id { imported.title = existing.title }
        }
        guard !imported.entries.isEmpty || !imported.tables.isEmpty || !imported.sequences.isEmpty else {
            let first = result.report.skipped.first.map { ": \($0.place): \($0.reason)" } ?? ""
            throw .invalid(path: source, line: 0, message: "nothing in it can be imported\(first)")
        }
        let merged = DeckMerge.merge(existing: existing, imported: imported)
        let bytes = DeckJSONWriter.bytes(merged.deck)
        let deck: Deck
        do {
            deck = try Deck.load(json: bytes, id: merged.deck.id, path: path)
        } catch {
            throw .invalid(path: source, line: 0, message: "the imported deck would not be valid: \(error)")
        }
        // Card ids by imported entry and side, made once each (a history has many reviews per card).
        let reviews = PlannedReviews(result.reviews) { target in
            merged.entryIDs[target.entryID].map { "\(deck.id)/\($0)/\(target.side.rawValue)" }
        }
        return ImportPlan(source: source, result: result, deck: deck, deckPath: path, bytes: bytes, existed: existing != nil,
                          deckChanged: bytes != existingBytes, changes: merged.changes, reviews: reviews)
    }

    /// What applying a plan did.
    public struct Outcome: Sendable, Equatable {
        /// Where the replaced deck was copied to (nil for a new or unchanged deck).
        public var deckBackup: String?
        public var reviewsAdded = 0
        /// Reviews the journal had already (same card, time and rating): an earlier import.
        public var reviewsPresent = 0
        public var journalBackup: String?
    }

    /// Writes the plan: the replaced deck is copied to the learner's `backups/` (dated, the last
    /// ten kept), the deck written atomically, and reviews the journal does not have yet appended
    /// (the journal backed up first). The journal is read and checked before the deck is written.
    public func apply(fileSystem: any FileSystem, learnerFolder: String, timeZone: TimeZone, now: Date) throws(ImportError) -> Outcome {
        var outcome = Outcome()
        var progress: LearnerProgress?
        if !reviews.isEmpty {
            do { progress = try LearnerProgress.open(fileSystem: fileSystem, folder: learnerFolder, timeZone: timeZone) } catch { throw .progress(error) }
        }
        if deckChanged {
            do {
                if existed { outcome.deckBackup = try Backups(fileSystem: fileSystem, learnerFolder: learnerFolder).save(deckPath, at: now) }
                try fileSystem.createDirectory(Path.directory(of: deckPath))
                try fileSystem.writeAtomically(deckPath, bytes)
            } catch {
                throw .file(error)
            }
        }
        if var progress {
            do {
                let report = try progress.merge(reviews: reviews, from: source, at: now)
                outcome.reviewsAdded = report.added
                outcome.reviewsPresent = report.alreadyPresent
                outcome.journalBackup = report.backup
                try? progress.saveSnapshot()
            } catch {
                throw .progress(error)
            }
        }
        return outcome
    }
}
