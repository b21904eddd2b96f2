import ArgumentParser

@main
struct Hone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hone",
        abstract: "A terminal study companion: questions from your decks, FSRS-6 scheduling, progress as JSON.",
        discussion: """
            Run `hone` (the same as `hone study`) once a day. Progress lives in the home folder under \
            Progress/<learner>/, decks under Decks/.
            """,
        version: "0.1.0",
        subcommands: [StudyCommand.self, DecksCommand.self, CardsCommand.self, CheckCommand.self, ImportCommand.self, MergeCommand.self, DoctorCommand.self, ReportCommand.self, OptimizeCommand.self],
        defaultSubcommand: StudyCommand.self
    )
}
