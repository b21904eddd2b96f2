import Foundation
import Testing
@testable import HoneKit

/// kill -9 at random points of scripted sessions: every review whose verdict was printed is in the
/// journal, and the next start loads.
@Suite(.serialized) struct CrashTests {
    static let runs = 120

    @Test func killingASessionAnywhereLosesNoAnsweredReview() throws {
        let home = try ScratchHome()
        var rng = SplitMix64(seed: 20_261_129)
        var start = ISO8601.parse("2026-11-24T09:00:00Z")!
        var printedTotal = 0
        for run in 0..<Self.runs {
            let now = ISO8601.format(start)
            let hone = try InteractiveHone(["study", "--porcelain", "--home", home.path, "--now", now, "--seed", String(run)])
            let answers = Int.random(in: 0...6, using: &rng)
            var verdicts = 0
            var answered = 0
            loop: while let event = hone.nextEvent() {
                switch event["event"]?.string {
                case "question":
                    if answered == answers { break loop }
                    hone.send(["a", "b", "c", "1", "xyz", "transformer"][Int.random(in: 0..<6, using: &rng)])
                    answered += 1
                    if answered == answers, Bool.random(using: &rng) {
                        usleep(UInt32.random(in: 0...3000, using: &rng))
                        break loop
                    }
                case "reveal":
                    hone.send(String(Int.random(in: 1...4, using: &rng)))
                case "verdict":
                    verdicts += 1
                default:
                    break loop
                }
            }
            hone.kill()
            let rest = hone.finish().rest
            verdicts += rest.filter { $0.contains("\"event\":\"verdict\"") }.count
            printedTotal += verdicts
            let journal = home.read("Progress/default/reviews.jsonl") ?? ""
            let lines = journal.split(separator: "\n").filter { $0.contains("\"at\":\"\(now)\"") }
            #expect(lines.count >= verdicts, "run \(run): \(verdicts) verdicts printed, \(lines.count) in the journal")
            #expect(lines.count <= answered * 4, "run \(run): more reviews than answers (a match answer is up to four)")
            start.addTimeInterval(3 * 3600)
        }
        let cards = try home.run(["cards", "--json", "--now", ISO8601.format(start)])
        #expect(cards.status == 0, "\(cards.stderr)")
        #expect(printedTotal > Self.runs)
    }

    @Test func twoSessionsOnOneLearnerKeepEveryReview() throws {
        let home = try ScratchHome()
        _ = try home.run(["decks"])
        let args = ["study", "--porcelain", "--home", home.path, "--now", "2026-11-24T09:00:00Z", "--new", "40"]
        let first = try InteractiveHone(args + ["--seed", "1"])
        let second = try InteractiveHone(args + ["--seed", "2"])
        var verdicts = 0
        for _ in 0..<15 {
            for hone in [first, second] {
                guard let question = hone.nextEvent(), question["event"]?.string == "question" else { continue }
                hone.send(question["kind"]?.string == "flip" ? "3" : "a")
                if question["kind"]?.string == "flip" { _ = hone.nextEvent() }
                if hone.nextEvent()?["event"]?.string == "verdict" { verdicts += 1 }
            }
        }
        first.closeInput()
        second.closeInput()
        _ = first.finish()
        _ = second.finish()
        let journal = home.read("Progress/default/reviews.jsonl") ?? ""
        #expect(journal.split(separator: "\n").count == verdicts)
        let cards = try home.run(["cards", "--json", "--now", "2026-11-24T10:00:00Z"])
        #expect(cards.status == 0)
        let reps = try JSONParser.parse(cards.stdout).array!.compactMap { $0["reps"]?.integer }.reduce(0, +)
        #expect(reps == verdicts)
    }
}
