import HoneKit
import Testing

/// Character diffs of close answers.
@Suite("Character diff")
struct CharacterDiffTests {
    @Test(arguments: [
        ("foundation modle", "foundation model", "foundation mod[-l-]e[+l+]"),
        ("transfromer", "transformer", "transf[-r-]o[+r+]mer"),
        ("pretrainig", "pretraining", "pretraini[+n+]g"),
        ("allignment", "alignment", "al[-l-]ignment"),
        ("emergance", "emergence", "emerg[-a-][+e+]nce"),
        ("same", "same", "same"),
        ("", "abc", "[+abc+]"),
        ("abc", "", "[-abc-]"),
        ("finetuning", "fine tuning", "fine tuning"),
        ("open ai", "openai", "openai"),
    ])
    func renders(_ response: String, _ expected: String, _ diff: String) {
        #expect(CharacterDiff.render(from: response, to: expected) == diff)
    }

    @Test func editsMergeRuns() {
        #expect(CharacterDiff.edits(from: "cat", to: "cost")
            == [.same("c"), .delete("a"), .insert("os"), .same("t")])
    }
}
