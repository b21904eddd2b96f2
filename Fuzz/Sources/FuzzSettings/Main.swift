import Foundation
import FuzzSupport
import HoneKit

/// settings.json: any input is either settings or a located error.
@_cdecl("FuzzSettings_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        if let settings = try? LearnerSettings.parse(bytes(data, size), path: "settings.json", timeZone: TimeZone(identifier: "UTC")!) {
            let scheduler = Scheduler(settings: settings.scheduling)
            var state = CardState.new
            var date = Date(timeIntervalSince1970: 1_800_000_000)
            for rating in Rating.allCases + Rating.allCases.reversed() {
                state = scheduler.review(state, cardID: "x", rating: rating, at: date)
                date = state.due ?? date
            }
        }
        return 0
    }
}
