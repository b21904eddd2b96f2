import Foundation

/// Answering, self-grading, skipping, undoing and re-rating.
extension StudySession {
    /// Grades `response` to the current question, records the review and returns the verdict.
    public mutating func answer(_ response: String, now: Date, durationMS: Int? = nil) throws(ProgressError) -> Verdict? {
        guard let question = current, !question.kind.isSelfGraded else { return nil }
        let grade = question.grade(response)
        let rating = RatingPolicy.rating(for: grade, kind: question.kind, durationMS: durationMS, expected: question.expected)
        return try record(question, rating: rating, grade: grade, response: response, now: now, durationMS: durationMS)
    }

    /// Records a self-graded answer (flip) with the learner's own rating.
    public mutating func selfRate(_ rating: Rating, now: Date, durationMS: Int? = nil) throws(ProgressError) -> Verdict? {
        guard let question = current, question.kind.isSelfGraded else { return nil }
        let grade = Grade(outcome: rating == .again ? .wrong : .correct, matched: nil, reason: "self-graded", diff: nil)
        return try record(question, rating: rating, grade: grade, response: nil, now: now, durationMS: durationMS)
    }

    private mutating func record(_ question: Question, rating: Rating, grade: Grade, response: String?, now: Date,
                                 durationMS: Int?) throws(ProgressError) -> Verdict {
        let wasNew = progress.state(of: question.cardID).isNew
        let record = ReviewRecord(card: question.cardID, at: now, rating: rating, kind: question.kind.rawValue,
                                  durationMS: durationMS, answer: response, verdict: grade.outcome.rawValue)
        let receipt = try progress.record(record)
        current = nil
        let verdict = makeVerdict(question, grade: grade, rating: rating)
        count(verdict, wasNew: wasNew, sign: 1)
        history.append((receipt, verdict, wasNew))
        updateLearning(question.cardID)
        return verdict
    }

    private func makeVerdict(_ question: Question, grade: Grade, rating: Rating) -> Verdict {
        let state = progress.state(of: question.cardID)
        return Verdict(cardID: question.cardID, kind: question.kind, correct: grade.outcome != .wrong,
                       close: grade.outcome == .close, expected: question.expected, rating: rating,
                       due: state.due ?? .distantFuture, intervalDays: state.intervalDays, note: grade.reason,
                       diff: grade.diff, variants: question.kind == .typed ? Grader.acceptedVariants(for: question.key) : [])
    }

    private mutating func count(_ verdict: Verdict, wasNew: Bool, sign: Int) {
        summary.answered += sign
        if verdict.correct { summary.correct += sign }
        if verdict.close { summary.close += sign }
        if wasNew { summary.newCards += sign }
    }

    private mutating func updateLearning(_ id: String) {
        let state = progress.state(of: id)
        // A card that has just become a leech is suspended at once, as Anki does.
        if (state.phase == .learning || state.phase == .relearning) && !state.isLeech { learning.insert(id) } else { learning.remove(id) }
    }

    /// Drops the current card from this session without a review.
    public mutating func skip() {
        guard let question = current else { return }
        skipped.insert(question.cardID)
        learning.remove(question.cardID)
        summary.skipped += 1
        current = nil
    }

    /// Takes back the last review of this session: the journal line goes, the card's state is as
    /// before it, and the card is asked again next. Returns the undone verdict, or nil if none.
    @discardableResult
    public mutating func undo() throws(ProgressError) -> Verdict? {
        guard let last = history.last else { return nil }
        try progress.undo(last.receipt)
        history.removeLast()
        count(last.verdict, wasNew: last.wasNew, sign: -1)
        learning.remove(last.verdict.cardID)
        if let question = current { redo.append(question.cardID) }
        current = nil
        redo.append(last.verdict.cardID)
        return last.verdict
    }

    /// Changes the rating of the last review (`:rate N`): the journal line is rewritten with the new
    /// rating and the card rescheduled from the state before it.
    public mutating func overrideRating(_ rating: Rating) throws(ProgressError) -> Verdict? {
        guard let last = history.last else { return nil }
        try progress.undo(last.receipt)
        var record = last.receipt.record
        record.rating = rating
        let receipt = try progress.record(record)
        var verdict = last.verdict
        count(verdict, wasNew: last.wasNew, sign: -1)
        let state = progress.state(of: verdict.cardID)
        verdict.rating = rating
        verdict.correct = rating != .again
        verdict.close = rating == .hard && verdict.close
        verdict.due = state.due ?? .distantFuture
        verdict.intervalDays = state.intervalDays
        verdict.overridden = true
        count(verdict, wasNew: last.wasNew, sign: 1)
        history[history.count - 1] = (receipt, verdict, last.wasNew)
        updateLearning(verdict.cardID)
        return verdict
    }

    /// Ends the session: fills in the closing counts and saves the snapshot (a cache; a failure to
    /// save it loses nothing).
    public mutating func finish(now: Date) -> SessionSummary {
        let today = progress.calendar.day(of: now)
        summary.dueTomorrow = StudyQueue.dueCount(onOrBefore: today + 1, cards: Array(cards.keys), progress: progress)
        summary.streak = StudyQueue.streak(reviewsPerDay: progress.reviewsPerDay, today: today)
        try? progress.saveSnapshot()
        return summary
    }
}
