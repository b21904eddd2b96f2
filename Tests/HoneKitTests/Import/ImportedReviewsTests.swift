import Foundation
import Testing
@testable import HoneKit

/// Imported reviews in 16 bytes each read back as the reviews that went in.
@Suite struct ImportedReviewsTests {
    @Test func reviewsReadBackAsTheyWentIn() {
        var random = SplitMix64(seed: 3)
        var reviews: [ImportedReview] = []
        for index in 0..<500 {
            let durations: [Int?] = [nil, 0, 4_000, Int(Int32.max), Int(Int32.max) + 1, Int.max, Int(random.next() % 90_000)]
            let millisecond = Int64(random.next() % 4_000_000_000_000) - 1_000_000_000_000
            reviews.append(ImportedReview(entryID: "e\(index % 17)", side: index % 3 == 0 ? .term : .definition,
                                          at: Date(timeIntervalSince1970: Double(millisecond) / 1000),
                                          rating: Rating(rawValue: index % 4 + 1)!, durationMS: durations[index % durations.count]))
        }
        let compact = ImportedReviews(reviews)
        #expect(Array(compact) == reviews)
        #expect(compact.count == 500)
        #expect(compact.targets.count == 34, "each entry's side once")
        #expect(compact == ImportedReviews(reviews))
        let empty: ImportedReviews = []
        #expect(empty.isEmpty)
    }
}
