import ArgumentParser
import Foundation
import HoneKit

/// `hone report`: counts, due forecast, true retention, activity, mastery and the weakest cards, as
/// text for the terminal, JSON for scripts, Markdown for notes or one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show a progress report: cards, due forecast, true retention, activity, mastery, weakest cards.",
        discussion: """
            Covers every deck, or the decks named. `--format html -o report.html` writes one page with charts \
            that needs no network; `--format json` gives every figure with the field names in README.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Decks to report on (all when none are named).", valueName: "deck"),
              completion: .custom { _, _, _ in DeckNames.forCompletion() })
    var decks: [String] = []

    @Option(help: ArgumentHelp("How to write the report: text for the terminal, json for scripts, markdown, or html (one page with charts).", valueName: "format"))
    var format: Format = .text

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            var (decks, progress) = try context.loadDecksAndProgress(self.decks)
            // The snapshot is a cache: saved here if the journal had to be replayed, so the next
            // report (and the next start) reads only what comes after it.
            try? progress.saveSnapshot()
            let report = Report.make(decks: decks, progress: progress, learner: context.learner, now: context.now(),
                                     allDecks: self.decks.isEmpty)
            let text = render(report, styled: output == nil)
            if let output {
                try write(text, to: output, fileSystem: context.fileSystem)
            } else {
                Console.write(text)
            }
            Console.finish()
        }
    }

    private func render(_ report: Report, styled: Bool) -> String {
        switch format {
        case .json: ReportJSON.render(report)
        case .markdown: ReportMarkdown.render(report)
        case .html: ReportHTML.render(report)
        case .text:
            if styled { ReportText.render(report, style: Self.consoleStyle) } else { ReportText.render(report) }
        }
    }

    /// Replaces `path` atomically: a file that cannot be written is an error naming it, and
    /// nothing is left half-written.
    private func write(_ text: String, to path: String, fileSystem: any FileSystem) throws(Failure) {
        do throws(FileError) {
            try fileSystem.writeAtomically(path, Array(text.utf8))
        } catch {
            throw Failure(message: "\(path): cannot write the report (\(error.reason))", code: error.kind == .io ? 74 : 73)
        }
    }

    /// The report's text styles in the terminal's colours (none when piped or with NO_COLOR).
    static func consoleStyle(_ text: String, _ style: ReportText.Style) -> String {
        switch style {
        case .heading: Console.styled(text, .bold, .cyan)
        case .strong: Console.styled(text, .bold)
        case .dim: Console.styled(text, .dim)
        case .good: Console.styled(text, .green)
        case .warning: Console.styled(text, .yellow)
        case .bad: Console.styled(text, .red)
        }
    }
}
