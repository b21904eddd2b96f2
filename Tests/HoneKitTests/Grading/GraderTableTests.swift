import HoneKit
import Testing

/// The grading table: every case's outcome, and its reason where the case names one.
@Suite("Grader table")
struct GraderTableTests {
    @Test("has enough cases")
    func size() {
        #expect(GradingCase.all.count >= 150)
    }

    @Test("grades each case as expected", arguments: GradingCase.all)
    func grades(_ example: GradingCase) {
        let grade = Grader.grade(example.response, against: example.key)
        #expect(grade.outcome == example.expected, "\(grade)")
        if let reason = example.reason {
            #expect(grade.reason == reason, "\(grade)")
        }
        if grade.outcome == .close {
            #expect(grade.diff != nil)
            #expect(grade.matched != nil)
        }
        if grade.outcome == .wrong {
            #expect(grade.matched == nil)
        }
    }
}
