import Foundation
import HoneKit
import Testing

/// Properties that hold for every key: the answer and its aliases grade as correct, each accepted
/// variant grades as correct, a multi-value answer is correct in every order, normalizing twice
/// changes nothing.
@Suite("Grader properties")
struct GraderPropertyTests {
    /// Keys from the glossary, the family table, and the grading table.
    static let keys: [AnswerKey] = Glossary.entries.map { Glossary.key(for: $0.term) }
        + Glossary.families.indices.flatMap { row in (0..<4).map { Glossary.key(row: row, column: $0) } }
        + GradingCase.all.map(\.key)

    @Test("the answer itself is correct", arguments: keys)
    func answerIsCorrect(_ key: AnswerKey) {
        let grade = Grader.grade(key.answer, against: key)
        #expect(grade.outcome == .correct)
        #expect(grade.matched == key.answer)
        #expect(grade.reason == nil)
    }

    @Test("every alias is correct", arguments: keys.filter { !$0.aliases.isEmpty })
    func aliasesAreCorrect(_ key: AnswerKey) {
        for alias in key.aliases {
            let grade = Grader.grade(alias, against: key)
            #expect(grade.outcome == .correct, "\(alias)")
            #expect(grade.matched == alias)
        }
    }

    @Test("every accepted variant is correct", arguments: keys)
    func variantsAreCorrect(_ key: AnswerKey) {
        let variants = Grader.acceptedVariants(for: key)
        #expect(variants.first == key.answer)
        for variant in variants {
            #expect(Grader.grade(variant, against: key).outcome == .correct, "\(variant)")
            #expect(Grader.grade(variant.uppercased(), against: key).outcome == .correct, "\(variant)")
        }
    }

    @Test("values are accepted in every order, with every separator",
          arguments: ["Text, vision, audio", "API, open weights", "Text, embeddings, image", "GPT-4o, o3", "a, b, c, d"])
    func valuesInAnyOrder(_ answer: String) {
        let key = AnswerKey(answer: answer, isMultiValue: true)
        let values = answer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for order in permutations(values) {
            for separator in [", ", " and ", "/", "; ", " & ", ",", " / "] {
                let response = order.joined(separator: separator)
                #expect(Grader.grade(response, against: key).outcome == .correct, "\(response)")
            }
        }
    }

    @Test("normalize is idempotent", arguments: GradingCase.all.flatMap { [$0.response, $0.answer] + $0.aliases } + [
        "İstanbul", "ǅemal", "Ⅻ", "ﬁne-tuning", "Ｆｕｌｌ　ｗｉｄｔｈ", "x²", "½ cup", "C++ / C#", "A* search",
        "the the the", "a", "The", "an an", "1,000,000", "3.14.15", ".5", "5.", "\u{301}", "e\u{301}\u{301}",
        "👨‍👩‍👧 family", "🏳️‍🌈", "\u{0}\u{1B}[31m", "שָׁלוֹם", "مَرْحَبًا", "नमस्ते", "가나다", "ガッコウ", "don't",
    ])
    func normalizeIsIdempotent(_ text: String) {
        let once = AnswerNormalizer.normalize(text)
        #expect(AnswerNormalizer.normalize(once) == once)
    }

    @Test("grading never fails on odd input", arguments: ["", " ", "🤖🤖🤖", "東京タワー", "\u{301}", "(", ")", "(()",
                                                        "/", ",,,", "and", "&", "the", "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s"])
    func oddInput(_ text: String) {
        for key in [AnswerKey(answer: text), AnswerKey(answer: "Text, vision", isMultiValue: true),
                    AnswerKey(answer: "transformer", aliases: [text], rivals: [text]), AnswerKey(answer: text, isMultiValue: true)] {
            _ = Grader.grade(text, against: key)
            _ = Grader.grade("transformer", against: key)
            _ = Grader.acceptedVariants(for: key)
        }
    }

    private func permutations(_ items: [String]) -> [[String]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }
}
