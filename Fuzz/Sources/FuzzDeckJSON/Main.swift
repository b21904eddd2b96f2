import FuzzSupport
import HoneKit

/// Deck files: loading, validation and question generation never crash on any input.
@_cdecl("FuzzDeckJSON_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        guard let deck = try? Deck.load(json: bytes(data, size), id: "fuzz", path: "fuzz.json") else { return 0 }
        let factory = QuestionFactory(deck: deck)
        var rng = SplitMix64(seed: 1)
        for card in deck.cards.prefix(200) {
            for kind in factory.kinds(for: card) {
                if let question = factory.question(for: card, kind: kind, using: &rng) {
                    _ = question.grade(question.expected)
                }
            }
        }
        return 0
    }
}
