@testable import HoneKit
import Testing

/// Screening rivals changes no grade: many responses (answers, aliases, rivals, typos of both,
/// acronyms and phrases spelling them, plurals, articles, parts, random words and strings), graded
/// against keys with hundreds of rivals, get the same grade, reason and diff with the screen as with
/// every rival prepared.
@Suite("Rival screen")
struct RivalScreenTests {
    @Test("grades are those of the unscreened rules", arguments: 0..<8)
    func sameGrades(_ part: Int) {
        var rng = SplitMix64(seed: 9_000 + UInt64(part))
        let pool = RivalPool.names(using: &rng)
        for _ in 0..<4 {
            let answer = pool.randomElement(using: &rng)!
            let aliases = Int.random(in: 0..<3, using: &rng) == 0 ? [pool.randomElement(using: &rng)!] : []
            let key = AnswerKey(answer: answer, aliases: aliases, rivals: pool.filter { $0 != answer && !aliases.contains($0) })
            for response in RivalPool.responses(for: key, pool: pool, count: 36, using: &rng) {
                expectSame(response, key)
            }
        }
    }

    @Test("the cases where a left-out rival's text repeats a kept one's")
    func repeats() {
        let cases: [(String, [String])] = [
            ("foo", ["fooxyzwv", "foo (xyzwv)", "bar"]),
            ("large lemon model", ["L L M", "LLM", "banana"]),
            ("large lemon model", ["large language model", "LLM"]),
            ("LLM", ["L.L.M.", "llm", "LLM (large language model)"]),
            ("policy", ["policies", "police", "polices", "Policy"]),
            ("abcd", ["abcdes", "ab cdes", "abcdies"]),
            ("Fine tuning", ["finetuning", "fine-tuning", "fine (tuning)", "FT"]),
            ("mistral small", ["Mistral Large/Small", "Mistral", "mistral smal"]),
            ("gk", ["gostound koxzean", "Gostound Koxzean", "GK"]),
        ]
        for (response, rivals) in cases {
            for order in [rivals, rivals.reversed()] {
                expectSame(response, AnswerKey(answer: "zzzz qqqq", rivals: order))
                expectSame(response, AnswerKey(answer: "model", rivals: order))
                expectSame(response, AnswerKey(answer: response + "x", rivals: order))
            }
        }
    }

    @Test("multi-value answers with many rival values")
    func multiValue() {
        var rng = SplitMix64(seed: 77)
        let pool = RivalPool.names(using: &rng).filter { !$0.contains(",") }
        for _ in 0..<6 {
            let values = (0..<Int.random(in: 2...3, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let answer = values.joined(separator: ", ")
            let rivals = (0..<60).map { _ in (0..<2).map { _ in pool.randomElement(using: &rng)! }.joined(separator: ", ") }
            let key = AnswerKey(answer: answer, rivals: rivals, isMultiValue: true)
            for _ in 0..<10 {
                var pieces = values.shuffled(using: &rng)
                if Bool.random(using: &rng) { pieces[0] = RivalPool.typo(of: pieces[0], edits: Int.random(in: 1...2, using: &rng), using: &rng) }
                if Bool.random(using: &rng) { pieces.append(pool.randomElement(using: &rng)!) }
                if Int.random(in: 0..<3, using: &rng) == 0 { pieces.removeLast() }
                expectSame(pieces.joined(separator: [", ", " and ", "/", " "].randomElement(using: &rng)!), key)
            }
        }
    }

    @Test("a deck of pseudo-words, as the benchmark makes")
    func pseudoWords() {
        var rng = SplitMix64(seed: 5)
        let names = (0..<600).map { _ in RivalPool.pseudoName(using: &rng) }
        for _ in 0..<12 {
            let answer = names.randomElement(using: &rng)!
            let key = AnswerKey(answer: answer, rivals: names.filter { $0 != answer })
            var responses = ["no idea", "wrong answer", answer, "?", "idk", "1", "gk", "x y", "pass"]
            for _ in 0..<8 {
                let target = Bool.random(using: &rng) ? answer : names.randomElement(using: &rng)!
                responses.append(RivalPool.typo(of: target, edits: Int.random(in: 1...3, using: &rng), using: &rng))
            }
            for response in responses { expectSame(response, key) }
        }
    }

    @Test("keys made by a question factory, with the deck's names read once")
    func factoryKeys() {
        var rng = SplitMix64(seed: 31)
        let deck = GeneratedDeck.make(entries: 700, seed: 3)
        let factory = QuestionFactory(deck: deck)
        let names = deck.entries.flatMap { [$0.term] + $0.aliases }
        let cards = deck.cards.filter { if case .term = $0.fact { true } else { false } }
        for card in cards.shuffled(using: &rng).prefix(6) {
            guard let key = factory.question(for: card, kind: factory.kinds(for: card).last!, using: &rng)?.key else { continue }
            #expect(key.preparedRivals != nil)
            var responses = ["1", "gk", "q", "ab", "xyz", "abcd", "no idea", "a", "x y"]
            responses += RivalPool.responses(for: key, pool: names, count: 16, using: &rng)
            for response in responses { expectSame(response, key) }
        }
    }

    @Test("a kept name whose form an earlier name has, that name outside the key's rivals")
    func repeatsOutsideTheSelection() throws {
        // "fine - tune" (11 characters) is too long to be a rival of "abcd" in a deck this size; the
        // later "fine tune" (9) is one, with the same compact form; so is "Tune-Up", whose form the
        // asked entry's own alias has.
        var entries = GeneratedDeck.make(entries: 300, seed: 4).entries
        entries.insert(Entry(id: "x", term: "fine - tune", definition: "An earlier name."), at: 10)
        entries.insert(Entry(id: "a", term: "abcd", definition: "The asked entry.", aliases: ["tune up"]), at: 20)
        entries.insert(Entry(id: "y", term: "fine tune", definition: "A later name."), at: 40)
        entries.insert(Entry(id: "z", term: "Tune-Up", definition: "Another later name."), at: 50)
        let deck = Deck(id: "repeats", title: "Repeats", entries: entries)
        let factory = QuestionFactory(deck: deck)
        let card = try #require(deck.cards.first { if case .term(20) = $0.fact { true } else { false } })
        var rng = SplitMix64(seed: 1)
        let key = try #require(factory.question(for: card, kind: .typed, using: &rng)?.key)
        #expect(key.preparedRivals != nil)
        #expect(key.rivals.contains("fine tune") && !key.rivals.contains("fine - tune") && key.rivals.contains("Tune-Up"))
        for response in ["fine tune", "finetune", "fine tun", "fine tunes", "Fine-Tune", "fine - tune", "fin tune", "tune up",
                         "tuneup", "tune-ups", "tune upp", "abcd", "abce", "no idea"] {
            expectSame(response, key)
        }
    }

    private func expectSame(_ response: String, _ key: AnswerKey, sourceLocation: SourceLocation = #_sourceLocation) {
        let screened = Grader.grade(response, against: key, screeningRivals: true)
        let full = Grader.grade(response, against: key, screeningRivals: false)
        #expect(screened == full, "\"\(response)\" for \"\(key.answer)\"", sourceLocation: sourceLocation)
    }
}
