import Foundation
import Testing
@testable import HoneKit

/// `hone import` and `hone check` end to end: the built binary on the generator script's fixtures
/// in a scratch home.
@Suite(.serialized) struct ImportCommandTests {
    static let fixtures: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.deletingLastPathComponent().appendingPathComponent("HoneKitTests/Fixtures/import").path
    }()

    func fixture(_ name: String) -> String { Self.fixtures + "/" + name }

    let now = "2026-11-29T12:00:00Z"

    @Test func anAnkiPackageComesInWithItsReviewHistory() throws {
        let home = try ScratchHome()
        let run = try home.run(["import", fixture("latest.apkg"), "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("as deck \"Languages::Spanish\""))
        #expect(run.stdout.contains("14 notes read: 14 entries\n"))
        #expect(run.stdout.contains("Review history: 9 reviews added"))
        #expect(run.stdout.contains("Media: 3 images and sounds dropped"))
        #expect(run.stdout.contains("Could not import 2:"))
        #expect(run.stderr.isEmpty, "no progress bar when stderr is not a terminal")
        let journal = home.read("Progress/default/reviews.jsonl") ?? ""
        #expect(journal.split(separator: "\n").count == 9)
        let cards = try JSONParser.parse(try home.run(["cards", "languages-spanish", "--json", "--now", now]).stdout).array!
        let hola = cards.first { $0["id"]?.string == "languages-spanish/686f6c612d6261736963/definition" }
        #expect(hola?["reps"]?.integer == 5)
        #expect(hola?["state"]?.string == "review")
        #expect(cards.first { $0["id"]?.string == "languages-spanish/686f6c612d6261736963/term" }?["state"]?.string == "new")

        let again = try home.run(["import", fixture("latest.apkg"), "--now", now])
        #expect(again.status == 0)
        #expect(again.stdout.contains("The deck was up to date"))
        #expect(again.stdout.contains("0 reviews added") && again.stdout.contains("(9 already there)"))
        #expect(home.read("Progress/default/reviews.jsonl") == journal)
    }

    @Test(arguments: ["legacy-genanki.apkg", "legacy2.apkg", "collection.colpkg"])
    func everyLayoutImports(_ package: String) throws {
        let home = try ScratchHome()
        let run = try home.run(["import", fixture(package), "--deck", "Sample", "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(home.read("Decks/sample.json")?.contains("\"term\": \"café & crème\"") == true)
        let study = try home.run(["study", "sample", "--porcelain", "--limit", "1", "--seed", "3", "--now", now], input: ":quit\n")
        #expect(study.status == 0, "\(study.stderr)")
        #expect(study.events.first?["event"]?.string == "question")
    }

    @Test func aChangedFileUpdatesTheDeckInPlaceKeepingProgress() throws {
        let home = try ScratchHome()
        try home.write("words.csv", "term,definition\nuno,one\ndos,two\ntres,three\n")
        #expect(try home.run(["import", home.path + "/words.csv", "--now", now]).status == 0)
        try home.write("Progress/default/reviews.jsonl", #"{"card":"words/tres/term","at":"2026-11-28T09:00:00Z","rating":3}"# + "\n")
        try home.write("words.csv", "term,definition\nuno,one!\ntres,three\ncuatro,four\n")
        let run = try home.run(["import", home.path + "/words.csv", "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Updated in place: 1 added, 1 changed, 1 unchanged, 1 removed"))
        #expect(run.stdout.contains("Removed (their progress stays in the journal):\n    dos"))
        #expect(run.stdout.contains("The previous deck is saved as \(home.learner)/backups/words-20261129T120000Z.json"))
        #expect(home.read("Progress/default/backups/words-20261129T120000Z.json")?.contains("\"dos\"") == true)
        let deck = home.read("Decks/words.json") ?? ""
        #expect(!deck.contains("\"dos\"") && deck.contains("\"one!\"") && deck.contains("\"cuatro\""))
        let cards = try JSONParser.parse(try home.run(["cards", "words", "--json", "--now", now]).stdout).array!
        #expect(cards.first { $0["id"]?.string == "words/tres/term" }?["reps"]?.integer == 1)
        #expect(cards.count == 6)
    }

    @Test func aDryRunWritesNothing() throws {
        let home = try ScratchHome()
        _ = try home.run(["decks"])
        let before = home.fingerprint()
        let run = try home.run(["import", fixture("latest.apkg"), "--dry-run", "--now", now])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Would import"))
        #expect(run.stdout.contains("9 reviews to add"))
        #expect(home.fingerprint() == before)
    }

    @Test(arguments: [
        ("bad-quote.csv", 65, "bad-quote.csv:2: a quoted field starts here and is never closed"),
        ("hostile-dotdot.apkg", 65, "refused: the package has an entry named \"../../escaped.txt\""),
        ("hostile-absolute.apkg", 65, "refused: the package has an entry named \"/tmp/hone-absolute.txt\""),
        ("hostile-zipbomb.apkg", 65, "refused: collection.anki21 inflates past 100 MiB"),
        ("hostile-zstdbomb.apkg", 65, "refused: collection.anki21b inflates past 100 MiB"),
        ("hostile-notsqlite-latest.apkg", 65, "refused: collection.anki21b is not an SQLite database"),
        ("hostile-notsqlite-legacy2.apkg", 65, "refused: collection.anki21 is not an SQLite database"),
        ("no-such-file.apkg", 66, "no-such-file.apkg: no such file"),
    ])
    func badInputIsALocatedErrorAndWritesNothing(_ name: String, _ status: Int, _ message: String) throws {
        let home = try ScratchHome()
        let temporary = try ScratchHome()
        _ = try home.run(["decks"])
        try home.write("Progress/default/reviews.jsonl", #"{"card":"foundation-models/rag/term","at":"2026-11-20T09:00:00Z","rating":3}"# + "\n")
        let before = home.fingerprint()
        let run = try home.run(["import", fixture(name), "--now", now], environment: ["TMPDIR": temporary.path])
        #expect(run.status == Int32(status), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(home.fingerprint() == before)
        #expect(temporary.fingerprint().isEmpty, "nothing written to the temporary folder either")
        #expect(try home.run(["check", fixture(name)]).status == Int32(status))
    }

    @Test(arguments: [
        ("glossary.md", "2 entries, 1 tables, 1 sequences, 35 cards (Markdown glossary, deck \"Foundation models\")"),
        ("anki-headers.csv", "3 entries, 0 tables, 0 sequences, 6 cards (CSV, deck \"Spanish verbs\")"),
        ("quizlet.txt", "3 entries, 0 tables, 0 sequences, 6 cards (Quizlet export, deck \"quizlet\")"),
        ("legacy2.apkg", "14 entries, 0 tables, 0 sequences, 26 cards (Anki package, collection.anki21, deck \"Languages::Spanish\")"),
    ])
    func checkReadsEveryFormat(_ name: String, _ summary: String) throws {
        let run = try Hone.run(["check", fixture(name)], input: "")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix(fixture(name) + ": ok: " + summary), "\(run.stdout)")
    }

    @Test func checkStillValidatesDeckJSON() throws {
        let home = try ScratchHome()
        try home.write("deck.json", "{\"title\": \"T\",\n \"entries\": [\n {\"term\": \"x\"}]}")
        let run = try home.run(["check", home.path + "/deck.json"], home: false)
        #expect(run.status == 65)
        #expect(run.stderr.contains("deck.json:3: entry 1 (\"x\") has no \"definition\""))
    }

    @Test func quizletWithCustomSeparators() throws {
        let home = try ScratchHome()
        let run = try home.run(["import", fixture("quizlet-custom.txt"), "--format", "quizlet", "--separator", " - ",
                                "--row-separator", ";", "--deck", "Casa", "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(home.read("Decks/casa.json")?.contains("\"definition\": \"the dog; and the cat's friend\"") == true)
        let bad = try home.run(["import", fixture("quizlet.txt"), "--format", "docx"])
        #expect(bad.status == 64)
    }
}
