/// Why a deck could not be loaded, with the file and line to look at.
public enum DeckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid JSON.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// The JSON is valid but does not describe a deck.
    case invalid(path: String, line: Int, message: String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// No deck by that name.
    case unknownDeck(name: String, known: [String])

    public var description: String {
        switch self {
        case .syntax(let path, let line, let column, let message): "\(path):\(line):\(column): \(message)"
        case .invalid(let path, let line, let message): "\(path):\(line): \(message)"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .unknownDeck(let name, let known):
            "unknown deck '\(name)'" + (known.isEmpty ? " (no decks found)" : "; decks: \(known.joined(separator: ", "))")
        }
    }
}
