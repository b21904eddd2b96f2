/// The file formats `hone import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// An Anki package: `.apkg` (decks) or `.colpkg` (a whole collection), any of the three layouts.
    case anki
    /// Comma- (or otherwise) separated values, with Anki's `#key:value` header lines.
    case csv
    /// Tab-separated values (CSV with a tab separator).
    case tsv
    /// A Quizlet export: term, separator, definition; one card per row.
    case quizlet
    /// A Markdown glossary: `## Term` headings, tables, numbered lists.
    case markdown
    /// hone's own deck JSON.
    case json

    /// A readable name for summaries.
    public var displayName: String {
        switch self {
        case .anki: "Anki package"
        case .csv: "CSV"
        case .tsv: "TSV"
        case .quizlet: "Quizlet export"
        case .markdown: "Markdown glossary"
        case .json: "hone deck JSON"
        }
    }

    /// Reads a `--format` value: a format name or a file extension.
    public init?(name: String) {
        switch name.lowercased().trimmingCharacters(in: .init(charactersIn: ". ")) {
        case "anki", "apkg", "colpkg": self = .anki
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "quizlet", "txt": self = .quizlet
        case "md", "markdown": self = .markdown
        case "json", "hone": self = .json
        default: return nil
        }
    }

    /// The format of a file from its extension, then its first bytes.
    public static func detect(path: String, head: [UInt8]) -> ImportFormat? {
        let name = Path.fileName(of: path).lowercased()
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!) : ""
        switch ext {
        case "apkg", "colpkg": return .anki
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "md", "markdown": return .markdown
        case "json": return .json
        default: break
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .anki }
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        let trimmed = text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        if trimmed.hasPrefix("{") { return .json }
        let lines = trimmed.split(separator: "\n", omittingEmptySubsequences: true).prefix(20)
        if lines.contains(where: { $0.hasPrefix("# ") || $0.hasPrefix("## ") || $0.hasPrefix("|---") || $0.hasPrefix("| ---") }) {
            return .markdown
        }
        if lines.contains(where: { $0.hasPrefix("#separator:") || $0.hasPrefix("#columns:") || $0.hasPrefix("#html:") }) {
            return .csv
        }
        guard !lines.isEmpty else { return nil }
        // One tab per line and no header lines: what Quizlet's export writes (also plain TSV, read the same way).
        return lines.allSatisfy({ $0.contains("\t") }) ? .quizlet : .csv
    }
}
