import Foundation
import Testing
@testable import HoneKit

/// Bad input: a one-line located error on stderr, a non-zero exit, and no file changed.
@Suite(.serialized) struct BadInputTests {
    func expectFailure(_ home: ScratchHome, _ arguments: [String], status: Int32, message: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try home.run(["decks"]) // install the decks first
        let before = home.fingerprint()
        let run = try home.run(arguments, input: "a\n")
        #expect(run.status == status, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count == 1, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(home.fingerprint() == before, "files changed", sourceLocation: sourceLocation)
    }

    @Test func unknownDeck() throws {
        try expectFailure(try ScratchHome(), ["study", "no-such-deck", "--porcelain"], status: 65, message: "unknown deck 'no-such-deck'")
    }

    @Test func malformedDeckFile() throws {
        let home = try ScratchHome()
        try home.write("Decks/broken.json", "{\"title\": \"B\",\n \"entries\": [\n  {\"term\": \"x\"}\n]}")
        try expectFailure(home, ["study", "--porcelain"], status: 65, message: "/Decks/broken.json:3: entry 1 (\"x\") has no \"definition\"")
    }

    @Test func deckFileThatIsNotJSON() throws {
        let home = try ScratchHome()
        try home.write("Decks/broken.json", "{\"title\": \"B\",\n oops}")
        try expectFailure(home, ["decks"], status: 65, message: "/Decks/broken.json:2:2:")
    }

    @Test func malformedJournalLine() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/reviews.jsonl", """
            {"card":"foundation-models/rag/term","at":"2026-11-20T09:00:00Z","rating":3}
            {"card":"foundation-models/rag/term","at":"yesterday","rating":3}
            {"card":"foundation-models/rag/term","at":"2026-11-22T09:00:00Z","rating":3}

            """)
        try expectFailure(home, ["study", "--porcelain"], status: 65, message: "reviews.jsonl:2: \"at\" is not an ISO 8601 time")
    }

    @Test func unreadableSettings() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/settings.json", "{\"new_per_day\": \"many\"}")
        try expectFailure(home, ["cards", "--json"], status: 65, message: "settings.json:1: new_per_day must be a whole number")
    }

    @Test func badNow() throws {
        try expectFailure(try ScratchHome(), ["study", "--now", "next tuesday"], status: 64, message: "--now 'next tuesday' is not an ISO 8601 time")
    }

    @Test func unknownCommand() throws {
        let home = try ScratchHome()
        let run = try home.run(["frobnicate"], home: false)
        #expect(run.status != 0)
        #expect(run.stderr.contains("frobnicate"))
    }

    @Test func badKinds() throws {
        try expectFailure(try ScratchHome(), ["study", "--kinds", "typed,essay"], status: 64, message: "unknown question kind 'essay'")
    }

    @Test func aTornLastLineIsSkippedWithAWarning() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/reviews.jsonl",
                       "{\"card\":\"foundation-models/rag/term\",\"at\":\"2026-11-20T09:00:00Z\",\"rating\":3}\n{\"card\":\"foundation-mo")
        let run = try home.run(["cards", "--json", "--now", "2026-11-24T09:00:00Z"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning"))
        let cards = try JSONParser.parse(run.stdout).array!
        #expect(cards.first { $0["id"]?.string == "foundation-models/rag/term" }?["reps"]?.integer == 1)
        let study = try home.run(["study", "--porcelain", "--now", "2026-11-24T09:00:00Z", "--limit", "1"], input: "x\n")
        #expect(study.stderr.contains("incomplete"))
        #expect(home.read("Progress/default/reviews.torn.jsonl") == "{\"card\":\"foundation-mo\n")
    }
}
