import Foundation

/// A CSV or TSV file as a deck, read as Anki's text import reads it: header lines, then one note
/// per record (`CSVHeaders`, `DelimitedParser`, `CSVColumns`). A record that cannot become an
/// entry (no term, no definition, a term another record already has) is skipped and reported with
/// its line; a file that cannot be read as a whole (a quote never closed, a bad header) is an error.
enum CSVDeckReader {
    static func read(_ input: TextInput, separator override: UInt8?, tsv: Bool) throws(ImportError) -> ImportResult {
        let headers = try CSVHeaders(input)
        let separator = override ?? headers.separator ?? (tsv ? 0x09 : CSVHeaders.guessSeparator(input, from: headers.dataStart))
        var records = try DelimitedParser.parse(input, from: headers.dataStart, line: headers.dataLine, separator: separator)
        var names = headers.columns.map { text in
            text.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false).map(String.init)
        }
        if names == nil, let first = records.first, CSVColumns.isHeaderRow(first.fields) {
            names = first.fields
            records.removeFirst()
        }
        let columns = CSVColumns(names: names, count: records.map(\.fields.count).max() ?? 0, headers: headers)
        let html = headers.html ?? false
        var report = ImportReport()
        report.warnings = headers.warnings
        var builder = DeckBuilder()
        for record in records {
            report.itemsRead += 1
            var entry = Entry(term: "", definition: "", tags: headers.tags, line: record.line)
            var explicitID: String?
            for (index, raw) in record.fields.enumerated() {
                let value: String
                if html {
                    let converted = HTMLPlainText.plain(raw)
                    report.mediaDropped += converted.media
                    value = converted.text
                } else {
                    value = HTMLPlainText.joinLines(raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                }
                switch columns.role(index) {
                case .term: entry.term = value
                case .definition: entry.definition = value
                case .aliases: entry.aliases += Self.list(value, separators: ",;|")
                case .tags: entry.tags += Self.list(value, separators: " ,")
                case .detail(let name): if !value.isEmpty { entry.details.append(name.map { "\($0): \(value)" } ?? value) }
                case .id: if !value.isEmpty { explicitID = Slug.make(value) }
                case .guid: if !value.isEmpty { explicitID = AnkiNoteMapper.entryID(guid: raw.trimmingCharacters(in: .whitespaces)) }
                case .ignored: break
                }
            }
            entry.id = explicitID ?? Slug.make(DeckBuilder.clean(entry.term))
            builder.add(entry, place: "line \(record.line)", report: &report)
        }
        // A `#deck:` name with nothing printable in it (found by fuzzing) falls back to the file name.
        let named = headers.deck.map { DeckBuilder.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let title = named ?? Importer.fileTitle(input.path)
        let deck = Deck(id: Slug.make(title), title: title, entries: builder.entries)
        return ImportResult(deck: deck, format: tsv ? .tsv : .csv, reviews: [], report: report)
    }

    static func list(_ text: String, separators: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
