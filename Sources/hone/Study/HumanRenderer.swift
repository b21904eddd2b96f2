import Foundation
import HoneKit

/// The study session for a person at a terminal.
struct HumanRenderer: StudyRenderer {
    let decks: [Deck]
    let answerPrompt = "> "
    let ratingPrompt = "rate 1-4> "

    func header(session: StudySession, now: Date) {
        let names = decks.count <= 3 ? decks.map(\.id).joined(separator: ", ") : "\(decks.count) decks"
        let minutes = Int((Double(session.dueAtStart + session.newAtStart * 2) * 12 / 60).rounded(.up))
        var line = "hone · \(names) · \(session.dueAtStart) due, \(session.newAtStart) new"
        if session.dueAtStart + session.newAtStart > 0 { line += " · about \(max(minutes, 1)) min" }
        Console.print(Console.styled(line, .bold))
        let leeches = session.suspendedLeeches.count
        if leeches > 0 {
            Console.print(Console.styled("\(leeches) leech\(leeches == 1 ? "" : "es") suspended (forgotten \(Leech.threshold)+ times); "
                + "hone cards --leeches lists them", .dim))
        }
    }

    func question(_ question: Question, number: Int, total: Int, isNew: Bool) {
        let counter = "[\(number)/\(total)] "
        var head = Console.styled(counter, .dim)
        if isNew { head += Console.styled("new", .cyan) + " · " }
        let used = counter.count + (isNew ? 6 : 0)
        let prompt = question.prompt + (question.hint.map { " (\($0))" } ?? "")
        Console.print(head + TextWrap.wrap(prompt, width: Console.width - 1, firstLineUsed: used))
        let example = question.choices.indices.map { Question.letter($0) }.joined(separator: " ")
        switch question.kind {
        case .choice: printChoices(question.choices)
        case .truefalse: Console.print("  a) true   b) false")
        case .select:
            printChoices(question.choices)
            Console.print(Console.styled("  (type every letter that applies, e.g. a c)", .dim))
        case .order:
            printChoices(question.choices)
            Console.print(Console.styled("  (type the letters in order, e.g. \(example))", .dim))
        case .match:
            for (index, item) in question.items.enumerated() { Console.print("  \(index + 1). \(item)") }
            printChoices(question.choices, forceLines: true)
            Console.print(Console.styled("  (for terms 1-\(question.items.count), type their definitions' letters in order, e.g. \(example))", .dim))
        case .flip: Console.print(Console.styled("  (recall it, then press Enter to see the answer)", .dim))
        case .typed, .cloze, .multi: break
        }
    }

    private func printChoices(_ choices: [String], forceLines: Bool = false) {
        let labelled = choices.enumerated().map { "\(Question.letter($0.offset))) \($0.element)" }
        let oneLine = "  " + labelled.joined(separator: "   ")
        if !forceLines, oneLine.count <= Console.width, !choices.contains(where: { $0.count > 30 }) {
            Console.print(oneLine)
        } else {
            labelled.forEach { Console.print("  " + TextWrap.wrap($0, width: Console.width - 1, indent: "     ", firstLineUsed: 2)) }
        }
    }

    func reveal(_ question: Question) {
        Console.print(Console.styled("= ", .blue) + TextWrap.wrap(question.expected, width: Console.width - 1, indent: "  ", firstLineUsed: 2))
        Console.print(Console.styled("  How well did you recall it? 1 again · 2 hard · 3 good · 4 easy", .dim))
    }

    func verdict(_ verdict: Verdict, response: String?, now: Date) {
        let mark: String
        var text = verdict.expected
        if verdict.overridden {
            mark = Console.styled("↻", .blue)
            text = "rated \(verdict.rating.name): " + text
        } else if verdict.kind == .flip {
            mark = verdict.correct ? Console.styled("✓", .green) : Console.styled("✗", .red)
            text = "rated \(verdict.rating.name)"
        } else if verdict.close {
            mark = Console.styled("≈", .yellow)
            text += " (\(verdict.note ?? "close enough"))"
        } else if verdict.correct {
            mark = Console.styled("✓", .green)
            // (A match's verdict says its pairs in both: once is enough.)
            if let note = verdict.note, note != verdict.expected { text += " (\(note))" }
        } else {
            mark = Console.styled("✗", .red)
        }
        let next = "next: " + TimeText.until(verdict.due, from: now)
        if text.count + 2 > Console.width - 1 { text = TextWrap.wrap(text, width: Console.width - 1, indent: "  ", firstLineUsed: 2) }
        let left = "\(mark) \(text)"
        let visible = (text.split(separator: "\n").last?.count ?? 0) + 2
        let pad = max(Console.width - visible - next.count - 1, 2)
        if visible + next.count + 3 <= Console.width {
            Console.print(left + String(repeating: " ", count: pad) + Console.styled(next, .dim))
        } else {
            Console.print(left)
            Console.print("  " + Console.styled(next, .dim))
        }
        if let diff = verdict.diff { Console.print(Console.styled("  your answer: ", .dim) + diff) }
        if !verdict.correct, verdict.kind != .choice, let note = verdict.note, note != verdict.expected, !verdict.overridden {
            Console.print(Console.styled("  \(note)", .dim))
        }
        let others = verdict.variants.filter { $0 != verdict.expected }
        if !others.isEmpty, !verdict.overridden { Console.print(Console.styled("  also accepted: " + others.joined(separator: ", "), .dim)) }
    }

    func skipped(_ cardID: String) { Console.print(Console.styled("skipped", .dim)) }

    func undone(_ verdicts: [Verdict]) {
        // Not the expected answer: the same question comes next.
        Console.print(Console.styled("↶ undone: your last answer is taken back; here is the question again", .blue))
    }

    func notice(_ text: String) { Console.print(Console.styled(text, .dim)) }

    func hint(_ text: String, question: Question?) {
        Console.print(Console.styled("hint: \(text) (the rating is at most hard)", .yellow))
        if let question { printChoices(question.choices) }
    }

    func help() {
        Console.print("""
            Answer at the > prompt. For choices, type a letter, a number or the text.
              :hint     a first letter, or two options fewer (rated hard at best)
              :skip     skip this card for this session
              :undo     take back the last answer and ask it again
              :rate N   change the last rating (1 again, 2 hard, 3 good, 4 easy)
              :quit     end the session (so do Ctrl-D and Ctrl-C); answers are saved as you go
            """)
    }

    func nothingLeft(session: StudySession, now: Date) {
        if let next = session.nextDue(after: now) {
            Console.print("Nothing due. The next card is due \(TimeText.until(next, from: now)) (\(ISO8601.format(next))).")
        } else if session.unstudiedCount > 0 {
            Console.print("Nothing due, and today's new cards are done. Come back tomorrow, or study more with --new N.")
        } else {
            Console.print("Nothing to study in these decks.")
        }
    }

    func summary(_ summary: SessionSummary, seconds: Double, interrupted: Bool, nextDue: Date?, now: Date) {
        guard summary.answered > 0 || summary.skipped > 0 else { return }
        if interrupted { Console.print() }
        var line = "Session done: \(summary.answered) answered, \(summary.percentCorrect)% correct, \(TimeText.minutes(seconds))."
        line += " Tomorrow: \(summary.dueTomorrow) due."
        if summary.streak > 0 { line += " Streak: \(summary.streak) day\(summary.streak == 1 ? "" : "s")." }
        Console.print(Console.styled(line, .bold))
    }
}
