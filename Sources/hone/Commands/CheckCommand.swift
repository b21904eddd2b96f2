import ArgumentParser
import Foundation
import HoneKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a deck file without writing anything.",
        discussion: "Prints what the deck holds, or the first problem as file:line: what is wrong (exit 65).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The deck file to check (hone deck JSON).", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    func run() throws {
        try reportingFailures {
            let fileSystem = POSIXFileSystem()
            let bytes: [UInt8]?
            do throws(FileError) { bytes = try fileSystem.read(file) } catch { throw Failure(error) }
            guard let bytes else { throw Failure(message: "\(file): no such file", code: 66) }
            let id = Slug.make(String(Path.fileName(of: file).split(separator: ".").first ?? "deck"))
            do {
                let deck = try Deck.load(json: bytes, id: id, path: file)
                let cards = deck.cards
                Console.print("\(file): ok: \(deck.entries.count) entries, \(deck.tables.count) tables, "
                    + "\(deck.sequences.count) sequences, \(cards.count) cards")
            } catch let error as DeckError {
                throw Failure(error)
            }
        }
    }
}
