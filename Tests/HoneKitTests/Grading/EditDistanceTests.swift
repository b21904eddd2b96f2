@testable import HoneKit
import Testing

/// Optimal string alignment distance.
@Suite("Edit distance")
struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("model", "model", 0),
        ("modle", "model", 1),            // swap
        ("mode", "model", 1),             // insertion
        ("models", "model", 1),           // deletion
        ("modal", "model", 1),            // substitution
        ("ca", "abc", 3),                 // OSA: no edit of a swapped pair (true Damerau gives 2)
        ("gardeint", "gradient", 2),
        ("kitten", "sitting", 3),
        ("東京", "京都", 2),
        ("🚀🤖", "🤖🚀", 1),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.optimalStringAlignment(a, b) == expected)
        #expect(EditDistance.optimalStringAlignment(b, a) == expected)
    }

    /// The byte form, which works only near the diagonal, against the whole table: the same distance
    /// whenever it is within the limit, and above the limit whenever the distance is.
    @Test func theBandedByteFormAgreesWithTheWholeTable() {
        var rng = SplitMix64(seed: 21)
        for _ in 0..<4_000 {
            let (a, b) = Self.nearPair(using: &rng)
            let whole = EditDistance.optimalStringAlignment(a, b)
            for limit in 0...4 {
                let banded = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { EditDistance.optimalStringAlignment(a, $0, limit: limit) } }
                Self.expectAgrees(banded, whole, limit: limit, "\(a) \(b)")
            }
        }
    }

    /// The distance to a text's last prefixes from one table is the least of their distances, each
    /// measured with a whole table, whenever that is within the limit, and above the limit otherwise.
    @Test func thePrefixesFormIsTheLeastOverThePrefixes() {
        var rng = SplitMix64(seed: 22)
        for _ in 0..<4_000 {
            let (a, b) = Self.nearPair(using: &rng)
            for drop in 0...2 {
                let least = (0...drop).map { EditDistance.optimalStringAlignment(a, Array(b.prefix(max(b.count - $0, 0)))) }.min()!
                for limit in 0...3 {
                    let fromOne = a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { EditDistance.optimalStringAlignment(a, prefixesOf: $0, droppingUpTo: drop, limit: limit) }
                    }
                    Self.expectAgrees(fromOne, least, limit: limit, "\(a) \(b) drop \(drop)")
                }
            }
        }
    }

    /// The same table gives the distance to a shorter prefix (the "head") as well.
    @Test func theHeadDistanceIsThatOfItsPrefix() {
        var rng = SplitMix64(seed: 23)
        for _ in 0..<4_000 {
            let (a, b) = Self.nearPair(using: &rng)
            let head = max(b.count - Int.random(in: 0...4, using: &rng), 0)
            let expected = EditDistance.optimalStringAlignment(a, Array(b.prefix(head)))
            for limit in 0...3 {
                let found = a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { EditDistance.prefixDistances(a, $0, from: max(b.count - 2, 0), head: head, limit: limit).head }
                }
                Self.expectAgrees(found, expected, limit: limit, "\(a) \(b) head \(head)")
            }
        }
    }

    /// A limited distance agrees with the exact one: the same when that is within the limit, above
    /// the limit otherwise.
    private static func expectAgrees(_ found: Int, _ exact: Int, limit: Int, _ what: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        if exact <= limit {
            #expect(found == exact, "\(what) limit \(limit)", sourceLocation: sourceLocation)
        } else {
            #expect(found > limit, "\(what) limit \(limit)", sourceLocation: sourceLocation)
        }
    }

    /// A random text of up to nine letters of five, and the same with up to four random edits.
    private static func nearPair(using rng: inout SplitMix64) -> (a: [UInt8], b: [UInt8]) {
        let alphabet = Array("abcde".utf8)
        let a = (0..<Int.random(in: 0...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
        var b = a
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            switch Int.random(in: 0...3, using: &rng) {
            case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &rng))
            case 1: b.insert(alphabet.randomElement(using: &rng)!, at: Int.random(in: 0...b.count, using: &rng))
            case 2 where !b.isEmpty: b[Int.random(in: 0..<b.count, using: &rng)] = alphabet.randomElement(using: &rng)!
            case 3 where b.count > 1:
                let at = Int.random(in: 0..<b.count - 1, using: &rng)
                b.swapAt(at, at + 1)
            default: break
            }
        }
        return (a, b)
    }
}
