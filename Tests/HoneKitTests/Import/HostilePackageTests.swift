import Foundation
import Testing
@testable import HoneKit

/// Packages made to harm: each is refused with a message that says why, and nothing is written
/// anywhere (no temporary folder, nothing outside it).
@Suite struct HostilePackageTests {
    func refuse(_ name: String, limits: ExtractionLimits = ExtractionLimits(), saying message: String,
                sourceLocation: SourceLocation = #_sourceLocation) {
        let scratch = ImportFixtures.Scratch()
        do {
            let result = try Importer.read(path: ImportFixtures.path(name), options: ImportOptions(limits: limits, temporaryDirectory: scratch.path))
            Issue.record("\(name) was read: \(result.deck.entries.count) entries", sourceLocation: sourceLocation)
        } catch {
            guard case .refused = error else {
                Issue.record("\(name): \(error) is not a refusal", sourceLocation: sourceLocation)
                return
            }
            #expect(error.description.contains(message), "\(error)", sourceLocation: sourceLocation)
            #expect(error.description.contains("nothing was written"), sourceLocation: sourceLocation)
        }
        #expect(scratch.contents == [], "nothing written, not even a temporary copy", sourceLocation: sourceLocation)
    }

    @Test func anEntryThatClimbsOutIsRefused() {
        refuse("hostile-dotdot.apkg", saying: "\"../../escaped.txt\", which points outside the package")
        #expect(!FileManager.default.fileExists(atPath: (ImportFixtures.path("manifest.json") as NSString)
            .deletingLastPathComponent + "/../../escaped.txt"))
    }

    @Test func anAbsoluteEntryIsRefused() {
        refuse("hostile-absolute.apkg", saying: "\"/tmp/hone-absolute.txt\"")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/hone-absolute.txt"))
    }

    @Test func aZipBombIsRefusedAtTheBound() {
        // 120 MiB of zeros in a 120 KiB package: past the 100 MiB floor and past 100x its size.
        refuse("hostile-zipbomb.apkg", saying: "collection.anki21 inflates past 100 MiB")
    }

    @Test func aZstdBombIsRefusedAtTheBound() {
        // 3 GiB of zeros in a package of under 1 KiB.
        refuse("hostile-zstdbomb.apkg", saying: "collection.anki21b inflates past 100 MiB")
    }

    @Test func aRealPackageOverATightBoundIsRefusedToo() {
        refuse("latest.apkg", limits: ExtractionLimits(floor: 1024, ratio: 1, ceiling: 2 << 30), saying: "inflates past")
    }

    @Test func aBrokenCollectionNeverFallsBackToTheStub() {
        refuse("hostile-notsqlite-latest.apkg", saying: "collection.anki21b is not an SQLite database")
        refuse("hostile-notsqlite-legacy2.apkg", saying: "collection.anki21 is not an SQLite database")
    }

    @Test func boundsAreOnOutputAndCapped() {
        let limits = ExtractionLimits()
        #expect(limits.limit(packageSize: 1000) == 100 << 20)
        #expect(limits.limit(packageSize: 10 << 20) == 1000 << 20)
        #expect(limits.limit(packageSize: 1 << 30) == 2 << 30)
        #expect(limits.limit(packageSize: .max) == 2 << 30)
    }

    @Test(arguments: [("collection.anki2", true), ("media/0", true), ("../x", false), ("a/../../x", false), ("/etc/passwd", false),
                      ("\\\\server\\x", false), ("C:\\x", false), ("a\\..\\..\\x", false), ("", false), ("..", false), ("a..b", true)])
    func entryNames(_ name: String, safe: Bool) {
        #expect(PackageArchive.isSafe(name) == safe)
    }

    @Test func aFileThatIsNotAZipIsBadInput() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hone-test-\(UUID().uuidString).apkg").path
        try Data("not a zip at all".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try Importer.read(path: path)
        } throws: { error in
            guard let error = error as? ImportError, case .invalid(_, _, let message) = error else { return false }
            return message.contains("not a zip archive")
        }
    }
}
