import FuzzSupport

/// Quizlet import: any bytes import as a deck that loads back, or fail with an ImportError; never a crash.
@_cdecl("FuzzImportQuizlet_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        fuzzTextImport(bytes(data, size), fileName: "export.txt", format: .quizlet)
        return 0
    }
}
