/// Why a learner's progress could not be read or written. Each case names the file.
public enum ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
    case badJournalLine(path: String, line: Int, message: String)
    case badSettings(path: String, line: Int, message: String)
    case file(FileError)
    case journalChanged(path: String)

    public var description: String {
        switch self {
        case .badJournalLine(let path, let line, let message):
            "\(path):\(line): \(message) (fix that line, or run `hone doctor` to move bad lines aside; hone never skips a review silently)"
        case .badSettings(let path, let line, let message): "\(path):\(line): \(message)"
        case .file(let error): error.description
        case .journalChanged(let path): "\(path): changed by another program while hone was using it; nothing was undone"
        }
    }
}
