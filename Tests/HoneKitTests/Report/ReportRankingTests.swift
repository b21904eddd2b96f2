import Testing
@testable import HoneKit

/// The weakest-cards lists keep the first few in order without sorting every card: the same lists
/// a full sort gives, ties included.
@Suite struct ReportRankingTests {
    @Test func theFirstFewAreThoseAFullSortGives() {
        var rng = SplitMix64(seed: 5)
        for size in [0, 1, 9, 10, 11, 500] {
            let values = (0..<size).map { index in (value: Int(rng.next() % 20), id: index) }
            let before: ((value: Int, id: Int), (value: Int, id: Int)) -> Bool = { a, b in
                a.value != b.value ? a.value < b.value : a.id > b.id
            }
            for count in [0, 1, 10] {
                let kept = Report.smallest(count, of: values, by: before)
                #expect(kept.map(\.id) == Array(values.sorted(by: before).prefix(count)).map(\.id), "size \(size), count \(count)")
            }
        }
    }
}
