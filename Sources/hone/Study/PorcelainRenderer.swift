import Foundation
import HoneKit

/// `hone study --porcelain`: one JSON object per line, as DESIGN.md specifies.
struct PorcelainRenderer: StudyRenderer {
    let answerPrompt = ""
    let ratingPrompt = ""

    private func emit(_ pairs: [(String, String)]) {
        Console.print(JSONText.object(pairs))
    }

    func header(session: StudySession, now: Date) {
        let leeches = session.suspendedLeeches
        guard !leeches.isEmpty else { return }
        emit([("event", JSONText.quote("notice")),
              ("message", JSONText.quote("\(leeches.count) suspended leech\(leeches.count == 1 ? "" : "es") (forgotten \(Leech.threshold)+ times) not asked")),
              ("leeches", JSONText.array(leeches.map(JSONText.quote)))])
    }

    func question(_ question: Question, number: Int, total: Int, isNew: Bool) {
        var pairs: [(String, String)] = [
            ("event", JSONText.quote("question")), ("card", JSONText.quote(question.cardID)),
            ("kind", JSONText.quote(question.kind.rawValue)), ("prompt", JSONText.quote(question.prompt)),
        ]
        if question.kind.hasChoices {
            pairs.append(("choices", JSONText.array(question.choices.map(JSONText.quote))))
        }
        if question.kind == .match {
            pairs.append(("items", JSONText.array(question.items.map(JSONText.quote))))
            pairs.append(("cards", JSONText.array(question.itemCards.map(JSONText.quote))))
        }
        if let hint = question.hint { pairs.append(("hint", JSONText.quote(hint))) }
        pairs += [("new", isNew ? "true" : "false"), ("number", String(number)), ("total", String(total))]
        emit(pairs)
    }

    func reveal(_ question: Question) {
        emit([("event", JSONText.quote("reveal")), ("card", JSONText.quote(question.cardID)),
              ("expected", JSONText.quote(question.expected))])
    }

    func verdict(_ verdict: Verdict, response: String?, now: Date) {
        var pairs: [(String, String)] = [
            ("event", JSONText.quote("verdict")), ("card", JSONText.quote(verdict.cardID)),
            ("correct", verdict.correct ? "true" : "false"), ("close", verdict.close ? "true" : "false"),
            ("expected", JSONText.quote(verdict.expected)), ("rating", String(verdict.rating.rawValue)),
            ("due", JSONText.quote(ISO8601.format(verdict.due))), ("interval_days", JSONText.number(verdict.intervalDays)),
            ("kind", JSONText.quote(verdict.kind.rawValue)),
        ]
        if let note = verdict.note { pairs.append(("note", JSONText.quote(note))) }
        if let diff = verdict.diff { pairs.append(("diff", JSONText.quote(diff))) }
        if !verdict.variants.isEmpty { pairs.append(("accepted", JSONText.array(verdict.variants.map(JSONText.quote)))) }
        if verdict.overridden { pairs.append(("overridden", "true")) }
        emit(pairs)
    }

    func skipped(_ cardID: String) {
        emit([("event", JSONText.quote("skipped")), ("card", JSONText.quote(cardID))])
    }

    func undone(_ verdicts: [Verdict]) {
        for verdict in verdicts { emit([("event", JSONText.quote("undone")), ("card", JSONText.quote(verdict.cardID))]) }
    }

    func notice(_ text: String) {
        emit([("event", JSONText.quote("notice")), ("message", JSONText.quote(text))])
    }

    func hint(_ text: String, question: Question?) {
        var pairs: [(String, String)] = [("event", JSONText.quote("hint")), ("text", JSONText.quote(text))]
        if let question {
            pairs.append(("card", JSONText.quote(question.cardID)))
            pairs.append(("choices", JSONText.array(question.choices.map(JSONText.quote))))
        }
        emit(pairs)
    }

    func help() {
        notice("commands: :hint :skip :undo :rate N :quit; answer choices by letter, number or text")
    }

    func nothingLeft(session: StudySession, now: Date) {}

    func summary(_ summary: SessionSummary, seconds: Double, interrupted: Bool, nextDue: Date?, now: Date) {
        emit([
            ("event", JSONText.quote("summary")), ("answered", String(summary.answered)), ("correct", String(summary.correct)),
            ("close", String(summary.close)), ("skipped", String(summary.skipped)), ("new", String(summary.newCards)),
            ("due_tomorrow", String(summary.dueTomorrow)), ("streak", String(summary.streak)),
            ("next_due", JSONText.string(nextDue.map(ISO8601.format))), ("seconds", JSONText.number(seconds.rounded())),
        ])
    }
}
