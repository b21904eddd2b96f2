import Foundation

/// Splitting a set of values ("Text, vision and audio") into its values.
enum MultiValueText {
    /// The values of an expected answer: split at commas and semicolons ("Text, vision, audio"), or,
    /// when it has none, at "and", "&" and "/" ("Text & vision"). Nil when nothing is left.
    static func values(ofAnswer answer: String) -> [String]? {
        var values = splitAtListMarks(answer)
        if values.count == 1 { values = splitAtJoiners(values[0]) }
        return values.isEmpty ? nil : values
    }

    /// The values of a response: split at commas and semicolons, then each piece that is not
    /// itself one of the expected values (`isValue`) at "and", "&" and "/".
    static func values(ofResponse response: String, isValue: (String) -> Bool) -> [String] {
        splitAtListMarks(response).flatMap { piece in isValue(piece) ? [piece] : splitAtJoiners(piece) }
    }

    /// Splits at commas and semicolons, but not at a comma between digits ("1,000").
    static func splitAtListMarks(_ text: String) -> [String] {
        let chars = Array(text)
        var pieces: [String] = []
        var current = ""
        for (i, c) in chars.enumerated() {
            let betweenDigits = c == "," && i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
            if (c == "," || c == ";" || c == "\n") && !betweenDigits {
                pieces.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        pieces.append(current)
        return tidy(pieces)
    }

    /// Splits at "&", "/" and the word "and" (a leading "and", as after an Oxford comma, goes too).
    static func splitAtJoiners(_ text: String) -> [String] {
        var pieces: [String] = []
        var current: [Substring] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            if word.lowercased() == "and" || word == "&" {
                pieces.append(current.joined(separator: " "))
                current = []
                continue
            }
            let parts = word.split(separator: "&", omittingEmptySubsequences: false)
                .flatMap { $0.split(separator: "/", omittingEmptySubsequences: false) }
            for (index, part) in parts.enumerated() {
                if index > 0 {
                    pieces.append(current.joined(separator: " "))
                    current = []
                }
                if !part.isEmpty { current.append(part) }
            }
        }
        pieces.append(current.joined(separator: " "))
        return tidy(pieces)
    }

    private static func tidy(_ pieces: [String]) -> [String] {
        pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
