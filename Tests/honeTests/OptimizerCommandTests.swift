import Foundation
import Testing
@testable import HoneKit

/// `hone optimize` end to end: the report, --apply (backup, every other setting kept, card states
/// recomputed), too few reviews, and a bad external log.
@Suite(.serialized) struct OptimizerCommandTests {
    let now = "2026-12-30T12:00:00Z"

    /// A journal of `cards` bundled-deck cards, each reviewed on days spread over three months,
    /// with a deterministic mix of ratings; returns the journal text.
    func journal(home: ScratchHome, cards: Int) throws -> String {
        _ = try home.run(["decks"])
        let ids = try #require(try JSONParser.parse(try home.run(["cards", "--json"]).stdout).array).compactMap { $0["id"]?.string }
        var lines: [String] = []
        var day = 0
        for (index, card) in ids.prefix(cards).enumerated() {
            day = index % 7
            var gap = 2
            for review in 0..<7 {
                let rating = (index * 7 + review) % 5 == 0 ? 1 : ((index + review) % 9 == 0 ? 4 : 3)
                let at = Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400 + Double(index) * 60)
                lines.append(#"{"card":"\#(card)","at":"\#(ISO8601.format(at))","rating":\#(rating)}"#)
                day += gap
                gap = rating == 1 ? 1 : gap * 2
                _ = review
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func reportsAppliesAndRecomputesCardStates() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/reviews.jsonl", try journal(home: home, cards: 60))
        try home.write("Progress/default/settings.json", #"{"new_per_day": 7, "desired_retention": 0.85, "my_note": "keep me"}"#)
        let before = try JSONParser.parse(try home.run(["cards", "--json", "--now", now]).stdout)

        let report = try home.run(["optimize", "--json", "--no-retention", "--now", now])
        #expect(report.status == 0, "\(report.stderr)")
        let result = try JSONParser.parse(report.stdout)
        let parameters = try #require(result["parameters"]?.array).compactMap(\.number)
        #expect(parameters.count == 21 && (try? FSRSParameters(parameters)) != nil)
        #expect((result["reviews"]?.integer ?? 0) >= 64)
        for key in ["log_loss", "rmse_bins"] {
            #expect(result[key]?["default"]?.number != nil && result[key]?["fitted"]?.number != nil, "\(key): \(report.stdout)")
        }
        #expect(result["seconds"]?.number != nil && result["applied"]?.bool == false)
        #expect(home.read("Progress/default/settings.json") == #"{"new_per_day": 7, "desired_retention": 0.85, "my_note": "keep me"}"#)

        let applied = try home.run(["optimize", "--apply", "--no-retention", "--now", now])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("Saved the parameters"))
        let settings = try JSONParser.parse(try #require(home.read("Progress/default/settings.json")))
        #expect(settings["parameters"]?.array?.compactMap(\.number) == parameters)
        #expect(settings["new_per_day"]?.integer == 7 && settings["desired_retention"]?.number == 0.85 && settings["my_note"]?.string == "keep me")
        let backups = try FileManager.default.contentsOfDirectory(atPath: home.learner + "/backups").filter { $0.hasPrefix("settings-") }
        #expect(backups.count == 1)
        #expect(home.read("Progress/default/backups/" + backups[0]) == #"{"new_per_day": 7, "desired_retention": 0.85, "my_note": "keep me"}"#)

        let after = try JSONParser.parse(try home.run(["cards", "--json", "--now", now]).stdout)
        func stabilities(_ node: JSONNode) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: (node.array ?? []).compactMap { card in
                card["stability"]?.number.map { (card["id"]!.string!, $0) }
            })
        }
        let old = stabilities(before), new = stabilities(after)
        #expect(old.count == 60 && new.count == 60)
        // The new states are those the fitted parameters give when the journal is replayed.
        var expected = LearnerSettings()
        expected.scheduling.parameters = try FSRSParameters(parameters)
        expected.scheduling.desiredRetention = 0.85
        expected.scheduling.calendar.timeZone = TimeZone(identifier: "UTC")!
        let progress = try LearnerProgress.open(fileSystem: POSIXFileSystem(), folder: home.learner, timeZone: TimeZone(identifier: "UTC")!)
        #expect(progress.settings.scheduling.parameters.weights == parameters)
        for (card, stability) in new { #expect(abs((progress.state(of: card).stability ?? -1) - stability) < 1e-9) }
        #expect(old != new)
    }

    @Test func tooFewReviewsSaysHowManyMoreAndChangesNothing() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/reviews.jsonl", try journal(home: home, cards: 5))
        let before = home.fingerprint()
        let run = try home.run(["optimize", "--apply", "--now", now])
        #expect(run.status == 65)
        #expect(run.stderr.contains("30 reviews on a later day") && run.stderr.contains("34 more"), "\(run.stderr)")
        #expect(home.fingerprint() == before)
    }

    @Test func aBadReviewLogIsLocatedAndChangesNothing() throws {
        let home = try ScratchHome()
        try home.write("log.csv", "card_id,review_rating,review_time,review_duration\n1,3,2024-01-01T10:00:00Z,5\n1,7,2024-01-02T10:00:00Z,5\n")
        _ = try home.run(["decks"])
        let before = home.fingerprint()
        let run = try home.run(["optimize", "--reviews", home.path + "/log.csv", "--apply"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("log.csv:3: review_rating must be 1, 2, 3 or 4, found \"7\""), "\(run.stderr)")
        #expect(home.fingerprint() == before)
        let missing = try home.run(["optimize", "--reviews", home.path + "/nope.csv"])
        #expect(missing.status == 66)
    }
}
