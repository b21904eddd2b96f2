import Foundation
import Testing
@testable import HoneKit

/// Writing an import, and importing again: ids (and so progress) survive, removals are reported,
/// nothing is duplicated, the replaced deck is backed up, bad input writes nothing.
@Suite struct ReimportTests {
    let now = ISO8601.parse("2026-11-24T09:00:00Z")!

    func plan(_ csv: String, _ fs: InMemoryFileSystem, deck: String? = "words") throws -> ImportPlan {
        try fs.writeAtomically("/in.csv", Array(csv.utf8))
        let result = try Importer.read(path: "/in.csv", fileSystem: fs)
        return try ImportPlan.make(result, source: "/in.csv", deckName: deck, library: DeckLibrary(folder: "/home/Decks", fileSystem: fs))
    }

    func apply(_ plan: ImportPlan, _ fs: InMemoryFileSystem) throws -> ImportPlan.Outcome {
        try plan.apply(fileSystem: fs, learnerFolder: "/home/Progress/default", timeZone: TimeZone(identifier: "UTC")!, now: now)
    }

    @Test func aChangedFileUpdatesTheDeckInPlace() throws {
        let fs = InMemoryFileSystem()
        let first = try plan("term,definition,id\nuno,one,\ndos,two,\ntres,three,t3\n", fs)
        #expect(first.changes.isNew)
        #expect(first.changes.added == ["uno", "dos", "tres"])
        _ = try apply(first, fs)
        #expect(fs.exists("/home/Decks/words.json"))
        let second = try plan("term,definition\nuno,one!\ntres,three\ncuatro,four\n", fs)
        #expect(!second.changes.isNew)
        #expect(second.changes.updated == ["uno"])
        #expect(second.changes.unchanged == 1)
        #expect(second.changes.added == ["cuatro"])
        #expect(second.changes.removed == ["dos"])
        #expect(second.deck.entries.map(\.id) == ["uno", "t3", "cuatro"], "tres keeps its explicit id: its cards keep their progress")
        let outcome = try apply(second, fs)
        #expect(outcome.deckBackup?.hasPrefix("/home/Progress/default/backups/words-20261124T090000Z") == true)
        let third = try plan("term,definition\nuno,one!\ntres,three\ncuatro,four\n", fs)
        #expect(!third.deckChanged)
        #expect(try apply(third, fs).deckBackup == nil)
    }

    @Test func theReplacedDeckKeepsWhatTheImportCannotSay() throws {
        let fs = InMemoryFileSystem()
        try fs.writeAtomically("/home/Decks/words.json", Array("""
            {"title": "Words", "description": "Mine.", "entries": [{"id": "u", "term": "uno", "definition": "one", "sources": ["p. 3"]}],
             "tables": [{"title": "T", "columns": ["A", "B"], "prompts": {"B": {"forward": "B of {key}?"}}, "rows": [["x", "y"]]}]}
            """.utf8))
        let text = "# Words\n## uno\none\n## T\n| A | B |\n|---|---|\n| x | y |\n| z | w |\n"
        try fs.writeAtomically("/in.md", Array(text.utf8))
        let result = try Importer.read(path: "/in.md", fileSystem: fs)
        let plan = try ImportPlan.make(result, source: "/in.md", deckName: "words", library: DeckLibrary(folder: "/home/Decks", fileSystem: fs))
        #expect(plan.deck.title == "Words")
        #expect(plan.deck.description == "Mine.")
        #expect(plan.deck.entries[0].id == "u")
        #expect(plan.deck.entries[0].sources == ["p. 3"])
        #expect(plan.deck.tables[0].prompts["B"]?.forward == "B of {key}?")
        #expect(plan.changes.updated == ["T"])
    }

    @Test func reviewHistoryIsAddedOnceAndKeepsItsMemoryState() throws {
        let fs = InMemoryFileSystem()
        let package = ImportFixtures.path("latest.apkg")
        let result = try Importer.read(path: package)
        let library = DeckLibrary(folder: "/home/Decks", fileSystem: fs)
        let plan = try ImportPlan.make(result, source: package, deckName: nil, library: library)
        #expect(plan.deck.id == "languages-spanish")
        #expect(plan.reviews.count == ImportFixtures.expectedReviews("latest.apkg").count)
        let outcome = try apply(plan, fs)
        #expect(outcome.reviewsAdded == plan.reviews.count)
        #expect(outcome.reviewsPresent == 0)
        let journal = fs.contents("/home/Progress/default/reviews.jsonl")!
        #expect(journal.split(separator: "\n").count == plan.reviews.count)
        #expect(journal.contains("{\"card\":\"languages-spanish/686f6c612d6261736963/definition\",\"at\":\"2025-11-24T16:00:01Z\",\"rating\":3,\"duration_ms\":4000}"))
        // Importing again adds nothing, and the card's memory state is the one the history gives.
        let again = try apply(try ImportPlan.make(try Importer.read(path: package), source: package, deckName: nil, library: library), fs)
        #expect(again.reviewsAdded == 0)
        #expect(again.reviewsPresent == plan.reviews.count)
        #expect(fs.contents("/home/Progress/default/reviews.jsonl") == journal)
        let progress = try LearnerProgress.open(fileSystem: fs, folder: "/home/Progress/default", timeZone: TimeZone(identifier: "UTC")!)
        let state = progress.state(of: "languages-spanish/686f6c612d6261736963/definition")
        #expect(state.reps == 5)
        #expect(state.lapses == 1)
    }

    @Test func nothingImportableIsAnErrorAndWritesNothing() throws {
        let fs = InMemoryFileSystem()
        #expect(throws: ImportError.invalid(path: "/in.csv", line: 0, message: "nothing in it can be imported: line 1: \"uno\" has no definition")) {
            try plan("uno\n", fs)
        }
        #expect(!fs.exists("/home/Decks/words.json"))
    }

    @Test func anInvalidExistingDeckIsNotOverwritten() throws {
        let fs = InMemoryFileSystem()
        try fs.writeAtomically("/home/Decks/words.json", Array("{\"title\": 1}".utf8))
        #expect(throws: ImportError.deck(.invalid(path: "/home/Decks/words.json", line: 1, message: "the deck: \"title\" must be a string, found a number"))) {
            try plan("uno,one\n", fs)
        }
    }

    @Test func backupsOfOneDeckAreNotTakenForAnother() throws {
        let fs = InMemoryFileSystem()
        let backups = Backups(fileSystem: fs, learnerFolder: "/p")
        try fs.writeAtomically("/d/words.json", Array("{}".utf8))
        try fs.writeAtomically("/d/words-2024.json", Array("{}".utf8))
        for day in 10...21 {
            let date = ISO8601.parse("2026-11-\(day)T09:00:00Z")!
            try backups.save("/d/words-2024.json", at: date)
            try backups.save("/d/words.json", at: date)
        }
        #expect(try backups.list("words.json").count == 10)
        #expect(try backups.list("words-2024.json").count == 10)
        #expect(try backups.list("words.json").allSatisfy { !$0.hasPrefix("words-2024-") })
    }

    @Test func theWriterRoundTrips() throws {
        let deck = try TestDecks.bundled()
        let text = DeckJSONWriter.text(deck)
        let again = try Deck.load(json: Array(text.utf8), id: deck.id, path: "x")
        #expect(DeckJSONWriter.text(again) == text)
        #expect(again.entries.map(\.term) == deck.entries.map(\.term))
        #expect(again.tables.map(\.rows) == deck.tables.map(\.rows))
        #expect(text.hasPrefix("{\n  \"title\": \"Foundation models\",\n  \"description\":"))
    }
}
