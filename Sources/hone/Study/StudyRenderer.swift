import Foundation
import HoneKit

/// How a study session shows itself: to a person (HumanRenderer) or to a program (PorcelainRenderer).
protocol StudyRenderer {
    var answerPrompt: String { get }
    var ratingPrompt: String { get }
    func header(session: StudySession, now: Date)
    func question(_ question: Question, number: Int, total: Int, isNew: Bool)
    func reveal(_ question: Question)
    func verdict(_ verdict: Verdict, response: String?, now: Date)
    func skipped(_ cardID: String)
    /// The answer taken back by `:undo` (one verdict, or one per pair of a match).
    func undone(_ verdicts: [Verdict])
    func notice(_ text: String)
    /// A hint; with a question when its options changed.
    func hint(_ text: String, question: Question?)
    func help()
    func nothingLeft(session: StudySession, now: Date)
    func summary(_ summary: SessionSummary, seconds: Double, interrupted: Bool, nextDue: Date?, now: Date)
}
