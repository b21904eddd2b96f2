@testable import HoneKit

/// A deck made of pseudo-words, large enough for the factory's bounds (more than 200 names, more
/// than 600 entries), with aliases, capitals, repeated terms and definitions, and cloze entries.
enum GeneratedDeck {
    static func make(entries count: Int, seed: UInt64) -> Deck {
        var rng = SplitMix64(seed: seed)
        var entries: [Entry] = []
        var terms: Set<String> = []
        while entries.count < count {
            var term = RivalPool.pseudoName(using: &rng)
            if Int.random(in: 0..<25, using: &rng) == 0 { term = term.uppercased() }
            let cloze = Int.random(in: 0..<30, using: &rng) == 0
            if cloze, Bool.random(using: &rng), let other = entries.last(where: \.cloze) {
                term = other.term.lowercased()
            } else {
                guard terms.insert(term).inserted else { continue }
            }
            let words = (0..<Int.random(in: 3...14, using: &rng)).map { _ in RivalPool.pseudoName(using: &rng) }
            var definition = "A " + words.joined(separator: " ") + "."
            if Int.random(in: 0..<40, using: &rng) == 0, let other = entries.randomElement(using: &rng) { definition = other.definition }
            let aliases = Int.random(in: 0..<8, using: &rng) == 0 ? [RivalPool.pseudoName(using: &rng).uppercased()] : []
            let tags = (0..<Int.random(in: 0...2, using: &rng)).map { _ in "topic-\(Int.random(in: 0..<30, using: &rng))" }
            entries.append(Entry(id: "e\(entries.count)", term: term,
                                 definition: cloze ? "The [...] " + words.joined(separator: " ") + "." : definition,
                                 aliases: cloze ? [] : aliases, tags: tags, cloze: cloze))
        }
        return Deck(id: "generated", title: "Generated", entries: entries)
    }
}
