import ArgumentParser
import Foundation
import HoneKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a deck file, or any file `hone import` reads, without writing anything.",
        discussion: """
            Prints what the file holds (and, for an import, what could not come in), or the first problem as \
            file:line: what is wrong (exit 65).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to check: hone deck JSON, an Anki package, CSV/TSV, a Quizlet export or Markdown.", valueName: "file"),
              completion: .file(extensions: ["json", "apkg", "colpkg", "csv", "tsv", "txt", "md", "markdown"]))
    var file: String

    @OptionGroup var reading: ImportReadingOptions

    func run() throws {
        try reportingFailures {
            let options = try reading.options()
            let bar = ProgressBar()
            defer { bar.finish() }
            do throws(ImportError) {
                let result = try Importer.read(path: file, options: options, progress: bar.update)
                // Planned against an empty library: the deck is written to text and loaded again, as an import would.
                let library = DeckLibrary(folder: "/Decks", fileSystem: InMemoryFileSystem())
                let plan = try ImportPlan.make(result, source: file, deckName: nil, library: library)
                bar.finish()
                let deck = plan.deck
                var line = "\(file): ok: \(deck.entries.count) entries, \(deck.tables.count) tables, "
                    + "\(deck.sequences.count) sequences, \(deck.cards.count) cards"
                if result.format != .json {
                    line += " (\(result.layout.map { "\(result.format.displayName), \($0)" } ?? result.format.displayName)"
                        + ", deck \"\(deck.title)\")"
                }
                Console.print(TerminalSafe.clean(line))
                if !plan.reviews.isEmpty { Console.print("  review history: \(plan.reviews.count) reviews") }
                if result.report.mediaDropped > 0 { Console.print("  media: \(result.report.mediaDropped) images and sounds would be dropped") }
                let skipped = result.report.skipped.map { "\($0.place): \($0.reason)" }
                if !skipped.isEmpty {
                    ImportSummary.list("could not import \(skipped.count):", skipped).forEach { Console.print(TerminalSafe.clean($0)) }
                }
                for warning in result.report.warnings { Console.print(TerminalSafe.clean("  warning: \(warning)")) }
            } catch {
                throw Failure(error)
            }
        }
    }
}
