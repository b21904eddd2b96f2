@testable import HoneKit
import Testing

/// A selection is the table's names in order less those left out and those out of the length range.
@Suite("Rival selection")
struct RivalSelectionTests {
    @Test("texts and membership are those of the plain filter")
    func plainFilter() {
        var rng = SplitMix64(seed: 8)
        let texts = (0..<300).map { _ in RivalPool.pseudoName(using: &rng) }
        let source = RivalTableSource(texts)
        let counts = texts.map { Int32($0.count) }
        for _ in 0..<50 {
            let excluded = Array(Set((0..<Int.random(in: 0...6, using: &rng)).map { _ in Int32.random(in: 0..<300, using: &rng) })).sorted()
            let low = Int32.random(in: 0...12, using: &rng)
            let range = low...(low + Int32.random(in: 0...8, using: &rng))
            for lengths in [nil, (counts, range)] {
                let selection = RivalSelection(source: source, excluded: excluded, lengths: lengths)
                let expected = texts.indices.filter { !excluded.contains(Int32($0)) && (lengths == nil || range.contains(counts[$0])) }
                #expect(texts.indices.filter(selection.contains) == expected)
                #expect(selection.texts == expected.map { texts[$0] })
            }
        }
        #expect(RivalSelection(texts).texts == texts)
    }
}
