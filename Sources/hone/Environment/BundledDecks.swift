import Foundation
import HoneKit

/// The decks that ship with hone. They live in Sources/hone/BundledDecks (a resource of the
/// executable, so an installed hone carries them); the repository's Decks/ links to them.
enum BundledDecks {
    static func all() throws -> [(name: String, bytes: [UInt8])] {
        guard let folder = Bundle.module.url(forResource: "BundledDecks", withExtension: nil) else {
            throw FileError(path: "BundledDecks", kind: .notFound, reason: "the bundled decks are missing from this build of hone")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return (name, [UInt8](data))
        }
    }

    static func names() -> [String] {
        ((try? all()) ?? []).map { String($0.name.dropLast(5)) }
    }
}
