import Foundation
import Testing
@testable import HoneKit

@Suite(.serialized) struct MergeDoctorTests {
    let line1 = #"{"card":"foundation-models/rag/term","at":"2026-11-20T09:00:00Z","rating":3}"#
    let line2 = #"{"card":"foundation-models/rag/term","at":"2026-11-23T09:00:00Z","rating":3}"#
    let line3 = #"{"card":"foundation-models/transformer/term","at":"2026-11-22T09:00:00Z","rating":1}"#

    @Test func mergeUnionsAndIsIdempotent() throws {
        let laptop = try ScratchHome(), phone = try ScratchHome()
        try laptop.write("Progress/default/reviews.jsonl", line1 + "\n" + line2 + "\n")
        try phone.write("Progress/default/reviews.jsonl", line1 + "\n" + line3 + "\n")
        let run = try laptop.run(["merge", phone.path + "/Progress/default", "--now", "2026-11-24T09:00:00Z"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Merged 1 review of 1 card"))
        let merged = laptop.read("Progress/default/reviews.jsonl")
        #expect(merged == line1 + "\n" + line2 + "\n" + line3 + "\n")
        let again = try laptop.run(["merge", phone.path, "--now", "2026-11-24T09:00:00Z"])
        #expect(again.stdout.contains("Nothing new"))
        #expect(laptop.read("Progress/default/reviews.jsonl") == merged)
        let backups = try FileManager.default.contentsOfDirectory(atPath: laptop.learner + "/backups")
        #expect(backups.count == 1)
        let cards = try JSONParser.parse(try laptop.run(["cards", "--json", "--now", "2026-11-24T09:00:00Z"]).stdout).array!
        #expect(cards.first { $0["id"]?.string == "foundation-models/transformer/term" }?["reps"]?.integer == 1)
    }

    @Test func mergeOfAMissingPathChangesNothing() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/reviews.jsonl", line1 + "\n")
        let before = home.fingerprint()
        let run = try home.run(["merge", "/nonexistent/place"])
        #expect(run.status == 66)
        #expect(home.fingerprint() == before)
    }

    @Test func aCorruptLineStopsWithItsNumberAndDoctorMovesItAside() throws {
        let home = try ScratchHome()
        let journal = line1 + "\n{oops\n" + line2 + "\n"
        try home.write("Progress/default/reviews.jsonl", journal)
        _ = try home.run(["decks"])
        let before = home.fingerprint()
        let study = try home.run(["study", "--porcelain"], input: "a\n")
        #expect(study.status == 65)
        #expect(study.stderr.contains("reviews.jsonl:2:"))
        #expect(study.stderr.contains("hone doctor"))
        #expect(home.fingerprint() == before)
        let declined = try home.run(["doctor"], input: "")
        #expect(declined.status == 65)
        #expect(declined.stdout.contains("line 2"))
        #expect(home.fingerprint() == before)
        let fixed = try home.run(["doctor", "--yes", "--now", "2026-11-24T09:00:00Z"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(home.read("Progress/default/reviews.jsonl") == line1 + "\n" + line2 + "\n")
        #expect(home.read("Progress/default/reviews.bad.jsonl") == "{oops\n")
        #expect(try home.run(["cards", "--json"]).status == 0)
    }

    @Test func aCorruptSnapshotIsRebuiltFromTheJournal() throws {
        let home = try ScratchHome()
        try home.write("Progress/default/reviews.jsonl", line1 + "\n" + line2 + "\n")
        let good = try home.run(["cards", "--json", "--now", "2026-11-24T09:00:00Z"]).stdout
        try home.write("Progress/default/snapshot.bin", "{\"version\": 1, \"cards\": [[\"broken")
        let rebuilt = try home.run(["cards", "--json", "--now", "2026-11-24T09:00:00Z"])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stdout == good)
        #expect(home.read("Progress/default/reviews.jsonl") == line1 + "\n" + line2 + "\n")
    }
}
