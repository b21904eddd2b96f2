/// Why a file could not be imported, with the place to look: `file:line: what` for text formats.
/// (A note of an Anki package that cannot become an entry is not an error: it is skipped and named
/// as `note N` in the summary.) Nothing is written when one of these is thrown.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at that path (exit 66).
    case missingFile(path: String)
    /// The file exists but cannot be read (exit 74).
    case unreadable(path: String, reason: String)
    /// The file's content is wrong at a line (line 0: the file as a whole).
    case invalid(path: String, line: Int, message: String)
    /// A package that could harm the machine or hone (path escape, decompression bomb, a collection
    /// that is not SQLite): refused before anything is written.
    case refused(path: String, message: String)
    /// The format could not be told, or is not supported.
    case unknownFormat(path: String, message: String)
    /// A deck file (the input, or the deck being replaced) is not a valid deck.
    case deck(DeckError)
    /// Writing the deck or the journal failed.
    case file(FileError)
    /// The learner's progress could not be read or written.
    case progress(ProgressError)

    public var description: String {
        switch self {
        case .missingFile(let path): "\(path): no such file"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .invalid(let path, let line, let message): line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
        case .refused(let path, let message): "\(path): refused: \(message); nothing was written"
        case .unknownFormat(let path, let message): "\(path): \(message)"
        case .deck(let error): error.description
        case .file(let error): error.description
        case .progress(let error): error.description
        }
    }
}
