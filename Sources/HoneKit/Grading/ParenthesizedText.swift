import Foundation

/// A text split into its plain part and its parenthesised (or bracketed) groups.
struct ParenthesizedText: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case plain(String)
        case group(String)
    }

    let segments: [Segment]

    init(_ text: String) {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) else {
            segments = text.isEmpty ? [] : [.plain(text)]
            return
        }
        var segments: [Segment] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "(" || c == "[" {
                if depth == 0 {
                    if !current.isEmpty { segments.append(.plain(current)) }
                    current = ""
                } else {
                    current.append(c)
                }
                depth += 1
            } else if (c == ")" || c == "]") && depth > 0 {
                depth -= 1
                if depth == 0 {
                    segments.append(.group(current))
                    current = ""
                } else {
                    current.append(c)
                }
            } else {
                current.append(c)
            }
        }
        // What follows an unclosed parenthesis is plain text.
        if !current.isEmpty { segments.append(.plain(current)) }
        self.segments = segments
    }

    /// The contents of the groups, in order.
    var groups: [String] {
        segments.compactMap { if case .group(let text) = $0 { return text } else { return nil } }
    }

    /// The alternatives in group `index`, split at slashes, commas and semicolons.
    func alternatives(inGroup index: Int) -> [String] {
        groups[index].split(whereSeparator: { "/,;".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The plain text with every group left out, or with group `index` replaced by `replacement`.
    func without(replacingGroup index: Int? = nil, with replacement: String = "") -> String {
        var out = ""
        var groupIndex = 0
        for segment in segments {
            switch segment {
            case .plain(let text):
                out += text
            case .group:
                if groupIndex == index { out += " " + replacement + " " }
                groupIndex += 1
            }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
