@testable import HoneKit
import Testing

/// The factory's per-deck index makes the questions the plain computation makes: the same rivals in
/// the same order for every term key, and the same distractors for every entry, on the bundled
/// deck and on generated decks past the factory's bounds; and whole question sequences for seeds
/// 1 to 50 are those of the plain computation.
@Suite("Deck index")
struct DeckIndexTests {
    static let decks: [Deck] = [(try? TestDecks.bundled()) ?? TestDecks.small(), TestDecks.small(),
                                GeneratedDeck.make(entries: 150, seed: 1), GeneratedDeck.make(entries: 900, seed: 2)]

    @Test("term keys have the rivals of the plain computation", arguments: decks)
    func rivals(deck: Deck) {
        let factory = QuestionFactory(deck: deck)
        for (index, entry) in deck.entries.enumerated() where deck.entries.count < 300 || index % 5 == 0 || entry.cloze {
            let selection = factory.deckIndex.rivals(for: entry.term, excluding: index,
                                                     comparableTo: entry.cloze ? Deck.comparable(entry.term) : nil)
            #expect(selection.texts == Reference.termRivals(deck, entry: index), "\(entry.term)")
            #expect(factory.deckIndex.rivals(for: entry.term, excluding: index).texts == Reference.clozeTermRivals(deck, entry: index))
        }
    }

    @Test("a name's length in characters is String.count, CR LF and all")
    func characterCounts() {
        var rng = SplitMix64(seed: 13)
        let pieces = ["a", "Z", " ", "\r", "\n", "\r\n", "é", "e\u{301}", "😀", "東", "-", "\t"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(DeckIndex.characterCount(text) == Int32(text.count), "\(text.debugDescription)")
        }
    }

    @Test("distractors are those of the plain computation", arguments: decks)
    func distractors(deck: Deck) {
        let factory = QuestionFactory(deck: deck)
        for index in deck.entries.indices.reversed() where deck.entries.count < 300 || index % 5 == 0 {
            #expect(Distractors.nearestEntries(to: index, in: deck, count: 8, features: factory.deckIndex)
                == Reference.nearestEntries(to: index, in: deck, count: 8), "\(deck.entries[index].term)")
        }
    }

    @Test("the words of a text are read by bytes as by characters")
    func words() {
        var rng = SplitMix64(seed: 12)
        var texts = Self.decks.flatMap { $0.entries.map { $0.definition + " " + $0.term } }
        for _ in 0..<3_000 {
            texts.append(String((0..<Int.random(in: 0...20, using: &rng)).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x09...0x7E, using: &rng))) }))
        }
        for text in texts {
            let expected = Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 2 })
            #expect(Distractors.words(text) == expected, "\(text)")
        }
    }

    @Test("every question for seeds 1 to 50 is that of the plain computation", arguments: decks)
    func questions(deck: Deck) {
        let factory = QuestionFactory(deck: deck)
        for seed in UInt64(1)...50 {
            var rng = SplitMix64(seed: seed), reference = SplitMix64(seed: seed), picker = SplitMix64(seed: seed &+ 1_000)
            for card in deck.cards.shuffled(using: &picker).prefix(12) {
                for kind in factory.kinds(for: card) where kind != .match {
                    let question = factory.question(for: card, kind: kind, using: &rng)
                    let expected = Reference.question(for: card, kind: kind, in: deck, factory: factory, using: &reference)
                    #expect(question == expected, "seed \(seed): \(card.id) \(kind)")
                    #expect(question?.key.preparedRivals.map { $0.texts == question!.key.rivals } ?? true)
                    if case .cloze(_, let blank) = card.fact, blank.category == .term, let question, question.kind == .cloze {
                        #expect(question.key.rivals == QuestionFactory.rivals(for: blank.answer, among: factory.clozeRivals(blank)))
                    }
                    var (mine, theirs) = (rng, reference)
                    #expect(mine.next() == theirs.next(), "seed \(seed): \(card.id) \(kind)")
                }
            }
        }
    }
}

