import Foundation

/// How well a card was recalled, as in Anki and FSRS.
public enum Rating: Int, Sendable, CaseIterable, Comparable {
    case again = 1, hard = 2, good = 3, easy = 4

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    /// Reads `1`-`4` or a name (`again`, `hard`, `good`, `easy`), case-insensitively.
    public init?(text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(word), let rating = Rating(rawValue: number) {
            self = rating
        } else if let rating = Rating.allCases.first(where: { $0.name == word }) {
            self = rating
        } else {
            return nil
        }
    }
}
