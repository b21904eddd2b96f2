import HoneKit

/// Starts libFuzzer's driver with a Swift closure as the target. SwiftPM renames an executable's
/// `main` to `<Target>_main`, so each target exports that name and calls `runFuzzer` from it.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ target: FuzzTarget) -> CInt

public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ target: FuzzTarget) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, target)
}

/// The fuzzer's input as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// A text import target: `input` imported as `format` from an in-memory file; a non-empty deck must
/// load back from the JSON `hone import` would write (an empty one the command refuses).
public func fuzzTextImport(_ input: [UInt8], fileName: String, format: ImportFormat) {
    let fileSystem = InMemoryFileSystem(files: ["/in/" + fileName: input])
    guard let result = try? Importer.read(path: "/in/" + fileName, options: ImportOptions(format: format), fileSystem: fileSystem),
          !(result.deck.entries.isEmpty && result.deck.tables.isEmpty && result.deck.sequences.isEmpty) else { return }
    if (try? Deck.load(json: DeckJSONWriter.bytes(result.deck), id: result.deck.id, path: "x.json")) == nil {
        fatalError("an imported deck does not load back")
    }
}
