import Foundation
import Testing
@testable import HoneKit

/// Packages written by genanki and by Anki itself (the `anki` library), in all three layouts:
/// the deck and review history hone makes of each must be what the generator script put in.
@Suite struct AnkiPackageTests {
    static let packages = ["legacy-genanki.apkg", "legacy2.apkg", "latest.apkg", "collection.colpkg"]

    @Test(arguments: packages)
    func everyLayoutYieldsTheNotesThatWentIn(_ package: String) throws {
        let result = try Importer.read(path: ImportFixtures.path(package))
        let manifest = ImportFixtures.manifest["packages"]![package]!
        #expect(result.format == .anki)
        #expect(result.layout == manifest["layout"]!.string!)
        #expect(result.deck.title == manifest["deck"]!.string!)
        let expected = ImportFixtures.expectedEntries(package)
        #expect(result.deck.entries.map(\.id) == expected.map(\.id))
        for (got, want) in zip(result.deck.entries, expected) {
            #expect(got.term == want.term, "\(want.id)")
            #expect(got.definition == want.definition, "\(want.id)")
            #expect(got.details == want.details, "\(want.id)")
            #expect(Set(got.tags) == Set(want.tags), "\(want.id)")
            #expect(got.cloze == want.cloze, "\(want.id)")
        }
        #expect(result.report.itemsRead == ImportFixtures.manifest["notes"]!.integer!)
        #expect(result.report.mediaDropped == ImportFixtures.manifest["media_references"]!.integer!)
        let skipped = ImportFixtures.manifest["skipped"]!.members!.map(\.key)
        #expect(result.report.skipped.count == skipped.count, "\(result.report.skipped)")
        #expect(result.report.skipped.contains { $0.reason.contains("only an image or a sound") })
        #expect(result.report.skipped.contains { $0.reason.contains("\"Hola\" already names the entry from note") })
    }

    @Test(arguments: packages)
    func reviewHistoryMapsOntoHoneCards(_ package: String) throws {
        let result = try Importer.read(path: ImportFixtures.path(package))
        let got = result.reviews.map {
            ImportFixtures.Review(card: "\($0.entryID)/\($0.side.rawValue)", atMS: Int64(($0.at.timeIntervalSince1970 * 1000).rounded()),
                                  rating: $0.rating.rawValue)
        }
        #expect(got == ImportFixtures.expectedReviews(package))
        if package != "legacy-genanki.apkg" {
            #expect(result.report.reviewsSkipped["cram (filtered deck)"] == 1)
            #expect(result.report.reviewsSkipped["manual reschedule"] == 1)
        }
    }

    @Test func theDeckItMakesIsValidAndAsksClozeQuestions() throws {
        let result = try Importer.read(path: ImportFixtures.path("latest.apkg"))
        let bytes = DeckJSONWriter.bytes(result.deck)
        let deck = try Deck.load(json: bytes, id: result.deck.id, path: "Decks/x.json")
        #expect(deck.entries == result.deck.entries.map { entry in var e = entry; e.line = deck.entries.first { $0.id == entry.id }!.line; return e })
        let cloze = deck.cards.filter { $0.id.contains("-c") }
        #expect(cloze.allSatisfy { $0.id.hasSuffix("/term") }, "a cloze entry makes its term card only")
        var rng = SplitMix64(seed: 1)
        let question = QuestionFactory(deck: deck).question(for: cloze[0], kind: .cloze, using: &rng)
        #expect(question?.prompt == "Fill in the blank: [city] is the capital of Australia.")
        #expect(question?.expected == "Canberra")
    }

    @Test(arguments: packages)
    func readingLeavesNoTemporaryFolder(_ package: String) throws {
        let scratch = ImportFixtures.Scratch()
        _ = try Importer.read(path: ImportFixtures.path(package), options: ImportOptions(temporaryDirectory: scratch.path))
        #expect(scratch.contents == [])
    }

    @Test func aMissingPackageIsAMissingFile() {
        #expect(throws: ImportError.missingFile(path: "/nonexistent/deck.apkg")) {
            try Importer.read(path: "/nonexistent/deck.apkg")
        }
    }
}
