import Foundation
import FuzzSupport
import HoneKit

/// Anki packages: any bytes (a zip, a collection, zstd) import or fail with an ImportError, within
/// the extraction limits; never a crash, never a write outside the private temporary folder.
@_cdecl("FuzzImportApkg_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let path = NSTemporaryDirectory() + "fuzz-\(getpid()).apkg"
        FileManager.default.createFile(atPath: path, contents: Data(bytes(data, size)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try? Importer.read(path: path, options: ImportOptions(format: .anki, limits: ExtractionLimits(floor: 16 << 20, ratio: 100, ceiling: 64 << 20)))
        return 0
    }
}
