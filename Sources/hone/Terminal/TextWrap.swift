/// Word wrapping for terminal output, so prompts and definitions break between words.
enum TextWrap {
    /// `text` broken into lines of at most `width` columns; lines after the first start with `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "", firstLineUsed: Int = 0) -> String {
        var lines: [String] = []
        var line = ""
        var available = max(width - firstLineUsed, 10)
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= available {
                line += " " + word
            } else {
                lines.append(line)
                line = indent + word
                available = width
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
