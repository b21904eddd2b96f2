import Foundation
import Testing
@testable import HoneKit

/// The rounding helpers give what `rounded(_:)` gives, to the bit (the sign of zero included).
@Suite struct ExactRoundingTests {
    static let edges: [Double] = [
        0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1, 1.0000000000000002,
        4_503_599_627_370_495.5, 4_503_599_627_370_496, -4_503_599_627_370_495.5, 9_007_199_254_740_994, 1e300, -1e300,
        .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 2_147_483_647.5, 36_500.5, 0.30000000000000004,
    ]

    func values() -> [Double] {
        var rng = SplitMix64(seed: 3)
        var values = Self.edges
        for _ in 0..<20_000 {
            let magnitude = Double(rng.next() >> 11) / Double(1 << 53) * pow(2, Double(Int(rng.next() % 60)))
            values.append(rng.next() % 2 == 0 ? magnitude : -magnitude)
            values.append(Double(Int(rng.next() % 10_000)) / 2) // halves, exactly
        }
        return values
    }

    @Test func halfToEvenIsRoundedToNearestOrEven() {
        for x in values() + [.nan] {
            let expected = x.rounded(.toNearestOrEven), got = ExactRounding.halfToEven(x)
            #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "\(x)")
        }
    }

    @Test func halfAwayFromZeroIsRounded() {
        for x in values() + [.nan] {
            let expected = x.rounded(), got = ExactRounding.halfAwayFromZero(x)
            #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "\(x)")
        }
    }

    @Test func floorIsRoundedDown() {
        for x in values() where x.isFinite && abs(x) < 9e18 {
            #expect(ExactRounding.floor(x) == Int(x.rounded(.down)), "\(x)")
        }
    }
}
