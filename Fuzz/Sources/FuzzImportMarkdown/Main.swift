import FuzzSupport

/// Markdown import: any bytes import as a deck that loads back, or fail with an ImportError; never a crash.
@_cdecl("FuzzImportMarkdown_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        fuzzTextImport(bytes(data, size), fileName: "glossary.md", format: .markdown)
        return 0
    }
}
