import Foundation
import Testing

/// End to end: the plain-text study session (stdout not a terminal), as a learner reads it.
@Suite struct HumanRendererTests {
    @Test func aMatchVerdictSaysEachPairOnce() throws {
        let home = try ScratchHome()
        let run = try home.run(["study", "--kinds", "match", "--limit", "1", "--now", "2026-11-29T10:00:00Z", "--seed", "3"],
                               input: "a b c d\n")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // Four pairs: the ones answered wrong are shown with their definitions, the score once.
        let wrong = lines.filter { $0.hasPrefix("✗ ") }
        #expect(!wrong.isEmpty)
        for line in wrong {
            let pair = line.dropFirst(2).prefix(while: { $0 != "=" })
            #expect(lines.filter { $0.contains(pair + "=") }.count == 1, "\(pair) shown more than once")
        }
        let score = try #require(lines.first { $0.contains("pairs right") })
        #expect(score.components(separatedBy: "pairs right").count == 2, "\(score)")
    }
}
