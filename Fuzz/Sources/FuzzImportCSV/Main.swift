import FuzzSupport

/// CSV import: any bytes import as a deck that loads back, or fail with an ImportError; never a crash.
@_cdecl("FuzzImportCSV_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        fuzzTextImport(bytes(data, size), fileName: "data.csv", format: .csv)
        return 0
    }
}
