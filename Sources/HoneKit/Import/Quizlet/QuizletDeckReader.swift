import Foundation

/// A Quizlet export: each row is a term, a separator, and a definition. Quizlet's export dialog
/// offers a tab (the default), a comma or a custom string between term and definition, and a new
/// line (the default), a semicolon or a custom string between rows. Nothing is quoted, so a
/// definition may hold line breaks when rows are separated by something else.
enum QuizletDeckReader {
    static func read(_ input: TextInput, termSeparator: String = "\t", rowSeparator: String = "\n") throws(ImportError) -> ImportResult {
        guard !termSeparator.isEmpty, !rowSeparator.isEmpty else {
            throw .invalid(path: input.path, line: 0, message: "the separators between term and definition and between rows must not be empty")
        }
        let text = input.text
        var report = ImportReport()
        var builder = DeckBuilder()
        var line = 1
        var rest = Substring(text)
        while !rest.isEmpty {
            let row: Substring
            if let end = rest.range(of: rowSeparator) {
                row = rest[..<end.lowerBound]
                rest = rest[end.upperBound...]
            } else {
                row = rest
                rest = rest[rest.endIndex...]
            }
            let rowLine = line
            line += row.reduce(0) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
                + rowSeparator.reduce(0) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
            var content = row
            while let first = content.first, first.isNewline { content.removeFirst() }
            guard !content.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            report.itemsRead += 1
            let place = "line \(rowLine)"
            guard let split = content.range(of: termSeparator) else {
                report.skip(place, "no \(describe(termSeparator)) between term and definition")
                continue
            }
            let term = String(content[..<split.lowerBound])
            let definition = HTMLPlainText.joinLines(content[split.upperBound...].split(separator: "\n").map(String.init))
            builder.add(Entry(term: term, definition: definition, line: rowLine), place: place, report: &report)
        }
        let title = Importer.fileTitle(input.path)
        return ImportResult(deck: Deck(id: Slug.make(title), title: title, entries: builder.entries), format: .quizlet, report: report)
    }

    private static func describe(_ separator: String) -> String {
        switch separator {
        case "\t": "tab"
        case ",": "comma"
        default: "\"\(separator)\""
        }
    }
}
