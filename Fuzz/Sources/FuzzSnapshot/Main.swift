import FuzzSupport
import HoneKit

/// The snapshot cache: any bytes decode to a snapshot or to nil, never a crash.
@_cdecl("FuzzSnapshot_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        if let snapshot = Snapshot.decode(bytes(data, size)) { _ = snapshot.encoded() }
        return 0
    }
}
