import Foundation
import Testing
@testable import HoneKit

@Suite struct StudySessionTests {
    let utc = TimeZone(identifier: "UTC")!
    let t0 = TestDecks.date("2026-11-24T09:00:00Z")

    func session(_ fs: InMemoryFileSystem, deck: Deck = TestDecks.small(), options: StudyOptions = StudyOptions(seed: 7),
                 now: Date) throws -> StudySession {
        let progress = try LearnerProgress.open(fileSystem: fs, folder: "/p", timeZone: utc)
        return StudySession(decks: [deck], progress: progress, options: options, now: now)
    }

    /// Answers every question right (choices by their correct letter, flips rated good).
    func answerAll(_ session: inout StudySession, now: Date, limit: Int = 1000) throws -> [Question] {
        var asked: [Question] = []
        while asked.count < limit, let question = session.next(now: now) {
            asked.append(question)
            if question.kind.isSelfGraded {
                _ = try session.selfRate(.good, now: now)
            } else {
                _ = try session.answer(rightAnswer(question), now: now)
            }
        }
        return asked
    }

    func rightAnswer(_ question: Question) -> String {
        switch question.kind {
        case .choice, .truefalse: Question.letter(question.correctChoice!)
        case .order: question.correctOrder!.map { Question.letter($0) }.joined(separator: " ")
        case .select: question.correctSet!.sorted().map { Question.letter($0) }.joined(separator: " ")
        case .match: question.matching!.map { Question.letter($0) }.joined(separator: " ")
        default: question.key.answer
        }
    }

    @Test func aFirstSessionAsksOneCardPerSiblingGroupAndFinishesTheLearningSteps() throws {
        let fs = InMemoryFileSystem()
        var s = try session(fs, now: t0)
        let asked = try answerAll(&s, now: t0)
        let cards = Set(asked.map(\.cardID))
        let deck = TestDecks.small()
        let groups = Dictionary(grouping: deck.cards.filter { cards.contains($0.id) }, by: \.siblingKey)
        #expect(groups.values.allSatisfy { $0.count == 1 })
        // Every card answered right twice on its first day: it graduates (1m/10m steps, learn-ahead).
        #expect(cards.allSatisfy { s.progress.state(of: $0).phase == .review })
        #expect(s.summary.answered == asked.count)
        #expect(s.summary.correct == asked.count)
    }

    @Test func preparingTheFactoriesOnAnotherThreadChangesNoQuestion() async throws {
        let plain = InMemoryFileSystem(), prepared = InMemoryFileSystem()
        var without = try session(plain, now: t0)
        var with = try session(prepared, now: t0)
        let first = with.next(now: t0)
        // As the REPL does: the preparation runs while the session goes on.
        let preparation = Task.detached(operation: with.preparation)
        _ = try with.answer(first.map(rightAnswer) ?? "", now: t0)
        await preparation.value
        let askedWith = [first].compactMap { $0 } + (try answerAll(&with, now: t0))
        let askedWithout = try answerAll(&without, now: t0)
        #expect(askedWith.map(\.cardID) == askedWithout.map(\.cardID))
        #expect(askedWith.map(\.prompt) == askedWithout.map(\.prompt))
        #expect(askedWith.map(\.key) == askedWithout.map(\.key))
        #expect(plain.contents("/p/reviews.jsonl") == prepared.contents("/p/reviews.jsonl"))
    }

    @Test func theNextDayBringsTheSiblingsAndNothingIsDueTwice() throws {
        let fs = InMemoryFileSystem()
        var first = try session(fs, now: t0)
        let day1 = Set(try answerAll(&first, now: t0).map(\.cardID))
        _ = first.finish(now: t0)
        let tomorrow = t0.addingTimeInterval(86_400)
        var second = try session(fs, now: tomorrow)
        let day2 = try answerAll(&second, now: tomorrow).map(\.cardID)
        #expect(!day2.isEmpty)
        #expect(Set(day2).isDisjoint(with: day1.filter { first.progress.state(of: $0).intervalDays > 1 }))
    }

    @Test func newCardsAreLimited() throws {
        var s = try session(InMemoryFileSystem(), options: StudyOptions(newCards: 2, seed: 1), now: t0)
        let asked = try answerAll(&s, now: t0)
        #expect(Set(asked.map(\.cardID)).count == 2)
    }

    @Test func theQuestionLimitStopsTheSession() throws {
        var s = try session(InMemoryFileSystem(), options: StudyOptions(questionLimit: 3, seed: 1), now: t0)
        #expect(try answerAll(&s, now: t0).count == 3)
    }

    @Test func kindsRestrictTheQuestions() throws {
        var s = try session(InMemoryFileSystem(), options: StudyOptions(kinds: [.typed], seed: 1), now: t0)
        let asked = try answerAll(&s, now: t0)
        #expect(!asked.isEmpty)
        #expect(asked.allSatisfy { $0.kind == .typed })
    }

    @Test func undoRestoresTheStateAndAsksTheCardAgain() throws {
        let fs = InMemoryFileSystem()
        var s = try session(fs, now: t0)
        let question = s.next(now: t0)!
        let journalBefore = fs.contents("/p/reviews.jsonl") ?? ""
        _ = try s.answer("definitely wrong", now: t0)
        #expect(!s.progress.state(of: question.cardID).isNew)
        let undone = try s.undo()
        #expect(undone.first?.cardID == question.cardID)
        #expect(s.progress.state(of: question.cardID).isNew)
        #expect(fs.contents("/p/reviews.jsonl") == journalBefore)
        #expect(s.summary.answered == 0)
        #expect(s.next(now: t0)?.cardID == question.cardID)
    }

    @Test func rateOverridesTheLastReviewInTheJournal() throws {
        let fs = InMemoryFileSystem()
        var s = try session(fs, now: t0)
        _ = s.next(now: t0)
        let verdict = try #require(try s.answer("wrong answer", now: t0).first)
        #expect(verdict.rating == .again)
        let overridden = try #require(try s.overrideRating(.good).first)
        #expect(overridden.rating == .good)
        #expect(overridden.correct)
        let lines = fs.contents("/p/reviews.jsonl")!.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].contains("\"rating\":3"))
    }

    @Test func skipDropsTheCardForTheSession() throws {
        var s = try session(InMemoryFileSystem(), now: t0)
        let question = s.next(now: t0)!
        s.skip()
        let rest = try answerAll(&s, now: t0)
        #expect(!rest.map(\.cardID).contains(question.cardID))
        #expect(s.progress.state(of: question.cardID).isNew)
    }

    @Test func theSameSeedGivesTheSameSession() throws {
        func run() throws -> [Question] {
            var s = try session(InMemoryFileSystem(), now: t0)
            return try answerAll(&s, now: t0)
        }
        #expect(try run() == run())
    }
}
