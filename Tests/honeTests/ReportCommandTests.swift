import Foundation
import Testing
@testable import HoneKit

/// End to end: `hone report` on a scratch home, with a journal of known answers and with sessions
/// played through the porcelain protocol at chosen times (`--now`).
@Suite(.serialized) struct ReportCommandTests {
    let now = "2026-11-30T12:00:00Z"

    static let deck = """
        {"title": "Lab",
         "entries": [
           {"term": "ant", "definition": "A small insect that lives in colonies.", "tags": ["alpha"]},
           {"term": "bee", "definition": "An insect that makes honey.", "tags": ["alpha", "beta"]},
           {"term": "cat", "definition": "A small feline.", "tags": ["beta"]}],
         "tables": [{"id": "labs", "title": "Labs", "columns": ["Model", "Lab"], "rows": [["Claude", "Anthropic"], ["Llama", "Meta"]]}]}
        """

    /// A month of study, as journal lines: the same script as the engine's report tests (see
    /// Tests/HoneKitTests/Report/ReportScenario.swift for the figures worked out by hand).
    static var journal: String {
        var lines: [(String, String, Int)] = [
            ("lab/cat/term", "2025-10-01T09:00:00Z", 4), ("lab/cat/term", "2025-10-29T09:00:00Z", 3),
            ("lab/cat/term", "2026-10-10T09:00:00Z", 3), ("lab/bee/term", "2026-10-20T09:00:00Z", 4),
        ]
        for day in 1...8 {
            lines += [("lab/cat/term", "2026-11-0\(day)T09:00:00Z", 1), ("lab/cat/term", "2026-11-0\(day)T09:10:00Z", 3)]
            if day == 1 {
                lines += [("lab/ant/term", "2026-11-01T09:20:00Z", 4), ("lab/ant/definition", "2026-11-01T09:20:00Z", 3),
                          ("lab/ant/definition", "2026-11-01T09:30:00Z", 3)]
            }
            if day == 2 { lines += [("lab/bee/definition", "2026-11-02T09:20:00Z", 3), ("lab/bee/definition", "2026-11-02T09:30:00Z", 3)] }
        }
        lines += [
            ("lab/bee/term", "2026-11-17T09:00:00Z", 3), ("lab/labs/claude/lab", "2026-11-24T09:00:00Z", 3),
            ("lab/labs/claude/lab", "2026-11-24T09:10:00Z", 3), ("lab/bee/definition", "2026-11-28T09:00:00Z", 1),
            ("lab/bee/definition", "2026-11-28T09:10:00Z", 3), ("lab/labs/claude/lab/reverse:anthropic", "2026-11-29T09:00:00Z", 1),
            ("lab/labs/claude/lab/reverse:anthropic", "2026-11-29T09:01:00Z", 3),
        ]
        return lines.map { #"{"card":"\#($0.0)","at":"\#($0.1)","rating":\#($0.2),"duration_ms":45000}"# + "\n" }.joined()
    }

    func scriptedHome() throws -> ScratchHome {
        let home = try ScratchHome()
        try home.write("Decks/lab.json", Self.deck)
        try home.write("Progress/default/settings.json", #"{"desired_retention": 0.8, "fuzz": false}"#)
        try home.write("Progress/default/reviews.jsonl", Self.journal)
        return home
    }

    @Test func jsonHasEveryFigure() throws {
        let home = try scriptedHome()
        let run = try home.run(["report", "--format", "json", "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        let j = try JSONParser.parse(run.stdout)
        let cards = try #require(j["cards"])
        #expect(["total", "new", "learning", "young", "mature", "suspended"].map { cards[$0]?.integer } == [10, 3, 1, 3, 2, 1])
        let t = try #require(j["retention"])
        #expect(t["desired"]?.number == 0.8)
        #expect([t["true_7d"], t["true_30d"], t["true_365d"], t["young_30d"], t["mature_30d"]].map { $0?.number } == [0, 0.1, 0.1818, 0, 0.3333])
        let a = try #require(j["activity"])
        #expect(["reviews_total", "study_days", "streak_current", "streak_longest"].map { a[$0]?.integer } == [32, 16, 2, 8])
        #expect(a["minutes_per_day"]?.number == 1.5 && a["reviews_per_day"]?.number == 2)
        #expect(j["leeches"]?.array?.map(\.string) == ["lab/cat/term"])
        #expect(j["decks"]?.array?.first?["cards"]?.integer == 10)
        #expect(j["due"]?["forecast"]?.array?.count == 30)
        #expect(j["due"]?["forecast"]?.array?[2].integer == 1, "claude/lab, due 12-02")
    }

    @Test func textIsPlainWhenPipedAndFitsEightyColumns() throws {
        let home = try scriptedHome()
        let run = try home.run(["report", "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(run.stdout.contains("  last 30 days     10.0%   1 of 10 passed\n"))
        #expect(run.stdout.contains("  32 reviews on 16 study days · streak 2 days, longest 8\n"))
        #expect(run.stdout.contains("  8 lapses   cat (term)\n"))
        let markdown = try home.run(["report", "--format", "markdown", "--now", now])
        #expect(markdown.stdout.contains("| last 365 days | 18.2% | 2 | 11 |\n"))
    }

    @Test func htmlIsWrittenToAFileWithTheJSONFigures() throws {
        let home = try scriptedHome()
        let path = home.path + "/out/report.html"
        try FileManager.default.createDirectory(atPath: home.path + "/out", withIntermediateDirectories: true)
        let run = try home.run(["report", "lab", "--format", "html", "-o", path, "--now", now])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let html = try #require(home.read("out/report.html"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for chart in ["chart-forecast", "chart-retention", "chart-heatmap", "chart-recall"] { #expect(html.contains("id=\"\(chart)\"")) }
        #expect(html.contains(#"data-field="retention.true_30d" data-value="0.1">10.0%<"#))
        #expect(html.contains(#"data-field="activity.reviews_total" data-value="32">32<"#))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/out") == ["report.html"], "no temporary file left")
    }

    @Test func anUnwritableOutputIsAnErrorNamingTheFileAndWritesNothing() throws {
        let home = try scriptedHome()
        // Caches are no output of the report: the deck cache (Decks/.cache) may be written on any
        // load, the snapshot (and its lock) by any command that had to replay the journal.
        func files() -> [String: Data] {
            home.fingerprint().filter { !$0.key.hasPrefix("Decks/.cache/") && !$0.key.hasSuffix("/snapshot.bin") && !$0.key.hasSuffix("/lock") }
        }
        let before = files()
        let missing = home.path + "/no/such/folder/report.html"
        let run = try home.run(["report", "--format", "html", "-o", missing, "--now", now])
        #expect(run.status == 73)
        #expect(run.stderr.contains(missing) && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(files() == before)
        let folder = try home.run(["report", "-o", home.path + "/Decks", "--now", now])
        #expect(folder.status == 73 || folder.status == 74, "\(folder.stderr)")
        #expect(files() == before)
    }

    @Test func anEmptyLearnerIsToldWhatToDoFirst() throws {
        let home = try ScratchHome()
        try home.write("Decks/lab.json", Self.deck)
        let run = try home.run(["report", "--now", now])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Nothing to report yet"))
        #expect(run.stdout.contains("hone study"))
        #expect(!run.stdout.contains("RETENTION"))
    }

    @Test func leechesAreListedSuspendedAndSkipped() throws {
        let home = try scriptedHome()
        let list = try home.run(["cards", "--leeches", "--now", now])
        #expect(list.stdout.hasPrefix("lab/cat/term  suspended"), "\(list.stdout)")
        #expect(list.stdout.split(separator: "\n").count == 1 && list.stdout.contains("lapses=8"))
        let json = try JSONParser.parse(try home.run(["cards", "--json", "--now", now]).stdout)
        #expect(json.array?.first { $0["id"]?.string == "lab/cat/term" }?["state"]?.string == "suspended")
        #expect(json.array?.first { $0["id"]?.string == "lab/cat/term" }?["lapses"]?.integer == 8)
        let study = try home.run(["study", "--porcelain", "--now", now, "--new", "0", "--seed", "1"], input: "")
        let notice = try #require(study.events.first)
        #expect(notice["event"]?.string == "notice" && notice["leeches"]?.array?.map(\.string) == ["lab/cat/term"])
        #expect(!study.events.contains { $0["event"]?.string == "question" && $0["card"]?.string == "lab/cat/term" })
        // A suspended leech is not counted as due anywhere.
        let decks = try JSONParser.parse(try home.run(["decks", "--json", "--now", now]).stdout)
        let report = try JSONParser.parse(try home.run(["report", "--format", "json", "--now", now]).stdout)
        #expect(decks.array?.first?["due"]?.integer == report["due"]?["today"]?.integer)
        let none = try ScratchHome()
        try none.write("Decks/lab.json", Self.deck)
        #expect(try none.run(["cards", "--leeches"]).stdout.hasPrefix("No leeches"))
    }

    /// Three days of sessions played through the porcelain protocol, every card rated Good: the
    /// report counts what the sessions printed.
    @Test func aReportOfSessionsPlayedWithNow() throws {
        let home = try ScratchHome()
        try home.write("Decks/lab.json", Self.deck)
        var verdicts = 0
        let days = ["2026-11-28T09:00:00Z", "2026-11-29T09:00:00Z", "2026-11-30T09:00:00Z"]
        for day in days {
            let run = try home.run(["study", "--porcelain", "--kinds", "flip", "--new", "2", "--now", day, "--seed", "4"],
                                   input: String(repeating: "3\n", count: 20))
            verdicts += run.events.filter { $0["event"]?.string == "verdict" }.count
        }
        #expect(verdicts >= 6)
        let j = try JSONParser.parse(try home.run(["report", "--format", "json", "--now", "2026-11-30T20:00:00Z"]).stdout)
        #expect(j["activity"]?["reviews_total"]?.integer == verdicts)
        #expect(j["activity"]?["study_days"]?.integer == 3)
        #expect(j["activity"]?["streak_current"]?.integer == 3 && j["activity"]?["streak_longest"]?.integer == 3)
        // Flip cards (the three definitions) were the only ones asked.
        #expect(j["cards"]?["total"]?.integer == 10)
        #expect(j["cards"]?["new"]?.integer == 7)
        #expect(j["activity"]?["heatmap"]?.array?.suffix(3).compactMap { $0["reviews"]?.integer }.reduce(0, +) == verdicts)
    }
}
