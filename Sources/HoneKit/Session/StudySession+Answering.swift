import Foundation

/// Answering, self-grading, skipping, undoing and re-rating.
extension StudySession {
    /// Grades `response` to the current question, records the review(s) and returns the verdicts:
    /// one, or one per pair for a match question.
    public mutating func answer(_ response: String, now: Date, durationMS: Int? = nil) throws(ProgressError) -> [Verdict] {
        guard let question = current, !question.kind.isSelfGraded else { return [] }
        if question.kind == .match {
            let (grade, pairs) = question.gradeMatch(response)
            var reviews: [(String, Rating, Grade)] = []
            for (index, card) in question.itemCards.enumerated() {
                let pair = pairs[index]
                let note = pair ? nil : "\(question.items[index]) = \(question.choices[question.matching![index]])"
                reviews.append((card, pair ? .good : .again, Grade(outcome: pair ? .correct : .wrong, reason: note ?? grade.reason)))
            }
            return try record(question, reviews: reviews, response: response, now: now, durationMS: durationMS)
        }
        var grade = question.grade(response)
        var rating = RatingPolicy.rating(for: grade, kind: question.kind, durationMS: durationMS, expected: question.expected)
        if hinted, rating > .hard {
            rating = .hard
            grade.reason = grade.reason ?? "with a hint"
        }
        return try record(question, reviews: [(question.cardID, rating, grade)], response: response, now: now, durationMS: durationMS)
    }

    /// Records a self-graded answer (flip) with the learner's own rating.
    public mutating func selfRate(_ rating: Rating, now: Date, durationMS: Int? = nil) throws(ProgressError) -> Verdict? {
        guard let question = current, question.kind.isSelfGraded else { return nil }
        let grade = Grade(outcome: rating == .again ? .wrong : .correct, matched: nil, reason: nil, diff: nil)
        return try record(question, reviews: [(question.cardID, rating, grade)], response: nil, now: now, durationMS: durationMS).first
    }

    private mutating func record(_ question: Question, reviews: [(card: String, rating: Rating, grade: Grade)], response: String?,
                                 now: Date, durationMS: Int?) throws(ProgressError) -> [Verdict] {
        // One write and one fsync for all of an answer's reviews (a match's pairs): on disk together
        // before any verdict, or, if the write fails, none of them and the question stays.
        let records = reviews.map { review in
            ReviewRecord(card: review.card, at: now, rating: review.rating, kind: question.kind.rawValue,
                         durationMS: durationMS, answer: response, verdict: review.grade.outcome.rawValue)
        }
        let receipts = try progress.record(records)
        var entry: [(receipt: LearnerProgress.Receipt, verdict: Verdict, wasNew: Bool)] = []
        for (review, receipt) in zip(reviews, receipts) {
            let wasNew = receipt.previous.isNew
            let verdict = makeVerdict(question, card: review.card, grade: review.grade, rating: review.rating)
            count(verdict, wasNew: wasNew, sign: 1)
            entry.append((receipt, verdict, wasNew))
            updateLearning(review.card)
        }
        current = nil
        history.append(entry)
        return entry.map(\.verdict)
    }

    private func makeVerdict(_ question: Question, card: String, grade: Grade, rating: Rating) -> Verdict {
        let state = progress.state(of: card)
        let expected = question.kind == .match ? (grade.reason ?? question.expected) : question.expected
        let recall = question.kind == .typed || question.kind == .cloze || question.kind == .multi
        return Verdict(cardID: card, kind: question.kind, correct: grade.outcome != .wrong,
                       close: grade.outcome == .close, expected: expected, rating: rating,
                       due: state.due ?? .distantFuture, intervalDays: state.intervalDays, note: grade.reason,
                       diff: grade.diff, variants: recall ? Self.shownVariants(question.key) : [])
    }

    /// Accepted forms worth showing: the deck's aliases and the answer's own shorter forms, not
    /// every acronym the grader would also take ("AF" for "activation function").
    static func shownVariants(_ key: AnswerKey) -> [String] {
        Grader.acceptedVariants(for: key).filter { variant in
            key.aliases.contains(variant) || variant != variant.uppercased() || key.answer.contains(variant)
        }
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

    /// Drops the current card (all of a match's cards) from this session without a review.
    public mutating func skip() {
        guard let question = current else { return }
        for id in [question.cardID] + question.itemCards {
            skipped.insert(id)
            learning.remove(id)
        }
        summary.skipped += 1
        current = nil
    }

    /// Takes back the last answer of this session: its journal lines go, the cards' states are as
    /// before, and the card is asked again next. Returns the undone verdicts (empty if none).
    @discardableResult
    public mutating func undo() throws(ProgressError) -> [Verdict] {
        guard let last = history.last else { return [] }
        for item in last.reversed() { try progress.undo(item.receipt) }
        history.removeLast()
        for item in last {
            count(item.verdict, wasNew: item.wasNew, sign: -1)
            learning.remove(item.verdict.cardID)
        }
        if let question = current { redo.append(question.cardID) }
        current = nil
        for item in last.reversed() { redo.append(item.verdict.cardID) }
        return last.map(\.verdict)
    }

    /// Changes the rating of the last answer (`:rate N`): its journal lines are rewritten with the
    /// new rating and the cards rescheduled from their states before it.
    public mutating func overrideRating(_ rating: Rating) throws(ProgressError) -> [Verdict] {
        guard let last = history.last else { return [] }
        for item in last.reversed() { try progress.undo(item.receipt) }
        let records = last.map { item in
            var record = item.receipt.record
            record.rating = rating
            record.verdict = "overridden"
            return record
        }
        let receipts = try progress.record(records)
        var replaced: [(receipt: LearnerProgress.Receipt, verdict: Verdict, wasNew: Bool)] = []
        for (item, receipt) in zip(last, receipts) {
            var verdict = item.verdict
            count(verdict, wasNew: item.wasNew, sign: -1)
            let state = progress.state(of: verdict.cardID)
            verdict.rating = rating
            verdict.correct = rating != .again
            verdict.close = rating == .hard && verdict.close
            verdict.due = state.due ?? .distantFuture
            verdict.intervalDays = state.intervalDays
            verdict.overridden = true
            count(verdict, wasNew: item.wasNew, sign: 1)
            replaced.append((receipt, verdict, item.wasNew))
            updateLearning(verdict.cardID)
        }
        history[history.count - 1] = replaced
        return replaced.map(\.verdict)
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
