import Foundation

/// The block structure of a Markdown glossary, line by line: headings, paragraphs, GitHub tables,
/// numbered and bulleted lists, and `key: value` lines (aliases, tags, id, key, prompt). Fenced
/// code, HTML comments and YAML front matter are passed over.
enum MarkdownBlock {
    case heading(level: Int, text: String, line: Int)
    case paragraph(text: String, line: Int)
    /// A table: header cells, then rows (each with its line).
    case table(header: [String], rows: [(cells: [String], line: Int)], line: Int)
    case numbered(items: [String], line: Int)
    case bullets(items: [String], line: Int)
    /// `aliases: a, b`, `tags: x`, `id: y`, `key: Column`, `prompt Column: forward | reverse`.
    case meta(key: String, value: String, line: Int)

    var line: Int {
        switch self {
        case .heading(_, _, let line), .paragraph(_, let line), .table(_, _, let line), .numbered(_, let line),
             .bullets(_, let line), .meta(_, _, let line): line
        }
    }

    static let metaKeys: Set<String> = ["aliases", "alias", "tags", "tag", "id", "key"]

    static func parse(_ text: String) -> [MarkdownBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        var blocks: [MarkdownBlock] = []
        var index = 0
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) {
            index = end + 1 // YAML front matter
        }
        var paragraph: [Substring] = []
        var paragraphLine = 0
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(text: paragraph.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "), line: paragraphLine))
                paragraph = []
            }
        }
        while index < lines.count {
            let raw = lines[index]
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty { flush(); index += 1; continue }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                let fence = String(line.prefix(3))
                index += 1
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence) { index += 1 }
                index += 1
                continue
            }
            if line.hasPrefix("<!--") {
                flush()
                while index < lines.count, !lines[index].contains("-->") { index += 1 }
                index += 1
                continue
            }
            if let heading = Self.heading(line) {
                flush()
                blocks.append(.heading(level: heading.level, text: heading.text, line: number))
                index += 1
                continue
            }
            if line.hasPrefix("|"), index + 1 < lines.count, Self.isDelimiterRow(lines[index + 1]) {
                flush()
                let header = Self.cells(line)
                var rows: [(cells: [String], line: Int)] = []
                index += 2
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    rows.append((Self.cells(lines[index].trimmingCharacters(in: .whitespaces)), index + 1))
                    index += 1
                }
                blocks.append(.table(header: header, rows: rows, line: number))
                continue
            }
            if let item = Self.listItem(line) {
                flush()
                var items = [item.text]
                index += 1
                while index < lines.count {
                    let next = lines[index]
                    let trimmed = next.trimmingCharacters(in: .whitespaces)
                    if let other = Self.listItem(trimmed), other.numbered == item.numbered {
                        items.append(other.text)
                    } else if !trimmed.isEmpty, next.first == " " || next.first == "\t", Self.listItem(trimmed) == nil {
                        items[items.count - 1] += " " + trimmed // a continuation line
                    } else {
                        break
                    }
                    index += 1
                }
                blocks.append(item.numbered ? .numbered(items: items, line: number) : .bullets(items: items, line: number))
                continue
            }
            if let meta = Self.meta(line) {
                flush()
                blocks.append(.meta(key: meta.key, value: meta.value, line: number))
                index += 1
                continue
            }
            if paragraph.isEmpty { paragraphLine = number }
            paragraph.append(Substring(line))
            index += 1
        }
        flush()
        return blocks
    }

    static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() } // closing hashes
        return (hashes, text.trimmingCharacters(in: .whitespaces))
    }

    static func isDelimiterRow(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("-"), trimmed.contains("|") else { return false }
        return trimmed.allSatisfy { "|-: \t".contains($0) }
    }

    /// The cells of a table row: split at unescaped `|`, outer pipes dropped, trimmed.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "|" { cells.append(current); current = ""; continue }
            current.append(character)
        }
        cells.append(current)
        if line.hasPrefix("|") { cells.removeFirst() }
        if line.hasSuffix("|"), !line.hasSuffix("\\|"), !cells.isEmpty { cells.removeLast() }
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func listItem(_ line: String) -> (numbered: Bool, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, line.dropFirst(2).trimmingCharacters(in: .whitespaces))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 10 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return (true, rest.dropFirst(2).trimmingCharacters(in: .whitespaces))
    }

    static func meta(_ line: String) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if metaKeys.contains(key) { return (key, value) }
        if key.hasPrefix("prompt "), key.count > 7 {
            // Keep the column name's case: it must match the table header.
            let column = line[..<colon].trimmingCharacters(in: .whitespaces).dropFirst(7).trimmingCharacters(in: .whitespaces)
            return ("prompt " + column, value)
        }
        return nil
    }
}
