import Foundation

/// A Markdown glossary as a deck. The first `# Title` names the deck and the paragraph under it
/// describes it. Each heading below it starts a section, which becomes:
/// - a table, when it holds a GitHub table: the heading is the title, the first column names the
///   rows unless `key: Column` says otherwise, `id: x` fixes the id, and
///   `prompt Column: forward question | reverse question` phrases a column's questions
///   (`{key}` and `{value}` as in deck JSON);
/// - a sequence, when it holds a numbered list (alone, or after a line that ends in ':');
/// - otherwise an entry: the heading is the term, the first paragraph the definition, further
///   paragraphs and list items details, with optional `aliases:`, `tags:` and `id:` lines.
/// A heading with nothing under it only groups the sections that follow.
enum MarkdownDeckReader {
    static func read(_ input: TextInput) throws(ImportError) -> ImportResult {
        let blocks = MarkdownBlock.parse(input.text)
        var report = ImportReport()
        var builder = DeckBuilder()
        var tables: [DeckTable] = []
        var sequences: [DeckSequence] = []
        var title: String?
        var description: String?
        var index = 0
        // Before the first section: the title and the description.
        while index < blocks.count {
            if case .heading(let level, _, _) = blocks[index], level > 1 || title != nil { break }
            switch blocks[index] {
            case .heading(_, let text, _): title = plain(text, &report)
            case .paragraph(let text, _): if description == nil { description = plain(text, &report) }
            default: break
            }
            index += 1
        }
        while index < blocks.count {
            guard case .heading(_, let heading, let line) = blocks[index] else { index += 1; continue }
            var end = index + 1
            while end < blocks.count { if case .heading = blocks[end] { break }; end += 1 }
            let section = Array(blocks[(index + 1)..<end])
            index = end
            guard !section.isEmpty else { continue }
            report.itemsRead += 1
            let name = plain(heading, &report)
            let context = Section(name: name, line: line, blocks: section, path: input.path)
            if section.contains(where: { if case .table = $0 { true } else { false } }) {
                if let table = try context.table(report: &report, taken: tables) { tables.append(table) }
            } else if let sequence = context.sequence(report: &report, taken: sequences) {
                sequences.append(sequence)
            } else {
                builder.add(context.entry(report: &report), place: "line \(line)", report: &report)
            }
        }
        // A title with nothing printable in it (found by fuzzing) falls back to the file name.
        let deckTitle = title.map { DeckBuilder.clean($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? Importer.fileTitle(input.path)
        let deck = Deck(id: Slug.make(deckTitle), title: deckTitle, description: description, entries: builder.entries,
                        tables: tables, sequences: sequences)
        return ImportResult(deck: deck, format: .markdown, report: report)
    }

    static func plain(_ text: String, _ report: inout ImportReport) -> String {
        DeckBuilder.clean(MarkdownInline.plain(text, media: &report.mediaDropped))
    }

    /// The blocks under one heading.
    struct Section {
        let name: String
        let line: Int
        let blocks: [MarkdownBlock]
        let path: String

        func meta(_ keys: String...) -> (value: String, line: Int)? {
            for block in blocks {
                if case .meta(let key, let value, let line) = block, keys.contains(key) { return (value, line) }
            }
            return nil
        }

        func entry(report: inout ImportReport) -> Entry {
            var definition = ""
            var details: [String] = []
            for block in blocks {
                switch block {
                case .paragraph(let text, _):
                    if definition.isEmpty { definition = text } else { details.append(text) }
                case .numbered(let items, _), .bullets(let items, _): details += items
                default: break
                }
            }
            func list(_ text: String?) -> [String] { (text ?? "").split(separator: ",").map { plain(String($0), &report) } }
            let id = meta("id").map { Slug.make($0.value) }
            return Entry(id: id ?? Slug.make(name), term: name, definition: plain(definition, &report),
                         aliases: list(meta("aliases", "alias")?.value), details: details.map { plain($0, &report) },
                         tags: list(meta("tags", "tag")?.value), line: line)
        }

        /// A numbered list that is the section's content (a lead-in line ending in ':' allowed).
        func sequence(report: inout ImportReport, taken: [DeckSequence]) -> DeckSequence? {
            var lead: [String] = []
            for block in blocks {
                switch block {
                case .paragraph(let text, _): lead.append(text)
                case .numbered(let items, _):
                    guard items.count >= 2, lead.allSatisfy({ $0.hasSuffix(":") }) else { return nil }
                    let id = meta("id").map { Slug.make($0.value) } ?? Slug.make(name)
                    return DeckSequence(id: Self.unique(id, taken.map(\.id)), title: name,
                                        items: items.map { plain($0, &report) }, line: line)
                default: continue
                }
            }
            return nil
        }

        func table(report: inout ImportReport, taken: [DeckTable]) throws(ImportError) -> DeckTable? {
            guard case .table(let header, let rows, let tableLine)? = blocks.first(where: { if case .table = $0 { true } else { false } }) else {
                return nil
            }
            let columns = header.map { plain($0, &report) }
            guard columns.count >= 2, !columns.contains(where: \.isEmpty) else {
                report.skip("line \(tableLine)", "table \"\(name)\" needs at least two named columns")
                return nil
            }
            var keyColumn = 0
            if let key = meta("key") {
                guard let found = columns.firstIndex(of: plain(key.value, &report)) else {
                    throw .invalid(path: path, line: key.line, message: "key \"\(key.value)\" is not a column of table \"\(name)\" (\(columns.joined(separator: ", ")))")
                }
                keyColumn = found
            }
            var prompts: [String: DeckTable.ColumnPrompts] = [:]
            for case .meta(let key, let value, let metaLine) in blocks where key.hasPrefix("prompt ") {
                let column = String(key.dropFirst(7))
                guard columns.contains(column) else {
                    throw .invalid(path: path, line: metaLine, message: "prompt for \"\(column)\", which is not a column of table \"\(name)\"")
                }
                let parts = value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                prompts[column] = DeckTable.ColumnPrompts(forward: parts.first.flatMap { $0.isEmpty ? nil : $0 },
                                                          reverse: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
            }
            var kept: [[String]] = []
            var keys: Set<String> = []
            for (cells, rowLine) in rows {
                var row = cells.map { plain($0, &report) }
                guard row.count <= columns.count else {
                    report.skip("line \(rowLine)", "table row has \(row.count) cells for \(columns.count) columns")
                    continue
                }
                row += Array(repeating: "", count: columns.count - row.count)
                guard !row[keyColumn].isEmpty else { report.skip("line \(rowLine)", "table row has an empty \(columns[keyColumn])"); continue }
                guard keys.insert(Slug.make(row[keyColumn])).inserted else {
                    report.skip("line \(rowLine)", "another row of table \"\(name)\" has the \(columns[keyColumn]) \"\(row[keyColumn])\"")
                    continue
                }
                kept.append(row)
            }
            guard !kept.isEmpty else {
                report.skip("line \(tableLine)", "table \"\(name)\" has no rows")
                return nil
            }
            let id = meta("id").map { Slug.make($0.value) } ?? Slug.make(name)
            return DeckTable(id: Self.unique(id, taken.map(\.id)), title: name, columns: columns, keyColumn: keyColumn,
                             rows: kept, prompts: prompts, line: line)
        }

        static func unique(_ id: String, _ taken: [String]) -> String {
            var candidate = id
            var counter = 2
            while taken.contains(candidate) { candidate = "\(id)-\(counter)"; counter += 1 }
            return candidate
        }
    }
}
