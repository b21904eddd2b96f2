import Foundation
import Testing
@testable import HoneKit

/// The report's figures for the scripted month (`ReportScenario`), each against its value by hand.
@Suite struct ReportFiguresTests {
    let e = Expected()

    @Test func theScenarioIsWhatItsCommentSays() {
        #expect(e.interval(e.antTerm) == 28)
        #expect(e.interval(e.antDefinition) == 8)
        #expect(e.interval(e.claudeLab) == 8)
        #expect(e.interval(e.beeTerm) > 29, "bee/term is due after the forecast")
        #expect(e.interval(e.beeDefinition) < 21, "bee/definition is young after its lapse")
        #expect(e.young == 3 && e.mature == 2)
        #expect(e.forecast[0] == 4 || e.forecast[0] == 3)
    }

    @Test func cardsByState() throws {
        let report = try ReportScenario.report()
        let c = report.cards
        #expect(c.total == 10)
        #expect(c.new == 3) // cat/definition, llama/lab, reverse:meta
        #expect(c.learning == 1) // reverse:anthropic
        #expect(c.young == 3) // ant/definition, bee/definition, claude/lab
        #expect(c.mature == 2) // ant/term, bee/term
        #expect(c.suspended == 1) // cat/term, 8 lapses
        #expect(report.decks.count == 1)
        #expect(report.decks[0].counts == c)
        #expect(report.decks[0].id == "lab" && report.decks[0].title == "Lab")
    }

    @Test func knowledgeIsTheSumOfRecallOfStudiedCards() throws {
        let report = try ReportScenario.report()
        let sum = e.recall.values.reduce(0, +)
        #expect(report.knowledge.seen == 6)
        #expect(abs(report.knowledge.estimate - sum) < 1e-9)
        #expect(abs(report.knowledge.meanRetrievability! - sum / 6) < 1e-9)
        #expect(report.retrievabilityBands == e.bands)
        #expect(report.retrievabilityBands.reduce(0, +) == 6)
    }

    @Test func dueTodayTomorrowAndTheForecast() throws {
        let report = try ReportScenario.report()
        #expect(report.due.forecast == e.forecast)
        #expect(report.due.forecast.count == 30)
        #expect(report.due.today == e.forecast[0])
        #expect(report.due.tomorrow == e.forecast[1])
        #expect(report.due.week == e.forecast.prefix(7).reduce(0, +))
        #expect(report.due.forecast[2] >= 1, "claude/lab, due 12-02")
        #expect(report.decks[0].dueToday == e.forecast[0])
    }

    @Test func trueRetention() throws {
        let t = try ReportScenario.report().retention
        #expect(t.desired == 0.8)
        // Last 7 days (11-24..30): bee/definition failed on 11-28.
        #expect(t.last7 == Rate(passed: 0, total: 1))
        // Last 30 days (11-01..30): the leech failed 11-01..08 (8); bee/term passed 11-17 (mature);
        // bee/definition failed 11-28 (young).
        #expect(t.last30 == Rate(passed: 1, total: 10))
        // The leech's first two lapses come after intervals of 21 days or more (mature), the
        // other six after shorter ones (young).
        let leechMature = e.leechIntervals.filter { $0 >= 21 }.count
        #expect(leechMature == 2 && e.leechIntervals[0] > 200 && e.leechIntervals.last! < 21)
        #expect(t.young30 == Rate(passed: 0, total: 1 + 8 - leechMature))
        #expect(t.mature30 == Rate(passed: 1, total: 1 + leechMature))
        // Last 365 days add the leech's pass on 2026-10-10; 2025-10-29 is older.
        #expect(t.last365 == Rate(passed: 2, total: 11))
        #expect(t.last30.value == 0.1)
        #expect(t.young30.value == 0 && t.mature30.value == 1 / Double(1 + leechMature))
        // Week by week: weeks start on Mondays from 2026-06-08.
        let first = ReportScenario.day("2026-06-08")
        var weekly = Array(repeating: Rate(), count: 26)
        weekly[(ReportScenario.day("2026-10-05") - first) / 7] = Rate(passed: 1, total: 1)
        weekly[(ReportScenario.day("2026-10-26") - first) / 7] = Rate(passed: 0, total: 1)
        weekly[(ReportScenario.day("2026-11-02") - first) / 7] = Rate(passed: 0, total: 7)
        weekly[(ReportScenario.day("2026-11-16") - first) / 7] = Rate(passed: 1, total: 1)
        weekly[(ReportScenario.day("2026-11-23") - first) / 7] = Rate(passed: 0, total: 1)
        #expect(t.weekly == weekly)
    }

