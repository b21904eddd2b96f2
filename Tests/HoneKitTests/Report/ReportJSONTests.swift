import Foundation
import Testing
@testable import HoneKit

/// The JSON report of the scripted month: every field, by hand, and the field names scripts rely on.
@Suite struct ReportJSONTests {
    let e = Expected()

    func json() throws -> JSONNode {
        try JSONParser.parse(ReportJSON.render(try ReportScenario.report()))
    }

    func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    @Test func topLevelFieldsAreStable() throws {
        let keys = try json().members!.map(\.key)
        #expect(keys == ["version", "learner", "generated_at", "today", "day_starts_at", "scope", "all_decks", "cards", "knowledge",
                         "due", "retention", "activity", "decks", "tags", "columns", "weakest", "most_lapses", "leeches",
                         "retrievability_bands"])
    }

    @Test func headerAndCards() throws {
        let j = try json()
        #expect(j["version"]?.integer == 1)
        #expect(j["learner"]?.string == "default")
        #expect(j["generated_at"]?.string == "2026-11-30T12:00:00Z")
        #expect(j["today"]?.string == "2026-11-30")
        #expect(j["day_starts_at"]?.integer == 4)
        #expect(j["scope"]?.array?.map(\.string) == ["lab"])
        #expect(j["all_decks"]?.bool == true)
        let cards = try #require(j["cards"])
        #expect(cards.members!.map(\.key) == ["total", "new", "learning", "young", "mature", "suspended"])
        #expect([cards["total"], cards["new"], cards["learning"], cards["young"], cards["mature"], cards["suspended"]].map { $0?.integer }
            == [10, 3, 1, 3, 2, 1])
        let sum = e.recall.values.reduce(0, +)
        #expect(j["knowledge"]?["seen"]?.integer == 6)
        #expect(j["knowledge"]?["mean_retrievability"]?.number == round4(sum / 6))
        #expect(j["knowledge"]?["estimated_known"]?.number == (sum * 10).rounded() / 10)
    }

    @Test func due() throws {
        let due = try #require(try json()["due"])
        #expect(due["today"]?.integer == e.forecast[0])
        #expect(due["tomorrow"]?.integer == e.forecast[1])
        #expect(due["week"]?.integer == e.forecast.prefix(7).reduce(0, +))
        #expect(due["forecast"]?.array?.map(\.integer) == e.forecast)
    }

    @Test func retention() throws {
        let t = try #require(try json()["retention"])
        #expect(t["desired"]?.number == 0.8)
        #expect(t["true_7d"]?.number == 0)
        #expect(t["true_30d"]?.number == 0.1)
        #expect(t["true_365d"]?.number == 0.1818) // 2 of 11
        #expect(t["young_30d"]?.number == 0) // 0 of 7
        #expect(t["mature_30d"]?.number == 0.3333) // 1 of 3
        #expect([t["reviews_7d"], t["reviews_30d"], t["reviews_365d"], t["young_reviews_30d"], t["mature_reviews_30d"]].map { $0?.integer }
            == [1, 10, 11, 7, 3])
        let weekly = try #require(t["weekly"]?.array)
        #expect(weekly.count == 26)
        #expect(weekly[0]["week"]?.string == "2026-06-08")
        #expect(weekly[25]["week"]?.string == "2026-11-30")
        let week = weekly.first { $0["week"]?.string == "2026-11-02" }
        #expect(week?["reviews"]?.integer == 7 && week?["passed"]?.integer == 0 && week?["rate"]?.number == 0)
        #expect(weekly.first { $0["week"]?.string == "2026-06-08" }?["rate"]?.isNull == true)
    }

    @Test func retentionIsNullWithoutData() throws {
        let fs = InMemoryFileSystem()
        let report = try Report.make(decks: [ReportScenario.deck], fileSystem: fs, learnerFolder: ReportScenario.folder, timeZone: ReportScenario.utc,
                                     learner: "default", now: ReportScenario.now, allDecks: true).report
        let t = try #require(try JSONParser.parse(ReportJSON.render(report))["retention"])
        for key in ["true_7d", "true_30d", "true_365d", "young_30d", "mature_30d"] { #expect(t[key]?.isNull == true, "\(key)") }
        #expect(try JSONParser.parse(ReportJSON.render(report))["activity"]?["minutes_per_day"]?.isNull == true)
    }

    @Test func activity() throws {
        let a = try #require(try json()["activity"])
        #expect(a["reviews_total"]?.integer == 32)
        #expect(a["study_days"]?.integer == 16)
        #expect(a["streak_current"]?.integer == 2)
        #expect(a["streak_longest"]?.integer == 8)
        #expect(a["reviews_per_day"]?.number == 2)
        #expect(a["minutes_per_day"]?.number == 1.5)
        let heatmap = try #require(a["heatmap"]?.array)
        #expect(heatmap.count == 176)
        #expect(heatmap.first?["date"]?.string == "2026-06-08" && heatmap.last?["date"]?.string == "2026-11-30")
        #expect(heatmap.first { $0["date"]?.string == "2026-11-01" }?["reviews"]?.integer == 5)
        #expect(heatmap.first { $0["date"]?.string == "2026-11-02" }?["reviews"]?.integer == 4)
        #expect(heatmap.compactMap { $0["reviews"]?.integer }.reduce(0, +) == 30, "the two 2025 reviews are older")
    }

    @Test func decksTagsAndColumns() throws {
        let j = try json()
        let deck = try #require(j["decks"]?.array?.first)
        #expect(deck.members!.map(\.key) == ["id", "title", "cards", "known", "due_today", "new", "learning", "young", "mature", "suspended"])
        #expect(deck["id"]?.string == "lab" && deck["title"]?.string == "Lab" && deck["cards"]?.integer == 10)
        #expect(deck["known"]?.integer == e.known.count)
        #expect(deck["due_today"]?.integer == e.forecast[0])
        let tags = try #require(j["tags"]?.array)
        #expect(tags.map { $0["tag"]?.string } == ["alpha", "beta"])
        #expect(tags.map { $0["cards"]?.integer } == [4, 4])
        #expect(tags[0]["known"]?.integer == ["lab/ant/term", "lab/ant/definition", "lab/bee/term", "lab/bee/definition"].filter(e.known.contains).count)
        let column = try #require(j["columns"]?.array?.first)
        #expect(column["deck"]?.string == "lab" && column["table"]?.string == "labs" && column["table_title"]?.string == "Labs")
        #expect(column["column"]?.string == "Lab" && column["cards"]?.integer == 4)
        #expect(column["known"]?.integer == (e.known.contains("lab/labs/claude/lab") ? 1 : 0))
    }

    @Test func weakestLapsesLeechesAndBands() throws {
        let j = try json()
        let weakest = try #require(j["weakest"]?.array)
        let order = e.recall.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
        #expect(weakest.map { $0["card"]?.string } == order.map(\.key))
        #expect(weakest.map { $0["retrievability"]?.number } == order.map { round4($0.value) })
        #expect(weakest.first?.members?.map(\.key) == ["card", "label", "retrievability", "lapses"])
        #expect(j["most_lapses"]?.array?.map { $0["card"]?.string } == ["lab/bee/definition"])
        #expect(j["most_lapses"]?.array?.first?["lapses"]?.integer == 1)
        #expect(j["leeches"]?.array?.map(\.string) == ["lab/cat/term"])
        #expect(j["retrievability_bands"]?.array?.map(\.integer) == e.bands)
    }
}
