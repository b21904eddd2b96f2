import Foundation
@testable import HoneKit

/// The import fixtures written by Scripts/import-fixtures/generate.py, and its manifest of what
/// went into them.
enum ImportFixtures {
    static func path(_ name: String) -> String {
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: "Fixtures/import/" + stem, withExtension: ext) else {
            fatalError("missing fixture \(name): run Scripts/import-fixtures/generate.py")
        }
        return url.path
    }

    static let manifest: JSONNode = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: path("manifest.json")))
        return try! JSONParser.parse([UInt8](data))
    }()

    /// The entries the script says `package` must yield.
    static func expectedEntries(_ package: String) -> [Entry] {
        manifest["packages"]![package]!["entries"]!.array!.map { node in
            Entry(id: node["id"]!.string!, term: node["term"]!.string!, definition: node["definition"]!.string!,
                  details: node["details"]!.array!.map { $0.string! }, tags: node["tags"]!.array!.map { $0.string! },
                  cloze: node["cloze"]!.bool!)
        }
    }

    struct Review: Equatable, CustomStringConvertible {
        var card: String
        var atMS: Int64
        var rating: Int
        var description: String { "\(card)@\(atMS)=\(rating)" }
    }

    /// The review rows the script put into `package` that hone must keep, with the hone card
    /// (without the deck id) each belongs to.
    static func expectedReviews(_ package: String) -> [Review] {
        manifest["packages"]![package]!["reviews"]!.array!.filter { $0["imported"]!.bool! }.map { node in
            Review(card: node["card"]!.string!, atMS: Int64(node["at_ms"]!.number!), rating: node["rating"]!.integer!)
        }
    }

    /// A new empty folder to give a reader as its temporary directory; `contents` tells what it
    /// left there (it must leave nothing).
    final class Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hone-import-test-\(UUID().uuidString)").path

        init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        var contents: [String] { (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? ["(gone)"] }
    }
}
