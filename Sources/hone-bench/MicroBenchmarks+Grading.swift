import Foundation
@_spi(Benchmark) import HoneKit

/// Grading on the answer path: a typed question's key holds every other term of the deck as a
/// rival, so grading is the part of an answer that could grow with the deck.
extension MicroBenchmarks {
    /// Per grade (ms), over typed questions for 300 term cards: the response right, a typo of the
    /// answer, and wrong.
    func grading(_ deck: Deck) -> [MicroResult] {
        let factory = QuestionFactory(deck: deck)
        var rng = SplitMix64(seed: 5)
        let questions = deck.cards.lazy.filter { if case .term = $0.fact { true } else { false } }.prefix(300)
            .compactMap { factory.question(for: $0, kind: .typed, using: &rng) }
        let responses: [(id: String, title: String, response: (Question) -> String)] = [
            ("grade-typed-right", "grade a typed answer: right", { $0.expected }),
            ("grade-typed-typo", "grade a typed answer: one letter off", { String($0.expected.dropLast()) }),
            ("grade-typed-wrong", "grade a typed answer: wrong (\"no idea\")", { _ in "no idea" }),
        ]
        return responses.map { id, title, response in
            var times: [Double] = []
            for question in questions {
                let text = response(question)
                for _ in 0..<runs { times.append(Monotonic.measure { _ = question.grade(text) }.ms) }
            }
            let sample = Sample(times)
            log("  \(id): p50 \(Format.ms(sample.median)) ms, p99 \(Format.ms(sample.percentile(99))) ms")
            return MicroResult(id: id, title: "\(title), \(questions.count) questions (\(Format.count(deck.entries.count)) rivals each)",
                               times: sample, note: "p99 \(Format.ms(sample.percentile(99))) ms")
        }
    }
}
