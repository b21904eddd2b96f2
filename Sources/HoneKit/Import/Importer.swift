import Foundation

/// How to read a file for import.
public struct ImportOptions: Sendable {
    /// The format, when the extension and content should not decide.
    public var format: ImportFormat?
    /// Between term and definition: Quizlet's custom separator, or a CSV separator that overrides
    /// `#separator:` and the guess.
    public var separator: String?
    /// Between rows of a Quizlet export (a new line unless given).
    public var rowSeparator: String?
    public var limits: ExtractionLimits
    /// Where an Anki collection's private working folder is made (else $TMPDIR).
    public var temporaryDirectory: String?

    public init(format: ImportFormat? = nil, separator: String? = nil, rowSeparator: String? = nil,
                limits: ExtractionLimits = ExtractionLimits(), temporaryDirectory: String? = nil) {
        self.format = format
        self.separator = separator
        self.rowSeparator = rowSeparator
        self.limits = limits
        self.temporaryDirectory = temporaryDirectory
    }
}

/// Reads any importable file into an `ImportResult`, writing nothing. The format comes from the
/// options, else the file's extension, else its first bytes.
public enum Importer {
    /// Text files larger than this are refused (a glossary or a spreadsheet is far smaller).
    static let maximumTextSize = 256 << 20

    public static func read(path: String, options: ImportOptions = ImportOptions(), fileSystem: any FileSystem = POSIXFileSystem(),
                            progress: (String, Double) -> Void = { _, _ in }) throws(ImportError) -> ImportResult {
        if fileSystem.isDirectory(path) { throw .unreadable(path: path, reason: "is a folder, not a file") }
        guard fileSystem.exists(path) else { throw .missingFile(path: path) }
        let format: ImportFormat
        if let given = options.format { format = given } else { format = try detect(path: path, fileSystem: fileSystem) }
        if format == .anki {
            return try AnkiPackageReader.read(path: path, limits: options.limits, temporaryDirectory: options.temporaryDirectory,
                                              progress: progress)
        }
        let size: Int?
        do { size = try fileSystem.size(path) } catch { throw .unreadable(path: path, reason: error.reason) }
        if let size, size > maximumTextSize {
            throw .invalid(path: path, line: 0, message: "\(size >> 20) MiB is too large for a \(format.displayName) file (at most \(maximumTextSize >> 20) MiB)")
        }
        let raw: [UInt8]?
        do { raw = try fileSystem.read(path) } catch { throw .unreadable(path: path, reason: error.reason) }
        guard let raw else { throw .missingFile(path: path) }
        let input = try TextInput(path: path, bytes: raw)
        switch format {
        case .anki: preconditionFailure("handled above")
        case .csv, .tsv:
            let separator = try options.separator.map { text throws(ImportError) -> UInt8 in
                let unescaped = unescape(text)
                guard unescaped.utf8.count == 1, let byte = unescaped.utf8.first else {
                    throw .invalid(path: path, line: 0, message: "a CSV separator is one character, not \"\(text)\"")
                }
                return byte
            }
            return try CSVDeckReader.read(input, separator: separator, tsv: format == .tsv)
        case .quizlet:
            return try QuizletDeckReader.read(input, termSeparator: options.separator.map(unescape) ?? "\t",
                                              rowSeparator: options.rowSeparator.map(unescape) ?? "\n")
        case .markdown: return try MarkdownDeckReader.read(input)
        case .json: return try JSONDeckReader.read(input)
        }
    }

    static func detect(path: String, fileSystem: any FileSystem) throws(ImportError) -> ImportFormat {
        if let known = ImportFormat.detect(path: path, head: []) { return known } // by extension
        let head: [UInt8]
        do { head = Array((try fileSystem.read(path) ?? []).prefix(4096)) } catch { throw .unreadable(path: path, reason: error.reason) }
        guard let format = ImportFormat.detect(path: path, head: head) else {
            throw .unknownFormat(path: path, message: "cannot tell the format (give --format "
                + ImportFormat.allCases.map(\.rawValue).joined(separator: "|") + ")")
        }
        return format
    }

    /// `\t`, `\n` and `\\` in a separator given on the command line.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\\\", with: "\u{0}").replacingOccurrences(of: "\\t", with: "\t")
            .replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\u{0}", with: "\\")
    }

    /// A deck title from a file name: `Spanish verbs.csv` -> `Spanish verbs`.
    public static func fileTitle(_ path: String) -> String {
        let name = Path.fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
