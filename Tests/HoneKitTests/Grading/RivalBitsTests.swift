@testable import HoneKit
import Testing

/// The bit sets' first pass lets through, in order and once each, every name that the one-by-one
/// rules could find near a response: within a reading's length window and lacking fewer than the
/// minimum of its letters, an acronym long enough, not simple, or spelled.
@Suite("Rival bits")
struct RivalBitsTests {
    @Test("every name near by length and letters is a candidate", arguments: [1, 2, 3, 4])
    func superset(minimum: Int) {
        var rng = SplitMix64(seed: 40 + UInt64(minimum))
        var texts = RivalPool.names(using: &rng)
        texts += (0..<400).map { _ in RivalPool.pseudoName(using: &rng) }
        texts.append(String(repeating: "long words ", count: 9))
        let table = RivalTable(texts)
        for _ in 0..<300 {
            let readings = (0..<Int.random(in: 1...3, using: &rng)).map { _ -> (length: Int, mask: UInt64) in
                let text = Array((Bool.random(using: &rng) ? texts.randomElement(using: &rng)! : RivalPool.pseudoName(using: &rng)).utf8)
                let reading = Array(text.prefix(Int.random(in: 0...text.count, using: &rng)))
                return (reading.count + Int.random(in: 0...2, using: &rng) * 40, RivalTable.mask(reading))
            }
            let shortest = readings.map(\.length).min()!
            let spellings = Bool.random(using: &rng)
            var found: [Int] = []
            table.bits.forEachCandidate(readings: readings, minimum: minimum, shortest: shortest, spellings: spellings) { found.append($0) }
            #expect(found == Array(Set(found)).sorted())
            let candidates = Set(found)
            for index in texts.indices where Self.mustLookAt(table.names[index], readings: readings, minimum: minimum,
                                                             shortest: shortest, spellings: spellings) {
                #expect(candidates.contains(index), "\"\(texts[index])\" minimum \(minimum)")
            }
        }
    }

    /// The one-by-one rule of the screen's first pass, less its test of the name's head letters.
    private static func mustLookAt(_ name: RivalTable.Name, readings: [(length: Int, mask: UInt64)], minimum: Int,
                                   shortest: Int, spellings: Bool) -> Bool {
        if spellings, name.expands { return true }
        switch name.kind {
        case .empty: return false
        case .complex, .other: return true
        case .simple:
            if shortest < Int(name.longestInitials) + minimum { return true }
            let n = Int(name.count)
            return readings.contains { reading in
                !(reading.length >= n + minimum || reading.length + 2 + minimum <= n)
                    && (reading.mask & ~name.mask).nonzeroBitCount < minimum
            }
        }
    }
}
