import Testing
@testable import HoneKit

/// Tag masks made from tag hashes are those made from the tag names.
@Suite struct DeckIndexTagTests {
    static func entries(tags: Int, seed: UInt64) -> [Entry] {
        var random = SplitMix64(seed: seed)
        return (0..<300).map { index in
            let count = Int.random(in: 0...3, using: &random)
            return Entry(term: "term \(index)", definition: "definition \(index)",
                         tags: (0..<count).map { _ in "tag-\(Int.random(in: 0..<tags, using: &random))" })
        }
    }

    @Test func hashedMasksAreTheNamedOnes() {
        for (tags, seed) in [(1, 1), (5, 2), (40, 3), (64, 4), (65, 5), (200, 6)] as [(Int, UInt64)] {
            let entries = Self.entries(tags: tags, seed: seed)
            #expect(DeckIndex.tagMasks(entries) == DeckIndex.tagMasksByName(entries), "\(tags) tags")
        }
        #expect(DeckIndex.tagMasks(Self.entries(tags: 65, seed: 5)) == nil || Set(Self.entries(tags: 65, seed: 5).flatMap(\.tags)).count <= 64)
        let exact = (0..<64).map { Entry(term: "t\($0)", definition: "d", tags: ["tag-\($0)"]) }
        #expect(DeckIndex.tagMasks(exact)?.last == 1 << 63)
        #expect(DeckIndex.tagMasks(exact + [Entry(term: "x", definition: "d", tags: ["one more"])]) == nil)
    }
}
