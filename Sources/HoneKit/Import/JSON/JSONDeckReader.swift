/// hone's own deck JSON, validated as `Decks/` files are (every problem located as `file:line:`).
enum JSONDeckReader {
    static func read(_ input: TextInput) throws(ImportError) -> ImportResult {
        let title = Importer.fileTitle(input.path)
        let deck: Deck
        do { deck = try Deck.load(json: input.bytes, id: Slug.make(title), path: input.path) } catch { throw .deck(error) }
        var report = ImportReport()
        report.itemsRead = deck.entries.count + deck.tables.count + deck.sequences.count
        return ImportResult(deck: deck, format: .json, report: report)
    }
}
