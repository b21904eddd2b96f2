import ArgumentParser
import Foundation
import HoneKit

struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study the cards that are due, then new ones (the default command).",
        discussion: """
            At the prompt, answer the question; for a choice, type its letter, number or text. \
            Commands: :help, :skip, :undo, :rate N (change the last rating), :quit. \
            Ctrl-D or Ctrl-C ends the session; every answer is saved as you go.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Decks to study (all when none are named).", valueName: "deck"),
              completion: .custom { _, _, _ in DeckNames.forCompletion() })
    var decks: [String] = []

    @Option(name: .customLong("new"), help: ArgumentHelp("New cards this session (default: what is left of new_per_day).", valueName: "n"))
    var newCards: Int?

    @Option(help: ArgumentHelp("Questions this session at most.", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Only these question kinds, comma-separated: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "k,..."))
    var kinds: String?

    @Flag(help: "The machine protocol: one JSON object per output line, one answer per input line.")
    var porcelain = false

    func run() throws {
        try reportingFailures {
            if let newCards, newCards < 0 { throw Failure.usage("--new must be 0 or more") }
            if let limit, limit < 1 { throw Failure.usage("--limit must be 1 or more") }
            if let kinds, case .failure(let error) = QuestionKind.parseList(kinds) { throw Failure.usage("--kinds: \(error)") }
            let context = try HoneContext(global)
            let (decks, progress) = try context.loadDecksAndProgress(self.decks)
            var options = StudyOptions(newCards: newCards, questionLimit: limit, seed: context.seed)
            if let kinds, case .success(let set) = QuestionKind.parseList(kinds) { options.kinds = set }
            let session = StudySession(decks: decks, progress: progress, options: options, now: context.now())
            let renderer: any StudyRenderer = porcelain ? PorcelainRenderer() : HumanRenderer(decks: decks)
            let input: any LineInput = !porcelain && Console.stdinIsTTY
                ? ReadlineInput(historyPath: Path.join(context.learnerFolder, "history"), completions: StudyLoop.commands)
                : PlainInput()
            var loop = StudyLoop(session: session, context: context, input: input, renderer: renderer,
                                 interactive: !porcelain)
            try loop.run()
            Console.finish()
        }
    }
}

/// Deck names for shell completion: the decks of the home the environment points at.
enum DeckNames {
    static func forCompletion() -> [String] {
        let environment = ProcessInfo.processInfo.environment
        let fileSystem = POSIXFileSystem()
        let cwd = FileManager.default.currentDirectoryPath
        let home = HoneContext.resolveHome(nil, environment: environment, cwd: cwd, fileSystem: fileSystem)
        let ids = (try? DeckLibrary(folder: Path.join(home, "Decks"), fileSystem: fileSystem).deckIDs()) ?? []
        return ids.isEmpty ? BundledDecks.names() : ids
    }
}
