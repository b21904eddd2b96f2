import FuzzSupport
import HoneKit

/// Markdown import: any bytes import as a deck that loads back, or fail with an ImportError; never a crash.
@_cdecl("FuzzImportMarkdown_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let fileSystem = InMemoryFileSystem(files: ["/in/glossary.md": bytes(data, size)])
        guard let result = try? Importer.read(path: "/in/glossary.md", options: ImportOptions(format: .markdown), fileSystem: fileSystem) else { return 0 }
        let json = DeckJSONWriter.bytes(result.deck)
        if (try? Deck.load(json: json, id: result.deck.id, path: "x.json")) == nil { fatalError("an imported deck does not load back") }
        return 0
    }
}
