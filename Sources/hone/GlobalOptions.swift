import ArgumentParser

/// Options every command takes (DESIGN.md, "Global options").
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The home folder with Decks/ and Progress/ (else HONE_HOME, else the current folder when it holds Decks/, else ~/.local/share/hone).", valueName: "dir"))
    var home: String?

    @Option(help: ArgumentHelp("Whose progress to use (else HONE_LEARNER, else 'default').", valueName: "name"))
    var learner: String?

    @Option(help: ArgumentHelp("The time to act at, ISO 8601 (else HONE_NOW, else the clock), e.g. 2026-11-24T09:00:00Z.", valueName: "time"))
    var now: String?

    @Option(help: ArgumentHelp("Seed for question order, choices and shuffles (else HONE_SEED).", valueName: "n"))
    var seed: UInt64?
}