/// The plain computation of what the index gives, as the factory made it before it had one.
enum Reference {
    static func termRivals(_ deck: Deck, entry index: Int) -> [String] {
        let entry = deck.entries[index]
        let names = deck.entries.indices.filter { $0 != index }.flatMap { [deck.entries[$0].term] + deck.entries[$0].aliases }
            .filter { !entry.cloze || Deck.comparable($0) != Deck.comparable(entry.term) }
        return QuestionFactory.rivals(for: entry.term, among: names)
    }

    static func clozeTermRivals(_ deck: Deck, entry index: Int) -> [String] {
        let names = deck.entries.indices.filter { $0 != index }.flatMap { [deck.entries[$0].term] + deck.entries[$0].aliases }
        return QuestionFactory.rivals(for: deck.entries[index].term, among: names)
    }

    static func nearestEntries(to index: Int, in deck: Deck, count: Int) -> [Int] {
        let target = deck.entries[index]
        let targetWords = Distractors.words(target.definition + " " + target.term)
        let targetTags = Set(target.tags)
        let answer = AnswerNormalizer.normalize(target.term)
        let definition = AnswerNormalizer.normalize(target.definition)
        let scored = Distractors.candidatePool(for: index, in: deck).compactMap { other -> (Int, Double)? in
            guard other != index else { return nil }
            let entry = deck.entries[other]
            guard AnswerNormalizer.normalize(entry.term) != answer,
                  AnswerNormalizer.normalize(entry.definition) != definition else { return nil }
            let shared = Double(targetTags.intersection(entry.tags).count)
            let similarity = Distractors.jaccard(targetWords, Distractors.words(entry.definition + " " + entry.term))
            let lengthRatio = Double(min(entry.term.count, target.term.count)) / Double(max(entry.term.count, target.term.count, 1))
            return (other, shared * 1.0 + similarity * 2.0 + lengthRatio * 0.3)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
    }

    /// The question for `card`: entry questions made the plain way, others by the factory.
    static func question(for card: Card, kind: QuestionKind, in deck: Deck, factory: QuestionFactory,
                         using rng: inout SplitMix64) -> Question? {
        switch card.fact {
        case .term(let index):
            let entry = deck.entries[index]
            let prompt = entry.cloze ? "Fill in the blank: \(entry.definition)" : QuestionFactory.askForTerm(definition: entry.definition)
            let key = AnswerKey(answer: entry.term, aliases: entry.aliases, rivals: termRivals(deck, entry: index))
            switch kind {
            case .typed, .cloze: return Question(cardID: card.id, kind: kind, prompt: prompt, key: key)
            case .choice:
                let others = nearestEntries(to: index, in: deck, count: 3).map { deck.entries[$0].term }
                guard others.count >= 2 else { return Question(cardID: card.id, kind: .typed, prompt: prompt, key: key) }
                return factory.choiceQuestion(card: card, prompt: prompt, answer: entry.term, distractors: others, key: key, using: &rng)
            default: return nil
            }
        case .definition(let index):
            let entry = deck.entries[index]
            let prompt = "What does \u{201C}\(QuestionFactory.displayTerm(entry))\u{201D} mean?"
            let key = AnswerKey(answer: entry.definition)
            switch kind {
            case .flip: return Question(cardID: card.id, kind: .flip, prompt: prompt, key: key)
            case .truefalse:
                let other = nearestEntries(to: index, in: deck, count: 1).first
                let truth = other == nil || Bool.random(using: &rng)
                let shown = truth ? entry.definition : deck.entries[other!].definition
                return factory.trueFalseQuestion(card: card, statement: "\u{201C}\(QuestionFactory.displayTerm(entry))\u{201D} means: \(QuestionFactory.lowercasingArticle(shown))",
                                                 truth: truth, correction: "\(entry.term) means: \(entry.definition)")
            case .choice:
                let others = nearestEntries(to: index, in: deck, count: 3).map { deck.entries[$0].definition }
                guard others.count >= 2 else { return Question(cardID: card.id, kind: .flip, prompt: prompt, key: key) }
                return factory.choiceQuestion(card: card, prompt: prompt, answer: entry.definition, distractors: others, key: key, using: &rng)
            default: return nil
            }
        default:
            return factory.question(for: card, kind: kind, using: &rng)
        }
    }
}
