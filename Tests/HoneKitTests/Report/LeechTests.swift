import Foundation
import Testing
@testable import HoneKit

/// Leeches: a card is one at its 8th lapse; sessions do not ask it, nor count it due. (Definition
/// cards, which take the self-graded flip form.)
@Suite struct LeechTests {
    let utc = TimeZone(identifier: "UTC")!
    let start = TestDecks.date("2026-11-01T09:00:00Z")
    let deck = Deck(id: "d", title: "D", entries: [
        Entry(term: "xylophone", definition: "A percussion instrument of wooden bars."),
        Entry(term: "yodel", definition: "To sing with quick changes of pitch."),
    ])

    /// Easy on day 0 (straight into review), then `lapses` days of Again and Good ten minutes later.
    func journal(_ card: String, lapses: Int) -> [ReviewRecord] {
        var out = [ReviewRecord(card: card, at: start, rating: .easy)]
        for day in 1...max(lapses, 1) where lapses > 0 {
            let morning = start.addingTimeInterval(Double(day) * 86_400)
            out.append(ReviewRecord(card: card, at: morning, rating: .again))
            out.append(ReviewRecord(card: card, at: morning.addingTimeInterval(600), rating: .good))
        }
        return out
    }

    func progress(_ reviews: [ReviewRecord]) throws -> LearnerProgress {
        let fs = InMemoryFileSystem()
        var progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        for review in reviews.sorted(by: { $0.at < $1.at }) { try progress.record(review) }
        return progress
    }

    @Test func aCardIsALeechAtItsEighthLapse() {
        let scheduler = Scheduler()
        let seven = scheduler.replay(cardID: "d/xylophone/definition", reviews: journal("d/xylophone/definition", lapses: 7).map { ($0.at, $0.rating) })
        let eight = scheduler.replay(cardID: "d/xylophone/definition", reviews: journal("d/xylophone/definition", lapses: 8).map { ($0.at, $0.rating) })
        #expect(seven.lapses == 7 && !seven.isLeech)
        #expect(eight.lapses == 8 && eight.isLeech)
        #expect(Leech.threshold == 8)
    }

    @Test func sessionsSkipLeechesAndDoNotCountThemDue() throws {
        let progress = try progress(journal("d/xylophone/definition", lapses: 8) + journal("d/yodel/definition", lapses: 0))
        let later = start.addingTimeInterval(90 * 86_400) // both long due
        var session = StudySession(decks: [deck], progress: progress, options: StudyOptions(newCards: 0, kinds: [.flip], seed: 3), now: later)
        #expect(session.suspendedLeeches == ["d/xylophone/definition"])
        #expect(session.dueAtStart == 1)
        var asked: [String] = []
        while let question = session.next(now: later) {
            asked.append(question.cardID)
            _ = try session.selfRate(.good, now: later)
        }
        #expect(asked == ["d/yodel/definition"])
        let today = progress.calendar.day(of: later)
        #expect(StudyQueue.dueCount(onOrBefore: today, cards: ["d/xylophone/definition", "d/yodel/definition"], progress: progress) == 1)
        #expect(StudyQueue.nextDue(after: later, cards: ["d/xylophone/definition"], progress: progress) == nil)
    }

    @Test func aCardThatBecomesALeechIsSuspendedAtOnce() throws {
        let progress = try progress(journal("d/xylophone/definition", lapses: 7))
        let later = start.addingTimeInterval(60 * 86_400)
        var session = StudySession(decks: [deck], progress: progress, options: StudyOptions(newCards: 0, kinds: [.flip], seed: 3), now: later)
        #expect(session.suspendedLeeches.isEmpty)
        let question = session.next(now: later)
        #expect(question?.cardID == "d/xylophone/definition")
        _ = try session.selfRate(.again, now: later)
        #expect(session.progress.state(of: "d/xylophone/definition").isLeech)
        #expect(session.suspendedLeeches == ["d/xylophone/definition"])
        // Its relearning step would bring it back in ten minutes; a leech does not come back.
        let afterwards = session.next(now: later.addingTimeInterval(3600))
        #expect(afterwards == nil)
        // Undo takes the lapse back, and the card is asked again.
        _ = try session.undo()
        #expect(!session.progress.state(of: "d/xylophone/definition").isLeech)
        let again = session.next(now: later)
        #expect(again?.cardID == "d/xylophone/definition")
    }
}
