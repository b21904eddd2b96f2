import Testing
@testable import HoneKit

/// The cloze search with its fast paths finds exactly what the plain search (ReferenceCloze) finds.
@Suite struct DeckClozeParityTests {
    static func same(_ deck: Deck) -> Bool {
        let fast = deck.clozeBlanks(), slow = deck.referenceClozeBlanks()
        return fast.count == slow.count && zip(fast, slow).allSatisfy { $0.entry == $1.entry && $0.blank == $1.blank }
    }

    @Test func bundledAndSmallDecks() throws {
        #expect(Self.same(try TestDecks.bundled()))
        #expect(Self.same(TestDecks.small()))
        #expect(!(try TestDecks.bundled()).clozeBlanks().isEmpty)
    }

    @Test(arguments: 0..<24)
    func generatedDecks(seed: Int) {
        let deck = Self.generated(seed: UInt64(seed))
        #expect(Self.same(deck))
    }

    @Test func generatedDecksHaveBlanksOfEveryKind() {
        let blanks = (0..<24).flatMap { Self.generated(seed: UInt64($0)).clozeBlanks() }
        for category in [ClozeBlank.Category.term, .number, .tableValue] {
            #expect(blanks.contains { $0.blank.category == category })
        }
    }

    @Test func words() {
        for text in ["", "  ", "Fine-tuning GPT-4o, 2021!", "ABC def9 x", "café Über", "a\u{212A}b", "end."] {
            #expect(Deck.words(text) == Deck.referenceWords(text))
            #expect(Deck.tokens(text).map { $0.word } == Deck.referenceTokens(text).map { $0.word })
            #expect(Deck.tokens(text).map { $0.range } == Deck.referenceTokens(text).map { $0.range })
        }
    }

    /// A deck whose sentences are made of its own terms, aliases, table values, numbers, hyphens,
    /// accents and odd capitals, so that many sentences have blanks and many almost do.
    static func generated(seed: UInt64) -> Deck {
        var random = SplitMix64(seed: seed)
        let syllables = ["ka", "lo", "mi", "zu", "tra", "vel", "on", "ex", "ré", "ÜB", "ﬁ", "K"]
        func word() -> String {
            (0..<Int.random(in: 1...3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined()
        }
        func phrase(_ words: ClosedRange<Int>) -> String {
            (0..<Int.random(in: words, using: &random)).map { _ in word() }.joined(separator: " ")
        }
        var terms: [String] = []
        while terms.count < 40 {
            let term = Bool.random(using: &random) ? phrase(1...3) : word().uppercased()
            if !terms.contains(where: { Deck.comparable($0) == Deck.comparable(term) }) { terms.append(term) }
        }
        let values = ["OpenAI", "Llama 3.x", "text", "Meta FAIR", "GPT-4", "Mistral AI", "audio"]
        let glue = ["the", "of", "-", ",", "in", "2021", "3", "70%", "v1.5", "GPT-4", "(", ")", "and", "1.", "x2"]
        func sentence() -> String {
            var parts: [String] = []
            for _ in 0..<Int.random(in: 3...14, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0...2: parts.append(terms.randomElement(using: &random)!)
                case 3: parts.append(terms.randomElement(using: &random)!.lowercased())
                case 4: parts.append(values.randomElement(using: &random)!)
                case 5...6: parts.append(glue.randomElement(using: &random)!)
                default: parts.append(word())
                }
            }
            let separator = Int.random(in: 0..<5, using: &random) == 0 ? "-" : " "
            return parts.joined(separator: separator) + "."
        }
        var entries: [Entry] = []
        for (index, term) in terms.enumerated() {
            let aliases = index % 5 == 0 ? [word().uppercased() + "X"] : []
            let details = (0..<Int.random(in: 0...2, using: &random)).map { _ in sentence() }
            entries.append(Entry(id: "e\(index)", term: term, definition: sentence(), aliases: aliases, details: details,
                                 cloze: index % 13 == 7))
        }
        let table = DeckTable(id: "t", title: "T", columns: ["Model", "Lab"], rows: [
            ["Llama 3.x", "Meta FAIR"], ["GPT-4", "OpenAI"], ["Mixtral", "Mistral AI, audio"], ["Whisper", "OpenAI, text"],
        ])
        return Deck(id: "gen\(seed)", title: "Generated", entries: entries, tables: [table])
    }
}
