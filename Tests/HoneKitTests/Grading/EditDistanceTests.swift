import HoneKit
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
}
