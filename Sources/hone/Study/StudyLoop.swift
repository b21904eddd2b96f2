import Foundation
import HoneKit

/// The study session's conversation: show a question, read lines until one answers it (handling
/// `:` commands on the way), show the verdict; at the end, the summary. Shared by the human REPL
/// and the porcelain protocol, which differ only in their renderer and input.
struct StudyLoop {
    static let commands = [":help", ":hint", ":skip", ":undo", ":rate", ":quit"]

    var session: StudySession
    let context: HoneContext
    var input: any LineInput
    let renderer: any StudyRenderer
    /// A person at the keyboard: empty lines re-prompt instead of counting as "don't know".
    let interactive: Bool
    private var ended = false
    private var asked = 0
    private let started = ContinuousClock.now

    init(session: StudySession, context: HoneContext, input: any LineInput, renderer: any StudyRenderer, interactive: Bool) {
        self.session = session
        self.context = context
        self.input = input
        self.renderer = renderer
        self.interactive = interactive
    }

    mutating func run() throws {
        let now = context.now()
        renderer.header(session: session, now: now)
        while !ended, let question = session.next(now: context.now()) {
            let state = session.progress.state(of: question.cardID)
            asked += 1
            renderer.question(question, number: session.summary.answered + 1,
                              total: session.summary.answered + session.remaining + 1, isNew: state.isNew)
            // While the learner reads the first question, the other core reads the decks' names,
            // so that the first typed question after it does not wait for them.
            if asked == 1 { Self.inBackground(session.preparation) }
            try ask(question)
            if !state.isLeech, session.progress.state(of: question.cardID).isLeech {
                renderer.notice("This card is now a leech (\(question.cardID)): forgotten \(Leech.threshold) times, it is suspended "
                    + "and sessions no longer ask it. `hone cards --leeches` lists leeches.")
            }
        }
        if asked == 0 { renderer.nothingLeft(session: session, now: context.now()) }
        let summary = session.finish(now: context.now())
        let elapsed = ContinuousClock.now - started
        renderer.summary(summary, seconds: Double(elapsed.components.seconds), interrupted: input.interrupted,
                         nextDue: session.nextDue(after: context.now()), now: context.now())
        input.close()
    }

    /// Runs `work` on a thread of its own at a lower priority (nice 10: on Linux the nice value is
    /// the calling thread's), so that it never takes a core from the session itself.
    private static func inBackground(_ work: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            #endif
            work()
        }
    }

    private mutating func ask(_ question: Question) throws {
        let shown = ContinuousClock.now
        var revealed = false
        if question.kind.isSelfGraded, !interactive {
            renderer.reveal(question)
            revealed = true
        }
        while true {
            let prompt = revealed ? renderer.ratingPrompt : renderer.answerPrompt
            guard let line = input.readLine(prompt: prompt) else {
                ended = true
                return
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix(":") {
                if try command(text) { return }
                continue
            }
            let duration = Int((ContinuousClock.now - shown) / .milliseconds(1))
            if question.kind.isSelfGraded {
                if !revealed {
                    renderer.reveal(question)
                    revealed = true
                    continue
                }
                guard let rating = Rating(text: text) else {
                    if interactive || !text.isEmpty { renderer.notice("rate it: 1 again, 2 hard, 3 good, 4 easy") }
                    continue
                }
                if let verdict = try session.selfRate(rating, now: context.now(), durationMS: duration) {
                    renderer.verdict(verdict, response: nil, now: context.now())
                }
                return
            }
            if text.isEmpty && interactive {
                renderer.notice("type an answer (or :skip, :help)")
                continue
            }
            for verdict in try session.answer(text, now: context.now(), durationMS: duration) {
                renderer.verdict(verdict, response: text, now: context.now())
            }
            return
        }
    }

    /// Handles a `:` command; true when the current question is finished with.
    private mutating func command(_ text: String) throws -> Bool {
        let words = text.dropFirst().split(separator: " ").map(String.init)
        switch words.first?.lowercased() ?? "" {
        case "quit", "q", "exit":
            ended = true
            return true
        case "skip", "s":
            if let card = session.current?.cardID {
                session.skip()
                renderer.skipped(card)
            }
            return true
        case "undo", "u":
            let undone = try session.undo()
            guard !undone.isEmpty else {
                renderer.notice("nothing to undo in this session")
                return false
            }
            renderer.undone(undone)
            return true
        case "rate", "r":
            guard words.count == 2, let rating = Rating(text: words[1]) else {
                renderer.notice(":rate takes 1-4 or again/hard/good/easy, e.g. :rate 3")
                return false
            }
            let verdicts = try session.overrideRating(rating)
            guard !verdicts.isEmpty else {
                renderer.notice("no answer to re-rate yet")
                return false
            }
            for verdict in verdicts { renderer.verdict(verdict, response: nil, now: context.now()) }
            return false
        case "hint":
            switch session.hint() {
            case .clue(let text): renderer.hint(text, question: nil)
            case .narrowed(let question): renderer.hint("two options left", question: question)
            case .none: renderer.notice("no hint for this question")
            }
            return false
        case "help", "h", "?":
            renderer.help()
            return false
        default:
            renderer.notice("unknown command '\(text)'; commands: \(Self.commands.joined(separator: " "))")
            return false
        }
    }
}
