import Foundation
import Testing
@testable import HoneKit

/// Inputs that libFuzzer (Scripts/fuzz/run.sh) found, kept so that they stay fixed.
@Suite struct FuzzRegressionTests {
    /// A CSV whose `#deck:` name is only a NUL made a deck with an empty title, which then failed to
    /// load: the title now falls back to the file name.
    @Test func aDeckNameWithNothingPrintableFallsBackToTheFileName() throws {
        let url = Bundle.module.url(forResource: "Fixtures/fuzz-regressions/import-csv-empty-deck-name", withExtension: "csv")!
        let fileSystem = InMemoryFileSystem(files: ["/in/import-csv-empty-deck-name.csv": [UInt8](try Data(contentsOf: url))])
        let result = try Importer.read(path: "/in/import-csv-empty-deck-name.csv", options: ImportOptions(format: .csv), fileSystem: fileSystem)
        #expect(!result.deck.title.isEmpty)
        if !result.deck.entries.isEmpty {
            #expect(throws: Never.self) { try Deck.load(json: DeckJSONWriter.bytes(result.deck), id: result.deck.id, path: "x.json") }
        }
    }

    /// The same for a Markdown glossary whose title heading has nothing printable.
    @Test func aMarkdownTitleWithNothingPrintableFallsBackToTheFileName() throws {
        let url = Bundle.module.url(forResource: "Fixtures/fuzz-regressions/import-markdown-empty-title", withExtension: "md")!
        let fileSystem = InMemoryFileSystem(files: ["/in/notes.md": [UInt8](try Data(contentsOf: url))])
        let result = try Importer.read(path: "/in/notes.md", options: ImportOptions(format: .markdown), fileSystem: fileSystem)
        #expect(!result.deck.title.isEmpty)
        if !(result.deck.entries.isEmpty && result.deck.tables.isEmpty && result.deck.sequences.isEmpty) {
            #expect(throws: Never.self) { try Deck.load(json: DeckJSONWriter.bytes(result.deck), id: result.deck.id, path: "x.json") }
        }
    }
}
