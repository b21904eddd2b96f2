import FuzzSupport
import HoneKit

/// Journal text: parsing (strict and for the doctor) never crashes, and a parsed line written back
/// parses to the same review.
@_cdecl("FuzzJournalLines_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = bytes(data, size)
        let journal = Journal(path: "reviews.jsonl")
        _ = journal.diagnose(input)
        if let contents = try? journal.parse(input) {
            for review in contents.reviews {
                guard case .success(let again) = ReviewRecord.parse(line: ArraySlice(review.line.utf8.dropLast())),
                      again.card == review.card, again.rating == review.rating,
                      abs(again.at.timeIntervalSince(review.at)) < 0.001 else { fatalError("round trip failed") }
            }
        }
        return 0
    }
}
