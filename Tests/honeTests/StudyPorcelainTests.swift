import Foundation
import Testing
@testable import HoneKit

/// End to end: the built binary, scripted porcelain sessions, a scratch home.
@Suite(.serialized) struct StudyPorcelainTests {
    let now = "2026-11-24T09:00:00Z"

    /// The right answer to every card of the bundled deck, as a learner would type it.
    static let answers: [String: String] = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let path = root.path + "/Decks/foundation-models.json"
        let deck = try! Deck.load(json: [UInt8](try! Data(contentsOf: URL(fileURLWithPath: path))), id: "foundation-models", path: path)
        var out: [String: String] = [:]
        for card in deck.cards {
            switch card.fact {
            case .term(let e): out[card.id] = deck.entries[e].term
            case .definition(let e): out[card.id] = deck.entries[e].definition
            case .cell(let t, let r, let c): out[card.id] = deck.tables[t].rows[r][c]
            case .rowFor(let t, let r, _, _): out[card.id] = deck.tables[t].key(ofRow: r)
            case .order(let s): out[card.id] = deck.sequences[s].items.joined(separator: ", ")
            case .cloze(_, let blank): out[card.id] = blank.answer
            }
        }
        return out
    }()

    /// Plays a porcelain session answering every question right, one process per answer batch:
    /// the input is written in full, so the script answers `count` questions blind and checks after.
    func study(_ home: ScratchHome, now: String, extra: [String] = [], script: (JSONNode) -> String) throws -> HoneRun {
        // Porcelain is line-synchronous; a long enough script of answers is fed, and the answers are
        // chosen from the questions of a dry run with the same seed (the session is repeatable).
        var lines: [String] = []
        for _ in 0..<200 {
            let run = try home.run(["study", "--porcelain", "--now", now, "--seed", "5"] + extra, input: lines.joined(separator: "\n") + "\n")
            let questions = run.events.filter { $0["event"]?.string == "question" || $0["event"]?.string == "reveal" }
            if questions.count <= lines.count { return run }
            // Undo what the dry run wrote: answers are replayed from scratch each time.
            try? FileManager.default.removeItem(atPath: home.learner)
            lines.append(script(questions[lines.count]))
        }
        Issue.record("session did not end")
        return try home.run(["study", "--porcelain", "--now", now, "--seed", "5"] + extra, input: lines.joined(separator: "\n") + "\n")
    }

    func rightAnswer(_ event: JSONNode) -> String {
        if event["event"]?.string == "reveal" { return "3" }
        if event["kind"]?.string == "flip" { return "" }
        return Self.answers[event["card"]!.string!]!
    }

    @Test func aFirstSessionInstallsTheDeckAndRecordsEveryAnswer() throws {
        let home = try ScratchHome()
        let run = try study(home, now: now, extra: ["--kinds", "typed,choice,cloze,multi,order,flip"], script: rightAnswer)
        #expect(run.status == 0, "\(run.stderr)")
        let events = run.events
        let verdicts = events.filter { $0["event"]?.string == "verdict" }
        #expect(verdicts.count >= 20)
        #expect(verdicts.allSatisfy { $0["correct"]?.bool == true })
        #expect(verdicts.allSatisfy { $0["due"]?.string.flatMap(ISO8601.parse) != nil && $0["interval_days"]?.number != nil })
        let summary = try #require(events.last)
        #expect(summary["event"]?.string == "summary")
        #expect(summary["answered"]?.integer == verdicts.count)
        let journal = try #require(home.read("Progress/default/reviews.jsonl"))
        #expect(journal.split(separator: "\n").count == verdicts.count)
        #expect(home.read("Decks/foundation-models.json") != nil)
    }

    @Test func questionsCarryTheProtocolFields() throws {
        let home = try ScratchHome()
        let run = try home.run(["study", "--porcelain", "--now", now, "--seed", "1", "--limit", "1"], input: "")
        let question = try #require(run.events.first)
        #expect(question["event"]?.string == "question")
        #expect(question["card"]?.string != nil)
        #expect(question["kind"]?.string == "choice")
        #expect(question["prompt"]?.string != nil)
        #expect(question["choices"]?.array?.count == 4)
        #expect(run.events.last?["event"]?.string == "summary")
        #expect(run.status == 0)
    }

    @Test func choicesAcceptLetterNumberOrText() throws {
        for style in ["letter", "number", "text"] {
            let home = try ScratchHome()
            let first = try home.run(["study", "--porcelain", "--now", now, "--seed", "9", "--limit", "1"], input: "")
            let question = first.events[0]
            let choices = question["choices"]!.array!.map { $0.string! }
            let right = choices.firstIndex(of: Self.answers[question["card"]!.string!]!)!
            let answer = style == "letter" ? String(UnicodeScalar(UInt8(97 + right))) : style == "number" ? String(right + 1) : choices[right]
            let run = try home.run(["study", "--porcelain", "--now", now, "--seed", "9", "--limit", "1"], input: answer + "\n")
            #expect(run.events[1]["correct"]?.bool == true, "\(style)")
            #expect(run.events[1]["rating"]?.integer == 3)
        }
    }

    @Test func flipCardsRevealThenTakeARating() throws {
        let home = try ScratchHome()
        let run = try home.run(["study", "--porcelain", "--now", now, "--kinds", "flip", "--limit", "1"], input: "good\n")
        let events = run.events
        #expect(events.map { $0["event"]?.string } == ["question", "reveal", "verdict", "summary"])
        #expect(events[0]["kind"]?.string == "flip")
        #expect(events[2]["rating"]?.integer == 3)
    }

    @Test func aDayLaterTheRightCardsAreDue() throws {
        let home = try ScratchHome()
        _ = try study(home, now: now, extra: ["--new", "5", "--kinds", "typed,choice,cloze,multi,order,flip"], script: rightAnswer)
        let cards = try home.run(["cards", "--json", "--now", "2026-11-25T09:00:00Z"])
        let states = try JSONParser.parse(cards.stdout).array!
        let studied = states.filter { $0["state"]?.string != "new" }
        #expect(studied.count == 5)
        let dueTomorrow = studied.filter { ISO8601.parse($0["due"]!.string!)! <= ISO8601.parse("2026-11-25T23:59:59Z")! }
        let next = try home.run(["study", "--porcelain", "--now", "2026-11-25T09:00:00Z", "--new", "0"], input: "")
        let asked = next.events.filter { $0["event"]?.string == "question" }.compactMap { $0["card"]?.string }
        #expect(Set(asked).isSubset(of: Set(dueTomorrow.compactMap { $0["id"]?.string })))
        #expect(asked.count == min(1, dueTomorrow.count), "EOF after the first question")
    }

    @Test func undoAndRateRewriteTheJournal() throws {
        let home = try ScratchHome()
        let run = try home.run(["study", "--porcelain", "--now", now, "--seed", "2", "--limit", "2"],
                               input: "zzz\n:undo\nzzz\n:rate 3\n:quit\n")
        let kinds = run.events.compactMap { $0["event"]?.string }
        #expect(kinds == ["question", "verdict", "question", "undone", "question", "verdict", "question", "verdict", "summary"])
        #expect(run.events[7]["overridden"]?.bool == true)
        let journal = home.read("Progress/default/reviews.jsonl")!.split(separator: "\n")
        #expect(journal.count == 1)
        #expect(journal[0].contains("\"rating\":3"))
    }

    @Test func endOfInputEndsCleanlyWithEverythingSaved() throws {
        let home = try ScratchHome()
        let run = try home.run(["study", "--porcelain", "--now", now, "--seed", "4"], input: "a\nb\n")
        #expect(run.status == 0)
        #expect(run.events.last?["event"]?.string == "summary")
        #expect(home.read("Progress/default/reviews.jsonl")?.split(separator: "\n").count == 2)
        #expect(home.read("Progress/default/snapshot.bin") != nil)
    }
}