    @Test func activityStreaksAndHeatmap() throws {
        let a = try ReportScenario.report().activity
        #expect(a.reviewsTotal == 32)
        // 2025-10-01, 2025-10-29, 2026-10-10, 10-20, 11-01..08, 11-17, 11-24, 11-28, 11-29.
        #expect(a.studyDays == 16)
        #expect(a.streakLongest == 8)
        #expect(a.streakCurrent == 2, "11-28 and 11-29; today has no review yet")
        #expect(a.reviewsPerDay == 2.0)
        #expect(a.minutesPerDay == 1.5, "32 reviews of 45 s over 16 days")
        #expect(a.firstDay == ReportScenario.day("2026-06-08"))
        #expect(a.heatmap.count == 176)
        var heatmap = Array(repeating: 0, count: 176)
        let counts = ["2026-10-10": 1, "2026-10-20": 1, "2026-11-01": 5, "2026-11-02": 4, "2026-11-03": 2, "2026-11-04": 2,
                      "2026-11-05": 2, "2026-11-06": 2, "2026-11-07": 2, "2026-11-08": 2, "2026-11-17": 1, "2026-11-24": 2,
                      "2026-11-28": 2, "2026-11-29": 2]
        for (date, count) in counts { heatmap[ReportScenario.day(date) - a.firstDay] = count }
        #expect(a.heatmap == heatmap)
        #expect(a.level(5) == 4 && a.level(4) == 4 && a.level(2) == 2 && a.level(1) == 1 && a.level(0) == 0)
    }

    @Test func masteryPerDeckTagAndColumn() throws {
        let report = try ReportScenario.report()
        let known = e.known
        #expect(report.decks[0].known == known.count)
        func count(_ cards: [String]) -> Int { cards.filter(known.contains).count }
        let alpha = ["lab/ant/term", "lab/ant/definition", "lab/bee/term", "lab/bee/definition"]
        let beta = ["lab/bee/term", "lab/bee/definition", "lab/cat/term", "lab/cat/definition"]
        #expect(report.tags == [Mastery(group: .tag("alpha"), cards: 4, known: count(alpha)),
                                Mastery(group: .tag("beta"), cards: 4, known: count(beta))])
        #expect(report.columns == [Mastery(group: .column(deck: "lab", table: "labs", tableTitle: "Labs", column: "Lab"),
                                           cards: 4, known: count(["lab/labs/claude/lab"]))])
        #expect(report.columns[0].label == "Labs · Lab")
    }

    @Test func weakestMostLapsesAndLeeches() throws {
        let report = try ReportScenario.report()
        let weakest = e.recall.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map(\.key)
        #expect(report.weakest.map(\.card) == weakest)
        #expect(report.weakest.map(\.retrievability) == weakest.map { e.recall[$0] })
        #expect(report.weakest.first { $0.card == "lab/bee/definition" }?.lapses == 1)
        #expect(report.mostLapses.map(\.card) == ["lab/bee/definition"])
        #expect(report.leeches.map(\.card) == [ReportScenario.leech])
        #expect(report.leeches[0].lapses == 8)
        #expect(report.weakest.first { $0.card == ReportScenario.claudeReverse }?.label == "Anthropic → Model")
        #expect(report.weakest.first { $0.card == "lab/ant/term" }?.label == "ant (term)")
    }

    @Test func namedDecksCountOnlyTheirReviews() throws {
        let fs = try ReportScenario.fileSystem()
        var progress = try LearnerProgress.open(fileSystem: fs, folder: ReportScenario.folder, timeZone: ReportScenario.utc)
        try progress.record(ReviewRecord(card: "other/x/term", at: ReportScenario.date("2026-11-30T10:00:00Z"), rating: .good))
        let other = Deck(id: "other", title: "Other", entries: [Entry(term: "x", definition: "The letter x.")])
        func make(_ decks: [Deck], all: Bool) throws -> Report {
            try Report.make(decks: decks, fileSystem: fs, learnerFolder: ReportScenario.folder, timeZone: ReportScenario.utc,
                            learner: "default", now: ReportScenario.now, allDecks: all).report
        }
        let lab = try make([ReportScenario.deck], all: false)
        #expect(lab.activity.reviewsTotal == 32 && lab.activity.streakCurrent == 2)
        let both = try make([ReportScenario.deck, other], all: true)
        #expect(both.activity.reviewsTotal == 33 && both.activity.streakCurrent == 3)
        #expect(both.cards.total == 12 && both.cards.learning == 2)
        let justOther = try make([other], all: false)
        #expect(justOther.activity.reviewsTotal == 1 && justOther.retention.last30.total == 0)
        #expect(justOther.retention.last30.value == nil)
    }

    @Test func anEmptyLearnerHasNothingToReport() throws {
        let report = try Report.make(decks: [ReportScenario.deck], fileSystem: InMemoryFileSystem(), learnerFolder: ReportScenario.folder,
                                     timeZone: ReportScenario.utc, learner: "default", now: ReportScenario.now, allDecks: true).report
        #expect(report.isEmpty)
        #expect(report.cards.total == 10 && report.cards.new == 10)
        #expect(report.retention.last7.value == nil && report.activity.minutesPerDay == nil)
        #expect(ReportText.render(report).contains("Nothing to report yet"))
        #expect(ReportMarkdown.render(report).contains("Nothing to report yet"))
        #expect(ReportHTML.render(report).contains("Nothing to report yet"))
    }
}
