import ArgumentParser
import Foundation
import HoneKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a deck in from Anki, CSV/TSV, Quizlet, Markdown or hone JSON.",
        discussion: """
            FILE becomes Decks/<deck>.json: an Anki package (.apkg, .colpkg; its review history goes to your \
            journal), CSV or TSV as Anki's text import reads it (#separator:, #html:, #columns:, #tags column:, \
            #deck:), a Quizlet export, a Markdown glossary (## Term headings, tables, numbered lists), or a hone \
            deck. Importing a changed file again updates the deck in place: cards whose term or key survive keep \
            their progress, and the previous deck is saved in Progress/<learner>/backups/. Bad input writes nothing.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"),
              completion: .file(extensions: ["apkg", "colpkg", "csv", "tsv", "txt", "md", "markdown", "json"]))
    var file: String

    @Option(help: ArgumentHelp("The deck's name (else the name the file gives: the Anki deck, #deck:, the title, the file name).", valueName: "name"))
    var deck: String?

    @OptionGroup var reading: ImportReadingOptions

    @Flag(help: "Show what would be imported; write nothing.")
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let context = try HoneContext(global)
            try context.ensureDecks()
            let options = try reading.options()
            let bar = ProgressBar()
            let result: ImportResult
            do throws(ImportError) {
                result = try Importer.read(path: file, options: options, fileSystem: context.fileSystem, progress: bar.update)
            } catch {
                bar.finish()
                throw Failure(error)
            }
            bar.finish()
            do throws(ImportError) {
                let plan = try ImportPlan.make(result, source: file, deckName: deck, library: context.library)
                let journal = Path.join(context.learnerFolder, "reviews.jsonl")
                if dryRun {
                    ImportSummary.lines(plan, outcome: nil, journal: journal).forEach { Console.print($0) }
                    return
                }
                let outcome = try plan.apply(fileSystem: context.fileSystem, learnerFolder: context.learnerFolder,
                                             timeZone: context.timeZone, now: context.now())
                ImportSummary.lines(plan, outcome: outcome, journal: journal).forEach { Console.print($0) }
            } catch {
                throw Failure(error)
            }
        }
    }
}

/// How to read the file: shared by `hone import` and `hone check`.
struct ImportReadingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The file's format: apkg, csv, tsv, quizlet, md or json (else from its extension and content).", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Between term and definition: a Quizlet export's custom separator, or a CSV separator (\\t for a tab).", valueName: "text"))
    var separator: String?

    @Option(name: .customLong("row-separator"), help: ArgumentHelp("Between rows of a Quizlet export (a new line unless given; \\n for one).", valueName: "text"))
    var rowSeparator: String?

    func options() throws -> ImportOptions {
        var parsed: ImportFormat?
        if let format {
            guard let known = ImportFormat(name: format) else {
                throw Failure.usage("unknown format '\(format)'; formats: apkg, csv, tsv, quizlet, md, json")
            }
            parsed = known
        }
        return ImportOptions(format: parsed, separator: separator, rowSeparator: rowSeparator)
    }
}

extension Failure {
    /// Exit codes for import errors: 66 for a file that is missing or cannot be opened, 65 for bad
    /// or refused input, and the deck, file and progress errors' own codes.
    init(_ error: ImportError) {
        switch error {
        case .missingFile, .unreadable: self.init(message: error.description, code: 66)
        case .invalid, .refused, .unknownFormat: self.init(message: error.description, code: 65)
        case .deck(let deck): self.init(deck)
        case .file(let file): self.init(file)
        case .progress(let progress): self.init(progress)
        }
    }
}
